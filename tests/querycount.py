"""Query budgets (issue 8): how many SQL queries an anonymous GET of a page costs, uncached.

Every public page type has a test that asserts its exact count, at most BUDGET,
and that the count stays the same when the page shows many more items (no N+1).

Each counted request starts cold: the page cache is switched off and every
Django cache is cleared (Wagtail keeps its site root paths and image renditions
there). What is not a cache is left as it is in any running site: the
renditions an image's first view made (a first, uncounted GET makes them) and
Django's in-process content type cache (warmed, so counts do not depend on the
order tests run in). A counted request must write nothing.

`QUERY_TRACE=1 pytest …` adds to a failure where each query was made (`QUERY_TRACE=8`: 8 frames).
"""

import os
import traceback
from contextlib import ExitStack

import pytest

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

import wagtail_factories

# No public page may cost more than this many queries with cold caches.
BUDGET = 25
WRITES = ("INSERT", "UPDATE", "DELETE")


def cold_caches():
    """Clear every cache a request could be answered from; warm the content type cache."""
    for cache in caches.all():
        cache.clear()
    ContentType.objects.get_for_models(*apps.get_models())


@override_settings(PAGE_CACHE_TIMEOUT=0)
def queries_of_get(url, status=200, client=None, writes=False):
    """The SQL of an anonymous, uncached GET of `url` (which must answer `status`);
    it may write to the database only if `writes` (the search page counts searches)."""
    client = client or Client()
    client.get(url)  # an image's first view makes its renditions, once for all visitors
    cold_caches()
    traces = []
    with ExitStack() as stack:
        captured = stack.enter_context(CaptureQueriesContext(connection))
        if os.environ.get("QUERY_TRACE"):
            stack.enter_context(connection.execute_wrapper(_tracer(traces)))
        response = client.get(url)
    assert response.status_code == status, f"GET {url} answered {response.status_code}, not {status}"
    queries = [query["sql"] for query in captured.captured_queries]
    written = [sql for sql in queries if sql.lstrip().upper().startswith(WRITES)]
    assert writes or not written, f"GET {url} wrote to the database:\n{listing(written)}"
    if traces:
        return [f"{sql[:200]}\n       from {trace}" for sql, trace in zip(queries, traces, strict=True)]
    return queries


def _tracer(traces):
    def trace(execute, sql, params, many, context):
        frames = [
            frame
            for frame in traceback.extract_stack()
            if "/django/" not in frame.filename and not frame.filename.endswith("querycount.py")
        ]
        depth = int(os.environ["QUERY_TRACE"]) if os.environ["QUERY_TRACE"].isdigit() else 4
        where = [
            f"{frame.filename.split('site-packages/')[-1]}:{frame.lineno} {frame.name}" for frame in frames[-depth:]
        ]
        traces.append(" < ".join(reversed(where)))
        return execute(sql, params, many, context)

    return trace


def listing(queries):
    return "\n".join(f"{number:3}. {sql[:400]}" for number, sql in enumerate(queries, 1))


def assert_queries(url, expected, status=200, client=None, writes=False, budget=BUDGET):
    """GET `url` costs exactly `expected` queries, within `budget`; returns them."""
    queries = queries_of_get(url, status=status, client=client, writes=writes)
    over = f"GET {url}: {len(queries)} queries, over the budget of {budget}:\n{listing(queries)}"
    assert len(queries) <= budget, over
    assert len(queries) == expected, f"GET {url}: {len(queries)} queries, expected {expected}:\n{listing(queries)}"
    return queries


def assert_flat(url, expected, add_more, status=200, client=None, writes=False, budget=BUDGET):
    """GET `url` costs `expected` queries, and exactly as many again once `add_more()`
    has added many more of the items the page shows (no query per item)."""
    few = assert_queries(url, expected, status=status, client=client, writes=writes, budget=budget)
    add_more()
    many = queries_of_get(url, status=status, client=client, writes=writes)
    assert len(many) == len(few), (
        f"GET {url}: {len(few)} queries with few items, {len(many)} with many:\n"
        f"few:\n{listing(few)}\nmany:\n{listing(many)}"
    )


@pytest.fixture
def shell(site_settings):
    """The site settings filled in as on a real site, with the logo and QR code that
    every page's header and footer show (`pytestmark = pytest.mark.usefixtures("shell")`)."""
    site_settings.logo = wagtail_factories.ImageFactory()
    site_settings.wechat_qr = wagtail_factories.ImageFactory()
    site_settings.save()
    return site_settings
