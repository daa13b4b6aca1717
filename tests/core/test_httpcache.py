"""HTTP caching for the programs that read the APIs, feeds and sitemaps (core/httpcache.py):
ETags and 304s, a short public Cache-Control, and CORS for the read-only APIs."""

import pytest

from django.utils.http import http_date

from core.pagecache import HIT_HEADER
from tests.notices.factories import NoticePageFactory
from tests.pagecache import view

pytestmark = pytest.mark.django_db

CONSUMER_ADDRESSES = [
    "/api/v2/pages/",
    "/api/directory/organizations/",
    "/sitemap.xml",
    "/zh-hans/feeds/notices/rss/",
    "/zh-hans/notices/feed/atom/",
]


@pytest.mark.parametrize("url", CONSUMER_ADDRESSES)
def test_a_consumer_address_sends_an_etag_and_answers_304_when_it_matches(client, notice_list, url):
    NoticePageFactory(parent=notice_list)
    first = client.get(url)
    assert first.status_code == 200
    assert first["ETag"]
    assert first["Cache-Control"] == "public, max-age=300"
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(url, HTTP_IF_NONE_MATCH='"stale"').status_code == 200


def test_a_feed_answers_if_modified_since_from_its_last_modified(client, notice_list):
    NoticePageFactory(parent=notice_list)
    first = client.get("/zh-hans/notices/feed/rss/")
    assert first["Last-Modified"]
    assert client.get("/zh-hans/notices/feed/rss/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get("/zh-hans/notices/feed/rss/", HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200


def test_a_feed_from_the_page_cache_still_answers_304(notice_list, site_settings):
    """The middleware sits before the page cache, so a hit gets its ETag and 304 too.

    With the site settings saved first: on a new site the first view creates them, a write
    that starts a new generation, and the second view would be rebuilt instead of a hit (its
    ETag then differs whenever the feed's build time crossed a second)."""
    first = view("/zh-hans/feeds/notices/rss/")
    hit = view("/zh-hans/feeds/notices/rss/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert hit.status_code == 304
    assert view("/zh-hans/feeds/notices/rss/")[HIT_HEADER] == "hit"


def test_read_only_apis_may_be_read_from_any_origin_without_credentials(client, home):
    for url in ("/api/v2/pages/", "/api/directory/needs/", "/api/directory/nosuch/"):
        response = client.get(url)
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response
        assert "ETag" in response["Access-Control-Expose-Headers"]


def test_the_view_counter_which_writes_is_neither_shared_nor_cached(client, notice_list):
    notice = NoticePageFactory(parent=notice_list)
    response = client.post(f"/api/page-views/{notice.pk}/")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    assert "public" not in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_errors_are_not_made_cacheable(client, home):
    response = client.get("/api/directory/organizations/", {"grade": "Z"})
    assert response.status_code == 400
    assert "ETag" not in response and "public" not in response.get("Cache-Control", "")


def test_pages_for_people_are_left_alone(client, home):
    response = client.get("/zh-hans/")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    assert response.get("Cache-Control") != "public, max-age=300"
