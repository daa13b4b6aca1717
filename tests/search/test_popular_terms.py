"""热门搜索: what people search is listed for everyone, so a term must be searched by several
visitors, find something, carry no advertising, and not be blocked by editors."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.users.models import UserProfile

from search.models import BlockedSearchTerm, SearchedTerm
from search.suggestions import POPULAR_VISITORS, popular_terms
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db

NOTHING = "火星"  # finds nothing: the page that shows the popular terms
SPAM = ["代开发票 加微信 evil888", "办假证 13800138000", "www.evil.example"]


@pytest.fixture
def guides(sections):
    """Guides whose titles the spam and the real terms below all find, so only the guard can stop the spam."""
    for number, title in enumerate(["社会组织年报", "社会团体年报", "代开发票 加微信 evil888", "办假证 13800138000"]):
        GuidePageFactory(parent=sections.guides, title=title, slug=f"guide-{number}")
    GuidePageFactory(parent=sections.guides, title="www.evil.example", slug="guide-www")
    return sections


def search_from(client, address, term, times=1):
    for _ in range(times):
        assert client.get("/zh-hans/search/", {"q": term}, REMOTE_ADDR=address).status_code == 200


def listed(client):
    return [link.text for link in client.get("/zh-hans/search/", {"q": NOTHING}).context["popular_terms"]]


def test_a_term_is_listed_once_several_visitors_searched_it_and_found_something(client, guides):
    for number in range(POPULAR_VISITORS):
        search_from(client, f"10.0.0.{number}", "社会组织")
    for number in range(POPULAR_VISITORS + 1):
        search_from(client, f"10.0.1.{number}", "年报")
    assert listed(client) == ["年报", "社会组织"]


def test_one_address_searching_again_and_again_lists_nothing(client, guides):
    """The attack of the issue: 12 searches from one address put a term on every empty-result page."""
    search_from(client, "10.0.0.1", "社会组织", times=12)
    assert SearchedTerm.objects.filter(term="社会组织").count() == 1
    assert Query.get("社会组织").hits == 12  # the admin's search-terms report still sees every search
    assert listed(client) == []


def test_terms_that_found_nothing_are_not_listed(client, guides):
    for number in range(POPULAR_VISITORS + 2):
        search_from(client, f"10.0.0.{number}", "火星救援")
    assert listed(client) == []


def test_advertising_is_never_listed_however_many_visitors_search_it(client, guides):
    """Phone numbers, web addresses, chat-app and fake-invoice ads: found, searched by many, still left out."""
    for term in SPAM:
        for number in range(POPULAR_VISITORS + 3):
            search_from(client, f"10.0.2.{number}", term)
    search_from(client, "10.0.3.1", "年报")
    search_from(client, "10.0.3.2", "年报")
    search_from(client, "10.0.3.3", "年报")
    assert SearchedTerm.objects.filter(found=True).exclude(term="年报").count() == len(SPAM) * (POPULAR_VISITORS + 3)
    assert listed(client) == ["年报"]


def test_a_term_counts_once_per_visitor_and_day_with_traditional_and_simplified_as_one(client, guides):
    search_from(client, "10.0.0.1", "社會組織")
    search_from(client, "10.0.0.1", "社会组织")
    search_from(client, "10.0.0.2", "ＳＯＣＩＡＬ")
    assert list(SearchedTerm.objects.order_by("term").values_list("term", flat=True)) == ["social", "社会组织"]


def test_the_visitor_address_is_not_stored(client, guides):
    search_from(client, "203.0.113.77", "年报")
    row = SearchedTerm.objects.get()
    assert "203.0.113" not in row.visitor and len(row.visitor) == 16
    search_from(client, "203.0.113.78", "年报")
    assert SearchedTerm.objects.values("visitor").distinct().count() == 2


def test_the_daily_purge_deletes_searches_older_than_the_window(db):
    """purge_personal_data (cron, daily) deletes what the popular terms no longer look at."""
    today = timezone.localdate()
    for days_ago in (31, 30, 29):
        SearchedTerm.objects.create(
            date=today - datetime.timedelta(days=days_ago), term="旧词", visitor=f"v{days_ago}", found=True
        )
    out = io.StringIO()
    call_command("purge_personal_data", "--older-than", "365", "--dry-run", stdout=out)
    assert "Would delete 2 logged search(es) older than 30 days." in out.getvalue()
    assert SearchedTerm.objects.count() == 3
    call_command("purge_personal_data", "--older-than", "365", stdout=out)
    assert list(SearchedTerm.objects.values_list("date", flat=True)) == [today - datetime.timedelta(days=29)]


def test_the_window_and_the_exclusion_of_the_query_shown(guides):
    today = timezone.localdate()
    for visitor in "abc":
        SearchedTerm.objects.create(
            date=today - datetime.timedelta(days=31), term="去年热词", visitor=visitor, found=True
        )
        SearchedTerm.objects.create(date=today, term="年报", visitor=visitor, found=True)
    assert [link.text for link in popular_terms()] == ["年报"]
    assert popular_terms(exclude="年報") == []


@pytest.fixture
def chinese_editor(client, roles, django_user_model):
    """An editor of the 编辑 group, whose admin speaks Chinese."""
    user = django_user_model.objects.create_user("bianji", password="x")
    user.groups.add(roles["editors"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "zh-hans"
    profile.save()
    client.force_login(user)
    return client


def test_an_editor_blocks_a_term_in_the_admin_and_it_leaves_the_list(client, chinese_editor, guides):
    for number in range(POPULAR_VISITORS):
        search_from(client, f"10.0.0.{number}", "社会团体年报")
        search_from(client, f"10.0.0.{number}", "年报")
    assert listed(client) == ["年报", "社会团体年报"]
    add = reverse("wagtailsnippets_search_blockedsearchterm:add")
    form = chinese_editor.get(add)
    assert "屏蔽" in form.text
    response = chinese_editor.post(add, {"text": "社會團體", "reason": "测试屏蔽"})
    assert response.status_code == 302
    assert listed(client) == ["年报"]
    blocks = chinese_editor.get(reverse("wagtailsnippets_search_blockedsearchterm:list")).text
    assert "社会团体" in blocks  # kept folded, as the terms are


def test_a_block_with_nothing_searchable_is_refused_in_chinese(chinese_editor, guides):
    response = chinese_editor.post(reverse("wagtailsnippets_search_blockedsearchterm:add"), {"text": " *** "})
    assert response.status_code == 200
    assert "请输入至少一个词或数字" in response.text
    assert not BlockedSearchTerm.objects.exists()
