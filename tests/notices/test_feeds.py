"""RSS and Atom feeds per section, the all-notices feed, sitemap.xml and the JSON API."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from tests.home.factories import publish_translation
from tests.notices.factories import ArticlePageFactory, NoticePageFactory, PolicyPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    """The feed as XML; it is the site's own output, so the stdlib parser is safe here."""
    return ET.fromstring(response.content)  # noqa: S314


def test_section_rss_feed_lists_its_articles_newest_first(client, news):
    ArticlePageFactory(parent=news, title="较早的文章", date="2026-01-02")
    ArticlePageFactory(parent=news, title="最新的文章", date="2026-02-02")
    response = client.get("/zh-hans/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    items = parse(response).findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["最新的文章", "较早的文章"]
    assert "/zh-hans/news/" in items[0].findtext("link")


def test_section_atom_feed_is_valid_atom(client, notice_list):
    NoticePageFactory(parent=notice_list, title="关于年度检查的通知")
    response = client.get("/zh-hans/notices/feed/atom/")
    feed = parse(response)
    assert feed.tag == f"{ATOM}feed"
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == ["关于年度检查的通知"]


def test_all_notices_feed_spans_lists_in_the_requested_language(client, notice_list, english_home):
    notice = NoticePageFactory(parent=notice_list, title="中文通知")
    publish_translation(notice_list, title="Notices")
    publish_translation(notice, title="English notice")
    chinese = parse(client.get("/zh-hans/feeds/notices/rss/"))
    english = parse(client.get("/en/feeds/notices/rss/"))
    assert [item.findtext("title") for item in chinese.findall("./channel/item")] == ["中文通知"]
    assert [item.findtext("title") for item in english.findall("./channel/item")] == ["English notice"]


def test_index_pages_advertise_their_feeds(client, news):
    assert 'type="application/rss+xml"' in client.get("/zh-hans/news/").text


def test_notice_pages_advertise_the_feeds_of_every_notice(client, notice_list):
    notice = NoticePageFactory(parent=notice_list)
    for path in ("/zh-hans/notices/", notice.url):
        head = client.get(path).text.split("</head>")[0]
        assert 'type="application/atom+xml" title="全部公告 (Atom)" href="/zh-hans/feeds/notices/atom/"' in head
        assert 'type="application/rss+xml" title="全部公告 (RSS)" href="/zh-hans/feeds/notices/rss/"' in head


FEEDS = [
    "/zh-hans/news/feed/rss/",
    "/zh-hans/news/feed/atom/",
    "/zh-hans/notices/feed/rss/",
    "/zh-hans/notices/feed/atom/",
    "/zh-hans/policies/feed/rss/",
    "/zh-hans/policies/feed/atom/",
    "/zh-hans/feeds/notices/rss/",
    "/zh-hans/feeds/notices/atom/",
    "/en/feeds/notices/atom/",
]


def test_every_feed_parses_cleanly_and_names_authors(client, news, notice_list, policy_list, site_settings):
    ArticlePageFactory(parent=news, authors="南方日报记者 张三")
    ArticlePageFactory(parent=news, authors="", source="")
    NoticePageFactory(parent=notice_list, issuing_body="省社会组织服务中心办公室")
    PolicyPageFactory(parent=policy_list, issuing_authority="省民政厅")
    for path in FEEDS:
        feed = feedparser.parse(client.get(path).content)
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        if path.endswith("atom/"):
            # RFC 4287: a feed names its author; so does each entry here.
            assert feed.feed.author == ("省社会组织服务中心" if "/zh-hans/" in path else site_settings.site_name_en)
        assert all(entry.get("author") for entry in feed.entries), path
    authors = {entry.author for entry in feedparser.parse(client.get("/zh-hans/news/feed/atom/").content).entries}
    assert authors == {"南方日报记者 张三", "省社会组织服务中心"}
    notice = feedparser.parse(client.get("/zh-hans/notices/feed/atom/").content).entries[0]
    assert notice.author == "省社会组织服务中心办公室"
    policy = feedparser.parse(client.get("/zh-hans/policies/feed/atom/").content).entries[0]
    assert policy.author == "省民政厅"


def test_sitemap_lists_published_pages_in_both_languages(client, news, english_home):
    ArticlePageFactory(parent=news, slug="published")
    ArticlePageFactory(parent=news, slug="draft", live=False)
    publish_translation(news, title="News")
    xml = client.get("/sitemap-pages.xml").text
    assert "/zh-hans/news/published/" in xml
    assert "/en/news/" in xml and "/en/" in xml
    assert "/zh-hans/news/draft/" not in xml


def test_api_lists_notices_with_their_disclosure_metadata(client, notice_list):
    NoticePageFactory(parent=notice_list, disclosure=True, document_number="粤社服〔2026〕7号")
    response = client.get(
        "/api/v2/pages/", {"type": "notices.NoticePage", "fields": "index_number,document_number,disclosure_end"}
    )
    item = response.json()["items"][0]
    assert item["document_number"] == "粤社服〔2026〕7号"
    assert item["index_number"].startswith("11440000MB2C12345X/2026-")
    assert item["disclosure_end"] == "2026-03-06"
