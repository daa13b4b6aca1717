"""Benchmark volume (issue 8): valid, visible, searchable rows that a rerun completes and a reset removes."""

import io
from decimal import Decimal

import pytest

from django.db.models import Sum

from wagtail.search.models import IndexEntry

from ops.benchdata import orgdirectory as benchdata
from ops.benchdata.orgdirectory import common
from ops.benchdata.orgdirectory.organizations import OrganizationMaker
from orgdirectory.models import FundingRecord, Organization, Project, ProjectKind
from taxonomy.models import ServiceArea
from tests.orgdirectory.factories import (
    FundingRecordFactory,
    NeedFactory,
    OrganizationFactory,
    ProjectFactory,
    TalentFactory,
)

pytestmark = pytest.mark.django_db

SCALE = 0.001  # 100 organizations, 500 funding records, 50 projects, 5 needs, 5 talent profiles
DIRECTORY = "/zh-hans/database/organizations/"


def seed():
    benchdata.seed(SCALE, io.StringIO())


def counts():
    organizations = common.bench_organizations()
    return {
        "organizations": organizations.count(),
        "funding": FundingRecord.objects.filter(organization__in=organizations.values("pk")).count(),
        "projects": common.bench_projects().count(),
        "needs": common.bench_needs().count(),
        "talent": common.bench_talent().count(),
        "index": IndexEntry.objects.count(),
    }


EXPECTED = {"organizations": 100, "funding": 500, "projects": 50, "needs": 5, "talent": 5}


@pytest.fixture
def seeded(directory, all_projects_page):
    seed()


def test_seed_creates_the_volume_of_the_scale(seeded):
    """Scale 0.001 gives a thousandth of 100,000 organizations, 500,000 funding records, 50,000 projects."""
    found = counts()
    assert {key: found[key] for key in EXPECTED} == EXPECTED
    assert found["index"] >= 160  # every organization, project, need and talent profile is indexed
    assert common.bench_organizations().values("city").distinct().count() >= 5
    assert common.bench_organizations().exclude(region__parent=None).exists()


def test_organizations_are_valid_and_their_summaries_match_their_records(seeded):
    """Credit codes verify, and the stored funding total and service areas are those of the records."""
    for organization in common.bench_organizations().order_by("pk")[::7]:
        organization.full_clean()
        total = organization.funding_records.aggregate(total=Sum("amount"))["total"] or Decimal(0)
        assert organization.funding_total == total
        assert organization.service_area_bits == ServiceArea.bits_of(organization.service_areas.all())
        assert organization.city_id == (organization.region.city.pk if organization.region else None)
    names = list(common.bench_organizations().values_list("name", flat=True))
    assert len(set(names)) == len(names)


def test_projects_are_valid_and_some_take_signups(seeded):
    """Projects of every kind pass validation; recruiting volunteer projects accept sign-ups, finished ones report."""
    projects = list(common.bench_projects())
    for project in projects[::5]:
        project.full_clean()
    assert {project.kind for project in projects} == set(ProjectKind.values)
    assert any(project.accepts_signups for project in projects)
    assert common.bench_projects().filter(outcome_figures__isnull=False).exists()
    assert all(project.organizations.exists() for project in projects[::5])


def test_organizations_show_in_the_directory_and_their_transparency_page(client, seeded):
    """The directory lists them and filters them by city; the ledger shows their funding total."""
    assert client.get(DIRECTORY).context["results"].paginator.count == 100
    organization = common.bench_organizations().exclude(funding_total=0).exclude(city=None).first()
    in_city = client.get(DIRECTORY, {"city": organization.city_id}).context["results"].paginator.count
    assert in_city == common.bench_organizations().filter(city=organization.city).count()
    response = client.get(f"{DIRECTORY}{organization.credit_code}/")
    assert response.status_code == 200
    assert response.context["ledger"].total == organization.funding_total


def test_rows_are_found_by_search(client, seeded):
    """The directory's keyword and the site search find an organization by its name."""
    organization = common.bench_organizations().order_by("pk").first()
    listed = client.get(DIRECTORY, {"q": organization.name}).context["results"]
    assert organization in list(listed)
    hits = client.get("/zh-hans/search/", {"q": organization.name}).context["search_results"]
    assert organization.name in [hit.title for hit in hits]


def test_a_rerun_creates_nothing_more(seeded):
    """Seeding again at the same scale finds everything there."""
    before = counts()
    seed()
    assert counts() == before


def test_an_interrupted_seed_is_completed_by_a_rerun(monkeypatch, directory):
    """A run that fails after its first chunk keeps that chunk; the next run creates only the rest."""
    monkeypatch.setattr(common, "CHUNK", 30)
    create = OrganizationMaker.create
    calls = []

    def fail_after_first_chunk(self, numbers):
        if calls:
            raise KeyboardInterrupt
        calls.append(numbers)
        create(self, numbers)

    monkeypatch.setattr(OrganizationMaker, "create", fail_after_first_chunk)
    with pytest.raises(KeyboardInterrupt):
        seed()
    assert common.bench_organizations().count() == 30
    monkeypatch.setattr(OrganizationMaker, "create", create)
    seed()
    found = counts()
    assert {key: found[key] for key in EXPECTED} == EXPECTED
    codes = common.bench_organizations().values_list("credit_code", flat=True)
    assert sorted(common.number_of(code) for code in codes) == list(range(100))


def test_reset_removes_only_benchmark_rows(directory):
    """Factory-made rows, and a project run by a benchmark organization with another, stay."""
    own = OrganizationFactory(name="越秀长者服务中心")
    FundingRecordFactory(organization=own)
    project, need, talent = ProjectFactory(), NeedFactory(), TalentFactory()
    project.organizations.set([own])
    project.save()
    seed()
    shared = ProjectFactory(kind=ProjectKind.CHARITY)
    shared.organizations.set([own, common.bench_organizations().first()])
    shared.save()
    benchdata.reset(io.StringIO())
    assert {key: value for key, value in counts().items() if key != "index"} == dict.fromkeys(EXPECTED, 0)
    assert list(Organization.objects.all()) == [own]
    assert own.funding_records.count() == 1
    assert set(Project.objects.all()) == {project, shared}
    assert list(shared.organizations.all()) == [own]
    need.refresh_from_db()
    talent.refresh_from_db()
    indexed = IndexEntry.objects.filter(content_type__model="organization").values_list("object_id", flat=True)
    assert set(indexed) == {str(own.pk)}
