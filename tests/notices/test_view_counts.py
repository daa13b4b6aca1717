"""View counts: counted after load, batched into the database, crawlers excluded."""

import pytest

from django.core.management import call_command

from config.settings.caches import cache_settings
from notices.models import PageViews
from notices.viewcounts import FLUSH_EVERY
from tests.faults import closed_port
from tests.notices.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36"


def count(client, page, agent=BROWSER):
    return client.post(f"/api/page-views/{page.pk}/", HTTP_USER_AGENT=agent)


def saved(page):
    return PageViews.objects.filter(page_id=page.pk).values_list("views", flat=True).first() or 0


def test_views_are_written_in_batches_not_per_request(client, news):
    article = ArticlePageFactory(parent=news)
    for _ in range(FLUSH_EVERY - 1):
        count(client, article)
    assert saved(article) == 0
    assert count(client, article).json() == {"views": FLUSH_EVERY}
    assert saved(article) == FLUSH_EVERY


def test_flush_command_writes_the_remainder(client, news):
    article = ArticlePageFactory(parent=news)
    for _ in range(3):
        count(client, article)
    call_command("flush_view_counts")
    assert saved(article) == 3
    assert count(client, article).json() == {"views": 4}


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
    """A refused Redis (closed port) loses no view: each one is added in the database."""
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")
    article = ArticlePageFactory(parent=news)
    assert count(client, article).status_code == 200
    assert count(client, article).status_code == 200
    assert saved(article) == 2
