"""The page cache and published texts: publishing, scheduling, unpublishing and moving an
article change every page that shows it (core/pagecache.py).

Site-wide cases (menus, settings, what is never cached) are in tests/home/test_page_cache.py.
"""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from core import pagecache
from tests.home.factories import StandardPageFactory
from tests.notices.factories import ArticlePageFactory
from tests.pagecache import cached, view

pytestmark = pytest.mark.django_db


def test_publishing_a_page_updates_the_lists_that_show_it(news, site_settings):
    before = cached(news.url)
    article = ArticlePageFactory.build(title="新发布的服务动态", slug="fresh")
    news.add_child(instance=article)
    assert "新发布的服务动态" not in before
    article.save_revision().publish()
    assert "新发布的服务动态" in view(news.url).text


def test_publishing_a_change_updates_the_page_itself(news, site_settings):
    article = ArticlePageFactory(parent=news, title="原来的标题", slug="story")
    assert "原来的标题" in cached(article.url)
    article.title = "修改后的标题"
    article.save_revision().publish()
    response = view(article.url)
    assert response.get(pagecache.HIT_HEADER) == "miss"
    assert "修改后的标题" in response.text


def test_saving_a_draft_leaves_the_published_page_as_it_was(news, site_settings):
    """A draft is invisible to the public, cached or not."""
    article = ArticlePageFactory(parent=news, title="已发布的标题", slug="story")
    cached(article.url)
    article.title = "草稿中的标题"
    article.save_revision()
    assert "草稿中的标题" not in view(article.url).text


def test_scheduled_publishing_updates_the_lists(news, site_settings):
    """publish_scheduled (run by cron) publishes through Wagtail, which empties the cache."""
    article = ArticlePageFactory.build(title="定时发布的动态", slug="scheduled", live=False)
    news.add_child(instance=article)
    article.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save_revision(approved_go_live_at=article.go_live_at)
    assert "定时发布的动态" not in cached(news.url)
    call_command("publish_scheduled")
    assert "定时发布的动态" in view(news.url).text


def test_unpublishing_removes_the_page_everywhere(news, site_settings):
    article = ArticlePageFactory(parent=news, title="即将撤下的动态", slug="withdrawn")
    assert "即将撤下的动态" in cached(news.url)
    cached(article.url)
    article.unpublish()
    assert "即将撤下的动态" not in view(news.url).text
    assert view(article.url).status_code == 404


def test_moving_a_page_updates_both_sections(home, news, site_settings):
    other = StandardPageFactory(parent=home, title="中心建设", slug="centre")
    article = ArticlePageFactory(parent=news, title="搬家的动态", slug="moving")
    old_url = article.url
    cached(old_url)
    assert "搬家的动态" in cached(news.url)
    article.move(other, pos="last-child")
    moved = view(old_url)  # Wagtail leaves a redirect at the old address
    assert (moved.status_code, moved["Location"]) == (301, "/zh-hans/centre/moving/")
    assert "搬家的动态" not in view(news.url).text
    assert view("/zh-hans/centre/moving/").status_code == 200


def test_renaming_a_menu_page_updates_every_page(home, news, site_settings):
    """The main menu is on every page: one publish changes them all."""
    assert "服务动态" in cached(news.url)
    news.title = "新闻中心"
    news.save_revision().publish()
    assert "新闻中心" in view(news.url).text
    assert "新闻中心" in view("/zh-hans/").text


def test_editing_site_settings_updates_every_page(home, news, site_settings):
    """The footer's phone number comes from the site settings (a snippet-like setting)."""
    assert "020-8600 1200" in cached("/zh-hans/")
    cached(news.url)
    site_settings.phone = "020-8600 9999"
    site_settings.save()
    assert "020-8600 9999" in view("/zh-hans/").text
    assert "020-8600 9999" in view(news.url).text


def test_records_not_shown_on_pages_leave_the_cache_alone(news, site_settings):
    """A page view being counted, or a rendition made while rendering, must not empty the cache."""
    from notices.viewcounts import flush_pending, record_view

    article = ArticlePageFactory(parent=news, slug="counted")
    cached(article.url)
    record_view(article.pk)
    flush_pending()
    assert view(article.url).get(pagecache.HIT_HEADER) == "hit"
