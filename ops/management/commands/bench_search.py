"""`python manage.py bench_search`: relevance and speed of our search backend
against Wagtail's stock database backend (`make bench-search`).

The benchmark never touches the site's database. The command creates a
throwaway one (a SQLite file in a temporary folder, or with `--database-url` a
PostgreSQL database that must not exist yet), then runs itself again in a
child process whose DATABASE_URL points there: migrate, load_demo, and for
each backend in turn (both database backends share one index table) index
everything and measure. The database is dropped at the end unless `--keep`.

The child uses the test settings: no DEBUG query log to skew the timings, and
the database search backend whatever ELASTICSEARCH_URL says.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from io import StringIO
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from wagtail.search.backends import get_search_backend

from ops.searchbench import BACKENDS, corpus, relevance, report, speed
from orgdirectory.models import Organization

THROWAWAY = "BENCH_SEARCH_THROWAWAY"
WORKER_SETTINGS = "config.settings.test"
# Targets of issue 7 for our backend.
TARGETS = {"recall": 0.95, "mrr": 0.85, "items_per_second": 1000, "p95_ms": 150}


@contextmanager
def throwaway_sqlite(folder):
    yield f"sqlite:///{folder}/bench.sqlite3"


@contextmanager
def throwaway_postgres(url, keep):
    """Create the database named in `url`, refusing one that exists; drop it afterwards."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in ("postgres", "postgresql"):
        raise CommandError("--database-url takes a PostgreSQL URL; without it the benchmark uses a SQLite file.")
    if not name or name == "postgres":
        raise CommandError("Name a database for the benchmark, e.g. postgres://postgres@127.0.0.1:5432/bench_search")
    server = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(server, autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            raise CommandError(
                f"Database {name!r} exists. The benchmark creates and drops its own database: name a new one."
            )
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield url
    finally:
        if not keep:
            with psycopg.connect(server, autocommit=True) as admin:
                admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def seconds(started):
    return time.perf_counter() - started


class Command(BaseCommand):
    help = (
        "Compare our search backend with Wagtail's stock one: relevance on the demo content, indexing and search speed."
    )
    requires_system_checks = []  # the parent process must not touch the site's database

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=10_000, help="Organizations to index for the speed test.")
        parser.add_argument("--searches", type=int, default=200, help="Searches to time per backend.")
        parser.add_argument(
            "--search-timeout", type=float, default=5.0, help="Seconds after which one search is stopped."
        )
        parser.add_argument(
            "--search-budget", type=float, default=60.0, help="Seconds of searching per backend; the rest is skipped."
        )
        parser.add_argument("--only", choices=["relevance", "speed"], help="Run one half of the benchmark.")
        parser.add_argument(
            "--database-url",
            help="A PostgreSQL database to create, use and drop (it must not exist). Default: a throwaway SQLite file.",
        )
        parser.add_argument("--keep", action="store_true", help="Keep the throwaway database (its path is printed).")
        parser.add_argument("--worker", action="store_true", help="Internal: run inside the throwaway database.")

    def handle(self, *args, **options):
        if options["worker"]:
            if os.environ.get(THROWAWAY) != "1":
                raise CommandError("--worker runs only in the throwaway database that bench_search creates.")
            self.bench(options)
            return
        started = time.perf_counter()
        folder = tempfile.mkdtemp(prefix="bench-search-")
        try:
            if options["database_url"]:
                database = throwaway_postgres(options["database_url"], options["keep"])
            else:
                database = throwaway_sqlite(folder)
            with database as url:
                self.run_worker(url, folder, options)
        finally:
            if options["keep"]:
                self.stdout.write(f"Kept: {options['database_url'] or folder}")
            else:
                shutil.rmtree(folder, ignore_errors=True)
        self.stdout.write(f"Wall time: {seconds(started):.0f} s")

    def run_worker(self, url, folder, options):
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": WORKER_SETTINGS,
            "MEDIA_ROOT": os.path.join(folder, "media"),
            THROWAWAY: "1",
        }
        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "bench_search", "--worker"]
        for name in ("items", "searches", "search_timeout", "search_budget"):
            command += ["--" + name.replace("_", "-"), str(options[name])]
        command += ["--verbosity", str(options["verbosity"])]
        if options["only"]:
            command += ["--only", options["only"]]
        self.stdout.flush()
        result = subprocess.run(command, env=env, check=False)  # noqa: S603 - our own command, no shell
        if result.returncode:
            raise CommandError(f"The benchmark failed (exit status {result.returncode}).")

    # -------------------------------------------------------------- the child

    def line(self, text=""):
        self.stdout.write(text)
        self.stdout.flush()

    def bench(self, options):
        for text in report.header():
            self.line(text)
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        migrated = seconds(started)
        started = time.perf_counter()
        call_command("load_demo", stdout=StringIO())
        self.line(
            f"Setup:    throwaway {connection.vendor} database, "
            f"migrate {migrated:.0f} s, load_demo {seconds(started):.0f} s"
        )
        backends = {name: get_search_backend(path) for name, path in BACKENDS.items()}
        if options["only"] != "speed":
            self.relevance(backends, options["verbosity"])
        if options["only"] != "relevance":
            self.speed(backends, options)

    def relevance(self, backends, verbosity):
        queries = relevance.load_queries()
        outcomes, fallback = {}, []
        for name, backend in backends.items():
            started = time.perf_counter()
            indexed = speed.rebuild(backend)
            speed.settle()
            outcomes[name] = relevance.evaluate(backend, queries)
            if name == "ours":  # while the index is ours
                fallback = relevance.evaluate(backend, queries, fallback=True)
            self.line(
                f"  {name}: indexed {indexed:,} demo objects and ran {len(queries)} queries in {seconds(started):.0f} s"
            )
        self.line()
        self.line("A. Relevance: queries of ops/searchbench/queries.toml over the demo content")
        self.line("   (top 10 of live public pages of the query's locale; recall@10 and MRR averaged over queries)")
        for text in report.relevance_tables(outcomes):
            self.line(text)
        chinese = [outcome for outcome in outcomes["ours"] if outcome.query.locale.startswith("zh")]
        _count, recall, mrr = relevance.summary(chinese)
        self.line(
            f"  Targets for ours on Chinese: recall@10 {recall:.2f} ≥ {TARGETS['recall']} "
            f"{'met' if recall >= TARGETS['recall'] else 'MISSED'}, MRR {mrr:.2f} ≥ {TARGETS['mrr']} "
            f"{'met' if mrr >= TARGETS['mrr'] else 'MISSED'}"
        )
        rescued = [
            o.query.text for o, strict in zip(fallback, outcomes["ours"], strict=True) if o.recall > strict.recall
        ]
        _count, recall, mrr = relevance.summary([o for o in fallback if o.query.locale.startswith("zh")])
        self.line(
            f"  Ours with the search page's fallback (any word, when the query finds nothing): "
            f"zh recall@10 {recall:.2f}, MRR {mrr:.2f}; rescued: {', '.join(rescued) or 'none'}"
        )
        self.line()
        self.line("Ours: queries with an expected page outside the top 10, or not first (expected → rank)")
        for text in report.misses(outcomes["ours"]) or ["  none"]:
            self.line(text)
        if verbosity > 1:
            for name in backends:
                self.line()
                self.line(f"Every query, {name}:")
                for outcome in outcomes[name]:
                    ranks = ", ".join(str(rank or "-") for rank in outcome.ranks.values())
                    first = outcome.titles[0] if outcome.titles else "(nothing)"
                    self.line(f"  [{outcome.query.kind}] {outcome.query.text}: ranks {ranks}; first: {first}")

    def speed(self, backends, options):
        items, searches = options["items"], options["searches"]
        self.line()
        started = time.perf_counter()
        demo = Organization.objects.count()
        total = corpus.create_organizations(max(0, items - demo))
        self.line(
            f"B. Speed: {total:,} organizations, {demo} of the demo and the rest generated "
            f"(bulk-created in {seconds(started):.0f} s)"
        )
        queries = corpus.queries(searches)
        indexing, searching = {}, {}
        # Stock first, so that the index left behind is ours.
        for name in reversed(backends):
            indexing[name] = speed.time_indexing(backends[name], Organization)
            searching[name] = speed.time_searches(
                backends[name],
                Organization.objects.all(),
                queries,
                timeout=options["search_timeout"],
                budget=options["search_budget"],
            )
        names = list(backends)
        indexing = {name: indexing[name] for name in names}
        searching = {name: searching[name] for name in names}
        self.line(
            f"   indexing as update_index does; {searches} two-word searches (e.g. {queries[0]!r}), count + first 10"
        )
        for text in report.speed_table(indexing, searching, total):
            self.line(text)
        ours, stock = indexing["ours"], indexing["stock"]
        p95 = searching["ours"].percentile(95) * 1000
        p95_text = report.milliseconds(searching["ours"], 95)
        self.line(
            f"  Targets for ours: {ours.per_second:,.0f} items/s ≥ {TARGETS['items_per_second']:,} "
            f"{'met' if ours.per_second >= TARGETS['items_per_second'] else 'MISSED'}; "
            f"p95 {p95_text} ms ≤ {TARGETS['p95_ms']} {'met' if p95 <= TARGETS['p95_ms'] else 'MISSED'}; "
            f"indexing takes {ours.seconds / stock.seconds:.2f}× stock's time"
        )
