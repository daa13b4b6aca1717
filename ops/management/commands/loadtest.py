"""`python manage.py loadtest`: the production server under a bounded load (`make loadtest`).

By default the command builds everything it measures and throws it away after:
a SQLite database in a temporary folder, prepared with migrate and load_demo, and
static files collected beside it; then Gunicorn (config/gunicorn.py) with the
production settings on a free loopback port. `--database-url` names another
database instead (PostgreSQL: one you can fill with the demo and test sign-ups).
Visitors in worker processes of their own then read pages, search and sign up
as volunteers for at most 60 seconds (ops/loadtest.py); the server is stopped
and the command compares the sign-ups the site accepted with the rows in the
database.

`--target http://127.0.0.1:8000` drives a server that is already running instead;
it must share this command's database (to count the sign-ups) and have been started
with LOADTEST=1 RATELIMIT_ENABLE=0. Only loopback targets are accepted.

The sign-up form's per-address rate limit would block a load that comes from one
address: the server runs with LOADTEST=1 RATELIMIT_ENABLE=0, which production
settings read only together (config/settings/production.py), and the report says so.

Every sign-up goes to one project, as a crowd answering one appeal would. The report
gives the page cache's hit rate per page read: the sign-ups purge only the project's
own pages and the project list showing its places left (core/pagecache.py), so every
other page must stay a hit. Views of a notice are reported to the counter as the
page's script does, into whichever Gunicorn worker answers; the database must hold
every one of them.

Targets: no 5xx, no request without an answer, no sign-up lost (rows in the database
== sign-ups accepted) or refused, no view lost, the page cache answering at least 95%
of the reads of every page but the purged project list, p99 under a second. A missed
target exits non-zero.
"""

import json
import os
import secrets
import time
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from guides.models import GuidePage
from notices.models import NoticeIndexPage, NoticePage
from notices.viewcounts import total_views
from ops.loadtest import KIND_ORDER, Plan, drive, summary, warm_up
from ops.localserver import (
    DEVELOPMENT_SETTINGS,
    ProductionServer,
    ServerError,
    free_port,
    loopback_target,
    manage,
    production_environment,
    work_folder,
)
from orgdirectory.models import Organization, OrganizationIndexPage, Project, ProjectIndexPage, VolunteerSignup

MAX_DURATION = 60
P99_TARGET_MS = 1000
HIT_RATE_TARGET = 0.95
# The page the sign-up crowd changes: its misses are the purges doing their job.
PURGED_PAGE = "project list"
RELAXED = {"LOADTEST": "1", "RATELIMIT_ENABLE": "0"}


def site_plan(marker):
    """Paths of the demo's pages, in Chinese, and the number of this run's sign-up rows."""

    def first(page_type):
        page = Page.objects.live().type(page_type).filter(locale__language_code="zh-hans").first()
        if page is None:
            raise CommandError(f"No live {page_type.__name__} in Chinese: run load_demo first.")
        return page.specific

    def path(page):
        return page.get_url_parts()[2]

    projects = Project.objects.order_by("pk")
    volunteer = next((p for p in projects if p.accepts_signups), None)
    if volunteer is None:
        raise CommandError("No project takes sign-ups: run load_demo first.")
    # The directory page that lists the project's kind (or every kind) shows it.
    index_pages = ProjectIndexPage.objects.live().filter(locale__language_code="zh-hans", kind__in=["", volunteer.kind])
    listing = index_pages.order_by("-kind").first()
    if listing is None:
        raise CommandError("No project directory page shows volunteer projects: run load_demo first.")
    other = next((p for p in projects if p.kind == volunteer.kind and not p.accepts_signups), None)
    if other is None:
        raise CommandError("No volunteer project has ended its sign-ups: run load_demo first.")
    organization = Organization.objects.order_by("pk").first()
    notice = first(NoticePage)
    with translation.override("zh-hans"):
        search = reverse("search")
    return {
        "pages": {
            "home": path(Page.objects.live().filter(depth=2, locale__language_code="zh-hans").first()),
            "notice list": path(first(NoticeIndexPage)),
            "guide": path(first(GuidePage)),
            "notice": path(notice),
            "organization": f"{path(first(OrganizationIndexPage))}{organization.credit_code}/",
            "other project": f"{path(listing)}{listing.reverse_subpage('project', args=[other.pk])}",
            PURGED_PAGE: path(listing),
        },
        "counted": {"notice": reverse("count_view", args=[notice.pk])},
        "search": search,
        "project": f"{path(listing)}{listing.reverse_subpage('project', args=[volunteer.pk])}",
        "signup_rows": VolunteerSignup.objects.filter(name__startswith=marker).count(),
        "views": total_views(notice.pk),
    }


class Command(BaseCommand):
    help = "Serve the site with Gunicorn and production settings and put it under a bounded load from this machine."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=float, default=MAX_DURATION, help="Seconds of load, at most 60.")
        parser.add_argument("--concurrency", type=int, default=8, help="Simultaneous visitors (default 8).")
        parser.add_argument(
            "--workers", type=int, help="Gunicorn workers (default: WEB_CONCURRENCY, else 2 × cores + 1)."
        )
        parser.add_argument("--database-url", help="Prepare and use this database instead of a throwaway SQLite.")
        parser.add_argument("--target", help="Drive this running server (loopback only) instead of starting one.")
        parser.add_argument(
            "--p99-ms", type=int, default=P99_TARGET_MS, help=f"The p99 target in ms (default {P99_TARGET_MS})."
        )
        parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
        parser.add_argument("--plan", metavar="MARKER", help="(internal) print the site's paths as JSON.")

    def handle(self, *args, **options):
        if options["plan"]:
            self.stdout.write(json.dumps(site_plan(options["plan"])))
            return
        target = options["target"]
        try:
            host, port = loopback_target(target) if target else ("127.0.0.1", free_port())
        except ValueError as refusal:
            raise CommandError(str(refusal)) from None
        if not 0 < options["duration"] <= MAX_DURATION:
            raise CommandError(f"--duration is between 0 and {MAX_DURATION} seconds.")
        if not 0 < options["concurrency"] <= 64:
            raise CommandError("--concurrency is between 1 and 64.")

        marker = f"压测{secrets.token_hex(3)}"
        if target:
            self.run(options, host, port, marker, lambda: site_plan(marker), server=None)
            return
        with work_folder("loadtest-", options["keep"], self.stdout.write) as folder:
            try:
                env = production_environment(
                    options["database_url"] or f"sqlite:///{folder / 'loadtest.sqlite3'}",
                    folder / "static",
                    f"{host}:{port}",
                    options["workers"],
                    **RELAXED,
                )
                self.prepare(env)
                server = ProductionServer(settings.BASE_DIR, env, folder / "gunicorn.log").start()
                try:
                    self.run(options, host, port, marker, lambda: self.child_plan(env, marker), server=server)
                finally:
                    server.stop()
            except ServerError as failure:
                raise CommandError(str(failure)) from None

    def prepare(self, env):
        """migrate + load_demo, with collectstatic alongside on the other core."""
        self.stdout.write("Preparing: migrate, load_demo and collectstatic in the throwaway folder…")
        started = time.monotonic()
        with ThreadPoolExecutor(2) as pool:
            static = pool.submit(manage, settings.BASE_DIR, env, "collectstatic", "--noinput")
            manage(settings.BASE_DIR, env, "migrate", "--noinput")
            # The demo app is installed by the development settings only (docs/architecture.md).
            manage(settings.BASE_DIR, {**env, "DJANGO_SETTINGS_MODULE": DEVELOPMENT_SETTINGS}, "load_demo")
            static.result()
        self.stdout.write(f"Prepared in {time.monotonic() - started:.0f} s.")

    def child_plan(self, env, marker):
        return json.loads(manage(settings.BASE_DIR, env, "loadtest", "--plan", marker))

    def run(self, options, host, port, marker, plan_of_site, server):
        before = plan_of_site()
        concurrency = options["concurrency"]
        processes = min(concurrency, os.cpu_count() or 1)
        plan = Plan(
            host=host,
            port=port,
            pages=before["pages"],
            counted=before["counted"],
            search=before["search"],
            project=before["project"],
            marker=marker,
            duration=options["duration"],
            visitors_per_process=-(-concurrency // processes),
            phone_base=secrets.randbelow(10**9),
        )
        visitors = plan.visitors_per_process * processes
        where = f"http://{host}:{port}"
        if server is not None:
            workers = options["workers"] or os.environ.get("WEB_CONCURRENCY") or f"{2 * (os.cpu_count() or 1) + 1}"
            where += f" (Gunicorn, {workers} workers, production settings, demo site)"
        self.stdout.write(
            f"Load: {options['duration']:g} s, {visitors} visitors in {processes} processes, against {where}"
        )
        self.stdout.write(
            "Rate limits relaxed for this run: the server has LOADTEST=1 RATELIMIT_ENABLE=0 "
            "(config/settings/production.py); without them one address could sign up 10 times an hour."
        )
        if server is not None:
            self.stdout.write(f"Warm-up: {warm_up(plan, int(workers))} requests, not counted.")
        outcome = drive(plan, processes)
        if server is not None:
            server.stop()
        after = plan_of_site()
        rows = after["signup_rows"] - before["signup_rows"]
        self.report(outcome, rows, after["views"] - before["views"], server, options["p99_ms"])

    def report(self, outcome, rows, views, server, p99_ms):
        table = summary(outcome.timings)
        self.stdout.write(
            f"{'kind':<14}{'requests':>9}{'5xx':>6}{'no answer':>11}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
        )
        for row in table:
            self.stdout.write(
                f"{row['kind']:<14}{row['requests']:>9}{row['5xx']:>6}{row['no answer']:>11}"
                f"{row['p50']:>8}{row['p95']:>8}{row['p99']:>8}"
            )
        total = table[-1]
        accepted, refused = outcome.signups_accepted, len(outcome.signups_refused)
        lost = accepted - rows
        self.stdout.write(
            f"Sign-ups: {accepted} accepted, {rows} rows in the database, {lost} lost, {refused} refused."
        )
        for reason in sorted(set(outcome.signups_refused))[:5]:
            self.stdout.write(f"  refused: {reason}")
        views_lost = outcome.views_reported - views
        self.stdout.write(
            f"Views: {outcome.views_reported} reported, {views} counted in the database, {views_lost} lost."
        )
        missed = self.report_cache(outcome.cache)
        if total["5xx"]:
            missed.append(f"{total['5xx']} responses were 5xx")
        if total["no answer"]:
            missed.append(f"{total['no answer']} requests got no answer")
        if lost:
            missed.append(f"{lost} accepted sign-ups are not in the database")
        if refused:
            missed.append(f"{refused} sign-ups were refused")
        if not accepted:
            missed.append("no sign-up was accepted")
        if views_lost:
            missed.append(f"{views_lost} reported views are not counted")
        slow = [row["kind"] for row in table if row["p99"] >= p99_ms]
        if slow:
            missed.append(f"p99 is {p99_ms} ms or more for: {', '.join(slow)}")
        if missed:
            if server is not None:
                self.stderr.write(f"Server log:\n{server.log()}")
            raise CommandError("Targets missed: " + "; ".join(missed) + ".")
        self.stdout.write(
            self.style.SUCCESS(
                f"Targets met: no 5xx, no sign-up or view lost, page cache hits ≥ {HIT_RATE_TARGET:.0%} "
                f"but on the {PURGED_PAGE}, p99 under {p99_ms} ms for every kind."
            )
        )

    def report_cache(self, cache):
        """The page cache's answers per page read; the pages under the hit-rate target."""
        self.stdout.write(f"{'page cache':<14}{'reads':>9}{'hits':>9}{'hit rate':>10}")
        missed = []
        for label, (hits, misses) in sorted(cache.items(), key=lambda item: KIND_ORDER.index(item[0])):
            rate = hits / (hits + misses)
            note = "  (purged by the sign-ups)" if label == PURGED_PAGE else ""
            self.stdout.write(f"{label:<14}{hits + misses:>9}{hits:>9}{rate:>10.1%}{note}")
            if label != PURGED_PAGE and rate < HIT_RATE_TARGET:
                missed.append(f"the page cache answered {rate:.1%} of the reads of the {label}")
        return missed
