"""项目平台: project filters (kind, city, area, status, this weekend / this month / places left),
project pages with their organizations, outcomes and funding, and the projects API."""

import datetime
from decimal import Decimal

import pytest

from django.utils import timezone

from orgdirectory.models import ProjectKind, ProjectOutcome, ProjectStatus
from orgdirectory.signups import sign_up
from taxonomy.models import Region, ServiceArea
from tests.orgdirectory.factories import FundingRecordFactory, OrganizationFactory, ProjectFactory

pytestmark = pytest.mark.django_db
ALL = "/zh-hans/projects/all/"


def titles(response):
    return sorted(p.title for p in response.context["results"])


def next_saturday():
    today = timezone.localdate()
    return today + datetime.timedelta(days=(5 - today.weekday()) % 7 or 7)


@pytest.fixture
def projects(all_projects_page):
    shenzhen = Region.objects.get(code="440305")  # 深圳市南山区
    elderly = ServiceArea.objects.get(slug="elderly-care")
    today = timezone.localdate()
    return {
        "weekend": ProjectFactory(title="周末探访长者", starts_on=next_saturday(), service_area=elderly),
        "full": ProjectFactory(title="满员的活动", places=1, starts_on=today + datetime.timedelta(days=40)),
        "shenzhen": ProjectFactory(
            title="南山环保行动", region=shenzhen, starts_on=today + datetime.timedelta(days=60)
        ),
        "government": ProjectFactory(
            title="长者饭堂运营项目",
            kind=ProjectKind.GOVERNMENT,
            places=None,
            status=ProjectStatus.IN_PROGRESS,
            starts_on=today - datetime.timedelta(days=200),
            ends_on=today + datetime.timedelta(days=165),
            budget=Decimal("500000"),
        ),
        "done": ProjectFactory(
            title="已结项的公益项目",
            kind=ProjectKind.CHARITY,
            places=None,
            status=ProjectStatus.COMPLETED,
            starts_on=datetime.date(2023, 1, 1),
            ends_on=datetime.date(2023, 12, 31),
        ),
    }


def test_kind_page_lists_only_its_kind(client, volunteer_page, projects):
    response = client.get("/zh-hans/projects/volunteer-projects/")
    assert titles(response) == sorted(["周末探访长者", "满员的活动", "南山环保行动"])
    assert "kind" not in [state.facet.param for state in response.context["facets"]]


def test_filters_by_kind_city_area_and_status(client, projects):
    assert titles(client.get(ALL, {"kind": "government"})) == ["长者饭堂运营项目"]
    shenzhen = Region.objects.get(code="440300")
    assert titles(client.get(ALL, {"city": shenzhen.pk})) == ["南山环保行动"]
    assert titles(client.get(ALL, {"area": "elderly-care"})) == ["周末探访长者"]
    assert titles(client.get(ALL, {"status": "completed"})) == ["已结项的公益项目"]


def test_this_weekend_this_month_and_places_left(client, projects):
    sign_up(projects["full"], name="甲", phone="13900000001")
    assert "周末探访长者" in titles(client.get(ALL, {"when": "weekend"}))
    assert "南山环保行动" not in titles(client.get(ALL, {"when": "weekend"}))
    month = titles(client.get(ALL, {"when": "month"}))
    assert "长者饭堂运营项目" in month  # running through this month
    assert "已结项的公益项目" not in month
    places = titles(client.get(ALL, {"when": "places"}))
    assert "满员的活动" not in places and "周末探访长者" in places
    assert "长者饭堂运营项目" not in places  # not a volunteer project


def test_condition_facet_counts_overlapping_options(client, projects):
    response = client.get(ALL, {"kind": "volunteer"})
    when = next(state for state in response.context["facets"] if state.facet.param == "when")
    counts = {option.value: option.count for option in when.options}
    assert counts["places"] == 3
    assert counts["weekend"] >= 1


def test_project_page_shows_organizations_outcomes_and_funding(client, projects):
    project = projects["done"]
    organization = OrganizationFactory(name="越秀公益服务中心")
    project.organizations.add(organization)
    project.outcomes = "项目覆盖 3 个社区。"
    project.save()
    ProjectOutcome.objects.create(project=project, label="服务长者", value=Decimal("1200"), unit="人次")
    FundingRecordFactory(organization=organization, project=project, amount=Decimal("88000"), project_name="公益项目")
    html = client.get(f"{ALL}{project.pk}/").text
    assert "越秀公益服务中心" in html
    assert "1200" in html and "服务长者" in html and "项目覆盖 3 个社区。" in html
    assert "资助资金" in html and "88,000.00" in html
    assert "立即报名" not in html


def test_unknown_project_gives_404(client, all_projects_page):
    assert client.get(f"{ALL}99999/").status_code == 404


def test_volunteer_page_does_not_serve_other_kinds(client, volunteer_page, projects):
    assert client.get(f"/zh-hans/projects/volunteer-projects/{projects['government'].pk}/").status_code == 404


def test_projects_api_filters_and_paginates(client, projects):
    body = client.get("/api/directory/projects/", {"kind": "volunteer", "when": "places"}).json()
    assert body["count"] == 3
    assert {"places_left", "hours_credited"} <= set(body["results"][0])
    assert (
        client.get("/api/directory/projects/", {"status": "completed"}).json()["results"][0]["title"]
        == "已结项的公益项目"
    )


def _queries(client, url, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_project_list_query_count_does_not_grow_with_the_number_of_projects(client, all_projects_page):
    ProjectFactory.create_batch(2)
    params = {"kind": "volunteer", "when": "places"}
    _queries(client, ALL, params)
    small = _queries(client, ALL, params)
    ProjectFactory.create_batch(30, service_area=ServiceArea.objects.first())
    assert _queries(client, ALL, params) == small
