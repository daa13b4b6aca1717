"""The shell's pages cost a fixed number of queries, however much they show (issue 8)."""

import pytest

import wagtail_factories
from wagtail.rich_text import RichText

from guides.models import GuideIndexPage
from home.models import HomePage, SitemapPage
from tests.guides.factories import GuidePageFactory
from tests.home.factories import StandardPageFactory
from tests.notices.factories import ArticleIndexPageFactory, ArticlePageFactory, DocumentFactory
from tests.querycount import assert_flat, assert_queries, shell  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shell")]


def set_body(page, body):
    page.body = body
    page.save_revision().publish()


def link(page):
    return {"label": page.title, "page": page, "url": ""}


def home_body(news, pages, count):
    """A home page body with each kind of block, showing `pages`, `count` news items and guides."""
    return [
        ("hero", {"title": "欢迎", "text": "", "image": wagtail_factories.ImageFactory(), "link": link(pages[0])}),
        ("latest", {"title": "服务公告", "section": news, "count": count, "display": "strip"}),
        ("latest", {"title": "图片新闻", "section": news, "count": 1, "display": "picture"}),
        ("featured", {"title": "热门", "pages": pages}),
        ("latest", {"title": "服务动态", "section": news, "count": count, "display": "list"}),
        ("popular_guides", {"title": "热门办事", "count": count}),
        ("quick_links", {"title": "快捷入口", "links": [link(page) for page in pages]}),
        ("directory_figures", {"title": "数据"}),
        ("text", RichText("<p>欢迎访问</p>")),
    ]


def test_home_page_queries_do_not_grow_with_its_blocks(home):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    cover = wagtail_factories.ImageFactory()
    ArticlePageFactory.create_batch(2, parent=news, cover_image=cover, cover_image_alt="会场")
    guides = home.add_child(instance=GuideIndexPage(title="办事指南", slug="guides"))
    GuidePageFactory.create_batch(2, parent=guides, featured=True)
    sections = StandardPageFactory.create_batch(2, parent=home)
    set_body(HomePage.objects.get(pk=home.pk), home_body(news, sections, 2))

    def add_more():
        ArticlePageFactory.create_batch(12, parent=news, cover_image=cover, cover_image_alt="会场")
        GuidePageFactory.create_batch(10, parent=guides, featured=True)
        more = sections + StandardPageFactory.create_batch(6, parent=home)
        set_body(HomePage.objects.get(pk=home.pk), home_body(news, more, 12))

    # 25: the featured pages are checked for live and public in one query (core.querysets.listed);
    # issue 20 added 4: the notice strip's texts, the picture news's article and its picture's
    # rendition (the same block type as the lists, so no query of their own for their sections),
    # and the popular guides.
    assert_flat("/zh-hans/", 25, add_more)


def body(images, documents):
    return [
        ("rich_text", RichText("<h2>入驻条件</h2><p>依法登记成立不满三年。</p>")),
        *[("image", {"image": image, "alt_text": "窗口", "caption": "服务大厅"}) for image in images],
        ("documents", {"heading": "下载", "documents": [{"document": d, "title": ""} for d in documents]}),
        ("callout", {"tone": "info", "title": "注意", "text": RichText("<p>截止6月30日</p>")}),
    ]


def test_standard_page_queries_do_not_grow_with_images_documents_or_children(home):
    page = StandardPageFactory(parent=home, slug="center")
    set_body(page, body(wagtail_factories.ImageFactory.create_batch(2), DocumentFactory.create_batch(2)))
    StandardPageFactory.create_batch(2, parent=page)

    def add_more():
        StandardPageFactory.create_batch(12, parent=page)
        set_body(page, body(wagtail_factories.ImageFactory.create_batch(12), DocumentFactory.create_batch(12)))

    assert_flat("/zh-hans/center/", 18, add_more)


def test_site_map_queries_do_not_grow_with_the_tree(home):
    home.add_child(instance=SitemapPage(title="站点地图", slug="sitemap"))
    section = StandardPageFactory(parent=home)
    StandardPageFactory(parent=section)

    def add_more():
        for parent in StandardPageFactory.create_batch(5, parent=home):
            StandardPageFactory.create_batch(3, parent=parent)

    assert_flat("/zh-hans/sitemap/", 15, add_more)


def test_english_home_page_costs_as_much_as_the_chinese_one(english_home):
    assert_queries("/en/", 13)


def test_page_not_found_queries(home):
    assert_queries("/zh-hans/no-such-page/", 10, status=404)


def test_public_in_one_query_hides_what_wagtails_public_hides(home):
    """core.querysets.public() is Wagtail's public() as a subquery: private sections stay hidden."""
    from wagtail.models import Page, PageViewRestriction

    from core.querysets import public

    private = StandardPageFactory(parent=home, slug="members")
    StandardPageFactory(parent=private, slug="minutes")
    StandardPageFactory(parent=home, slug="members-news")  # a path that only looks alike
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    assert set(public(Page.objects.all())) == set(Page.objects.public())
    assert private not in public(Page.objects.all())
