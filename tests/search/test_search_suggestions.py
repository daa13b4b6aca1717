"""What helps a visitor on: topics and popular terms after an empty search, suggestions while typing."""

import datetime
import re

import pytest

from django.utils import timezone

from guides.models import GuideTopic
from search.models import SearchedTerm
from tests.guides.factories import GuidePageFactory
from tests.home.factories import publish_translation
from tests.notices.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(sections):
    """Guides in three topics, none of whose words the queries below use."""
    GuidePageFactory(parent=sections.guides, title="成立申请", slug="founding", topic=GuideTopic.REGISTRATION)
    GuidePageFactory(parent=sections.guides, title="工作报告报送", slug="report", topic=GuideTopic.ANNUAL)
    GuidePageFactory(parent=sections.guides, title="认定申请", slug="recognition", topic=GuideTopic.CHARITY)
    return sections


def searched(term, visitors, days_ago=0, found=True):
    """`term` searched by `visitors` different visitors, `days_ago`."""
    for visitor in range(visitors):
        SearchedTerm.objects.create(
            date=timezone.localdate() - datetime.timedelta(days=days_ago), term=term, visitor=str(visitor), found=found
        )


def test_empty_result_suggests_the_closest_guide_topic(client, topics):
    """年报逾期 finds nothing, and the topic 年检年报 that shares 年报 with it is offered, linked to the finder."""
    response = client.get("/zh-hans/search/", {"q": "年报逾期"})
    assert list(response.context["search_results"]) == []
    assert [topic.text for topic in response.context["topics"]] == ["年检年报"]
    assert f'<a href="{topics.guides.url}?topic=annual">年检年报</a>' in response.text


def test_empty_result_offers_every_topic_when_none_is_close(client, topics):
    """When no topic shares a character with the query, the finder's topics are listed in their order."""
    response = client.get("/zh-hans/search/", {"q": "火星"})
    assert [topic.text for topic in response.context["topics"]] == ["登记", "年检年报", "慈善"]


def test_empty_result_shows_the_most_searched_terms_of_the_last_30_days(client, topics):
    """Popular terms, searched by most visitors first, each a link to its search; old, spam, unfound and
    rare terms are left out (tests/search/test_popular_terms.py: how searches are counted)."""
    searched("社会组织", 4)
    searched("年报", 3)
    searched("年检", 2)
    searched("旧的热词", 9, days_ago=40)
    searched("澳门新葡京", 9)
    searched("没有结果", 9, found=False)
    response = client.get("/zh-hans/search/", {"q": "火星"})
    assert [term.text for term in response.context["popular_terms"]] == ["社会组织", "年报"]
    assert '<a href="/zh-hans/search/?q=%E7%A4%BE%E4%BC%9A%E7%BB%84%E7%BB%87">社会组织</a>' in response.text
    assert "热门搜索" in response.text


def test_suggest_returns_live_pages_of_the_locale_starting_like_a_chinese_prefix(client, sections, english_home):
    """社会组 suggests live pages with a title containing a word that starts so, as JSON, in the visitor's language."""
    guide = GuidePageFactory(parent=sections.guides, title="社会组织名称核准", slug="name-approval")
    GuidePageFactory(parent=sections.guides, title="社会组织草稿", slug="draft", live=False)
    publish_translation(sections.guides, title="Guides")
    english = publish_translation(guide, title="Approving the name of a social organization")
    response = client.get("/zh-hans/search/suggest/", {"q": "社会组"})
    assert response["Content-Type"] == "application/json"
    assert response.json() == [{"title": "社会组织名称核准", "url": guide.url}]
    assert client.get("/zh-hans/search/suggest/", {"q": "社會組"}).json() == response.json()
    assert client.get("/en/search/suggest/", {"q": "approv"}).json() == [
        {"title": "Approving the name of a social organization", "url": english.url}
    ]


def test_suggest_returns_at_most_eight(client, sections):
    """However many titles match, eight suggestions at most."""
    for number in range(10):
        ArticlePageFactory(parent=sections.news, title=f"社区服务动态第{number}期", slug=f"news-{number}")
    assert len(client.get("/zh-hans/search/suggest/", {"q": "社区"}).json()) == 8


@pytest.mark.parametrize("query", ["", "   ", "***", "😀", '"', "\x00"])
def test_suggest_for_nothing_searchable_is_an_empty_list(client, home, query):
    assert client.get("/zh-hans/search/suggest/", {"q": query}).json() == []


def test_search_box_is_wired_to_suggestions_by_an_external_script(client, home):
    """The header's box names the suggestion address; every script on the page is a file, none inline."""
    html = client.get("/zh-hans/search/").text
    assert 'data-suggest-url="/zh-hans/search/suggest/"' in html
    assert '<script src="/static/js/search-suggest.js" defer></script>' in html
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert re.findall(r"<[^>]*\son[a-z]+\s*=", html) == []
