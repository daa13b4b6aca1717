"""`python manage.py profile_pages`: where each page of `make bench` spends its time (`make profile`).

In a child process with the production settings and the page cache off, as
`manage.py bench` serves its uncached pass, each page of the benchmark
(ops/bench/pages.py), the bare reference page and each --path is requested once to warm the
process, then `--requests` times under pyinstrument (a development requirement).
The command prints each page's mean time per request; with --tree, the call
tree of our own and Wagtail's frames above --threshold ms a request (Django's
folded into them); with --sql N, the N slowest queries of one more request.
`--only` limits it to the pages whose label contains the text. With --timing N, no
profiler: each page's best of N rounds of --requests requests, and the bare page's
time as a share of it, which compares two checkouts on one database far more
steadily than two runs of `make bench` on a shared machine. It reads, never
writes, apart from the bare page that `bench` creates too.
"""

import json
import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from ops.bench import pages, report
from ops.localserver import ServerError, free_port, manage, production_environment, work_folder


class Command(BaseCommand):
    help = "Profile the pages of make bench, uncached, with pyinstrument (make profile)."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=30, help="Profiled requests per page.")
        parser.add_argument("--only", default="", help="Only the pages whose label contains this text.")
        parser.add_argument("--tree", action="store_true", help="Print the call tree of each page.")
        parser.add_argument("--threshold", type=float, default=1.0, help="With --tree: the ms a request shown.")
        parser.add_argument("--sql", type=int, default=0, help="Print the N slowest SQL queries of each page.")
        parser.add_argument("--search", default=pages.SEARCH_QUERY, help="The search query profiled.")
        parser.add_argument("--path", action="append", default=[], help="Profile this address too (repeatable).")
        parser.add_argument(
            "--timing", type=int, default=0, help="No profiler: the best of N rounds of --requests, per page."
        )
        parser.add_argument("--child", action="store_true", help="(internal) profile in this process.")

    def handle(self, *args, **options):
        if options["child"]:
            self.profile(options)
            return
        with work_folder("profile-", False, self.stdout.write) as folder:
            env = production_environment(
                os.environ.get("DATABASE_URL", ""),
                folder / "static",
                f"127.0.0.1:{free_port()}",
                PAGE_CACHE_DIR=str(folder / "page-cache"),
                REDIS_URL="",
            )
            arguments = ["--requests", str(options["requests"]), "--only", options["only"]]
            arguments += ["--search", options["search"], "--sql", str(options["sql"])]
            arguments += ["--threshold", str(options["threshold"]), *(["--tree"] if options["tree"] else [])]
            arguments += ["--timing", str(options["timing"])]
            arguments += [argument for path in options["path"] for argument in ("--path", path)]
            try:
                manage(settings.BASE_DIR, env, "collectstatic", "--noinput")
                self.stdout.write(manage(settings.BASE_DIR, env, "profile_pages", "--child", *arguments))
            except ServerError as failure:
                raise CommandError(str(failure)) from None

    @override_settings(PAGE_CACHE_TIMEOUT=0)  # every page built afresh, as bench's uncached pass serves it
    def profile(self, options):
        from pyinstrument import Profiler  # a development requirement

        found = pages.find_pages(options["search"])
        found[report.BARE] = {"path": pages.bare_page()}
        found.update({path: {"path": path} for path in options["path"]})
        client = Client(HTTP_HOST="127.0.0.1")
        if options["timing"]:
            self.time_pages(client, found, options)
            return
        means = {}
        for label, page in found.items():
            if options["only"] not in label or "error" in page:
                continue
            client.get(page["path"])
            profiler = Profiler(interval=0.0005)
            started = time.perf_counter()
            with profiler:
                for _ in range(options["requests"]):
                    response = client.get(page["path"])
            means[label] = (time.perf_counter() - started) / options["requests"] * 1000
            if response.status_code != 200:
                raise CommandError(f"{page['path']} answered {response.status_code}")
            if options["sql"]:
                self.slowest_queries(client, label, page["path"], options["sql"])
            if options["tree"]:
                self.stdout.write(f"\n===== {label} {page['path']} {means[label]:.1f} ms a request =====")
                self.stdout.write(self.compact_tree(profiler, options["requests"], options["threshold"]))
        self.stdout.write("\nMean ms a request (profiler on):")
        self.stdout.write(json.dumps({label: round(ms, 1) for label, ms in means.items()}, ensure_ascii=False))

    def time_pages(self, client, found, options):
        """Each page's best of `timing` rounds, ms a request, and the bare page's time as a share of it."""
        best = {}
        for label, page in found.items():
            if "error" in page or (options["only"] not in label and label != report.BARE):
                continue
            if client.get(page["path"]).status_code != 200:
                raise CommandError(f"{page['path']} does not answer 200")
            rounds = []
            for _ in range(options["timing"]):
                started = time.perf_counter()
                for _ in range(options["requests"]):
                    client.get(page["path"])
                rounds.append((time.perf_counter() - started) / options["requests"] * 1000)
            best[label] = min(rounds)
        self.stdout.write(f"Best of {options['timing']} rounds of {options['requests']} requests, ms a request:")
        for label, ms in best.items():
            self.stdout.write(f"{label:<14} {ms:7.1f} ms  bare page {best[report.BARE] / ms:5.0%}")

    def slowest_queries(self, client, label, path, count):
        """One more request: its SQL time in all and its `count` slowest queries."""
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        timed = sorted(queries.captured_queries, key=lambda query: -float(query["time"]))
        total = sum(float(query["time"]) for query in timed) * 1000
        self.stdout.write(f"\n----- {label}: {len(timed)} queries, {total:.1f} ms of SQL -----")
        for query in timed[:count]:
            self.stdout.write(f"{float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")

    def compact_tree(self, profiler, requests, threshold_ms):
        """The call tree, ms a request, showing only the project's own frames and Wagtail's
        (Django's and the database driver's are folded into them) above `threshold_ms`."""
        lines = []

        ours = str(settings.BASE_DIR)

        def shown(frame):
            path = frame.file_path or ""
            if "site-packages" in path:
                return "/wagtail/" in path
            return path.startswith(ours)

        def walk(frame, depth):
            ms = frame.time / requests * 1000
            if ms < threshold_ms:
                return
            if shown(frame):
                where = (frame.file_path_short or "").replace("site-packages/", "")
                lines.append(f"{ms:7.1f}  {'  ' * depth}{frame.function}  {where}:{frame.line_no}")
                depth += 1
            for child in frame.children:
                walk(child, depth)

        from pyinstrument import processors

        root = processors.aggregate_repeated_calls(profiler.last_session.root_frame(), options={})
        walk(root, 0)
        return "\n".join(lines)
