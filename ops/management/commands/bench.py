"""`python manage.py bench`: the site's pages under wrk, uncached and cached (`make bench`).

Against the database in DATABASE_URL (`make bench` gives it the benchmark
database, BENCH_DATABASE_URL, seeded by seed_bench), the command:

1. collects static files into a temporary folder and, in a child process with
   the production settings and the page cache off (PAGE_CACHE_TIMEOUT=0), finds
   the ten pages (ops/bench/pages.py), requests each once after clearing the
   caches to check it answers 200 and to count its SQL queries, creates the bare
   reference page (`bench-bare`, a plain Wagtail Page under the Chinese home)
   and writes the home page's HTML as a static file; the long tail
   ("organization") is a list of 2,000 organizations' pages, written to a file
   in the temporary folder for wrk;
2. starts Gunicorn with the production settings on a free loopback port
   (ops/localserver.py's ProductionServer; 2 workers, or WEB_CONCURRENCY, or
   --workers), its caches in local memory (or the Redis --redis-url names) and
   the page cache's generation file in the temporary folder, page cache off;
   warms every page (the long tail's first path only), runs wrk on each page and
   on the two references (the static file, the bare page) in turn, the long tail
   a different organization on each request, reads the workers' memory and
   stops the server;
3. does it again with the page cache on (its default), then checks with one
   request per page that X-Page-Cache says hit, where the header exists (not
   for the long tail, see `load`);
4. prints the table and the targets of issue 21 (ratios to the references
   measured in the same run: ops/bench/report.py) and writes both, as Markdown
   and JSON, to bench-output/bench-<date>.md and .json.

wrk only ever loads loopback URLs, for a fixed duration per page (at most 60 s),
fixed connections and threads, each request given up after --timeout.

A page that is missing or does not answer 200, a non-2xx/3xx response or a
socket error under load exits non-zero after the report is written; a missed
performance target is reported and exits 0, unless --strict.
"""

import datetime
import json
import os
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.bench import pages, report, wrk
from ops.bench.system import machine, worker_rss_mb
from ops.localserver import (
    ProductionServer,
    ServerError,
    free_port,
    loopback_target,
    manage,
    production_environment,
    warm_paths,
    work_folder,
)

STATIC_COPY = "bench/home.html"
DEFAULT_WORKERS = 2
# A sync worker serves one request at a time: more connections than workers only wait in
# the listen queue, and their latency measures that queue, not the page.
CONNECTIONS_PER_WORKER = 1
# The cached pass runs with the page cache's own default: the variable is removed.
PHASES = {"uncached": {"PAGE_CACHE_TIMEOUT": "0"}, "cached": {}}


class Command(BaseCommand):
    help = "Measure the site's pages with wrk on a local production server, uncached and cached (make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=10, help="Seconds of load per page and pass (≤ 60).")
        parser.add_argument(
            "--connections",
            type=int,
            help="wrk's open connections (default: one per worker, see CONNECTIONS_PER_WORKER).",
        )
        parser.add_argument("--threads", type=int, default=1, help="wrk's threads (default 1).")
        parser.add_argument("--timeout", type=int, default=5, help="Seconds before wrk gives a request up.")
        parser.add_argument("--workers", type=int, help="Gunicorn workers (default WEB_CONCURRENCY, else 2).")
        parser.add_argument(
            "--redis-url", help="Serve with this Redis as cache, which the run flushes (default: local memory)."
        )
        parser.add_argument("--search", default=pages.SEARCH_QUERY, help="The two-word search query measured.")
        parser.add_argument(
            "--suggest", default=pages.SUGGEST_PREFIX, help="The prefix whose search suggestions are measured."
        )
        parser.add_argument("--output-dir", default="bench-output", help="Where the report files go.")
        parser.add_argument("--compare", help="The JSON report of a run at another scale: compare query counts.")
        parser.add_argument("--strict", action="store_true", help="Exit non-zero on a missed target too.")
        parser.add_argument("--keep", action="store_true", help="Keep the temporary folder (server logs).")
        parser.add_argument("--probe", action="store_true", help="(internal) find and probe the pages, as JSON.")

    def handle(self, *args, **options):
        if options["probe"]:
            self.stdout.write(json.dumps(self.probe(options["search"], options["suggest"]), ensure_ascii=False))
            return
        workers = options["workers"] or int(os.environ.get("WEB_CONCURRENCY") or DEFAULT_WORKERS)
        options["connections"] = options["connections"] or workers * CONNECTIONS_PER_WORKER
        try:
            wrk.command("http://127.0.0.1/", options["duration"], options["connections"], options["threads"], 1)
        except ValueError as refusal:
            raise CommandError(str(refusal)) from None
        earlier = json.loads(Path(options["compare"]).read_text()) if options["compare"] else None
        with work_folder("bench-", options["keep"], self.stdout.write) as folder:
            try:
                env = production_environment(
                    os.environ.get("DATABASE_URL", ""),
                    folder / "static",
                    f"127.0.0.1:{free_port()}",
                    workers,
                    # The probe clears every cache: the page cache's generation file is the
                    # run's own, and Redis (which it would flush) only the one --redis-url names.
                    PAGE_CACHE_DIR=str(folder / "page-cache"),
                    REDIS_URL=options["redis_url"] or "",
                )
                results = self.measure(env, folder, options, workers)
            except (ServerError, wrk.WrkError) as failure:
                raise CommandError(str(failure)) from None
        self.conclude(results, earlier, options)

    def probe(self, search_query, suggest_prefix):
        """In the child with production settings: the pages, their query counts, the references."""
        found = pages.find_pages(search_query, suggest_prefix)
        references = {report.STATIC: {"path": f"{settings.STATIC_URL}{STATIC_COPY}"}, report.BARE: {}}
        try:
            references[report.BARE]["path"] = pages.bare_page()
        except pages.PageMissing as missing:
            references[report.BARE]["error"] = str(missing)
        home_html = pages.probe({**found, **{report.BARE: references[report.BARE]}})
        if home_html:
            static_copy = Path(settings.STATIC_ROOT) / STATIC_COPY
            static_copy.parent.mkdir(parents=True, exist_ok=True)
            static_copy.write_bytes(home_html)
        else:
            references[report.STATIC]["error"] = "no home page HTML to serve"
        return {"pages": found, "references": references, "database": pages.database_figures()}

    def measure(self, env, folder, options, workers):
        started = datetime.datetime.now().astimezone()
        self.stdout.write("Collecting static files, finding the pages and counting their queries…")
        manage(settings.BASE_DIR, env, "collectstatic", "--noinput")
        probed = json.loads(
            manage(
                settings.BASE_DIR,
                {**env, **PHASES["uncached"]},
                *["bench", "--probe", "--search", options["search"], "--suggest", options["suggest"]],
            )
            .strip()
            .splitlines()[-1]
        )
        results = {
            "date": started.isoformat(timespec="seconds"),
            "machine": machine(),
            "database": probed["database"],
            "setup": {
                "workers": workers,
                **{key: options[key] for key in ("duration", "connections", "threads", "timeout", "search", "suggest")},
            },
            **{key: probed[key] for key in ("pages", "references")},
            "rss_mb": {},
        }
        for label, entry in {**results["pages"], **results["references"]}.items():
            if entry.get("error"):
                self.stderr.write(f"{label}: {entry['error']} (not measured)")
        rotations = self.path_files(results["pages"], folder)
        for phase, variables in PHASES.items():
            phase_env = {key: value for key, value in env.items() if key != "PAGE_CACHE_TIMEOUT"} | variables
            server = ProductionServer(settings.BASE_DIR, phase_env, folder / f"gunicorn-{phase}.log").start()
            try:
                self.load(server, results, phase, options, workers, rotations)
            finally:
                server.stop()
        return results

    @staticmethod
    def path_files(entries, folder):
        """label -> the file of paths wrk cycles through, for each page with a list (the long tail);
        the list leaves the report, which keeps its length as `rotation`."""
        files = {}
        for label, entry in entries.items():
            paths = entry.pop("paths", None)
            if paths and not entry.get("error"):
                files[label] = folder / f"paths-{len(files)}.txt"
                files[label].write_text("\n".join(paths) + "\n")
                entry["rotation"] = len(paths)
        return files

    def load(self, server, results, phase, options, workers, rotations):
        """One pass: warm every page, wrk on each in turn (then, cached, one request for the header), the memory."""
        base = f"http://{server.host}:{server.port}"
        entries = {
            label: entry
            for label, entry in {**results["pages"], **results["references"]}.items()
            if not entry.get("error")
        }
        # A list's first path only: the templates get loaded, and the rest of the list stays cold.
        warm_paths(server.host, server.port, [entry["path"] for entry in entries.values()], 2 * workers)
        load = [options[key] for key in ("duration", "connections", "threads", "timeout")]
        for label, entry in entries.items():
            run = wrk.run(base + entry["path"], *load, paths_file=rotations.get(label))
            entry[phase] = run.as_dict()
            # After the load every worker has served the page: a miss now is a page the cache keeps out.
            # Not so for a list: each of its pages was asked for a few times at most, and one more
            # request would say hit or miss by the chance of which worker (each with its own local-memory
            # cache) answers it; its cache column says "—" and report.py leaves it out of the cache targets.
            if phase == "cached" and label != report.STATIC and label not in rotations:
                entry["cache"] = self.cache_status(base + entry["path"])
            self.stdout.write(
                f"{phase:>8} {label}: {run.rps:.0f} rps, p95 {run.p95:.1f} ms"
                + (f", {run.error_count} errors" if run.error_count else "")
            )
        results["rss_mb"][phase] = worker_rss_mb(server.pid)

    def cache_status(self, url):
        """The X-Page-Cache header of one request (hit or miss), None when the site sends none."""
        loopback_target(url)
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback, checked above
            return response.headers.get("X-Page-Cache")

    def conclude(self, results, earlier, options):
        checks = report.targets(results, earlier)
        results["targets"] = [{"name": c.name, "met": c.met, "figures": c.figures} for c in checks]
        self.stdout.write("\n".join(["", *report.heading(results), "", report.text_table(results), ""]))
        self.stdout.write("Targets:\n" + "\n".join(report.target_lines(checks)))
        output = Path(settings.BASE_DIR) / options["output_dir"]
        output.mkdir(parents=True, exist_ok=True)
        stem = output / f"bench-{results['date'][:19].replace(':', '').replace('T', '-')}"
        stem.with_suffix(".json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
        stem.with_suffix(".md").write_text(report.markdown(results, checks))
        self.stdout.write(f"Written: {stem}.md and .json")
        errors = report.errors_target(results)
        if not errors.met:
            raise CommandError(f"Errors: {errors.figures}.")
        missed = [check.name for check in checks if check.met is False]
        if missed and options["strict"]:
            raise CommandError(f"Targets missed: {'; '.join(missed)}.")
