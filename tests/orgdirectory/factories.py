"""Factories for directory records, with valid unified social credit codes."""

import datetime
from decimal import Decimal

import factory

from django.utils import timezone

from orgdirectory.credit_code import ALPHABET, check_character
from orgdirectory.models import (
    FundingRecord,
    FundingSource,
    GradeAward,
    Need,
    Organization,
    OrgType,
    Project,
    ProjectKind,
    Talent,
)
from taxonomy.models import Region


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


class ProjectFactory(factory.django.DjangoModelFactory):
    kind = ProjectKind.VOLUNTEER
    title = factory.Sequence(lambda n: f"社区长者关爱志愿行动{n}")
    region = factory.LazyFunction(lambda: Region.objects.get(code="440104"))
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=3))
    description = "陪伴社区独居长者，开展探访与文体活动。"
    places = 5

    class Meta:
        model = Project


class NeedFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"社区长者助餐需求{n}")
    description = "社区内独居长者需要每日送餐服务。"
    region = factory.LazyFunction(lambda: Region.objects.get(code="440104"))
    raised_by = "北京街道某社区居委会"
    contact_name = "林女士"
    contact_phone = "13700001111"
    is_approved = True

    class Meta:
        model = Need


class TalentFactory(factory.django.DjangoModelFactory):
    display_name = factory.Sequence(lambda n: f"黄社工{n}")
    expertise = "老年社会工作"
    region = factory.LazyFunction(lambda: Region.objects.get(code="440104"))
    consented_at = factory.LazyFunction(timezone.now)
    phone = factory.Sequence(lambda n: f"1380000{n:04d}")
    email = factory.Sequence(lambda n: f"talent{n}@example.org")
    id_number = "440104198001010016"

    class Meta:
        model = Talent


def need_form(**changes):
    """What a visitor types into the need submission form (orgdirectory/forms.py), with `changes`."""
    return {
        "title": "社区长者助浴服务",
        "description": "社区内有二十余位失能长者需要定期助浴。",
        "region": Region.objects.get(code="440104").pk,
        "beneficiaries": "失能长者",
        "raised_by": "北京街道某社区居委会",
        "contact_name": "林女士",
        "contact_phone": "137 0000 2222",
        **changes,
    }
