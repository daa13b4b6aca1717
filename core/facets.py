"""Facets: one declarative list of them drives a list's filter form, its queryset and its
counts together (docs/architecture.md, "Inside an app"); core.faceted applies them.

Each facet is a GET parameter, so every filtered list has an address that can be
bookmarked and shared. A facet knows how it filters and how it counts: by grouping on a
column of the records, or with one conditional aggregate where its options overlap.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.db.models.lookups import Exact
from django.utils import timezone

from wagtail.search.backends import get_search_backend


@dataclass(frozen=True)
class Facet:
    """A facet whose options are the values of one field: counted by grouping on it."""

    param: str  # GET parameter
    label: Any  # translated label
    lookup: str  # field or annotation that a chosen value filters and counts group on
    options: Callable[[], list[tuple[str, Any]]]  # (value, label) in display order

    def condition(self, value):
        return Q(**{self.lookup: value})

    def bound(self):
        """This facet as one list uses it (FacetedList loads what it needs once per list)."""
        return self

    def values_in(self, group):
        """The options that records whose column holds `group` count towards."""
        return () if group in (None, "") else (str(group),)

    def groups(self, option_count):
        """About how many distinct values its column takes, for FacetedList.COMBINATIONS."""
        return option_count

    @property
    def single_valued(self):
        """A column of the listed records themselves (not across a relation): each record
        falls in exactly one group, so the groups add up to the number of records."""
        return "__" not in self.lookup

    @property
    def spans_relations(self):
        """Filtering on it joins rows that may repeat a record (so the list needs DISTINCT)."""
        return not self.single_valued

    @property
    def countable_together(self):
        """Counted by grouping on a column of the records, as `counts` below does (a subclass
        that counts its own way is not): several such facets can share one grouped query."""
        return self.single_valued and type(self).counts is Facet.counts

    def counts(self, queryset, distinct=False):
        """({value: count}, total); `distinct` when `queryset` is filtered across a relation."""
        # A record falls in one group of its own column: COUNT(*) needs no column but the
        # grouped one, so PostgreSQL answers it from that column's index alone. Where a
        # relation is joined a record may repeat within a group: count its distinct keys.
        count = Count("pk", distinct=True) if distinct or self.spans_relations else Count("*")
        rows = list(queryset.order_by().values(self.lookup).annotate(n=count))
        return self.tally(rows), sum(row["n"] for row in rows)

    def tally(self, rows):
        """{value: count} from rows grouped on this facet's column (and maybe others)."""
        groups = defaultdict(int)
        for row in rows:
            groups[row[self.lookup]] += row["n"]
        counts = defaultdict(int)
        for group, n in groups.items():
            for value in self.values_in(group):
                counts[value] += n
        return dict(counts)


def has_bits(column, mask):
    """The condition that the integer `column` has every bit of `mask` set."""
    return Exact(F(column).bitand(mask), mask)


@dataclass(frozen=True)
class BitsFacet(Facet):
    """A facet over a vocabulary of which a record holds several (its many-to-many terms),
    kept on each record as one integer column with a bit per term (taxonomy ServiceArea.bit).

    A record's terms are then a column of the record itself: the list filters on a bit and
    counts every term from one grouping on that column, which the records' own index
    answers, where counting through the link table joined every listed record with its
    links. `options` returns (value, label, bit); `bound()` reads them once per list."""

    masks: tuple[tuple[str, int], ...] = ()

    def bound(self):
        terms = self.options()
        pairs = [(value, label) for value, label, _bit in terms]
        return replace(self, options=lambda: pairs, masks=tuple((value, 1 << bit) for value, _label, bit in terms))

    def condition(self, value):
        return Q(has_bits(self.lookup, dict(self.masks)[value]))

    def values_in(self, group):
        return tuple(value for value, mask in self.masks if (group or 0) & mask)

    def groups(self, option_count):
        # A record holds a few of the terms: the distinct sets run to about the square.
        return option_count * option_count


@dataclass(frozen=True)
class ConditionFacet:
    """A facet whose options are conditions that may overlap ("this weekend", "this
    month", "places left"): counted with one conditional aggregate."""

    param: str
    label: Any
    choices: Callable[[], list[tuple[str, Any, Q]]]  # (value, label, condition)
    # Whether a condition looks across a relation, where a record may match more than once.
    spans_relations: bool = False
    # Whether a record meets at most one of the conditions (a 公示's status), so that a
    # CountsSummary can group the records on which one.
    exclusive: bool = False

    @property
    def lookup(self):
        """The name a CountsSummary groups this facet's option under (no column of the records)."""
        return f"facet_{self.param}"

    def grouping(self):
        """Each record's option as one value, "" for none: only for exclusive options."""
        if not self.exclusive:
            raise ValueError(f"the options of facet {self.param!r} may overlap: a record has no single one")
        whens = [When(condition, then=Value(value)) for value, _label, condition in self.choices()]
        return Case(*whens, default=Value(""), output_field=CharField())

    def values_in(self, group):
        return () if group in (None, "") else (group,)

    tally = Facet.tally

    def options(self):
        return [(value, label) for value, label, _condition in self.choices()]

    def bound(self):
        return self

    def condition(self, value):
        return next(condition for key, _label, condition in self.choices() if key == value)

    def counts(self, queryset, distinct=False):
        distinct = distinct or self.spans_relations
        aggregates = {
            f"n_{index}": Count("pk", filter=condition, distinct=distinct)
            for index, (_value, _label, condition) in enumerate(self.choices())
        }
        totals = queryset.order_by().aggregate(**aggregates)
        return {value: totals[f"n_{index}"] for index, (value, _label, _c) in enumerate(self.choices())}, None


@dataclass(frozen=True)
class YearFacet(Facet):
    """The year of one of the records' date columns (`lookup` is `<field>__year`): a chosen
    year filters as a date range, which the column's index answers, and the counts group on
    the year. A transform of the record's own column, not a relation: each record is in one
    group, so it counts with the others, without DISTINCT."""

    @property
    def single_valued(self):
        return True


def year_facet(param, label, field, first_year):
    """A YearFacet over `field`, offering this year back to `first_year`."""
    return YearFacet(param, label, f"{field}__year", partial(years_since, first_year))


def years_since(first_year):
    """A year facet's options, this year back to `first_year`, newest first: a fixed list, not
    a query of the years that have records (a scan of the whole list on every view); the
    years that have none count 0 and the form leaves them out."""
    return [(str(year), str(year)) for year in range(timezone.localdate().year, first_year - 1, -1)]


@dataclass(frozen=True)
class Sort:
    param: str
    label: Any
    ordering: tuple[str, ...]


def keyword_search(model):
    """A keyword filter through the site's search backend, so lists analyse Chinese as search does.

    `社會組織` finds 社会组织, `工作组` does not match 工…作…组. On the database
    backends the match is one SQL subquery; on Elasticsearch, a list of keys.
    """

    def build(keyword):
        results = get_search_backend().search(keyword, model, order_by_relevance=False)
        if hasattr(results, "get_queryset"):
            return Q(pk__in=results.get_queryset().values("pk"))
        return Q(pk__in=[obj.pk for obj in results])

    return build
