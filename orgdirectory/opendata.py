"""The open-data extract (docs/open-data.md): the whole directory as dated CSV and JSON Lines
files with a manifest, written by `export_open_data` and listed by the OpenDataPage.

Each dataset is read once, as plain values in primary-key order, a chunk at a time, and each row
is written to both files as it is read: memory stays the same at any number of rows. The files
are written in a hidden folder that is renamed to its date once every file and the manifest are
complete, so a reader sees a whole extract or none.
"""

import contextlib
import csv
import datetime
import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from pathlib import Path

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# From the modules, not the package: the OpenDataPage imports this module while the package loads.
from .models.funding import FundingRecord
from .models.organizations import GRADE_VALID_YEARS, GradeAward, Organization, StandingRecord, years_later

CHUNK_SIZE = 2000
MANIFEST = "manifest.json"
DATED_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The manifest's descriptions, in the site's two languages.
LANGUAGES = ("zh-hans", "en")


@dataclass(frozen=True)
class Format:
    extension: str
    content_type: str
    # Excel in a Chinese locale reads a CSV without a byte-order mark as GBK and shows
    # garbage; with one, it reads UTF-8. Python's csv (utf-8-sig), csvkit, pandas and R skip it.
    # JSON Lines is for programs: no mark (RFC 8259 forbids one).
    bom: bool = False


CSV = Format("csv", "text/csv; charset=utf-8", bom=True)
JSONL = Format("jsonl", "application/jsonl; charset=utf-8")
FORMATS = {f.extension: f for f in (CSV, JSONL)}


@dataclass(frozen=True)
class Column:
    """A column: its stable name in both formats, the values() lookup it reads (or how it is
    derived from the row), and its description (default: the model field's label)."""

    name: str
    lookup: str = ""
    description: object = None
    derive: object = None  # row -> value, for a column no field holds


@dataclass(frozen=True)
class Dataset:
    name: str
    title: object
    model: type
    columns: tuple
    # Every record is dated and sourced through its organization: a grade or a listing is
    # edited only on its organization's form, which dates the organization.
    organization: str = "organization__"
    updated_lookup: str = ""

    def all_columns(self):
        return (
            *self.columns,
            Column("updated_at", self.updated_lookup or "updated_at", _("Last updated")),
            Column(
                "source_url",
                description=_("The page of this site where the record is published: its organization's page"),
            ),
        )

    def lookups(self):
        code = f"{self.organization}credit_code"
        return list(dict.fromkeys([*(c.lookup for c in self.all_columns() if c.lookup), code]))

    def rows(self):
        """Plain values, in primary-key order, fetched CHUNK_SIZE rows at a time."""
        queryset = self.model.objects.order_by("pk").values(*self.lookups())
        return queryset.iterator(chunk_size=CHUNK_SIZE)

    def field_label(self, column):
        if column.description is not None:
            return column.description
        model, *path = [self.model, *column.lookup.split("__")]
        for name in path[:-1]:
            model = model._meta.get_field(name).related_model
        return model._meta.get_field(path[-1]).verbose_name

    def choices(self, column):
        if not column.lookup or column.derive:
            return None
        try:
            return self.model._meta.get_field(column.lookup).choices
        except FieldDoesNotExist:  # a lookup across a relation: none of those has choices
            return None


def organization_column(name, lookup, description=None):
    return Column(name, f"organization__{lookup}", description)


DATASETS = (
    Dataset(
        "organizations",
        _("Organizations"),
        Organization,
        (
            Column("id", "id", _("Record number on this site")),
            Column("credit_code", "credit_code"),
            Column("name", "name"),
            Column("name_en", "name_en"),
            Column("org_type", "org_type"),
            Column("registration_authority", "registration_authority"),
            Column("supervising_unit", "supervising_unit"),
            Column("certificate_number", "certificate_number"),
            Column("certificate_valid_until", "certificate_valid_until"),
            Column("registered_on", "registered_on"),
            Column("registered_capital", "registered_capital"),
            Column("legal_representative", "legal_representative"),
            Column("region_code", "region__code", _("Administrative division code of its region")),
            Column("region_name", "region__name", _("Region")),
            Column("city_code", "city__code", _("Administrative division code of its city")),
            Column("city_name", "city__name", _("City")),
            Column("address", "address"),
            Column("phone", "phone"),
            Column("website", "website"),
            Column("grade", "grade", _("Latest evaluation grade (valid until the next column's date)")),
            Column("grade_valid_until", "grade_valid_until"),
            Column("standing", "standing"),
            Column("funding_total", "funding_total"),
            Column("description", "description"),
        ),
        organization="",
    ),
    Dataset(
        "funding",
        _("Funding records"),
        FundingRecord,
        (
            Column("id", "id", _("Record number on this site")),
            organization_column("organization_credit_code", "credit_code", _("Organization's credit code")),
            organization_column("organization_name", "name", _("Organization")),
            Column("year", "year"),
            Column("funding_source", "source"),
            Column("funder", "funder"),
            Column("amount", "amount"),
            Column("project_name", "project_name"),
            Column("project_id", "project_id", _("Record number of the project on this site, if it is there")),
        ),
    ),
    Dataset(
        "grades",
        _("Evaluation grades"),
        GradeAward,
        (
            Column("id", "id", _("Record number on this site")),
            organization_column("organization_credit_code", "credit_code", _("Organization's credit code")),
            organization_column("organization_name", "name", _("Organization")),
            Column("grade", "grade"),
            Column("awarded_on", "awarded_on"),
            Column(
                "valid_until",
                description=_("Grade valid until"),
                derive=lambda row: years_later(row["awarded_on"], GRADE_VALID_YEARS),
            ),
            Column("evaluating_body", "evaluating_body"),
        ),
        updated_lookup="organization__updated_at",
    ),
    Dataset(
        "standing",
        pgettext_lazy("open data", "Standing records"),
        StandingRecord,
        (
            Column("id", "id", _("Record number on this site")),
            organization_column("organization_credit_code", "credit_code", _("Organization's credit code")),
            organization_column("organization_name", "name", _("Organization")),
            Column("status", "status"),
            Column("listed_on", "listed_on"),
            Column("listed_reason", "listed_reason"),
            Column("decided_by", "decided_by"),
            Column("removed_on", "removed_on"),
            Column("removal_reason", "removal_reason"),
        ),
        updated_lookup="organization__updated_at",
    ),
)


def plain(value, zone):
    """A JSON value: dates and times in ISO 8601 (seconds, the site's time zone), amounts as
    exact decimal strings (a float would round large ones)."""
    kind = type(value)
    if kind is str or kind is int or value is None:  # most values: checked first, for speed
        return value
    if kind is datetime.datetime:
        return value.astimezone(zone).isoformat(timespec="seconds")
    if kind is datetime.date:
        return value.isoformat()
    if kind is Decimal:
        return str(value)
    return value


def in_both_languages(text):
    result = {}
    for language in LANGUAGES:
        with translation.override(language):
            result[language] = str(text)
    return result


def describe(dataset):
    fields = []
    for column in dataset.all_columns():
        field = {"name": column.name, "description": in_both_languages(dataset.field_label(column))}
        if choices := dataset.choices(column):
            field["values"] = {value: in_both_languages(label) for value, label in choices}
        fields.append(field)
    return fields


class HashingWriter:
    """A text sink that encodes to UTF-8, counts the bytes and hashes them as it writes."""

    def __init__(self, path, bom):
        self.file = path.open("wb")
        self.sha256 = hashlib.sha256()
        self.size = 0
        if bom:
            self.write("\ufeff")

    def write(self, text):
        data = text.encode("utf-8")
        self.sha256.update(data)
        self.size += len(data)
        self.file.write(data)

    def close(self):
        self.file.close()


def file_name(dataset, fmt, date):
    return f"{dataset.name}-{date.isoformat()}.{fmt.extension}"


def write_dataset(dataset, folder, date, source_base):
    """Write the dataset as CSV and JSON Lines at once; their manifest entries."""
    columns = dataset.all_columns()
    code = f"{dataset.organization}credit_code"

    def source(row):
        return f"{source_base}{row[code]}/" if source_base else ""

    # One getter per column, chosen once: this loop runs for every row.
    getters = [
        (column.name, column.derive or (source if column.name == "source_url" else itemgetter(column.lookup)))
        for column in columns
    ]
    zone = timezone.get_current_timezone()
    sinks = {fmt: HashingWriter(folder / file_name(dataset, fmt, date), fmt.bom) for fmt in FORMATS.values()}
    try:
        table = csv.writer(sinks[CSV], lineterminator="\r\n")  # RFC 4180
        table.writerow([column.name for column in columns])
        lines = sinks[JSONL]
        rows = 0
        for row in dataset.rows():
            record = {name: plain(get(row), zone) for name, get in getters}
            table.writerow(["" if value is None else value for value in record.values()])
            lines.write(json.dumps(record, ensure_ascii=False) + "\n")
            rows += 1
    finally:
        for sink in sinks.values():
            sink.close()
    generated = timezone.localtime().isoformat(timespec="seconds")
    return [
        {
            "name": file_name(dataset, fmt, date),
            "dataset": dataset.name,
            "title": in_both_languages(dataset.title),
            "format": fmt.extension,
            "media_type": fmt.content_type,
            "rows": rows,
            "bytes": sink.size,
            "sha256": sink.sha256.hexdigest(),
            "generated_at": generated,
            "fields": describe(dataset),
        }
        for fmt, sink in sinks.items()
    ]


def extracts_root():
    return Path(settings.MEDIA_ROOT) / settings.OPEN_DATA_DIR


@contextlib.contextmanager
def snapshot():
    """On PostgreSQL, one read-only snapshot for every dataset, so a funding record never names
    an organization its file lacks. SQLite reads without one: a transaction there would hold
    the write lock (transaction_mode IMMEDIATE) for the whole export. Inside a caller's
    transaction (a test's) the isolation level is already set: its snapshot serves."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def export(source_base="", keep=None, date=None, datasets=DATASETS, progress=None):
    """Write today's extract, replacing one written earlier today, then prune old ones.
    Returns the manifest. An exception leaves the extracts as they were."""
    date = date or timezone.localdate()
    root = extracts_root()
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{date.isoformat()}-", dir=root))
    try:
        files = []
        with snapshot():
            for dataset in datasets:
                entries = write_dataset(dataset, work, date, source_base)
                files += entries
                if progress:
                    progress(dataset, entries[0]["rows"])
        manifest = {
            "date": date.isoformat(),
            "generated_at": timezone.localtime().isoformat(timespec="seconds"),
            "files": files,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        work.chmod(0o755)  # mkdtemp makes it private; the web server reads it
        publish(work, root / date.isoformat())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    prune(settings.OPEN_DATA_KEEP if keep is None else keep)
    return manifest


def publish(work, target):
    """Rename the finished folder to its date. A same-day extract is moved aside first and
    deleted after: meanwhile the page shows the one before, never a half-written one."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}-replaced-{timezone.now():%H%M%S%f}")
        target.rename(old)
    work.rename(target)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def dated_extracts():
    """The complete extracts' folders, newest first."""
    root = extracts_root()
    if not root.is_dir():
        return []
    folders = [p for p in root.iterdir() if DATED_FOLDER.match(p.name) and (p / MANIFEST).is_file()]
    return sorted(folders, key=lambda p: p.name, reverse=True)


def prune(keep):
    for folder in dated_extracts()[max(keep, 1) :]:
        shutil.rmtree(folder)


def read_manifest(folder):
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def latest_manifest():
    """The newest extract's manifest, or None when there is none."""
    folders = dated_extracts()
    return read_manifest(folders[0]) if folders else None


def extract_file(date, name):
    """The path of a file listed in the manifest of the extract of `date`, or None."""
    if not DATED_FOLDER.match(date):
        return None
    folder = extracts_root() / date
    if not (folder / MANIFEST).is_file():
        return None
    if name == MANIFEST:
        return folder / MANIFEST
    listed = {entry["name"] for entry in read_manifest(folder)["files"]}
    return folder / name if name in listed else None
