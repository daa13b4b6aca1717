"""Importing the directory from spreadsheets: organizations, funding records, donations,
projects, needs and talent profiles.

A file is read whole (CSV in UTF-8, or the first sheet of an XLSX workbook), every
row is checked, and only a file without a single bad row is written, in one
transaction. Headers are the English keys or the Chinese labels staff use, in any
order. The command is `import_directory`; docs/importing.md lists the columns.

reading.py reads files and maps headers; cells.py parses cells; base.py holds the
all-or-nothing machinery; each kind of file has its module.
"""

from django.db import transaction

from core.pagecache import clear_page_cache

from .base import DirectoryImport, RecordImport, no_progress
from .cells import Invalid, RowError
from .funding import DonationImport, FundingImport
from .organizations import OVERRIDE_NOTE, OrganizationImport
from .people import NeedImport, TalentImport
from .projects import ProjectImport
from .reading import ImportRefused

IMPORTS = {
    "organizations": OrganizationImport,
    "funding": FundingImport,
    "donations": DonationImport,
    "projects": ProjectImport,
    "needs": NeedImport,
    "talent": TalentImport,
}

__all__ = [
    "IMPORTS",
    "OVERRIDE_NOTE",
    "DirectoryImport",
    "ImportRefused",
    "Invalid",
    "RecordImport",
    "RowError",
    "import_file",
]


def import_file(kind, path, *, allow_check_override=False, dry_run=False, progress=no_progress):
    """Check every row of `path`, then write them all in one transaction, or nothing at all.

    Returns the import: its `errors` (nothing was written if there are any) and
    its `summary()`. A dry run checks and counts without writing.
    """
    importer = IMPORTS[kind](allow_check_override=allow_check_override)
    importer.check(path, progress)
    if not importer.errors and not dry_run:
        with transaction.atomic():
            importer.save(progress)
            # Funding and donations are written in bulk, which sends no signal to the page cache.
            clear_page_cache()
    return importer
