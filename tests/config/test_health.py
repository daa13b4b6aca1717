"""/healthz: the database decides up or down; a failing cache or Elasticsearch only degrades."""

import shutil
import subprocess
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread
from unittest import mock

import pytest

from django.db import OperationalError, connection

from config.settings.caches import redis_cache
from tests.faults import closed_port

pytestmark = pytest.mark.django_db

URL = "/healthz"


def search_backends(url):
    return {
        "default": {"BACKEND": "search.backends.elasticsearch", "URLS": [url], "TIMEOUT": 1},
        "database": {"BACKEND": "search.backends.database"},
    }


def test_healthy_site_answers_ok(client):
    response = client.get(URL)
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "ok"
    assert report["database"]["status"] == "ok" and report["database"]["ms"] >= 0
    assert report["cache"]["status"] == "ok"
    assert report["search"] == {"status": "ok", "backend": "database"}


def test_health_check_is_never_cached_and_reads_no_session(client):
    response = client.get(URL)
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")  # SessionMiddleware adds it once the session is read
    assert not response.cookies


def test_health_check_answers_get_only(client):
    assert client.post(URL).status_code == 405


def test_cache_on_a_closed_port_degrades(client, settings):
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{closed_port()}/0")}
    started = time.perf_counter()
    response = client.get(URL)
    assert time.perf_counter() - started < 1
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded"
    assert report["cache"]["status"] == "down"
    assert report["database"]["status"] == "ok"


def test_elasticsearch_on_a_closed_port_degrades_to_database_search(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(f"http://127.0.0.1:{closed_port()}")
    started = time.perf_counter()
    response = client.get(URL)
    assert time.perf_counter() - started < 2
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded"
    assert report["search"]["status"] == "down"
    assert report["search"]["backend"] == "elasticsearch"
    assert report["search"]["fallback"] == "database"


def test_elasticsearch_that_answers_is_ok(client, settings):
    class Cluster(BaseHTTPRequestHandler):
        def do_HEAD(self):  # noqa: N802 - http.server's naming
            self.send_response(200)
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Type", "application/json")
            self.end_headers()

        def log_message(self, *args):
            pass

    with ThreadingHTTPServer(("127.0.0.1", 0), Cluster) as server:
        Thread(target=server.serve_forever, daemon=True).start()
        settings.WAGTAILSEARCH_BACKENDS = search_backends(f"http://127.0.0.1:{server.server_port}")
        report = client.get(URL).json()
        server.shutdown()
    assert report["status"] == "ok"
    assert report["search"]["status"] == "ok" and report["search"]["backend"] == "elasticsearch"


def test_database_down_answers_503(client):
    refused = OperationalError("connection refused")
    with mock.patch.object(connection, "ensure_connection", side_effect=refused):
        response = client.get(URL)
    assert response.status_code == 503
    report = response.json()
    assert report["status"] == "down"
    assert report["database"] == {"status": "down", "error": "OperationalError", "ms": report["database"]["ms"]}
    assert "connection refused" not in response.text  # no error text, no host names


@pytest.mark.skipif(not shutil.which("redis-server"), reason="redis-server is not installed")
def test_live_redis_is_ok(client, settings, tmp_path):
    """django-redis 7 with redis-py 8 against a real server."""
    port = closed_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    try:
        settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{port}/0")}
        for _ in range(50):  # until it listens
            report = client.get(URL).json()
            if report["cache"]["status"] == "ok":
                break
            time.sleep(0.1)
        assert report["status"] == "ok"
        assert report["cache"]["status"] == "ok"
    finally:
        server.terminate()
        server.wait(timeout=10)
