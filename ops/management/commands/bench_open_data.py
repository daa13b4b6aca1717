"""`python manage.py bench_open_data`: how long the open-data files take to write on the
database in DATABASE_URL and how much memory they need (`make bench-open-data`, on the
benchmark data of `seed_bench`).

Each measured step is a management command run in a child process of its own, so that its
peak resident memory (the kernel's ru_maxrss of that child, through os.wait4) is its own and
not the benchmark's. A step also says how many rows or URLs it wrote. To measure another
step, add a Step to STEPS. The files go to a temporary MEDIA_ROOT, deleted at the end.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# No DEBUG query log, no cache server: the settings of the test suite (DATABASE_URL is honoured).
WORKER_SETTINGS = "config.settings.test"


def extract_rows(media_root, output):
    """Rows in the extract's CSV files (the JSON Lines files hold the same)."""
    manifest = next((media_root / settings.OPEN_DATA_DIR).glob("*/manifest.json"))
    files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    return sum(entry["rows"] for entry in files if entry["format"] == "csv")


@dataclass(frozen=True)
class Step:
    name: str
    command: tuple  # manage.py's arguments
    rows: object  # (media_root, the command's output) -> how many rows (or URLs) the step wrote


def sitemap_addresses(media_root, output):
    """The addresses in every sitemap file, as bench_sitemaps sums them up on its last line."""
    return int(re.search(r"(\d+) addresses", output).group(1))


STEPS = (
    # Django and the site loaded, nothing done: what every step's memory starts from.
    Step("baseline (manage.py check)", ("check",), lambda media_root, output: 0),
    Step("open-data extract", ("export_open_data", "--keep", "1"), extract_rows),
    # The sitemap index and every file it lists (ops/management/commands/bench_sitemaps.py).
    Step("sitemaps", ("bench_sitemaps",), sitemap_addresses),
)


def measure(step, media_root):
    """(seconds, peak resident MB, output) of the step's command, run in a child process."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": WORKER_SETTINGS, "MEDIA_ROOT": str(media_root)}
    command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *step.command]
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as output:
        child = subprocess.Popen(command, env=environment, stdout=output)  # noqa: S603 - our own command
        _pid, status, usage = os.wait4(child.pid, 0)
        output.seek(0)
        printed = output.read()
    seconds = time.monotonic() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise CommandError(f"{' '.join(step.command)} failed (exit status {child.returncode}).")
    return seconds, usage.ru_maxrss / 1024, printed  # Linux reports kilobytes


class Command(BaseCommand):
    help = "Time and peak memory of writing the open-data extract and the sitemaps on the database in DATABASE_URL."

    def add_arguments(self, parser):
        parser.add_argument("--only", help="Measure only the steps whose name contains this text.")

    def handle(self, *args, only=None, **options):
        steps = [step for step in STEPS if not only or only in step.name]
        if not steps:
            raise CommandError(f"No step matches {only!r}; the steps: {', '.join(step.name for step in STEPS)}.")
        database = settings.DATABASES["default"]
        self.stdout.write(f"Database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}")
        self.stdout.write(f"{'step':<28} {'rows':>12} {'seconds':>9} {'peak MB':>9}")
        media_root = Path(tempfile.mkdtemp(prefix="bench-open-data-"))
        try:
            for step in steps:
                seconds, peak, output = measure(step, media_root)
                rows = step.rows(media_root, output)
                self.stdout.write(f"{step.name:<28} {rows:>12,} {seconds:>9.1f} {peak:>9.0f}")
        finally:
            shutil.rmtree(media_root, ignore_errors=True)
