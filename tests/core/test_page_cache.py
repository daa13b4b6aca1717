"""The page cache (core/pagecache.py): what it keeps, what it never keeps, and what empties it.

Each invalidation case first puts the page in the cache and proves the next view is a
hit, then makes the change the way an editor or the site does, and checks that the
next anonymous view shows it.
"""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import wagtail_factories
from wagtail.images.models import Image, Rendition
from wagtail.rich_text import RichText

from core import pagecache
from home.models import HomePage
from tests.home.factories import StandardPageFactory
from tests.orgdirectory.factories import OrganizationFactory
from tests.pagecache import cached, view

BASE_DIR = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


# What is cached -----------------------------------------------------------------------------------


def test_second_anonymous_view_is_a_hit_without_queries(home, site_settings):
    """A hit is answered from the cache alone: no SQL at all."""
    first = view("/zh-hans/")
    assert first.get(pagecache.HIT_HEADER) == "miss"
    with CaptureQueriesContext(connection) as queries:
        again = view("/zh-hans/")
    assert again.get(pagecache.HIT_HEADER) == "hit"
    assert len(queries) == 0
    assert again.content == first.content


def test_hit_keeps_the_headers_the_page_was_built_with(home, site_settings):
    """Security headers, language and Vary come back with the cached copy."""
    first = view("/zh-hans/")
    again = view("/zh-hans/")
    for header in ("Content-Type", "Content-Security-Policy", "Content-Language", "Vary", "X-Frame-Options"):
        assert again[header] == first[header], header


def test_elderly_mode_has_a_copy_of_its_own(home, site_settings):
    """A visitor in elderly mode never gets the standard page, nor the other way round."""
    standard = cached("/zh-hans/")
    elderly = Client()
    elderly.cookies["elderly_mode"] = "1"
    response = view("/zh-hans/", elderly)
    assert response.get(pagecache.HIT_HEADER) == "miss"
    assert "elderly.css" in response.text
    assert "elderly.css" not in standard
    assert view("/zh-hans/", elderly).get(pagecache.HIT_HEADER) == "hit"


def test_other_cookies_share_the_same_copy(home, site_settings):
    """A CSRF cookie from an earlier form does not split the cache per visitor."""
    cached("/zh-hans/")
    visitor = Client()
    visitor.cookies["csrftoken"] = "a" * 32
    assert view("/zh-hans/", visitor).get(pagecache.HIT_HEADER) == "hit"


def test_each_language_and_query_string_is_its_own_entry(home, english_home, site_settings):
    cached("/zh-hans/")
    assert view("/en/").get(pagecache.HIT_HEADER) == "miss"
    assert view("/zh-hans/?page=2").get(pagecache.HIT_HEADER) == "miss"


def test_a_new_day_is_a_new_entry(home, site_settings, monkeypatch):
    """公示 open and close at midnight: yesterday's copy is never served today."""
    cached("/zh-hans/")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(pagecache.timezone, "localdate", lambda: tomorrow)
    assert view("/zh-hans/").get(pagecache.HIT_HEADER) == "miss"


def test_page_cache_timeout_zero_switches_it_off(home, site_settings, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    view("/zh-hans/")
    response = view("/zh-hans/")
    assert pagecache.HIT_HEADER not in response


# What is never cached -----------------------------------------------------------------------------


def test_signed_in_editor_is_never_served_from_the_cache(home, site_settings, admin_client):
    """An editor sees the live page with Wagtail's user bar, and that copy is never given to the public."""
    cached("/zh-hans/")
    response = admin_client.get("/zh-hans/")
    assert pagecache.HIT_HEADER not in response
    assert "wagtail-userbar" in response.text
    public = view("/zh-hans/")
    assert public.get(pagecache.HIT_HEADER) == "hit"
    assert "wagtail-userbar" not in public.text


def test_search_results_and_missing_pages_are_not_kept(home, site_settings):
    """Result pages are never_cache (one per query typed); a 404 is not worth a cache entry."""
    for url in ("/zh-hans/search/?q=养老", "/zh-hans/no-such-page/"):
        view(url)
        assert pagecache.HIT_HEADER not in view(url), url


def test_admin_and_api_are_never_cached(home, site_settings):
    assert not pagecache.is_cacheable_request(Client().get("/api/v2/pages/").wsgi_request)
    assert not pagecache.is_cacheable_request(Client().get("/admin/login/").wsgi_request)


# What empties it ----------------------------------------------------------------------------------


def test_deleting_a_page_removes_it_from_the_menu(home, site_settings):
    section = StandardPageFactory(parent=home, title="家庭建设", slug="families", show_in_menus=True)
    assert "家庭建设" in cached("/zh-hans/")
    section.delete()
    assert "家庭建设" not in view("/zh-hans/").text


def test_the_cache_is_emptied_again_when_the_transaction_commits(django_capture_on_commit_callbacks):
    """A page built from the old data while the change was uncommitted is not kept past the commit."""
    store = pagecache._generation_store()
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.clear_page_cache()
        during = store.get(pagecache.GENERATION_KEY)
    assert store.get(pagecache.GENERATION_KEY) != during


def test_a_transaction_saving_many_records_empties_the_cache_once_more_on_commit(django_capture_on_commit_callbacks):
    """An import of thousands of records schedules one callback, not thousands."""
    with django_capture_on_commit_callbacks() as callbacks:
        for _ in range(3):
            pagecache.clear_page_cache()
    assert len(callbacks) == 1


def test_workers_share_the_generation_through_a_file(home, site_settings, settings, tmp_path):
    """Without Redis each worker keeps its own pages; a change made in another process still empties them."""
    settings.CACHES = {
        **settings.CACHES,
        "page_generation": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        },
    }
    cached("/zh-hans/")
    other_worker = "import django; django.setup();from core.pagecache import _new_generation; _new_generation()"
    environment = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.base", PAGE_CACHE_DIR=str(tmp_path))
    subprocess.run([sys.executable, "-c", other_worker], cwd=BASE_DIR, env=environment, check=True)
    assert view("/zh-hans/").get(pagecache.HIT_HEADER) == "miss"


def test_redis_alias_reads_page_and_generation_in_one_round_trip(home, site_settings, settings, monkeypatch):
    """With the generation beside the pages (Redis), a hit is a single get_many."""
    settings.CACHES = {alias: config for alias, config in settings.CACHES.items() if alias != "page_generation"}
    cached("/zh-hans/")
    pages = caches["pages"]
    calls = []
    get_many = pages.get_many
    monkeypatch.setattr(pages, "get_many", lambda keys: calls.append(keys) or get_many(keys))
    assert view("/zh-hans/").get(pagecache.HIT_HEADER) == "hit"
    assert len(calls) == 1


# Image renditions ---------------------------------------------------------------------------------


def test_a_rendition_is_made_once_then_found_without_a_query(django_assert_num_queries):
    """Renditions have a cache of their own (CACHES["renditions"]): listing images asks no query for them."""
    image = wagtail_factories.ImageFactory()
    made = image.get_rendition("fill-320x180")
    again = Image.objects.get(pk=image.pk)
    with django_assert_num_queries(0):
        found = again.get_rendition("fill-320x180")
    assert found.pk == made.pk
    assert Rendition.objects.filter(image=image).count() == 1


# Fragments ----------------------------------------------------------------------------------------


@pytest.fixture
def home_with_figures(home, site_settings):
    page = HomePage.objects.get(pk=home.pk)
    page.body = [("directory_figures", {"title": "数据概览"}), ("text", RichText("<p>欢迎访问本站</p>"))]
    page.save_revision().publish()
    return page


def test_home_blocks_are_built_once_per_content_change(home_with_figures, settings):
    """With the page cache off, the home page's blocks still come from their fragment cache until content changes."""
    settings.PAGE_CACHE_TIMEOUT = 0
    OrganizationFactory()
    with CaptureQueriesContext(connection) as first:
        assert '<span class="figure-number">1</span>' in view("/zh-hans/").text
    with CaptureQueriesContext(connection) as again:
        assert '<span class="figure-number">1</span>' in view("/zh-hans/").text
    assert len(again) < len(first)
    assert not any("orgdirectory_organization" in query["sql"] for query in again)
    OrganizationFactory()
    assert '<span class="figure-number">2</span>' in view("/zh-hans/").text


def test_a_preview_never_shows_the_cached_blocks(home_with_figures):
    """An editor previewing a draft of the home page sees the draft, not the blocks cached from the live page."""
    assert "欢迎访问本站" in cached("/zh-hans/")
    home_with_figures.body = [("text", RichText("<p>草稿中的欢迎词</p>"))]
    preview = home_with_figures.make_preview_request()
    assert "草稿中的欢迎词" in preview.content.decode()
    assert "欢迎访问本站" not in preview.content.decode()


def test_the_cached_menu_still_marks_each_sections_own_item(home, site_settings, settings):
    """The menu fragment is kept per section: a page of one section never shows another's item as current."""
    settings.PAGE_CACHE_TIMEOUT = 0
    first = StandardPageFactory(parent=home, title="中心建设", slug="centre")
    second = StandardPageFactory(parent=home, title="家庭建设", slug="families")
    for page, other in ((first, second), (second, first), (first, second)):
        html = view(page.url).text
        assert f'href="{page.url}" class="active" aria-current="true"' in html
        assert f'href="{other.url}" class="active"' not in html
