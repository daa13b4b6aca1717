"""`python manage.py seed_bench --scale N`: fill a database with province-scale
benchmark data, app by app.

At scale 1: 100,000 organizations, 500,000 funding records, 50,000 projects,
20,000 articles and notices, 500 guides; `--scale 0.01` for quick runs. The
command first runs load_demo, so the site's sections exist, then calls
`seed(scale, stdout)` of each section's module in ops/benchdata/, then clears the
page cache, which bulk writes do not reach.

Each app writes in chunks, a transaction each, and creates only what is
missing, so a run that was interrupted is completed by running it again.
Benchmark rows are recognisable (pages by their `bench-` slug): `--reset`
deletes them, through each app's `reset(stdout)`, and leaves the demo site.
`--reset` alone only clears; `--reset --scale N` clears, then seeds at N.

The benchmark marker is a Wagtail log entry (action `home.seed_bench`, the
scale in its data) written before anything else. The command runs on a database
that is empty (as `migrate` and `setup_site` leave it: the root, the home page and
the empty sections) or carries the marker, and refuses any other unless given `--force`
(which then writes the marker, so later runs need no `--force`). A rerun at
another scale than the marker's is refused: complete the data at its own scale,
or `--reset` to replace it. `--reset` leaves a marker of no scale, so the next
run may seed at any scale.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, Revision

from core.pagecache import clear_page_cache
from home.setup.tree import structure_pages
from ops import benchdata
from ops.benchtree import MARKER_ACTION

MARKER_OBJECT = "seed_bench"


def update_statistics():
    """Do at once what autovacuum would do later: the planner's statistics (without them it
    plans for the few rows it last counted) and the visibility map (the directory's facet
    counts read only its index when the table's pages are marked all-visible)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # VACUUM cannot run in a transaction (a caller's, or a test's): statistics only, then.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def bench_marker():
    """The latest benchmark marker, or None."""
    return ModelLogEntry.objects.filter(action=MARKER_ACTION).order_by("-timestamp", "-pk").first()


def set_bench_marker(scale):
    """Mark the database as a benchmark one, holding data at `scale` (None: cleared)."""
    ModelLogEntry.objects.create(
        action=MARKER_ACTION,
        object_id=MARKER_OBJECT,
        label=f"Benchmark data, scale {scale:g}" if scale else "Benchmark data cleared",
        data={"scale": scale},
        timestamp=timezone.now(),
    )


def is_fresh_database():
    """As `migrate` and `setup_site` leave it: the root, the home page and the empty sections
    setup_site made, no revision by a person, no image or document."""
    others = Page.objects.filter(depth__gt=1).exclude(pk__in=structure_pages().values("pk"))
    return (
        not others.filter(depth__gt=2).exists()
        and others.filter(depth=2).count() <= 1
        and not Revision.objects.filter(user__isnull=False).exists()
        and not get_image_model().objects.exists()
        and not get_document_model().objects.exists()
    )


class Command(BaseCommand):
    help = "Fill the database with province-scale benchmark data (scale 1: 100,000 organizations …)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=None, help="Fraction of province scale (default 1; 0.01 for quick runs)."
        )
        parser.add_argument(
            "--force", action="store_true", help="Run even on a database that holds content other than benchmarks."
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the benchmark data (the demo site stays); with --scale, seed again afterwards.",
        )

    def handle(self, *args, scale, force, reset, **options):
        if scale is not None and scale <= 0:
            raise CommandError("--scale must be a positive number, such as 1 or 0.01.")
        marker = bench_marker()
        if marker is None and not force and not is_fresh_database():
            raise CommandError(
                "This database holds content that seed_bench did not create (pages, revisions, images or "
                "documents), so it refuses to add benchmark data to it. Use an empty database (just after "
                "`migrate` and `setup_site`), or add --force if you really mean this one."
            )
        modules = benchdata.SECTIONS
        if reset:
            self.reset(modules)
            if scale is None:
                return
            marker = bench_marker()
        scale = 1.0 if scale is None else scale
        stored = marker.data.get("scale") if marker is not None else None
        if stored is not None and stored != scale:
            raise CommandError(
                f"This database holds benchmark data at scale {stored:g}. Run `seed_bench --scale {stored:g}` "
                f"to complete it, or `seed_bench --reset --scale {scale:g}` to replace it."
            )
        if stored is None:
            set_bench_marker(scale)
        self.seed(modules, scale)

    def timed(self, label, action):
        started = time.monotonic()
        action()
        elapsed = time.monotonic() - started
        self.stdout.write(f"{label}: {elapsed:.1f} s")
        return elapsed

    def seed(self, modules, scale):
        total = self.timed("load_demo", lambda: call_command("load_demo", stdout=self.stdout))
        for app_name, module in modules:
            total += self.timed(app_name, lambda module=module: module.seed(scale, self.stdout))
        # The generated texts share sentences, as imported ones do: index what distinguishes a record.
        total += self.timed("common tokens", lambda: call_command("find_common_tokens", stdout=self.stdout))
        total += self.timed("statistics", update_statistics)
        clear_page_cache()
        self.stdout.write(self.style.SUCCESS(f"Benchmark data at scale {scale:g} ready in {total:.1f} s."))

    def reset(self, modules):
        # Reverse order: an app's data may point at an earlier app's.
        for app_name, module in reversed(modules):
            self.timed(f"{app_name} reset", lambda module=module: module.reset(self.stdout))
        # Still a benchmark database (the demo site stays), now of no scale.
        ModelLogEntry.objects.filter(action=MARKER_ACTION).delete()
        set_bench_marker(None)
        clear_page_cache()
        self.stdout.write(self.style.SUCCESS("Benchmark data deleted; the demo site stays."))
