"""Speed: indexing throughput and search latency of one backend.

Indexing mirrors `manage.py update_index` (one rebuilder per index, objects in
chunks of 1,000) so the figures are what an operator sees. A search is timed
as the search page runs it: the count for the paginator, then the first page
of 10 results.
"""

import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from statistics import quantiles

from django.db import OperationalError, connection

from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import DEFAULT_CHUNK_SIZE, group_models_by_index

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)
PAGE_SIZE = 10
WARM_UP = 1  # the first search loads the analysis tables and warms the cache


def chunks(queryset, size=DEFAULT_CHUNK_SIZE):
    """Lists of at most `size` objects in primary-key order, without OFFSET scans."""
    queryset = queryset.order_by("pk")
    last = None
    while True:
        page = list((queryset if last is None else queryset.filter(pk__gt=last))[:size])
        if not page:
            return
        yield page
        last = page[-1].pk


def rebuild(backend, models=None):
    """Empty the index, then index `models` (default: every indexed model); returns the number of objects."""
    backend.reset_indexes()
    count = 0
    for index, index_models in group_models_by_index(backend, models or get_indexed_models()).items():
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in index_models:
            index.add_model(model)
        for model in index_models:
            for chunk in chunks(model.get_indexed_objects()):
                index.add_items(model, chunk)
                count += len(chunk)
        rebuilder.finish()
    return count


def settle():
    """On PostgreSQL, vacuum and analyse the index table, as autovacuum would before long.

    Both backends write the same table, so the second would otherwise be searched
    through the first one's dead rows, with statistics from before either.
    """
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        # VACUUM cannot run in a transaction (the tests run in one): ANALYZE alone still refreshes statistics.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            cursor.execute(f"{command} {table}")


@dataclass
class Indexing:
    items: int
    seconds: float

    @property
    def per_second(self):
        return self.items / self.seconds if self.seconds else 0.0


def time_indexing(backend, model):
    """Index every object of `model` from scratch, timed; then settle the table, untimed."""
    started = time.perf_counter()
    items = rebuild(backend, [model])
    indexing = Indexing(items=items, seconds=time.perf_counter() - started)
    settle()
    return indexing


@dataclass
class Searching:
    """Timings of the searches that ran; a search stopped at the timeout counts as the timeout."""

    planned: int
    timeout: float
    timings: list = field(default_factory=list)  # seconds per search that ran
    with_results: int = 0
    timed_out: int = 0

    def percentile(self, percent):
        """The percentile in seconds; a value at the timeout is a lower bound."""
        if len(self.timings) < 2:
            return self.timings[0] if self.timings else 0.0
        return quantiles(self.timings, n=100, method="inclusive")[percent - 1]


@contextmanager
def deadline(seconds):
    """Stop the database's work on the current search after `seconds` (OperationalError)."""
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{int(seconds * 1000)}ms"])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('statement_timeout', '0', false)")
        return
    timer = threading.Timer(seconds, connection.connection.interrupt)  # SQLite: interrupt() is thread-safe
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def search_page(backend, query, queryset):
    """What the search page asks of the backend: the number of results and the first page."""
    results = backend.search(query, queryset)
    count = results.count()
    return count, list(results[:PAGE_SIZE])


def time_searches(backend, queryset, queries, timeout=10.0, budget=120.0):
    """Time `queries` one after the other until `budget` seconds are spent; each stops after `timeout`."""
    searching = Searching(planned=len(queries), timeout=timeout)
    for query in queries[:WARM_UP]:
        with suppress(OperationalError), deadline(timeout):
            search_page(backend, query, queryset)
    spent = 0.0
    for query in queries:
        if spent >= budget:
            break
        started = time.perf_counter()
        try:
            with deadline(timeout):
                count, _first_page = search_page(backend, query, queryset)
        except OperationalError:
            searching.timed_out += 1
            searching.timings.append(timeout)
        else:
            searching.timings.append(time.perf_counter() - started)
            searching.with_results += count > 0
        spent += time.perf_counter() - started
    return searching
