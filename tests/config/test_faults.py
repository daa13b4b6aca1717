"""Faults: a dead Redis slows the site but never stops it; a dead database gets a designed 503 page."""

import json
import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from unittest import mock

import pytest

from django.db import InterfaceError, OperationalError, connection
from django.test import Client

from config.settings.caches import cache_settings
from orgdirectory.models import Need, NeedIndexPage
from tests.faults import closed_port
from tests.orgdirectory.factories import need_form

BASE_DIR = Path(__file__).resolve().parents[2]
PHONE = "020-8600 1200"  # SERVICE_PHONE's default, the demo center's number


@pytest.fixture
def dead_redis(settings):
    """The production cache settings (config/settings/base.py), pointed at a Redis that is not there."""
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{closed_port()}/0")


def redis_warnings(caplog):
    return [r for r in caplog.records if r.name.startswith("django_redis") and r.levelno >= logging.WARNING]


@pytest.fixture
def needs_page(home):
    page = NeedIndexPage(title="需求库", slug="needs")
    home.add_child(instance=page)
    return page


# A dead Redis --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_public_page_is_served_quickly_when_redis_is_down(client, home, site_settings, dead_redis, caplog):
    """Each cache call is refused, logged and treated as a miss; the page comes from the database."""
    started = time.perf_counter()
    response = client.get("/zh-hans/")
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert elapsed < 1, f"took {elapsed:.2f} s"
    assert redis_warnings(caplog), "the ignored Redis error was not logged"


@pytest.mark.django_db
def test_rate_limited_form_still_accepts_a_submission_when_redis_is_down(client, needs_page, dead_redis, caplog):
    """The rate limit's counter cannot be read; RATELIMIT_FAIL_OPEN lets the visitor through."""
    started = time.perf_counter()
    response = client.post("/zh-hans/needs/submit/", need_form())
    elapsed = time.perf_counter() - started
    assert response.status_code == 302  # the form's normal answer: on to the thank-you message
    assert elapsed < 1, f"took {elapsed:.2f} s"
    assert Need.objects.filter(title="社区长者助浴服务").exists()
    assert redis_warnings(caplog)


@pytest.mark.django_db
def test_without_fail_open_a_dead_redis_would_refuse_every_submission(client, needs_page, dead_redis, settings):
    """Why RATELIMIT_FAIL_OPEN is set: django-ratelimit otherwise counts an unreadable counter as over the limit."""
    settings.RATELIMIT_FAIL_OPEN = False
    response = client.post("/zh-hans/needs/submit/", need_form())
    assert response.status_code == 429
    assert "提交过于频繁" in response.text
    assert not Need.objects.exists()


def test_sessions_are_kept_in_the_database(settings):
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


# A dead database, in-process ----------------------------------------------------------------------


class FailingMiddleware:
    """Stands in for a middleware that queries the database (sessions, authentication) while it is down."""

    error = InterfaceError("connection already closed")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise self.error


def with_failing_middleware(settings):
    position = settings.MIDDLEWARE.index("config.middleware.DatabaseUnavailableMiddleware") + 1
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:position],
        f"{__name__}.FailingMiddleware",
        *settings.MIDDLEWARE[position:],
    ]


def assert_designed_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert "网站暂时无法访问" in body and "temporarily unavailable" in body
    assert body.index("网站暂时无法访问") < body.index("temporarily unavailable")  # Chinese first
    assert PHONE in body
    assert "Traceback" not in body and "OperationalError" not in body
    return body


@pytest.mark.django_db
def test_view_that_cannot_reach_the_database_gets_the_503_page(client, home, caplog):
    refused = OperationalError('connection to server at "127.0.0.1", port 1 failed: Connection refused')
    with mock.patch.object(connection, "ensure_connection", side_effect=refused):
        response = client.get("/zh-hans/")
    assert_designed_503(response)
    assert any(r.name == "config.middleware" and r.levelno == logging.ERROR for r in caplog.records)


def test_middleware_that_cannot_reach_the_database_gets_the_503_page(settings, caplog):
    """Django turns a middleware's error into a 500 before it comes back out; that 500 becomes the 503."""
    with_failing_middleware(settings)
    response = Client(raise_request_exception=False).get("/en/")
    assert_designed_503(response)
    assert any(r.name == "config.middleware" and r.levelno == logging.ERROR for r in caplog.records)


def test_other_errors_stay_a_500(settings, monkeypatch):
    with_failing_middleware(settings)
    monkeypatch.setattr(FailingMiddleware, "error", RuntimeError("a bug, not an outage"))
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500


@pytest.mark.django_db
def test_503_page_shows_the_configured_phone_without_a_query(settings, django_assert_num_queries):
    with_failing_middleware(settings)
    settings.SERVICE_PHONE = "0571-8888 0000"
    with django_assert_num_queries(0):
        response = Client(raise_request_exception=False).get("/zh-hans/")
    assert response.status_code == 503
    assert "0571-8888 0000" in response.text
    assert 'href="tel:057188880000"' in response.text


# A dead database, for real: the WSGI application in its own process -------------------------------

SERVE = """
from wsgiref.simple_server import WSGIRequestHandler, make_server

from django.core.wsgi import get_wsgi_application

class Handler(WSGIRequestHandler):
    def log_message(self, *args):
        pass

with make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=Handler) as server:
    print(server.server_port, flush=True)
    server.serve_forever()
"""


@pytest.fixture(scope="module")
def site_without_database(tmp_path_factory):
    """The site served over HTTP by a process whose PostgreSQL refuses connections."""
    log = tmp_path_factory.mktemp("server") / "stderr.log"
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "ELASTICSEARCH_URL")},
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/x",
    }
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-c", SERVE], cwd=BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
        )
    try:
        port = server.stdout.readline().strip()
        assert port, f"the server did not start: {log.read_text()}"
        yield f"http://127.0.0.1:{port}", log
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(url):
    """Status, headers and body, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - a local test server
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.mark.parametrize("path", ["/zh-hans/", "/en/", "/en/search/?q=volunteer"])
def test_refused_database_connection_gets_the_503_page(site_without_database, path):
    base, log = site_without_database
    status, headers, body = fetch(base + path)
    assert status == 503
    assert headers["Retry-After"] == "120"
    assert PHONE in body
    assert "网站暂时无法访问" in body and "temporarily unavailable" in body
    assert "Traceback" not in body and "Connection refused" not in body
    assert "Database unavailable" in log.read_text()


def test_health_check_is_503_json_when_database_refuses(site_without_database):
    base, _ = site_without_database
    status, headers, body = fetch(base + "/healthz")
    assert status == 503
    assert headers["Content-Type"] == "application/json"
    report = json.loads(body)
    assert report["status"] == "down"
    assert report["database"]["status"] == "down"
    assert report["database"]["error"] == "OperationalError"
    assert report["cache"]["status"] == "ok"
    assert report["search"] == {"status": "ok", "backend": "database"}


@pytest.mark.parametrize(
    "path", ["/api/v2/pages/", "/api/v2/pages/?search=%E5%85%BB%E8%80%81", "/api/directory/organizations/"]
)
def test_apis_answer_json_503_when_database_refuses(site_without_database, path):
    """A program reading the API gets JSON it can parse, not the HTML page meant for people."""
    base, _ = site_without_database
    status, headers, body = fetch(base + path)
    assert status == 503
    assert headers["Content-Type"] == "application/json"
    assert headers["Retry-After"] == "120"
    assert json.loads(body) == {"error": "The database is unavailable. Please try again later."}
    assert "Traceback" not in body and "Connection refused" not in body
