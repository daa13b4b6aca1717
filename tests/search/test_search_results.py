"""The result list: counts per type, the type filter, highlights, editors' picks, pages."""

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.guides.factories import GuidePageFactory
from tests.home.factories import StandardPageFactory, publish_translation
from tests.notices.factories import NoticePageFactory, PolicyPageFactory
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

WORD = "湿地"


def hits(response):
    return list(response.context["search_results"])


def counts(response):
    return {tab["slug"]: tab["count"] for tab in response.context["tabs"]}


@pytest.fixture
def mixed(sections):
    """Two guides, one notice and three organizations about wetlands; a policy about something else."""
    GuidePageFactory(parent=sections.guides, title="湿地保护许可", slug="permit")
    GuidePageFactory(parent=sections.guides, title="湿地公园备案", slug="filing")
    NoticePageFactory(parent=sections.notices, title="关于湿地巡护的通知")
    PolicyPageFactory(parent=sections.policies, title="志愿服务条例")
    for number in range(3):
        OrganizationFactory(name=f"湿地保护协会{number}")
    return sections


def test_counts_per_type_and_in_all(client, mixed):
    """The tabs count each type's matches; "all" counts them together; empty types have no tab."""
    response = client.get("/zh-hans/search/", {"q": WORD})
    assert counts(response) == {"": 6, "guide": 2, "notice": 1, "organization": 3}
    assert len(hits(response)) == 6
    assert response.context["search_results"].paginator.count == 6


def test_type_filter_shows_one_type_and_marks_its_tab(client, mixed):
    """?type=organization lists only organizations; its tab is the current one; the counts stay."""
    response = client.get("/zh-hans/search/", {"q": WORD, "type": "organization"})
    assert sorted(hit.title for hit in hits(response)) == ["湿地保护协会0", "湿地保护协会1", "湿地保护协会2"]
    assert {hit.label for hit in hits(response)} == {"社会组织"}
    assert counts(response)["organization"] == 3
    assert counts(response)[""] == 6
    assert '<a href="?q=%E6%B9%BF%E5%9C%B0&amp;type=organization" aria-current="page">' in response.text


def test_all_view_keeps_each_types_own_order_and_is_deterministic(client, mixed):
    """Merging the types never reorders the results of one type, and gives the same list every time."""
    everything = [hit.url for hit in hits(client.get("/zh-hans/search/", {"q": WORD}))]
    assert everything == [hit.url for hit in hits(client.get("/zh-hans/search/", {"q": WORD}))]
    for slug in ("guide", "organization"):
        own = [hit.url for hit in hits(client.get("/zh-hans/search/", {"q": WORD, "type": slug}))]
        assert [url for url in everything if url in own] == own


def test_matches_are_highlighted_in_title_and_snippet(client, sections):
    """The query's words are marked in a snippet of the text, which stays escaped."""
    GuidePageFactory(
        parent=sections.guides, title="湿地保护许可", slug="permit", summary="在<省级>湿地内开展活动，须先申请许可。"
    )
    html = client.get("/zh-hans/search/", {"q": WORD}).text
    assert ">湿地保护许可</a>" in html
    assert "在&lt;省级&gt;<mark>湿地</mark>内开展活动" in html


def test_editors_pick_comes_first_marked_recommended(client, mixed, home):
    """A promoted page heads the list, marked 推荐, and is not listed a second time."""
    promoted = StandardPageFactory(parent=home, title="湿地保护专题", slug="wetlands", intro="专题页面。")
    SearchPromotion.objects.create(query=Query.get(WORD), page=promoted, sort_order=0, description="湿地保护专题汇总。")
    response = client.get("/zh-hans/search/", {"q": WORD})
    found = hits(response)
    assert found[0].url == promoted.url
    assert found[0].recommended
    assert [hit.url for hit in found].count(promoted.url) == 1
    assert not any(hit.recommended for hit in found[1:])
    first = response.text.index('class="search-hit')
    assert response.text.index("推荐", first) < response.text.index("湿地保护许可")
    assert counts(response)[""] == len(found) == 7


def test_editors_picks_follow_the_traditional_form_and_stay_in_their_language(client, mixed, home, english_home):
    """濕地 shows the picks made for 湿地; a pick of an unpublished or English page is not shown."""
    shown = StandardPageFactory(parent=home, title="湿地专题", slug="wetlands")
    draft = StandardPageFactory(parent=home, title="湿地草稿专题", slug="draft", live=False)
    english = publish_translation(shown, title="Wetlands")
    for order, page in enumerate([draft, english, shown]):
        SearchPromotion.objects.create(query=Query.get(WORD), page=page, sort_order=order)
    found = hits(client.get("/zh-hans/search/", {"q": "濕地"}))
    assert [hit.url for hit in found if hit.recommended] == [shown.url]


def test_a_query_with_no_exact_match_shows_partial_matches(client, mixed):
    """When nothing holds the whole query, records holding part of it are shown, marked, and the page says so."""
    OrganizationFactory(name="观鸟会", description="在湿地开展观鸟活动。")
    response = client.get("/zh-hans/search/", {"q": "湿地火星基地"})
    assert response.context["partial"]
    assert len(hits(response)) == 7
    assert "没有完全匹配的结果" in response.text
    assert "<mark>湿地</mark>" in response.text


def test_results_are_paginated_and_keep_the_query_and_type(client, sections):
    """Ten to a page; the next-page link keeps q and type; a page past the end shows the last one."""
    for number in range(12):
        OrganizationFactory(name=f"湿地保护协会{number}")
    first = client.get("/zh-hans/search/", {"q": WORD, "type": "organization"})
    assert len(hits(first)) == 10
    assert 'href="?q=%E6%B9%BF%E5%9C%B0&amp;type=organization&amp;page=2"' in first.text
    second = client.get("/zh-hans/search/", {"q": WORD, "type": "organization", "page": "2"})
    assert len(hits(second)) == 2
    assert {hit.url for hit in hits(first)}.isdisjoint(hit.url for hit in hits(second))
    last = client.get("/zh-hans/search/", {"q": WORD, "page": "99999"})
    assert [hit.url for hit in hits(last)] == [hit.url for hit in hits(second)]


def test_a_typed_search_counts_once(client, mixed):
    """A search from the box is counted for popular terms; turning pages or tabs is not."""
    client.get("/zh-hans/search/", {"q": WORD})
    client.get("/zh-hans/search/", {"q": WORD, "page": "2"})
    client.get("/zh-hans/search/", {"q": WORD, "type": "guide"})
    assert Query.get(WORD).hits == 1


def test_a_search_typed_again_counts_again(client, mixed):
    """The second search of the day adds to the day's count (one UPDATE, search/views.count_search)."""
    client.get("/zh-hans/search/", {"q": WORD})
    client.get("/zh-hans/search/", {"q": f" {WORD} "})
    assert Query.get(WORD).hits == 2
    assert Query.get(WORD).daily_hits.count() == 1


def test_nothing_searchable_is_not_counted(client, home):
    """Queries of punctuation or emoji only are neither searched nor counted."""
    for query in ("***", "😀😀", "   "):
        assert client.get("/zh-hans/search/", {"q": query}).status_code == 200
    assert not Query.objects.exists()
