"""Reading a spreadsheet: its rows as text, and its header mapped to the columns an import knows."""

import csv
import datetime
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from django.utils.translation import gettext as _


class ImportRefused(Exception):
    """The file as a whole cannot be imported (its format or its columns); no row was checked."""


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    required: bool = False

    @property
    def names(self):
        return f"{self.key} / {self.label}"


def read_table(path):
    """All rows of a .csv or .xlsx file as lists of stripped text, the header first."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportRefused(
            _("Cannot import “%(name)s”: only .csv (UTF-8) and .xlsx files can be imported.") % {"name": path.name}
        )
    if not path.is_file():
        raise ImportRefused(_("There is no file “%(name)s”.") % {"name": path})
    rows = read_csv(path) if suffix == ".csv" else read_xlsx(path)
    if not rows or not any(rows[0]):
        raise ImportRefused(_("“%(name)s” has no header row.") % {"name": path.name})
    return rows


def read_csv(path):
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:  # utf-8-sig: Excel writes a BOM
            return [[cell_text(value) for value in row] for row in csv.reader(file)]
    except UnicodeDecodeError:
        raise ImportRefused(
            _("“%(name)s” is not UTF-8 text; save it as “CSV UTF-8” and import it again.") % {"name": path.name}
        ) from None
    except csv.Error as error:
        raise ImportRefused(
            _("“%(name)s” is not a readable CSV file: %(error)s") % {"name": path.name, "error": error}
        ) from None


def read_xlsx(path):
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read what is really there
            return [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    # A damaged workbook fails in many ways (zip, XML, openpyxl's own checks); each means the same to the user.
    except Exception:
        raise ImportRefused(_("“%(name)s” is not a readable XLSX workbook.") % {"name": path.name}) from None


def cell_text(value):
    """A cell as text: XLSX gives numbers and dates, which are written back the way people type them."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        # repr() is the shortest text that gives back the same float: 12345.6, not 12345.600000000000364.
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def resolve_columns(columns, header, rows):
    """Map each column key present to (index, header as written), or refuse the file."""
    by_name = {name: column for column in columns for name in (column.key, column.label)}
    found, unknown, repeated = {}, [], []
    width = max(len(row) for row in [header, *rows])
    for index, written in enumerate(header + [""] * (width - len(header))):
        if not written:
            if any(index < len(row) and row[index] for row in rows):
                unknown.append(_("column %(letter)s (no header)") % {"letter": get_column_letter(index + 1)})
            continue
        column = by_name.get(written) or by_name.get(written.lower())
        if column is None:
            unknown.append(written)
        elif column.key in found:
            repeated.append(written)
        else:
            found[column.key] = (index, written)
    problems = []
    if unknown:
        problems.append(
            _("Unknown columns: %(columns)s. The columns this file can have: %(allowed)s.")
            % {"columns": ", ".join(unknown), "allowed": "; ".join(column.names for column in columns)}
        )
    for written in repeated:
        problems.append(_("Column “%(column)s” is there twice (by its English or Chinese name).") % {"column": written})
    missing = [column.names for column in columns if column.required and column.key not in found]
    if missing:
        problems.append(_("Missing required columns: %(columns)s.") % {"columns": "; ".join(missing)})
    if problems:
        raise ImportRefused("\n".join(problems))
    return found
