"""Importing the directory from spreadsheets: organizations, funding records, donations.

A file is read whole (CSV in UTF-8, or the first sheet of an XLSX workbook), every
row is checked, and only a file without a single bad row is written, in one
transaction. Headers are the English keys or the Chinese labels staff use, in any
order. The command is `import_directory`; README.md lists the columns.
"""

import csv
import datetime
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from .credit_code import CheckCharacterMismatch, category_of, normalize, validate_credit_code
from .models import Donation, FundingRecord, FundingSource, Organization, OrgType, Region

OVERRIDE_NOTE = "import_directory --allow-check-override"
BATCH_SIZE = 500
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日")
AMOUNT = re.compile(r"^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")
LARGEST_AMOUNT = Decimal(10) ** 12  # the models' max_digits=14, decimal_places=2
YES = {"是", "yes", "y", "true", "1"}
NO = {"否", "no", "n", "false", "0"}

ORG_TYPES = {
    "社会团体": OrgType.SOCIAL_GROUP,
    "社会服务机构": OrgType.SOCIAL_SERVICE,
    "民办非企业单位": OrgType.SOCIAL_SERVICE,
    "基金会": OrgType.FOUNDATION,
    **{org_type.value: org_type for org_type in OrgType},
}
FUNDING_SOURCES = {
    "政府购买服务": FundingSource.GOVERNMENT_PURCHASE,
    "财政补助": FundingSource.FISCAL_SUBSIDY,
    "社会捐赠": FundingSource.DONATION,
    "基金会资助": FundingSource.FOUNDATION_GRANT,
    "其他": FundingSource.OTHER,
    **{source.value: source for source in FundingSource},
}


class ImportRefused(Exception):
    """The file as a whole cannot be imported (its format or its columns); no row was checked."""


class Invalid(Exception):
    """A cell's value cannot be used; the message says why, in the user's language."""


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    required: bool = False

    @property
    def names(self):
        return f"{self.key} / {self.label}"


@dataclass(frozen=True)
class RowError:
    """A bad cell, located as the spreadsheet user sees it: header in row 1, column by its header."""

    row: int
    column: str
    reason: str
    position: int = 0  # of the column in the file, to report a row's errors from left to right

    def __str__(self):
        return _("Row %(row)d, column “%(column)s”: %(reason)s") % {
            "row": self.row,
            "column": self.column,
            "reason": self.reason,
        }


# Reading files


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


# Reading cells


class Row:
    """One data row being checked: its cells by column key, and the errors found in it."""

    def __init__(self, number, cells, columns, errors):
        self.number = number
        self.cells = cells
        self.columns = columns
        self.errors = errors
        self.failed = False

    def has(self, key):
        return key in self.columns

    def text(self, key):
        if key not in self.columns:
            return ""
        index = self.columns[key][0]
        return self.cells[index] if index < len(self.cells) else ""

    def value(self, key, parse, required=False):
        """The cell parsed, or None when it is empty or wrong (then the error is recorded)."""
        text = self.text(key)
        if not text:
            if required:
                self.error(key, _("This cell is required."))
            return None
        try:
            return parse(text)
        except Invalid as invalid:
            self.error(key, str(invalid))
            return None

    def error(self, key, reason):
        self.failed = True
        index, header = self.columns[key]
        self.errors.append(RowError(self.number, header, str(reason), index))


def text_for(model, field_name):
    """A parser for a text field: the text, refused when longer than the field."""
    limit = model._meta.get_field(field_name).max_length

    def parse(text):
        if limit and len(text) > limit:
            raise Invalid(
                _("At most %(limit)d characters; this cell has %(count)d.") % {"limit": limit, "count": len(text)}
            )
        return text

    return parse


def choice_of(mapping):
    def parse(text):
        value = mapping.get(text) or mapping.get(text.lower())
        if value is None:
            raise Invalid(
                _("“%(value)s” is not one of: %(choices)s.")
                % {"value": text, "choices": ", ".join(name for name in mapping if not name.isascii())}
            )
        return value

    return parse


def parse_date(text):
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    raise Invalid(_("“%(value)s” is not a date; write 2015-10-28, 2015/10/28 or 2015年10月28日.") % {"value": text})


def parse_amount(text):
    """Yuan, exactly: 12345.6 and 12,345.60 are both Decimal("12345.60")."""
    if not AMOUNT.match(text):
        raise Invalid(_("“%(value)s” is not an amount in yuan, such as 12345.60 or 12,345.60.") % {"value": text})
    amount = Decimal(text.replace(",", ""))
    if amount <= 0:
        raise Invalid(_("The amount must be more than zero."))
    if amount.as_tuple().exponent < -2:
        raise Invalid(_("An amount has at most two decimal places."))
    if amount >= LARGEST_AMOUNT:
        raise Invalid(_("The amount is too large."))
    return amount.quantize(Decimal("0.01"))


def parse_year(text):
    year = text.removesuffix("年")
    if not (year.isascii() and year.isdigit() and 1990 <= int(year) <= 2100):
        raise Invalid(_("“%(value)s” is not a year between 1990 and 2100.") % {"value": text})
    return int(year)


def parse_yes_no(text):
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise Invalid(_("“%(value)s” is neither yes nor no (是/否, yes/no, true/false, 1/0).") % {"value": text})


def parse_website(text):
    url = text if "://" in text else f"https://{text}"
    try:
        URLValidator()(url)
    except ValidationError:
        raise Invalid(_("“%(value)s” is not a web address.") % {"value": text}) from None
    return text_for(Organization, "website")(url)


def in_batches(queryset, field, values):
    """`queryset.filter(<field>__in=values)`, a batch at a time (databases limit query parameters)."""
    values = list(values)
    for start in range(0, len(values), BATCH_SIZE):
        yield from queryset.filter(**{f"{field}__in": values[start : start + BATCH_SIZE]})


def no_progress(iterable, **kwargs):
    return iterable


# The three kinds of file


class DirectoryImport:
    """Checks every row of a file (`check`), then writes them all (`save`), in one transaction."""

    columns = ()

    def __init__(self, allow_check_override=False):
        self.allow_check_override = allow_check_override
        self.errors = []
        self.counts = Counter()

    @property
    def rows_with_errors(self):
        return len({error.row for error in self.errors})

    def check(self, path, progress=no_progress):
        header, *rows = read_table(path)
        self.found = resolve_columns(self.columns, header, rows)
        self.check_columns()
        self.prepare([Row(number, cells, self.found, []) for number, cells in enumerate(rows, start=2)])
        for number, cells in progress(enumerate(rows, start=2), total=len(rows), desc=_("Checking rows")):
            if any(cells):
                self.check_row(Row(number, cells, self.found, self.errors))
        self.errors.sort(key=lambda error: (error.row, error.position))
        if not self.errors:
            self.compare()

    def check_columns(self):
        """Refuse the file for a rule about its columns beyond the required ones."""

    def prepare(self, rows):
        """Load what the rows refer to, in a few queries rather than one a row."""

    def check_row(self, row):
        raise NotImplementedError

    def compare(self):
        """Sort the checked rows into new, changed and unchanged against the database."""

    def save(self, progress=no_progress):
        raise NotImplementedError

    def organizations_by_code(self, rows, key):
        codes = {normalize(row.text(key)) for row in rows} - {""}
        return {
            organization.credit_code: organization
            for organization in in_batches(Organization.objects, "credit_code", codes)
        }

    def existing_organization(self, text):
        organization = self.organizations.get(normalize(text))
        if organization is None:
            raise Invalid(_("No organization has this credit code; import the organizations first."))
        return organization

    def first_seen(self, row, key, identity, message):
        """Record where `identity` first appeared; a second row with it is an error."""
        if identity in self.seen:
            row.error(key, message % {"row": self.seen[identity]})
            return False
        self.seen[identity] = row.number
        return True


class OrganizationImport(DirectoryImport):
    columns = (
        Column("name", "名称", required=True),
        Column("credit_code", "统一社会信用代码", required=True),
        Column("org_type", "类型", required=True),
        Column("registration_authority", "登记管理机关"),
        Column("region", "所在地区"),
        Column("registered_on", "成立登记日期"),
        Column("legal_representative", "法定代表人"),
        Column("address", "住所"),
        Column("phone", "联系电话"),
        Column("website", "网站"),
    )

    def prepare(self, rows):
        self.existing = {
            organization.credit_code: organization
            for organization in in_batches(
                Organization.objects.select_related("region"),
                "credit_code",
                {normalize(row.text("credit_code")) for row in rows} - {""},
            )
        }
        self.regions = {}
        self.seen = {}
        self.changes = []

    def optional_parsers(self):
        return {
            "registration_authority": text_for(Organization, "registration_authority"),
            "region": self.region,
            "registered_on": parse_date,
            "legal_representative": text_for(Organization, "legal_representative"),
            "address": text_for(Organization, "address"),
            "phone": text_for(Organization, "phone"),
            "website": parse_website,
        }

    def check_row(self, row):
        name = row.value("name", text_for(Organization, "name"), required=True)
        org_type = row.value("org_type", choice_of(ORG_TYPES), required=True)
        values = {"name": name, "org_type": org_type.value if org_type else None}
        # A column left out of the file leaves that field alone; an empty cell empties it.
        for key, parse in self.optional_parsers().items():
            if row.has(key):
                value = row.value(key, parse)
                values[key] = value if value is not None or Organization._meta.get_field(key).null else ""
        code = self.check_credit_code(row, org_type, values)
        if row.failed:
            return
        existing = self.existing.get(code)
        if existing is None:
            self.changes.append(Organization(credit_code=code, **values))
            self.counts["created"] += 1
            return
        changed = {key: value for key, value in values.items() if getattr(existing, key) != value}
        if not changed:
            self.counts["unchanged"] += 1
            return
        for key, value in changed.items():
            setattr(existing, key, value)
        self.changes.append(existing)
        self.counts["updated"] += 1

    def check_credit_code(self, row, org_type, values):
        """The normalized code, with `check_override` set in `values` where the file may keep a doubtful code."""
        text = row.text("credit_code")
        if not text:
            row.error("credit_code", _("This cell is required."))
            return None
        doubts = []
        try:
            code = validate_credit_code(text)
        except CheckCharacterMismatch as mismatch:
            code = normalize(text)
            doubts.append(mismatch.messages[0])
        except ValidationError as error:
            row.error("credit_code", error.messages[0])
            return None
        if not self.first_seen(row, "credit_code", code, _("This credit code already appears in row %(row)d.")):
            return None
        if org_type and category_of(code) not in (None, org_type.credit_code_category):
            doubts.append(
                _("Position 2 of this code (“%(category)s”) does not match the type %(type)s.")
                % {"category": code[1], "type": org_type.label}
            )
        if not doubts:
            return code
        existing = self.existing.get(code)
        if existing is not None and existing.check_override:  # an editor already confirmed this code
            return code
        if self.allow_check_override:
            values["check_override"] = True
            values["check_override_note"] = OVERRIDE_NOTE
            return code
        hint = _("If the registration certificate really shows this code, import again with --allow-check-override.")
        for doubt in doubts:
            space = "" if doubt.endswith("。") else " "  # no space after a full-width full stop
            row.error("credit_code", f"{doubt}{space}{hint}")
        return None

    def region(self, text):
        if text not in self.regions:
            self.regions[text] = list(Region.objects.matching(text).select_related("parent")[:5])
        regions = self.regions[text]
        if not regions:
            raise Invalid(_("No region is called “%(value)s”.") % {"value": text})
        if len(regions) > 1:
            raise Invalid(
                _("“%(value)s” could be any of %(regions)s; write the city and the district together.")
                % {"value": text, "regions": ", ".join(str(region) for region in regions)}
            )
        return regions[0]

    def save(self, progress=no_progress):
        # save(), not bulk_create: it sets the city, the summary and the search index entry.
        for organization in progress(self.changes, desc=_("Saving")):
            organization.save()

    def summary(self):
        return _("Organizations: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts


class FundingImport(DirectoryImport):
    columns = (
        Column("credit_code", "统一社会信用代码", required=True),
        Column("year", "年度", required=True),
        Column("source", "来源", required=True),
        Column("funder", "资助方", required=True),
        Column("amount", "金额", required=True),
        Column("project_name", "资助项目", required=True),
    )

    def prepare(self, rows):
        self.organizations = self.organizations_by_code(rows, "credit_code")
        self.seen = {}
        self.records = []

    def check_row(self, row):
        organization = row.value("credit_code", self.existing_organization, required=True)
        year = row.value("year", parse_year, required=True)
        source = row.value("source", choice_of(FUNDING_SOURCES), required=True)
        funder = row.value("funder", text_for(FundingRecord, "funder"), required=True)
        amount = row.value("amount", parse_amount, required=True)
        project_name = row.value("project_name", text_for(FundingRecord, "project_name"), required=True)
        if row.failed:
            return
        record = FundingRecord(
            organization=organization,
            year=year,
            source=source.value,
            funder=funder,
            amount=amount,
            project_name=project_name,
        )
        message = _("The same organization, year, source, funder and project are already in row %(row)d.")
        if self.first_seen(row, "credit_code", self.identity(record), message):
            self.records.append(record)

    @staticmethod
    def identity(record):
        """What makes a funding record the same one when a file is imported again; the amount may change."""
        return (record.organization_id, record.year, record.source, record.funder, record.project_name)

    def compare(self):
        organization_ids = {record.organization_id for record in self.records}
        existing = {
            self.identity(record): record
            for record in in_batches(FundingRecord.objects.all(), "organization", organization_ids)
        }
        self.new, self.changed = [], []
        for record in self.records:
            current = existing.get(self.identity(record))
            if current is None:
                self.new.append(record)
            elif current.amount != record.amount:
                current.amount = record.amount
                self.changed.append(current)
            else:
                self.counts["unchanged"] += 1
        self.counts.update(created=len(self.new), updated=len(self.changed))

    def save(self, progress=no_progress):
        # In bulk, then each organization's summary once: FundingRecord.save() would refresh it once a row.
        FundingRecord.objects.bulk_create(self.new, batch_size=BATCH_SIZE)
        FundingRecord.objects.bulk_update(self.changed, ["amount"], batch_size=BATCH_SIZE)
        affected = {record.organization_id for record in [*self.new, *self.changed]}
        for organization in progress(list(in_batches(Organization.objects.all(), "pk", affected)), desc=_("Saving")):
            organization.refresh_summary()

    def summary(self):
        return _("Funding records: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % self.counts


class DonationImport(DirectoryImport):
    columns = (
        Column("donor_name", "捐赠方", required=True),
        Column("is_anonymous", "匿名"),
        Column("amount", "金额"),
        Column("in_kind", "捐赠物资"),
        Column("donated_on", "捐赠日期", required=True),
        Column("recipient_credit_code", "受赠组织统一社会信用代码"),
        Column("purpose", "用途"),
    )

    def check_columns(self):
        if not (self.found.keys() & {"amount", "in_kind"}):
            raise ImportRefused(
                _("The file needs a column for the amount (%(amount)s) or for the goods donated (%(in_kind)s).")
                % {"amount": self.columns[2].names, "in_kind": self.columns[3].names}
            )

    def prepare(self, rows):
        self.organizations = self.organizations_by_code(rows, "recipient_credit_code")
        self.seen = {}
        self.donations = []

    def check_row(self, row):
        donor_name = row.value("donor_name", text_for(Donation, "donor_name"), required=True)
        is_anonymous = row.value("is_anonymous", parse_yes_no)
        amount = row.value("amount", parse_amount)
        in_kind = row.value("in_kind", text_for(Donation, "in_kind")) or ""
        donated_on = row.value("donated_on", parse_date, required=True)
        recipient = row.value("recipient_credit_code", self.existing_organization)
        purpose = row.value("purpose", text_for(Donation, "purpose")) or ""
        if amount is None and not in_kind and not row.text("amount"):
            row.error("amount" if row.has("amount") else "in_kind", _("Give an amount or describe the goods donated."))
        if row.failed:
            return
        donation = Donation(
            donor_name=donor_name,
            is_anonymous=bool(is_anonymous),
            amount=amount,
            in_kind=in_kind,
            donated_on=donated_on,
            recipient=recipient,
            purpose=purpose,
        )
        message = _("The same donor, date, amount, goods and recipient are already in row %(row)d.")
        if self.first_seen(row, "donor_name", self.identity(donation), message):
            self.donations.append(donation)

    @staticmethod
    def identity(donation):
        """What makes a donation the same one when a file is imported again."""
        return (donation.donor_name, donation.donated_on, donation.amount, donation.in_kind, donation.recipient_id)

    def compare(self):
        dates = {donation.donated_on for donation in self.donations}
        existing = {self.identity(donation) for donation in in_batches(Donation.objects.all(), "donated_on", dates)}
        self.new = [donation for donation in self.donations if self.identity(donation) not in existing]
        self.counts.update(created=len(self.new), skipped=len(self.donations) - len(self.new))

    def save(self, progress=no_progress):
        Donation.objects.bulk_create(self.new, batch_size=BATCH_SIZE)

    def summary(self):
        return _("Donations: %(created)d created, %(skipped)d already imported.") % self.counts


IMPORTS = {"organizations": OrganizationImport, "funding": FundingImport, "donations": DonationImport}


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
    return importer
