"""`python manage.py import_legacy PATH [PATH …]`: import articles exported from the legacy CMS.

The reading, cleaning and writing live in notices/importing/; this wires up the
command line, the progress bar and the report. Output is for the operator, in English.
"""

import sys
from collections import Counter

from tqdm import tqdm

from django.core.management.base import BaseCommand, CommandError

from notices.importing import LegacyImport, Outcome, legacy_files


class Command(BaseCommand):
    help = (
        "Import article pages saved from the legacy CMS (.html, .htm, or .txt renderings), files or folders. "
        "Injected spam, hidden links and scripts are removed and reported; importing a file again updates "
        "its article. Each file is imported on its own: one that fails leaves nothing behind."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A legacy file, or a folder searched for them.")
        parser.add_argument("--draft", action="store_true", help="Save new and changed articles as drafts to review.")
        parser.add_argument("--dry-run", action="store_true", help="Say what would be imported; write nothing.")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, paths, draft=False, dry_run=False, no_progress=False, verbosity=1, **options):
        files = legacy_files(paths)
        if not files:
            raise CommandError("No .html, .htm or .txt files found.")
        importer = LegacyImport(draft=draft, dry_run=dry_run)
        # The bar goes to stderr and only to a terminal, so logs and pipes stay clean.
        hide_bar = no_progress or verbosity == 0 or not self.stderr.isatty()
        bar = tqdm(files, desc="Importing", unit="file", file=sys.stderr, leave=False, disable=hide_bar)
        results = [importer.import_file(path) for path in bar]

        counts = Counter(result.outcome for result in results)
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        for result in results:
            if result.outcome == Outcome.FAILED:
                self.stderr.write(f"failed    {result.path}: {result.detail}")
            elif verbosity:
                self.stdout.write(f"{result.outcome:<9} {result.path}: {result.detail}")
            for finding in result.removed if verbosity else ():
                self.stdout.write(f"  removed {finding}")
        removed = sum(len(result.removed) for result in results)
        self.stdout.write(
            ", ".join(f"{counts[outcome]} {outcome}" for outcome in Outcome) + f"; {removed} injected items removed."
        )
        if counts[Outcome.FAILED]:
            raise CommandError(f"{counts[Outcome.FAILED]} of {len(files)} files failed.")
