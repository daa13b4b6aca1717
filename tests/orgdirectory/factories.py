"""Factories for directory records, with valid unified social credit codes."""

import datetime
from decimal import Decimal

import factory

from orgdirectory.credit_code import ALPHABET, check_character
from orgdirectory.models import FundingRecord, FundingSource, GradeAward, Organization, OrgType, Region


def valid_code(n, org_type=OrgType.SOCIAL_SERVICE, division="440104"):
    body = "5" + OrgType(org_type).credit_code_category + division
    tail = ""
    for _ in range(9):
        n, digit = divmod(n, 31)
        tail = ALPHABET[digit] + tail
    return body + tail + check_character(body + tail)


class OrganizationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试社会组织{n}")
    org_type = OrgType.SOCIAL_SERVICE
    credit_code = factory.LazyAttributeSequence(lambda o, n: valid_code(n + 1, o.org_type))
    region = factory.LazyFunction(lambda: Region.objects.get(code="440104"))  # 广州市越秀区
    registered_on = datetime.date(2015, 10, 28)
    description = "一家测试用的社会组织"

    class Meta:
        model = Organization


class FundingRecordFactory(factory.django.DjangoModelFactory):
    organization = factory.SubFactory(OrganizationFactory)
    year = 2024
    source = FundingSource.GOVERNMENT_PURCHASE
    funder = "广州市民政局"
    amount = Decimal("100000.00")
    project_name = "长者饭堂运营"

    class Meta:
        model = FundingRecord


def award(organization, grade, awarded_on):
    GradeAward.objects.create(organization=organization, grade=grade, awarded_on=awarded_on)
    organization.refresh_summary()
    return organization
