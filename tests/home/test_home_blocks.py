"""The home page's own blocks: the pinned mark, the picture news, the notice strip and the
service-icon grid of popular guides (issue 20)."""

import datetime

import pytest

import wagtail_factories

from guides.models import GuideIndexPage, GuideTopic
from home.models import HomePage
from tests.guides.factories import GuidePageFactory
from tests.notices.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NoticeIndexPageFactory,
    NoticePageFactory,
)

pytestmark = pytest.mark.django_db

D = datetime.date
PINNED = '<span class="badge badge-pinned">置顶</span>'


def home_blocks(client):
    html = client.get("/zh-hans/").text
    return html[html.index('class="home-blocks"') :]


def show(home, *blocks):
    home = HomePage.objects.get(pk=home.pk)
    home.body = list(blocks)
    home.save_revision().publish()


def test_home_news_and_notices_mark_pinned_items_as_their_lists_do(client, home):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    notices = NoticeIndexPageFactory(parent=home, slug="notices")
    ArticlePageFactory(parent=news, title="置顶消息", date=D(2025, 1, 1), pinned=True)
    ArticlePageFactory(parent=news, title="最新消息", date=D(2026, 3, 1))
    NoticePageFactory(parent=notices, title="置顶公告", date=D(2025, 1, 1), pinned=True)
    show(
        home,
        ("latest", {"title": "服务动态", "section": news, "count": 5, "display": "list"}),
        ("latest", {"title": "服务公告", "section": notices, "count": 3, "display": "strip"}),
    )
    html = home_blocks(client)
    assert html.count(PINNED) == 2
    assert html.index("置顶消息") < html.index(PINNED) < html.index("最新消息")
    # The same mark, from the same include, as the section lists show.
    assert PINNED in client.get("/zh-hans/news/").text
    assert PINNED in client.get("/zh-hans/notices/").text


def test_picture_news_shows_the_newest_article_with_a_cover_described_by_its_alt_text(client, home):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    cover = wagtail_factories.ImageFactory(title="IMG_2041.jpg")
    ArticlePageFactory(parent=news, title="较早的图片新闻", date=D(2026, 1, 5), cover_image=cover, cover_image_alt="旧")
    ArticlePageFactory(
        parent=news, title="交流会召开", date=D(2026, 3, 1), cover_image=cover, cover_image_alt="与会代表在会场交流"
    )
    ArticlePageFactory(parent=news, title="没有图片的新消息", date=D(2026, 4, 1))
    show(home, ("latest", {"title": "图片新闻", "section": news, "count": 1, "display": "picture"}))
    html = home_blocks(client)
    assert "交流会召开" in html
    assert 'alt="与会代表在会场交流"' in html
    assert "较早的图片新闻" not in html and "没有图片的新消息" not in html
    assert "IMG_2041" not in html


def test_popular_services_are_the_featured_guides_with_hidden_inline_icons(client, home):
    guides = home.add_child(instance=GuideIndexPage(title="办事指南", slug="guides"))
    GuidePageFactory(parent=guides, title="社会团体成立登记", featured=True, topic=GuideTopic.REGISTRATION)
    GuidePageFactory(parent=guides, title="年度报告", featured=True, topic=GuideTopic.OTHER)
    GuidePageFactory(parent=guides, title="不常办的事项", featured=False)
    show(home, ("popular_guides", {"title": "热门办事", "count": 8}))
    html = home_blocks(client)
    grid = html[html.index('class="service-grid"') : html.index("</ul>", html.index('class="service-grid"'))]
    assert grid.count("<li>") == 2 and "社会团体成立登记" in grid and "不常办的事项" not in grid
    # Inline SVG from the icon package: nothing fetched, hidden from screen readers, the text names the link.
    assert grid.count("<svg ") == grid.count('aria-hidden="true"') == 2
    assert "<img" not in grid and "http" not in grid
