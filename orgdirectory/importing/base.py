"""The all-or-nothing machinery every kind of file shares: check every row, then write them all.

`DirectoryImport` reads the file, checks each row and collects the errors; the
kinds say what a row holds. `RecordImport` is for files where each row is one
record, found again by what identifies it and then created or updated.
"""

from collections import Counter
from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from taxonomy.models import Region, ServiceArea

from ..credit_code import normalize
from ..models import Organization
from .cells import Invalid, Row, split_list
from .reading import read_table, resolve_columns

BATCH_SIZE = 500


def in_batches(queryset, field, values):
    """`queryset.filter(<field>__in=values)`, a batch at a time (databases limit query parameters)."""
    values = list(values)
    for start in range(0, len(values), BATCH_SIZE):
        yield from queryset.filter(**{f"{field}__in": values[start : start + BATCH_SIZE]})


def no_progress(iterable, **kwargs):
    return iterable


class DirectoryImport:
    """Checks every row of a file (`check`), then writes them all (`save`), in one transaction."""

    columns = ()

    def __init__(self, allow_check_override=False):
        self.allow_check_override = allow_check_override
        self.errors = []
        self.counts = Counter()
        self.seen = {}
        self.regions = {}
        self.organizations = {}

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

    def summary(self):
        raise NotImplementedError

    def first_seen(self, row, key, identity, message):
        """Record where `identity` first appeared; a second row with it is an error."""
        if identity in self.seen:
            row.error(key, message % {"row": self.seen[identity]})
            return False
        self.seen[identity] = row.number
        return True

    # What cells refer to: organizations by credit code, regions and service areas by name.

    def load_organizations(self, rows, key):
        """Load the organizations whose credit codes the `key` cells hold, in a few queries."""
        codes = {normalize(code) for row in rows for code in split_list(row.text(key))}
        self.organizations = {
            organization.credit_code: organization
            for organization in in_batches(Organization.objects, "credit_code", codes)
        }

    def existing_organization(self, text):
        organization = self.organizations.get(normalize(text))
        if organization is None:
            raise Invalid(_("No organization has this credit code; import the organizations first."))
        return organization

    def existing_organizations(self, text):
        """Organizations by their credit codes, separated by ; or ； or 、."""
        codes = list(dict.fromkeys(normalize(code) for code in split_list(text)))
        unknown = [code for code in codes if code not in self.organizations]
        if unknown:
            raise Invalid(
                ngettext(
                    "No organization has the credit code %(codes)s; import the organizations first.",
                    "No organizations have the credit codes %(codes)s; import the organizations first.",
                    len(unknown),
                )
                % {"codes": ", ".join(unknown)}
            )
        return [self.organizations[code] for code in codes]

    def region(self, text):
        """The one city or district called `text`: 广州市越秀区, 越秀区, 广州市 or Yuexiu District."""
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

    @cached_property
    def service_areas(self):
        areas = list(ServiceArea.objects.all())
        by_name = {}
        for area in areas:
            for name in (area.name, area.name_en, area.slug):
                if name:
                    by_name.setdefault(name.lower(), area)
        return areas, by_name

    def service_area(self, text):
        """A service area by its name, its English name or its slug."""
        areas, by_name = self.service_areas
        area = by_name.get(text.lower())
        if area is None:
            raise Invalid(
                _("“%(value)s” is not a service area; the service areas are: %(areas)s.")
                % {"value": text, "areas": ", ".join(area.name for area in areas)}
            )
        return area


class RecordImport(DirectoryImport):
    """Each row is one record of `model`: found again by its identity, then created or updated with save()."""

    model = None
    fields = {}  # column key -> model field, where they differ
    # Field -> what a new record gets when its column is left out, and any record when its cell is empty,
    # where that is not the model's default (or emptiness).
    defaults = {}

    def prepare(self, rows):
        self.changes = []
        self.existing = self.load_existing(rows)

    def load_existing(self, rows):
        """The records already in the database that rows may update, by identity."""
        return {}

    def optional_values(self, row, parsers):
        """The values of the optional columns, by field: a column left out of the file leaves its field alone;
        an empty cell empties the field, or gives it its default."""
        values = {}
        for key, parse in parsers.items():
            if row.has(key):
                field = self.fields.get(key, key)
                value = row.value(key, parse)
                values[field] = self.empty_value(field) if value is None else value
        return values

    def empty_value(self, field_name):
        if field_name in self.defaults:
            return self.defaults[field_name]
        field = self.model._meta.get_field(field_name)
        if field.many_to_many:
            return []
        if field.has_default():
            return field.get_default()
        return None if field.null else ""

    def apply(self, existing, values):
        """The record `values` describe, and whether it changes: `existing` updated in memory, or a new one."""
        if existing is None:
            return self.model(**{**self.defaults, **values}), True
        changed = {key: value for key, value in values.items() if getattr(existing, key) != value}
        for key, value in changed.items():
            setattr(existing, key, value)
        return existing, bool(changed)

    def keep(self, record, changed):
        """Count the record, and save it later if it is new or changed."""
        if record.pk is None:
            self.counts["created"] += 1
        elif changed:
            self.counts["updated"] += 1
        else:
            self.counts["unchanged"] += 1
            return
        self.changes.append(record)

    def check_model_rules(self, row, record, blame):
        """Refuse the row for what the model's clean() refuses, as the admin would.

        An error goes to its field's column, or to `blame[field]` when the file
        has no column for that field; none is added to a cell already reported.
        """
        try:
            record.clean()
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                key = field if row.has(field) else blame[field]
                if key not in row.failed_keys:
                    for message in messages:
                        row.error(key, message)

    def save(self, progress=no_progress):
        # save(), not bulk_create: it sets the city, the summary and the search index entry.
        for record in progress(self.changes, desc=_("Saving")):
            record.save()

    @staticmethod
    def first_by_identity(records, identity):
        """`records` by `identity`; where several share one (kept by hand), the oldest is the one updated."""
        by_identity = {}
        for record in sorted(records, key=lambda record: record.pk):
            by_identity.setdefault(identity(record), record)
        return by_identity
