"""`python manage.py import_directory KIND FILE`: load the directory from a spreadsheet.

KIND is organizations, funding, donations, projects, needs or talent. The checking
and the writing live in the orgdirectory/importing/ package; this wires up the
command line, the progress bar and the report. Messages follow the active
language: Django runs commands in settings.LANGUAGE_CODE (zh-hans) unless the
caller activated another one, so nothing is activated here.
"""

import sys
from functools import partial

from tqdm import tqdm

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from orgdirectory.importing import IMPORTS, ImportRefused, import_file


class Command(BaseCommand):
    help = (
        "Import organizations, funding records, donations, projects, needs or talent profiles "
        "from a CSV (UTF-8) or XLSX file. "
        "Every row is checked first; if any row is bad, nothing is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=list(IMPORTS), help="What the file holds.")
        parser.add_argument("path", metavar="FILE", help="A .csv (UTF-8) or .xlsx file; headers in row 1.")
        parser.add_argument(
            "--allow-check-override",
            action="store_true",
            help="Keep credit codes whose check character or category does not verify, marked as confirmed.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and count the changes; write nothing."
        )

    def handle(self, kind, path, allow_check_override=False, dry_run=False, verbosity=1, **options):
        # The bar goes to stderr and only to a terminal, so logs and pipes stay clean.
        progress = partial(tqdm, file=sys.stderr, leave=False, disable=verbosity == 0 or not self.stderr.isatty())
        try:
            result = import_file(
                kind, path, allow_check_override=allow_check_override, dry_run=dry_run, progress=progress
            )
        except ImportRefused as refused:
            raise CommandError(str(refused)) from None
        if result.errors:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                _("Rows with errors: %(count)d; nothing was imported.") % {"count": result.rows_with_errors}
            )
        if verbosity:
            if dry_run:
                self.stdout.write(_("Dry run: nothing was written."))
            self.stdout.write(result.summary())
