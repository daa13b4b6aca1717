"""The directory pages and their records cost a fixed number of queries (issue 8)."""

import datetime
import itertools
from decimal import Decimal

import pytest

from django.utils import timezone

from orgdirectory import opendata
from orgdirectory.models import (
    Commendation,
    Donation,
    FundingSource,
    Grade,
    OpenDataPage,
    OrgType,
    Penalty,
    ProjectOutcome,
    StandingRecord,
)
from taxonomy.models import Region, ServiceArea
from tests.notices.factories import DocumentFactory
from tests.orgdirectory.factories import (
    FundingRecordFactory,
    NeedFactory,
    OrganizationFactory,
    ProjectFactory,
    TalentFactory,
    award,
)
from tests.querycount import assert_flat, shell  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shell")]
REGION_CODES = ["440104", "440106", "440304", "440604", "440203"]


def regions():
    return itertools.cycle(Region.objects.filter(code__in=REGION_CODES))


def areas():
    return itertools.cycle(ServiceArea.objects.all())


def add_organizations(count):
    types, grades, where, fields = itertools.cycle(OrgType.values), itertools.cycle(Grade.values), regions(), areas()
    organizations = []
    for _ in range(count):
        organization = OrganizationFactory(org_type=next(types), region=next(where))
        organization.service_areas.set([next(fields), next(fields)])
        award(organization, next(grades), datetime.date(2024, 5, 1))
        FundingRecordFactory(organization=organization)
        organizations.append(organization)
    return organizations


def test_directory_queries_do_not_grow_with_organizations(directory):
    add_organizations(2)
    assert_flat("/zh-hans/database/organizations/", 20, lambda: add_organizations(20))


def test_filtered_directory_queries_do_not_grow(directory):
    add_organizations(2)
    city = Region.objects.get(code="440100")
    url = f"/zh-hans/database/organizations/?city={city.pk}&grade=5A&sort=funding&q=社会组织"
    assert_flat(url, 21, lambda: add_organizations(20))


def add_record(organization, count):
    for year, source in zip(range(2010, 2010 + count), itertools.cycle(FundingSource.values), strict=False):
        FundingRecordFactory(organization=organization, year=year, source=source, document=DocumentFactory())
        award(organization, Grade.values[year % len(Grade.values)], datetime.date(year, 5, 1))
        StandingRecord.objects.create(
            organization=organization, status="abnormal", listed_on=datetime.date(year, 1, 1), listed_reason="未年检"
        )
        organization.inspections.create(year=year, result="passed", document=DocumentFactory())
        Commendation.objects.create(organization=organization, title="先进组织", awarded_on=datetime.date(year, 1, 1))
        Penalty.objects.create(
            organization=organization,
            decision_number=f"粤民罚〔{year}〕1号",
            reason="未按规定年检",
            result="警告",
            decided_on=datetime.date(year, 3, 1),
        )
        Donation.objects.create(
            donor_name="李女士", amount=Decimal(100), donated_on=datetime.date(year, 1, 2), recipient=organization
        )
    organization.service_areas.set(ServiceArea.objects.all()[: count % 10 + 1])


def test_transparency_page_queries_do_not_grow_with_its_record(directory):
    organization = add_organizations(1)[0]
    add_record(organization, 2)
    url = f"/zh-hans/database/organizations/{organization.credit_code}/"
    assert_flat(url, 23, lambda: add_record(organization, 15))


def add_projects(count, **fields):
    where, fields_ = regions(), areas()
    return [ProjectFactory(region=next(where), service_area=next(fields_), **fields) for _ in range(count)]


def test_project_list_queries_do_not_grow_with_projects(all_projects_page):
    add_projects(2)
    assert_flat("/zh-hans/projects/all/", 20, lambda: add_projects(20))


def test_volunteer_project_queries_do_not_grow_with_its_organizations_outcomes_and_needs(volunteer_page):
    project = ProjectFactory(budget=Decimal(50000))

    def grow(count):
        for organization in add_organizations(count):
            project.organizations.add(organization)
            FundingRecordFactory(organization=organization, project=project)
        for index in range(count):
            ProjectOutcome.objects.create(project=project, label=f"成果{index}", value=index)
            NeedFactory(matched_project=project)

    grow(2)
    assert_flat(f"/zh-hans/projects/volunteer-projects/{project.pk}/", 19, lambda: grow(12))


def test_need_list_queries_do_not_grow_with_needs(needs_page):
    where, fields = regions(), areas()
    NeedFactory.create_batch(2, region=next(where), service_area=next(fields))

    def add_more():
        for _ in range(20):
            NeedFactory(region=next(where), service_area=next(fields), deadline=timezone.localdate())

    assert_flat("/zh-hans/needs/", 19, add_more)


def test_talent_list_queries_do_not_grow_with_profiles(talent_page):
    where = regions()
    TalentFactory.create_batch(2, region=next(where))
    assert_flat("/zh-hans/talent/", 19, lambda: [TalentFactory(region=next(where)) for _ in range(20)])


def test_donors_page_queries_do_not_grow_with_donations(donors_page):
    def add(count):
        for organization, year in zip(add_organizations(count), itertools.cycle(range(2018, 2026)), strict=False):
            Donation.objects.create(
                donor_name="某公司", amount=Decimal(1000), donated_on=datetime.date(year, 6, 1), recipient=organization
            )
            Donation.objects.create(donor_name="张先生", in_kind="冬衣100件", donated_on=datetime.date(year, 7, 1))

    add(2)
    assert_flat("/zh-hans/charity/donors/", 17, lambda: add(20))


def test_open_data_page_queries_do_not_grow_with_the_extract(directory, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    page = OpenDataPage(title="开放数据", slug="open-data")
    directory.get_parent().add_child(instance=page)
    add_organizations(2)
    opendata.export()

    def add_more():
        add_organizations(20)
        opendata.export()

    assert_flat("/zh-hans/database/open-data/", 14, add_more)
