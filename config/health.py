"""/healthz: the state of the database, the cache and search, for a monitor or a load balancer."""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# A health check must answer before the monitor gives up on it.
SEARCH_PING_TIMEOUT = 1  # seconds


@require_GET
@never_cache
def healthz(request):
    """The state of the database, the cache and search, as JSON for a monitor.

    200 while the database answers ("degraded" if the cache or Elasticsearch does
    not: the site still serves, from the database), 503 when it does not. Reads no
    session and names no host or error message, only each check's outcome.
    """
    database = _check("database", _probe_database)
    checks = {"database": database, "cache": _check("cache", _probe_cache), "search": _check_search()}
    if database["status"] != "ok":
        status = "down"
    elif all(check["status"] == "ok" for check in checks.values()):
        status = "ok"
    else:
        status = "degraded"
    return JsonResponse({"status": status, **checks}, status=503 if status == "down" else 200)


def _check(name, probe):
    started = time.perf_counter()
    try:
        details = probe() or {}
    except Exception as error:  # a health check reports every failure rather than raising it
        logger.warning("Health check: %s failed (%s: %s).", name, type(error).__name__, error)
        details = {"status": "down", "error": type(error).__name__}
    else:
        details = {"status": "ok", **details}
    return {**details, "ms": round((time.perf_counter() - started) * 1000, 1)}


def _probe_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _probe_cache():
    # A key of its own per call, so concurrent checks cannot pass on each other's value.
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    # A cache that ignores its errors (django-redis with IGNORE_EXCEPTIONS) only misses.
    if cache.get(key) != value:
        raise ConnectionError("the probe key did not come back")
    cache.delete(key)


def _check_search():
    """Elasticsearch when configured (pinged), otherwise the database backend, which needs no check of its own."""
    client = getattr(get_search_backend(), "es", None)
    if client is None:
        return {"status": "ok", "backend": "database"}

    def ping():
        if not client.options(request_timeout=SEARCH_PING_TIMEOUT, max_retries=0).ping():
            raise ConnectionError("Elasticsearch did not answer the ping")

    result = _check("search", ping)
    result["backend"] = "elasticsearch"
    if result["status"] != "ok":
        result["fallback"] = "database"  # search/backends/elasticsearch.py answers from the database
    return result
