"""`python manage.py bench_sitemaps`: generate every sitemap file of the database in DATABASE_URL
(the benchmark one: seed_bench) and report, per file, its addresses, size and time, then the
total time and this process's peak memory (RSS).

The sitemap index and each file are rendered in this process through their views
(home/sitemap.py), one after the other, as a crawler would fetch them; the peak RSS after
each file shows whether memory stays bounded by one file's 50,000 addresses rather than
growing with the database. `measure()` returns the rows for other reports (`make bench`).
"""

import resource
import time
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import RequestFactory

from home import sitemap
from ops.bench.system import machine

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def render(view, path, **kwargs):
    """(status, body) of a sitemap view, asked for `path` at the public address."""
    parts = urlsplit(path)
    request = RequestFactory(HTTP_HOST=urlsplit(settings.PUBLIC_URL).netloc).get(
        parts.path, {name: values[0] for name, values in parse_qs(parts.query).items()}
    )
    response = view(request, **kwargs)
    if hasattr(response, "render"):
        response.render()
    return response.status_code, response.content


def measure():
    """A row per file: the index first, then each section's files; times in seconds."""
    rows = []
    started = time.perf_counter()
    status, body = render(sitemap.index, "/sitemap.xml")
    rows.append(row("/sitemap.xml", status, body, started))
    index = ET.fromstring(body)  # noqa: S314 - the site's own output
    for loc in index.iter(f"{SITEMAP}loc"):
        path = loc.text.removeprefix(settings.PUBLIC_URL)
        started = time.perf_counter()
        section = urlsplit(path).path.removeprefix("/sitemap-").removesuffix(".xml")
        status, body = render(sitemap.section, path, section=section)
        rows.append(row(path, status, body, started))
    return rows


def row(path, status, body, started):
    return {
        "file": path,
        "status": status,
        "urls": body.count(b"<url>") or body.count(b"<sitemap>"),
        "megabytes": round(len(body) / 1e6, 2),
        "seconds": round(time.perf_counter() - started, 2),
        "peak_rss_mb": round(peak_rss_mb()),
    }


class Command(BaseCommand):
    help = "Generate every sitemap file and report addresses, size, time and peak memory."

    def handle(self, *args, **options):
        before = peak_rss_mb()
        started = time.perf_counter()
        rows = measure()
        total = time.perf_counter() - started
        self.stdout.write(f"{'file':<42} {'status':>6} {'urls':>7} {'MB':>6} {'s':>6} {'peak RSS MB':>11}")
        for r in rows:
            self.stdout.write(
                f"{r['file']:<42} {r['status']:>6} {r['urls']:>7} {r['megabytes']:>6} "
                f"{r['seconds']:>6} {r['peak_rss_mb']:>11}"
            )
        system = machine()
        self.stdout.write(
            f"{len(rows)} files, {sum(r['urls'] for r in rows[1:])} addresses in {total:.1f} s; "
            f"peak RSS {peak_rss_mb():.0f} MB ({before:.0f} MB before the first file); "
            f"{connection.vendor}; {system['cpu']}, {system['cores']} cores, {system['memory_gb']} GB"
        )
        if any(r["status"] != 200 for r in rows):
            raise SystemExit(1)
