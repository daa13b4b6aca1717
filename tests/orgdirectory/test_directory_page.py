"""组织库: filters that combine, facet counts, keyword, sorting, paging, query budget."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from core.faceted import FacetedList
from core.facets import Facet, Sort
from orgdirectory.models import (
    FundingSource,
    Grade,
    Organization,
    OrgType,
    Standing,
    StandingRecord,
)
from taxonomy.models import Region, ServiceArea
from tests.facets import facet_counts
from tests.orgdirectory.factories import FundingRecordFactory, OrganizationFactory, award

pytestmark = pytest.mark.django_db
URL = "/zh-hans/database/organizations/"
RECENT = datetime.date.today() - datetime.timedelta(days=365)
LONG_AGO = datetime.date.today() - datetime.timedelta(days=6 * 365)


def names(response):
    return [o.name for o in response.context["results"]]


@pytest.fixture
def organizations(directory):
    guangzhou_district = Region.objects.get(code="440106")  # 广州市天河区
    shenzhen = Region.objects.get(code="440300")
    elderly = ServiceArea.objects.get(slug="elderly-care")
    a = OrganizationFactory(name="越秀长者服务中心", registered_on=datetime.date(2015, 3, 1))
    a.service_areas.add(elderly)
    a.save()  # commits the in-memory relation of the clusterable model
    b = OrganizationFactory(name="天河青年协会", org_type=OrgType.SOCIAL_GROUP, region=guangzhou_district)
    c = OrganizationFactory(
        name="深圳助学基金会", org_type=OrgType.FOUNDATION, region=shenzhen, description="资助困难学生"
    )
    d = OrganizationFactory(name="深圳社区服务社", region=shenzhen, registered_on=datetime.date(2020, 5, 5))
    award(a, Grade.A5, RECENT)
    award(b, Grade.A5, RECENT)
    award(c, Grade.A4, RECENT)
    award(d, Grade.A5, LONG_AGO)  # expired: no longer counts as 5A
    StandingRecord.objects.create(
        organization=d, status=Standing.ABNORMAL, listed_on=RECENT, listed_reason="未按时年检"
    )
    d.refresh_summary()
    return {"a": a, "b": b, "c": c, "d": d, "guangzhou": Region.objects.get(code="440100"), "shenzhen": shenzhen}


def test_lists_all_organizations_by_name(client, organizations):
    response = client.get(URL)
    assert response.status_code == 200
    assert sorted(names(response)) == names(response)
    assert len(names(response)) == 4


def test_city_filter_includes_its_districts(client, organizations):
    response = client.get(URL, {"city": organizations["guangzhou"].pk})
    assert set(names(response)) == {"越秀长者服务中心", "天河青年协会"}


def test_grade_filter_counts_only_grades_still_valid(client, organizations):
    assert set(names(client.get(URL, {"grade": "5A"}))) == {"越秀长者服务中心", "天河青年协会"}


def test_filters_combine(client, organizations):
    response = client.get(URL, {"city": organizations["guangzhou"].pk, "grade": "5A", "type": "social_group"})
    assert names(response) == ["天河青年协会"]


def test_service_area_standing_and_year_filters(client, organizations):
    assert names(client.get(URL, {"area": "elderly-care"})) == ["越秀长者服务中心"]
    assert names(client.get(URL, {"standing": Standing.ABNORMAL})) == ["深圳社区服务社"]
    assert names(client.get(URL, {"year": "2020"})) == ["深圳社区服务社"]


def test_facet_counts_apply_the_other_filters(client, organizations):
    response = client.get(URL, {"city": organizations["shenzhen"].pk})
    facets = facet_counts(response.context["facets"])
    # Grade counts within Shenzhen: one valid 4A; the expired 5A does not count.
    assert facets["grade"]["4A"] == 1
    assert facets["grade"]["5A"] == 0
    # The city facet ignores its own selection, so other cities still show their counts.
    assert facets["city"][str(organizations["guangzhou"].pk)] == 2
    assert facets["city"][str(organizations["shenzhen"].pk)] == 2
    assert facets["type"] == {"social_group": 0, "social_service": 1, "foundation": 1}


def test_organization_in_two_service_areas_is_listed_and_counted_once(client, organizations):
    a = organizations["a"]
    a.service_areas.add(ServiceArea.objects.exclude(slug="elderly-care").first())
    a.save()
    response = client.get(URL, {"area": "elderly-care", "city": organizations["guangzhou"].pk})
    assert names(response) == ["越秀长者服务中心"]
    facets = facet_counts(response.context["facets"])
    assert facets["area"]["elderly-care"] == 1
    assert sum(facets["area"].values()) == 2  # one in each of its two areas, within Guangzhou
    assert facets["type"] == {"social_group": 0, "social_service": 1, "foundation": 0}
    assert facets["city"][str(organizations["guangzhou"].pk)] == 1


def test_a_filter_across_a_relation_counts_each_record_once(organizations):
    """Two funding records from one source join the organization twice; it still counts once."""
    FundingRecordFactory.create_batch(2, organization=organizations["a"], source=FundingSource.DONATION)
    source = Facet("source", "source", "funding_records__source", lambda: FundingSource.choices)
    listing = FacetedList(
        Organization.objects.all(),
        [Facet("type", "type", "org_type", lambda: OrgType.choices), source],
        [Sort("name", "name", ("name",))],
        QueryDict("source=donation"),
    )
    types = {o.value: o.count for o in listing.facet_states()[0].options}
    assert types == {"social_group": 0, "social_service": 1, "foundation": 0}
    assert list(listing.results()) == [organizations["a"]]


def test_summary_sentence_and_clear_link(client, organizations):
    html = client.get(URL, {"grade": "5A"}).text
    assert "共 2 项 · 评估等级: 5A" in html
    assert f'<a href="{URL}">清除全部筛选</a>' in html


def test_keyword_matches_name_description_and_credit_code(client, organizations):
    assert names(client.get(URL, {"q": "青年"})) == ["天河青年协会"]
    assert names(client.get(URL, {"q": "困难学生"})) == ["深圳助学基金会"]
    code = organizations["c"].credit_code
    assert names(client.get(URL, {"q": f" {code[:9].lower()} {code[9:]} "})) == ["深圳助学基金会"]


def test_sort_by_funding_received(client, organizations):
    FundingRecordFactory(organization=organizations["b"], amount=Decimal("900000.00"))
    FundingRecordFactory(organization=organizations["c"], amount=Decimal("50000.50"))
    assert names(client.get(URL, {"sort": "funding"}))[:2] == ["天河青年协会", "深圳助学基金会"]


def test_unknown_filter_values_are_ignored_not_errors(client, organizations):
    response = client.get(URL, {"city": "999999", "grade": "6A", "sort": "drop table", "page": "x", "q": "<b>"})
    assert response.status_code == 200
    assert len(names(response)) == 0  # the keyword "<b>" matches nothing
    assert "&lt;b&gt;" in response.text


def test_twenty_a_page_with_the_total(client, directory):
    OrganizationFactory.create_batch(25)
    first = client.get(URL)
    assert len(names(first)) == 20
    assert "共 25 项" in first.text
    assert len(names(client.get(URL, {"page": 2}))) == 5


def _queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL, params).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_organizations(client, directory):
    for organization in OrganizationFactory.create_batch(3):
        award(organization, Grade.A5, RECENT)
    params = {"grade": "5A", "type": "social_service"}
    _queries(client, params)
    small = _queries(client, params)
    for organization in OrganizationFactory.create_batch(30):
        award(organization, Grade.A5, RECENT)
    assert _queries(client, params) == small
    assert small <= 25


def test_the_counts_summary_is_shared_by_every_combination_and_new_after_a_write(client, organizations, monkeypatch):
    """Region, type, standing and grade are counted from one summary kept until the next write
    (orgdirectory.filters.ORGANIZATION_COUNTS): another combination of those filters does not
    build it again, and an organization added shows in the counts at once."""
    from orgdirectory import filters

    builds = []
    summary = filters.ORGANIZATION_COUNTS

    def build():
        builds.append(1)
        return summary.build()

    monkeypatch.setattr(filters, "ORGANIZATION_COUNTS", replace(filters.ORGANIZATION_COUNTS, build=build))
    shenzhen = organizations["shenzhen"]

    def counts(params):
        response = client.get(URL, params)
        return facet_counts(response.context["facets"])

    client.get(URL)  # a first visit writes what is made once (the site's first generation, say)
    builds.clear()
    counts({"type": "social_service"})
    before = counts({"city": shenzhen.pk, "standing": "normal"})
    counts({"city": shenzhen.pk, "standing": "normal", "type": "foundation"})
    assert len(builds) == 1
    assert before["type"] == {"social_group": 0, "social_service": 0, "foundation": 1}
    OrganizationFactory(name="深圳新成立的基金会", org_type="foundation", region=shenzhen)
    after = counts({"city": shenzhen.pk, "standing": "normal"})
    assert len(builds) == 2
    assert after["type"]["foundation"] == 2
    assert after["city"][str(shenzhen.pk)] == before["city"][str(shenzhen.pk)] + 1
