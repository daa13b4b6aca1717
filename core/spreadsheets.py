"""Spreadsheet formula injection (OWASP "CSV injection"): a cell a visitor or an import wrote
that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
spreadsheet programs when the export is opened (`=HYPERLINK(…)` sends data away). The one
rule, used by every export and by the directory import.

Every export of the site goes through Wagtail's SpreadsheetExportMixin: the snippets' and
reports' "Download CSV/XLSX" and the public funding CSV. `protect_spreadsheet_exports()`
(run by core's AppConfig.ready) makes its value preparation neutralise text in CSV, so no
view, ours or Wagtail's, can forget it. XLSX needs no quote: Wagtail writes any value
openpyxl would take for a formula as a string cell (data_type "s"), which is never run.
https://owasp.org/www-community/attacks/CSV_Injection

`declare_csv_charset()` (run there too) makes the same exports say their encoding: Wagtail
sends `text/csv` alone, which leaves a consuming program to guess (RFC 4180 says US-ASCII).
"""

import functools

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(text, prefixes=FORMULA_PREFIXES):
    return isinstance(text, str) and text.startswith(tuple(prefixes))


def neutralise_formula(value):
    """Text a spreadsheet would run, as text: prefixed with a single quote, as OWASP recommends.
    Only text: numbers (a negative Decimal amount) stay numbers."""
    return "'" + value if starts_like_formula(value) else value


def protect_spreadsheet_exports():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    prepare = SpreadsheetExportMixin.preprocess_field_value
    if getattr(prepare, "neutralises_formulas", False):
        return

    @functools.wraps(prepare)
    def preprocess_field_value(self, field, value, export_format):
        prepared = prepare(self, field, value, export_format)
        return neutralise_formula(prepared) if export_format == self.FORMAT_CSV else prepared

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


def declare_csv_charset():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    write = SpreadsheetExportMixin.write_csv_response
    if getattr(write, "declares_charset", False):
        return

    @functools.wraps(write)
    def write_csv_response(self, queryset):
        response = write(self, queryset)
        # The rows are text that the response encodes in its charset (DEFAULT_CHARSET, UTF-8).
        response["Content-Type"] = f"text/csv; charset={response.charset}"
        return response

    write_csv_response.declares_charset = True
    SpreadsheetExportMixin.write_csv_response = write_csv_response
