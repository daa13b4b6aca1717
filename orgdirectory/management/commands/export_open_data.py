"""`python manage.py export_open_data`: write today's open-data extract of the directory
(orgdirectory/opendata.py, docs/open-data.md) and keep the newest OPEN_DATA_KEEP; for cron."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

from orgdirectory import opendata
from orgdirectory.models import OpenDataPage, OrganizationIndexPage


def source_base():
    """The address of the organization directory: each record's source is its organization's
    page under it. Empty when the site has no live directory page."""
    page = OrganizationIndexPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return page.get_full_url() if page else ""


class Command(BaseCommand):
    help = "Write today's open-data extract (CSV and JSON Lines, with a manifest) and delete old ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep",
            type=int,
            default=settings.OPEN_DATA_KEEP,
            help="How many dated extracts to keep, today's included (default OPEN_DATA_KEEP).",
        )

    def handle(self, *args, keep, **options):
        if keep < 1:
            raise CommandError("--keep must be 1 or more: today's extract is always kept.")
        started = time.monotonic()

        def progress(dataset, rows):
            self.stdout.write(f"  {dataset.name}: {rows:,} rows ({time.monotonic() - started:.1f} s)")

        try:
            manifest = opendata.export(source_base(), keep=keep, progress=progress)
        except OSError as error:
            raise CommandError(f"The extract could not be written ({error}); the previous one is unchanged.") from None
        # The open-data pages list the new files at once, not when their cached copy expires.
        purge_pages_from_cache(OpenDataPage.objects.live())
        folder = opendata.extracts_root() / manifest["date"]
        self.stdout.write(f"Open data {manifest['date']}: {len(manifest['files'])} files in {folder}.")
