"""View counts: counted after load, kept in the database at once, added up by cron, crawlers excluded."""

from concurrent.futures import ThreadPoolExecutor
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection

from config.settings.caches import cache_settings
from notices import viewcounts
from notices.models import PageViews, PendingView
from tests.faults import closed_port
from tests.notices.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36"


def count(client, page, agent=BROWSER):
    return client.post(f"/api/page-views/{page.pk}/", HTTP_USER_AGENT=agent)


def saved(page):
    return PageViews.objects.filter(page_id=page.pk).values_list("views", flat=True).first() or 0


def test_each_view_is_kept_in_the_database_at_once(client, news):
    """No view waits in a process's memory: the total is right from the first view."""
    article = ArticlePageFactory(parent=news)
    for expected in (1, 2, 3):
        assert count(client, article).json() == {"views": expected}
    assert PendingView.objects.filter(page_id=article.pk).count() == 3


def test_flush_command_adds_the_pending_views_once(client, news):
    article = ArticlePageFactory(parent=news)
    for _ in range(3):
        count(client, article)
    call_command("flush_view_counts", stdout=StringIO())
    assert saved(article) == 3 and not PendingView.objects.exists()
    call_command("flush_view_counts", stdout=StringIO())  # run again (or elsewhere): nothing added twice
    assert saved(article) == 3
    assert count(client, article).json() == {"views": 4}


def test_a_backlog_is_added_up_without_the_cron_job(client, news, monkeypatch):
    monkeypatch.setattr(viewcounts, "FLUSH_EVERY", 1)
    article = ArticlePageFactory(parent=news)
    count(client, article)
    assert saved(article) == 1 and not PendingView.objects.exists()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs real concurrent connections: the SQLite test database is one shared in-memory file",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_flushes_at_once_count_each_view_once(news):
    """Cron on two machines: each flush claims other rows (SKIP LOCKED), none is added twice."""
    article = ArticlePageFactory(parent=news)
    PendingView.objects.bulk_create(PendingView(page_id=article.pk) for _ in range(2000))
    with ThreadPoolExecutor(2) as pool:
        written = sum(pool.map(lambda _n: _flushed_in_own_connection(), range(2)))
    assert written == 2000
    assert saved(article) == 2000 and not PendingView.objects.exists()


def _flushed_in_own_connection():
    try:
        return viewcounts.flush_pending()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "agent", ["Baiduspider+(+http://www.baidu.com/search/spider.htm)", "Googlebot/2.1", "curl/8.5", ""]
)
def test_crawlers_are_not_counted(client, news, agent):
    article = ArticlePageFactory(parent=news)
    assert count(client, article, agent).json() == {"views": 0}


def test_only_live_pages_can_be_counted_and_only_by_post(client, news):
    draft = ArticlePageFactory(parent=news, live=False)
    assert count(client, draft).status_code == 404
    assert client.get(f"/api/page-views/{news.pk}/").status_code == 405


def test_page_shows_the_total_it_was_rendered_with(client, news):
    article = ArticlePageFactory(parent=news, slug="counted")
    PageViews.objects.create(page=article, views=1234)
    assert ">1234<" in client.get("/zh-hans/news/counted/").text


def test_views_are_written_straight_to_the_database_when_redis_is_down(client, news, settings):
    """A refused Redis (closed port) loses no view: counting never goes through the cache."""
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    article = ArticlePageFactory(parent=news)
    assert count(client, article).json() == {"views": 1}
    assert count(client, article).json() == {"views": 2}
