"""The elderly-friendly mode (长者模式): a link sets a cookie, every page follows it, and no
cache serves one visitor's mode to another."""

import pytest

from django.conf import settings
from django.core.cache import cache
from django.test import override_settings

from wagtail.models import Page

from core.elderly import ELDERLY_MODE_COOKIE

pytestmark = pytest.mark.django_db

STYLESHEET = "/static/css/elderly.css"


def test_switch_link_turns_the_mode_on_and_returns_to_the_page(client, home):
    html = client.get("/zh-hans/").text
    assert 'href="/zh-hans/elderly-mode/?on=1&amp;next=/zh-hans/"' in html
    assert STYLESHEET not in html
    response = client.get("/zh-hans/elderly-mode/", {"on": "1", "next": "/zh-hans/?page=2"})
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/?page=2"
    cookie = response.cookies[ELDERLY_MODE_COOKIE]
    assert cookie.value == "1"
    assert cookie["max-age"] == 365 * 24 * 3600
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert "no-store" in response["Cache-Control"]


def test_mode_is_remembered_on_every_page_until_turned_off(client, home):
    client.get("/zh-hans/elderly-mode/", {"on": "1", "next": "/zh-hans/"})
    html = client.get("/zh-hans/").text
    assert STYLESHEET in html
    assert 'href="/zh-hans/elderly-mode/?on=0&amp;next=/zh-hans/"' in html
    assert "退出长者模式" in html
    assert STYLESHEET in client.get("/zh-hans/no-such-page/").text
    response = client.get("/zh-hans/elderly-mode/", {"on": "0", "next": "/zh-hans/"})
    assert response.cookies[ELDERLY_MODE_COOKIE].value == ""
    assert STYLESHEET not in client.get("/zh-hans/").text


@pytest.mark.parametrize(
    "target",
    [
        "https://casino.example.com/",
        "//casino.example.com/",
        "/\\casino.example.com",
        "javascript:alert(1)",
        "home",
        "",
    ],
)
def test_switch_never_redirects_off_the_site(client, home, target):
    response = client.get("/zh-hans/elderly-mode/", {"on": "1", "next": target})
    assert response["Location"] == "/zh-hans/"


def test_switch_ignores_spaces_around_the_address(client, home):
    response = client.get("/zh-hans/elderly-mode/", {"on": "1", "next": "\n/zh-hans/news/ "})
    assert response["Location"] == "/zh-hans/news/"


def test_pages_vary_on_the_cookie(client, home):
    assert "Cookie" in client.get("/zh-hans/")["Vary"]


@override_settings(
    MIDDLEWARE=[
        "django.middleware.cache.UpdateCacheMiddleware",
        *settings.MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ],
    CACHE_MIDDLEWARE_SECONDS=300,
)
def test_a_page_cache_keeps_the_two_modes_apart(client, home):
    """Django's page cache, keyed by Vary, stores both versions and gives each visitor their own."""
    cache.clear()
    assert STYLESHEET not in client.get("/zh-hans/").text
    client.cookies[ELDERLY_MODE_COOKIE] = "1"
    assert STYLESHEET in client.get("/zh-hans/").text
    # A change the cache is not told about: what follows must come from the cache.
    Page.objects.filter(pk=home.pk).update(title="改过的标题")
    elderly = client.get("/zh-hans/").text
    del client.cookies[ELDERLY_MODE_COOKIE]
    plain = client.get("/zh-hans/").text
    assert "改过的标题" not in elderly + plain
    assert STYLESHEET in elderly
    assert STYLESHEET not in plain
