"""Section lists: order, facets that combine, shareable addresses, constant queries."""

import datetime
from dataclasses import replace
from urllib.parse import urlencode

import pytest

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notices import filters
from notices.models import NoticeKind, NoticeTopic, PolicyLevel, PolicyValidity
from taxonomy.models import Region
from tests.facets import facet_counts
from tests.notices.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NoticeAttachmentFactory,
    NoticePageFactory,
    PolicyPageFactory,
)

pytestmark = pytest.mark.django_db
D = datetime.date


def titles(response):
    return [page.title for page in response.context["results"]]


@pytest.fixture
def notices(notice_list):
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    guangzhou, shenzhen = Region.objects.get(code="440100"), Region.objects.get(code="440304")
    return {
        "old": NoticePageFactory(parent=notice_list, title="旧通知", date=D(2025, 5, 1), topic=NoticeTopic.PROJECTS),
        "pinned": NoticePageFactory(parent=notice_list, title="置顶公告", kind=NoticeKind.ANNOUNCEMENT, pinned=True),
        "open": NoticePageFactory(
            parent=notice_list,
            title="评估结果公示",
            disclosure=True,
            disclosure_start=today - day,
            disclosure_end=today + 4 * day,
            date=today,
            region=guangzhou,
            topic=NoticeTopic.REGISTRATION,
        ),
        "open_sz": NoticePageFactory(
            parent=notice_list,
            title="深圳项目公示",
            disclosure=True,
            disclosure_start=today - day,
            disclosure_end=today + day,
            date=today - day,
            region=shenzhen,
            topic=NoticeTopic.PROJECTS,
        ),
        "closed": NoticePageFactory(parent=notice_list, title="已结束公示", disclosure=True, region=guangzhou),
        "upcoming": NoticePageFactory(
            parent=notice_list,
            title="即将公示",
            disclosure=True,
            disclosure_start=today + 2 * day,
            disclosure_end=today + 9 * day,
            date=today,
        ),
    }


def test_notices_list_pinned_first_then_newest(client, notices):
    listed = titles(client.get("/zh-hans/notices/"))
    assert listed[0] == "置顶公告"
    assert listed[-1] == "旧通知"
    assert listed.index("评估结果公示") < listed.index("深圳项目公示")


def test_status_filter_lists_only_open_disclosures_and_counts_each_status(client, notices):
    response = client.get("/zh-hans/notices/", {"status": "open"})
    assert titles(response) == ["评估结果公示", "深圳项目公示"]
    status = next(state for state in response.context["facets"] if state.facet.param == "status")
    assert {option.value: option.count for option in status.options} == {"upcoming": 1, "open": 2, "closed": 1}
    assert "还剩" in response.text


def test_filters_combine_and_keep_a_shareable_address(client, notices):
    guangzhou = Region.objects.get(code="440100")
    response = client.get("/zh-hans/notices/", {"status": "open", "city": guangzhou.pk, "topic": "registration"})
    assert titles(response) == ["评估结果公示"]
    assert (
        client.get("/zh-hans/notices/", {"kind": "announcement", "year": "2025"}).context["results"].paginator.count
        == 0
    )
    assert titles(client.get("/zh-hans/notices/", {"year": "2025"})) == ["旧通知"]
    assert titles(client.get("/zh-hans/notices/", {"q": "粤社服"}))  # document numbers are searchable
    listing = response.context["listing"]
    assert "status=open" in listing.querystring(page=2)


def test_unknown_filter_values_are_ignored_not_errors(client, notices):
    response = client.get("/zh-hans/notices/", {"status": "<script>", "year": "abc", "page": "999"})
    assert response.status_code == 200
    assert "<script>" not in response.text


def test_lists_paginate_twenty_and_show_the_total(client, notice_list):
    NoticePageFactory.create_batch(23, parent=notice_list)
    first = client.get("/zh-hans/notices/")
    assert len(first.context["results"]) == 20
    assert "共 23" in first.text
    assert len(client.get("/zh-hans/notices/", {"page": 2}).context["results"]) == 3


@pytest.mark.parametrize("url", ["/zh-hans/notices/", "/zh-hans/notices/?status=open&kind=disclosure"])
def test_notice_list_queries_do_not_grow_with_items(client, notice_list, url):
    def add(count):
        for notice in NoticePageFactory.create_batch(count, parent=notice_list, disclosure=True):
            NoticeAttachmentFactory(page=notice)

    add(2)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    add(25)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_article_list_covers_subsections_and_filters_by_section_region_and_year(client, news):
    center = ArticleIndexPageFactory(parent=news, slug="center-news", title="中心动态")
    county = ArticleIndexPageFactory(parent=news, slug="county-news", title="县区动态")
    yuexiu = ArticleIndexPageFactory(parent=county, slug="yuexiu", title="越秀区动态")
    ArticlePageFactory(parent=center, title="中心培训", date=D(2026, 5, 1))
    ArticlePageFactory(
        parent=yuexiu, title="越秀社区活动", date=D(2025, 6, 1), region=Region.objects.get(code="440104")
    )
    assert titles(client.get("/zh-hans/news/")) == ["中心培训", "越秀社区活动"]
    assert titles(client.get("/zh-hans/news/", {"section": "county-news"})) == ["越秀社区活动"]
    guangzhou = Region.objects.get(code="440100")
    assert titles(client.get("/zh-hans/news/", {"city": guangzhou.pk, "year": "2025"})) == ["越秀社区活动"]
    assert titles(client.get("/zh-hans/news/county-news/")) == ["越秀社区活动"]


def test_article_list_queries_do_not_grow_with_items(client, news):
    section = ArticleIndexPageFactory(parent=news, slug="center-news")
    ArticlePageFactory.create_batch(2, parent=section)
    client.get("/zh-hans/news/")
    with CaptureQueriesContext(connection) as few:
        client.get("/zh-hans/news/")
    ArticlePageFactory.create_batch(25, parent=section)
    with CaptureQueriesContext(connection) as many:
        client.get("/zh-hans/news/")
    assert len(many) == len(few)


def test_policy_list_filters_by_level_validity_and_year(client, policy_list):
    PolicyPageFactory(parent=policy_list, title="国家条例", level=PolicyLevel.NATIONAL, issued_on=D(2016, 3, 16))
    PolicyPageFactory(
        parent=policy_list,
        title="旧办法",
        validity=PolicyValidity.REPEALED,
        repealed_on=D(2024, 5, 10),
        issued_on=D(2019, 1, 1),
    )
    PolicyPageFactory(parent=policy_list, title="新办法", issued_on=D(2024, 5, 10))
    assert titles(client.get("/zh-hans/policies/", {"level": "national"})) == ["国家条例"]
    assert titles(client.get("/zh-hans/policies/", {"validity": "current", "level": "provincial"})) == ["新办法"]
    assert titles(client.get("/zh-hans/policies/", {"year": "2019"})) == ["旧办法"]
    assert titles(client.get("/zh-hans/policies/", {"q": "旧"})) == ["旧办法"]


def test_policy_list_queries_do_not_grow_with_items(client, policy_list):
    PolicyPageFactory.create_batch(2, parent=policy_list)
    client.get("/zh-hans/policies/")
    with CaptureQueriesContext(connection) as few:
        client.get("/zh-hans/policies/")
    PolicyPageFactory.create_batch(25, parent=policy_list)
    with CaptureQueriesContext(connection) as many:
        client.get("/zh-hans/policies/")
    assert len(many) == len(few)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": "open"},
        {"kind": "disclosure", "city": "440100"},
        {"topic": "projects", "year": "2025"},
        {"status": "closed", "city": "440100", "kind": "disclosure"},
    ],
)
def test_notice_counts_from_the_summary_are_those_of_the_records(client, notices, notice_list, params):
    """The page counts from the section's summary (core.faceted.listed_counts); a list without a
    keeper counts from the records: both give every facet the same counts and total."""
    if "city" in params:
        params = {**params, "city": Region.objects.get(code=params["city"]).pk}
    response = client.get("/zh-hans/notices/", params)
    listing = response.context["listing"]
    assert set(listing._summarized()) == {"kind", "status", "topic", "city", "year"}
    plain = notice_list.get_listing(QueryDict(urlencode(params)))
    counted = plain.facet_states()
    assert facet_counts(response.context["facets"], nonzero=True) == facet_counts(counted, nonzero=True)
    assert response.context["results"].paginator.count == plain.results().count()


def test_the_notice_summary_is_built_once_for_every_combination_and_anew_after_a_publication(
    client, notices, notice_list, monkeypatch
):
    builds = []
    original = filters.listed_counts

    def listed_counts(index_page, facets):
        summary = original(index_page, facets)
        return replace(summary, build=lambda: builds.append(1) or summary.build())

    monkeypatch.setattr(filters, "listed_counts", listed_counts)
    client.get("/zh-hans/notices/")
    builds.clear()
    client.get("/zh-hans/notices/", {"status": "open"})
    projects = {"kind": "disclosure", "topic": "projects"}
    before = facet_counts(client.get("/zh-hans/notices/", projects).context["facets"], nonzero=True)
    assert len(builds) == 1
    NoticePageFactory(parent=notice_list, title="新的项目公示", disclosure=True, topic=NoticeTopic.PROJECTS)
    after = facet_counts(client.get("/zh-hans/notices/", projects).context["facets"], nonzero=True)
    assert len(builds) == 2
    assert after["status"]["closed"] == before["status"].get("closed", 0) + 1


def test_article_sections_are_counted_from_the_summary_as_from_the_records(client, news):
    center = ArticleIndexPageFactory(parent=news, slug="center-news", title="中心动态")
    county = ArticleIndexPageFactory(parent=news, slug="county-news", title="县区动态")
    yuexiu = ArticleIndexPageFactory(parent=county, slug="yuexiu", title="越秀区动态")
    ArticlePageFactory.create_batch(3, parent=center, date=D(2026, 5, 1))
    ArticlePageFactory.create_batch(2, parent=yuexiu, date=D(2025, 6, 1), region=Region.objects.get(code="440104"))
    for params in [{}, {"section": "county-news"}, {"year": "2026"}]:
        response = client.get("/zh-hans/news/", params)
        assert "section" in response.context["listing"]._summarized()
        counted = news.get_listing(QueryDict(urlencode(params))).facet_states()
        assert facet_counts(response.context["facets"], nonzero=True) == facet_counts(counted, nonzero=True), params
    assert facet_counts(response.context["facets"], nonzero=True)["section"] == {"center-news": 3}
