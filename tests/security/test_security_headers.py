"""Every public page carries the security headers; the admin gets its own, looser Content-Security-Policy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management.utils import get_random_secret_key
from django.http import HttpResponse

from core import pagecache
from guides.models import GuideIndexPage, ServiceMapPage
from home.models import SitemapPage, StandardPage
from orgdirectory.models import NeedIndexPage, OrganizationIndexPage, ProjectIndexPage, TalentIndexPage
from security.csp import SiteCSPMiddleware, tile_source
from tests.guides.factories import GuidePageFactory, ServicePointFactory
from tests.home.factories import StandardPageFactory
from tests.notices.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NoticeIndexPageFactory,
    NoticePageFactory,
    PolicyIndexPageFactory,
    PolicyPageFactory,
)
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, TalentFactory
from tests.pagecache import view

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def add(parent, page):
    parent.add_child(instance=page)
    return page


def directives(response, header="Content-Security-Policy"):
    """The policy as {directive: [sources]}."""
    policy = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


@pytest.fixture
def site_tree(home):
    """One published page of every public type, and the records shown through the directory pages."""
    news = ArticleIndexPageFactory(parent=home, slug="news")
    notices = NoticeIndexPageFactory(parent=home, slug="notices")
    policies = PolicyIndexPageFactory(parent=home, slug="policies")
    guides = add(home, GuideIndexPage(title="办事指南", slug="guides"))
    add(home, OrganizationIndexPage(title="组织库", slug="organizations"))
    add(home, ProjectIndexPage(title="项目平台", slug="projects"))
    add(home, NeedIndexPage(title="需求库", slug="needs"))
    add(home, TalentIndexPage(title="人才库", slug="talent"))
    add(home, ServiceMapPage(title="服务地图", slug="service-map"))
    add(home, SitemapPage(title="站点地图", slug="sitemap"))
    StandardPageFactory(parent=home, slug="about")
    ArticlePageFactory(parent=news, slug="training")
    NoticePageFactory(parent=notices, slug="assessment")
    PolicyPageFactory(parent=policies, slug="regulation")
    GuidePageFactory(parent=guides, slug="registration")
    ServicePointFactory(latitude=23.13, longitude=113.32)
    organization = OrganizationFactory()
    return {
        "organization": organization,
        "project": ProjectFactory(),
        "need": NeedFactory(),
        "talent": TalentFactory(),
    }


def public_urls(records):
    return [
        "/zh-hans/",
        "/zh-hans/about/",
        "/zh-hans/news/",
        "/zh-hans/news/training/",
        "/zh-hans/notices/",
        "/zh-hans/notices/assessment/",
        "/zh-hans/policies/",
        "/zh-hans/policies/regulation/",
        "/zh-hans/guides/",
        "/zh-hans/guides/registration/",
        "/zh-hans/service-map/",
        "/zh-hans/organizations/",
        f"/zh-hans/organizations/{records['organization'].credit_code}/",
        "/zh-hans/projects/",
        f"/zh-hans/projects/{records['project'].pk}/",
        "/zh-hans/needs/",
        f"/zh-hans/needs/{records['need'].pk}/",
        "/zh-hans/talent/",
        f"/zh-hans/talent/{records['talent'].pk}/",
        "/zh-hans/sitemap/",
        "/zh-hans/search/?q=社会组织",
        "/sitemap.xml",
        "/api/v2/pages/",
        "/api/directory/projects/",
    ]


def assert_site_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment"):
        assert f"{feature}=()" in permissions
    assert "usb=()" in permissions and "browsing-topics=()" in permissions
    assert "clipboard-write=(self)" in permissions


def test_every_public_page_type_sends_the_strict_policy(client, site_tree, settings):
    settings.MAP_TILE_URL = ""
    for url in public_urls(site_tree):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_site_headers(response)
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"][0] == "'self'", url
        assert not {"'unsafe-inline'", "'unsafe-eval'"} & set(policy["script-src"]), url
        assert policy["style-src"] == ["'self'"], url
        assert policy["img-src"] == ["'self'", "data:"], url
        assert policy["object-src"] == policy["base-uri"] == ["'none'"], url
        assert policy["form-action"] == ["'self'"], url
        assert policy["frame-ancestors"] == ["'none'"], url  # as X-Frame-Options: DENY says


def test_public_templates_have_no_inline_script_style_or_handler(client, site_tree):
    """What the strict policy would block must not be in our markup in the first place."""
    for url in [url for url in public_urls(site_tree) if url.startswith("/zh-hans/")]:
        html = client.get(url).text
        for script in html.split("<script")[1:]:
            tag, _, _ = script.partition(">")
            assert " src=" in tag or 'type="application/json"' in tag, (url, tag)
        assert " style=" not in html, url
        assert " onclick=" not in html and " onload=" not in html and "javascript:" not in html, url


def test_map_tile_server_may_serve_images(client, site_tree, settings):
    settings.MAP_TILE_URL = "https://{s}.tiles.example.gov:8443/{z}/{x}/{y}.png"
    response = client.get("/zh-hans/service-map/")
    assert 'id="service-map"' in response.text
    assert directives(response)["img-src"] == ["'self'", "data:", "https://*.tiles.example.gov:8443"]


def test_tile_source_is_the_scheme_and_host():
    assert tile_source("https://tiles.example.gov/{z}/{x}/{y}.png") == "https://tiles.example.gov"
    assert tile_source("") is None
    assert tile_source("/tiles/{z}/{x}/{y}.png") is None  # same site: 'self' covers it


def test_content_guard_hosts_may_serve_scripts_and_frames(client, home, settings):
    settings.CONTENT_GUARD_ALLOWED_HOSTS = ["video.example.org"]
    policy = directives(client.get("/zh-hans/"))
    assert policy["script-src"] == ["'self'", "video.example.org", "*.video.example.org"]
    assert policy["frame-src"] == ["'self'", "video.example.org", "*.video.example.org"]


def assert_admin_policy(response):
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert "nonce" not in response["Content-Security-Policy"]  # a nonce would void 'unsafe-inline'
    assert policy["frame-ancestors"] == ["'none'"]
    assert_site_headers(response)


def test_admin_login_page_gets_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin_policy(response)


def test_admin_pages_and_previews_get_the_admin_policy(admin_client, home):
    page = StandardPageFactory(parent=home, slug="draft")
    for url in ("/admin/", f"/admin/pages/{page.pk}/edit/", f"/admin/pages/{page.pk}/view_draft/"):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_admin_policy(response)


def test_admin_previews_may_be_framed_by_the_admin_alone(admin_client, home):
    """Wagtail marks what its editor frames SAMEORIGIN; the policy's frame-ancestors says the same."""
    body = StandardPage._meta.get_field("body").stream_block
    response = admin_client.get("/admin/block-preview/", {"id": body.child_blocks["rich_text"].definition_prefix})
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


@pytest.mark.parametrize(
    ("frame_options", "ancestors"), [("DENY", "'none'"), ("SAMEORIGIN", "'self'"), (None, "'none'")]
)
def test_frame_ancestors_follow_the_frame_options_the_response_ends_with(rf, frame_options, ancestors):
    """One place decides: a response left without X-Frame-Options is given DENY."""
    response = HttpResponse()
    if frame_options:
        response["X-Frame-Options"] = frame_options
    response = SiteCSPMiddleware(lambda request: response)(rf.get("/zh-hans/"))
    assert response["X-Frame-Options"] == (frame_options or "DENY")
    assert directives(response)["frame-ancestors"] == [ancestors]


def test_a_cached_page_keeps_consistent_frame_headers(home, site_settings):
    first, again = view("/zh-hans/"), view("/zh-hans/")
    assert again[pagecache.HIT_HEADER] == "hit"
    for response in (first, again):
        assert response["X-Frame-Options"] == "DENY"
        assert directives(response)["frame-ancestors"] == ["'none'"]


def manage_in_production(tmp_path, *arguments):
    """`manage.py <arguments>` under the production settings, with only the required variables set."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": get_random_secret_key(),
        "ALLOWED_HOSTS": "www.example.org",
        "PUBLIC_URL": "https://www.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }
    for name in (
        "REDIS_URL",
        "ELASTICSEARCH_URL",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_PRELOAD",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "TRUSTED_PROXIES",
        "TWO_FACTOR_REQUIRED",
    ):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy(tmp_path):
    result = manage_in_production(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output and "System check identified no issues" in output


def test_production_counts_the_address_the_proxy_reports(tmp_path):
    """make serve listens behind one reverse proxy: its address must not stand for every visitor."""
    script = "from django.conf import settings as s;print(','.join(s.TRUSTED_PROXIES),s.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    result = manage_in_production(tmp_path, "shell", "-c", script)
    assert result.stdout.split()[-2:] == ["127.0.0.1,::1", "True"], result.stdout + result.stderr


def test_production_requires_two_factor_of_every_admin_user(tmp_path):
    result = manage_in_production(
        tmp_path, "shell", "-c", "from django.conf import settings as s; print(s.TWO_FACTOR_REQUIRED)"
    )
    assert result.stdout.split()[-1:] == ["all"], result.stdout + result.stderr
