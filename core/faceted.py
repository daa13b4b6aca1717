"""Faceted lists: a request's filters, keyword and sort applied to a list's records, with
the count of every facet's options (the facets themselves are declared in core.facets).

Counts for a facet are computed with every *other* selected filter applied: the facets
nobody chose in one grouped query, a chosen one alone, and the facets of a CountsSummary
from that summary, kept until the next write, for every combination of their filters.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .facets import ConditionFacet, Facet
from .i18n import one_line


@dataclass(frozen=True)
class CountsSummary:
    """How many records share each combination of a few facets' values: a short table from
    one grouped query over every record, which answers those facets' counts for any
    combination of their own filters. Every such list, the long tail of combinations
    included, shares it for as long as its keeper keeps it (FacetedList.keep: until the
    next write, on a page); a list without a keeper counts from the records as ever.

    `build()` returns [{each facet's lookup: value, …, "n": count}]; `key` names it in the
    keeper's store (with what it depends on besides the records, such as the date)."""

    params: frozenset[str]
    key: Callable[[], str]
    build: Callable[[], list[dict]]

    @classmethod
    def of(cls, facets, key, records):
        """The summary of `facets` over `records()`: each facet a column of the records (its
        `lookup`, an annotation of `records()` included) or a ConditionFacet whose options
        never overlap (`exclusive`), grouped on which option a record falls in. Not a facet
        across a relation: a record would be in as many rows as it has related rows."""
        facets = list(facets)
        across = [facet.param for facet in facets if facet.spans_relations]
        if across:
            raise ValueError(f"facets {across} count across a relation: a summary of the records cannot answer them")

        def build():
            cases = {facet.lookup: facet.grouping() for facet in facets if isinstance(facet, ConditionFacet)}
            rows = records().order_by().annotate(**cases).values(*(facet.lookup for facet in facets))
            return list(rows.annotate(n=Count("*")))

        return cls(frozenset(facet.param for facet in facets), key, build)


def listed_counts(index_page, facets):
    """A CountsSummary of `facets` over the pages an index page lists (`listed_pages()`), one
    per index page: rebuilt after each write, and each day, as the years offered and the
    facets on dates (a 公示's status) follow the date."""
    return CountsSummary.of(
        facets,
        lambda: f"{index_page._meta.label_lower}:{index_page.pk}:counts:{timezone.localdate().isoformat()}",
        index_page.listed_pages,
    )


@dataclass
class FacetOption:
    value: str
    label: Any
    count: int
    selected: bool


@dataclass
class FacetState:
    facet: Facet
    options: list[FacetOption] = field(default_factory=list)
    # How many records the other filters leave, when the facet's groups add up to it.
    total: int | None = None

    @property
    def selected_option(self):
        return next((option for option in self.options if option.selected), None)


class FacetedList:
    """Applies a request's facet, keyword and sort parameters to a queryset."""

    keyword_param = "q"
    # Most combinations of option values that facets counted together may group the list into.
    COMBINATIONS = 2_000
    sort_param = "sort"
    max_keyword_length = 100

    def __init__(self, queryset: QuerySet, facets, sorts, params: QueryDict, keyword_filter=None, counts=None):
        self.base = queryset
        self.counts_summary = counts
        # keep(key, build): what keeps the summary (core.pagecache.kept_until_next_write on a page).
        self.keep = None
        self.facets = [facet.bound() for facet in facets]
        self.sorts = list(sorts)
        self.keyword_filter = keyword_filter
        self._options = {facet.param: facet.options() for facet in self.facets}
        self.selected = {}
        for facet in self.facets:
            value = params.get(facet.param, "")
            if value and value in {str(v) for v, _label in self._options[facet.param]}:
                self.selected[facet.param] = value
        self.keyword = one_line(params.get(self.keyword_param, ""), self.max_keyword_length)
        sort_names = [s.param for s in self.sorts]
        requested = params.get(self.sort_param, "")
        self.sort = requested if requested in sort_names else sort_names[0]

    def accepted_parameters(self):
        """{parameter: the values it takes, or None for any text}: what this list reads, for
        the API, which refuses anything else (a page ignores a value it does not know)."""
        accepted = {facet.param: [str(value) for value, _label in self._options[facet.param]] for facet in self.facets}
        accepted[self.keyword_param] = None
        accepted[self.sort_param] = [sort.param for sort in self.sorts]
        return accepted

    def _filtered(self, skip=None):
        queryset = self.base
        for facet in self.facets:
            if facet.param != skip and facet.param in self.selected:
                queryset = queryset.filter(facet.condition(self.selected[facet.param]))
        if self.keyword and self.keyword_filter is not None:
            queryset = queryset.filter(self.keyword_filter(self.keyword))
        return queryset

    def results(self):
        ordering = next(s.ordering for s in self.sorts if s.param == self.sort)
        results = self._filtered().order_by(*ordering, "pk")
        # DISTINCT only where a chosen filter joins rows that repeat a record: without it
        # PostgreSQL reads the first page from an index on the sort column and stops.
        return results.distinct() if self._joins_relations() else results

    def _joins_relations(self, skip=None):
        return any(
            facet.spans_relations for facet in self.facets if facet.param in self.selected and facet.param != skip
        )

    def facet_states(self):
        states = []
        summarized = self._summarized()
        together = self._counted_together(skip=summarized)
        for facet in self.facets:
            if facet.param in summarized:
                counts, total = summarized[facet.param]
            elif facet.param in together:
                counts, total = together[facet.param]
            else:
                counts, total = facet.counts(
                    self._filtered(skip=facet.param), distinct=self._joins_relations(facet.param)
                )
            selected = self.selected.get(facet.param)
            options = [
                FacetOption(str(value), label, counts.get(str(value), 0), str(value) == selected)
                for value, label in self._options[facet.param]
            ]
            single = total is not None and getattr(facet, "single_valued", False)
            states.append(FacetState(facet, options, total if single else None))
        return states

    def _summarized(self):
        """{param: (counts, total)} of the facets the summary answers: each counted over the
        summary's rows that the other chosen filters leave. Only while every chosen filter is
        one of the summary's facets and there is no keyword, which it cannot know."""
        summary = self.counts_summary
        if summary is None or self.keep is None or self.keyword or not set(self.selected) <= summary.params:
            return {}
        rows = self.keep(summary.key(), summary.build)
        # Each facet counts the rows that every *other* chosen filter leaves: a row meeting
        # every chosen filter counts for all the facets, one failing a single filter counts
        # for that filter's facet alone, and one failing two counts for none.
        chosen = []
        for facet in self.facets:
            if facet.param in self.selected:
                value = self.selected[facet.param]
                groups = {row[facet.lookup] for row in rows}
                chosen.append((facet, {group for group in groups if value in facet.values_in(group)}))
        everywhere, only = [], defaultdict(list)
        for row in rows:
            missed = [facet.param for facet, accepted in chosen if row[facet.lookup] not in accepted]
            if not missed:
                everywhere.append(row)
            elif len(missed) == 1:
                only[missed[0]].append(row)
        summarized = {}
        for facet in self.facets:
            if facet.param in summary.params:
                left = everywhere + only[facet.param]
                summarized[facet.param] = (facet.tally(left), sum(row["n"] for row in left))
        return summarized

    def _counted_together(self, skip=()):
        """{param: (counts, total)} of the facets counted in one grouped query (but those in `skip`).

        The facets nobody chose all see the same filters (every chosen one), so those that
        group on a column of the records are counted by grouping on their columns together
        and adding the groups up per facet: one scan instead of one per facet. Only while the
        combinations stay few (their options multiplied, at most COMBINATIONS); the others,
        and every chosen facet (which sees the other filters only), are counted alone."""
        candidates = sorted(
            (
                f
                for f in self.facets
                if f.param not in self.selected and f.param not in skip and getattr(f, "countable_together", False)
            ),
            key=self._groups,
        )
        together, combinations = [], 1
        for facet in candidates:
            combinations *= max(self._groups(facet), 1)
            if combinations > self.COMBINATIONS:
                break
            together.append(facet)
        if len(together) < 2 or self._joins_relations():
            return {}
        rows = list(self._filtered().order_by().values(*[f.lookup for f in together]).annotate(n=Count("*")))
        total = sum(row["n"] for row in rows)
        return {facet.param: (facet.tally(rows), total) for facet in together}

    def _groups(self, facet):
        return facet.groups(len(self._options[facet.param]))

    def count(self, facet_states):
        """The number of results, read from the facet counts where they tell it (saving the
        paginator's COUNT query): a single-valued facet's groups add up to every record the
        other filters leave, and its chosen group is what this filter leaves of them."""
        for state in facet_states:
            if state.total is not None:
                option = state.selected_option
                return state.total if option is None else option.count
        return None

    @property
    def is_filtered(self):
        return bool(self.selected or self.keyword)

    def summary(self, facet_states, total):
        """A plain sentence of what is shown: `共 6 家 · 地区:广州市 · 等级:5A`."""
        parts = [str(_("%(count)s in total") % {"count": total})]
        for state in facet_states:
            option = state.selected_option
            if option:
                parts.append(f"{state.facet.label}: {option.label}")
        if self.keyword:
            parts.append(str(_("Keyword: %(keyword)s") % {"keyword": self.keyword}))
        return " · ".join(parts)

    def querystring(self, **changes):
        """The current parameters with `changes` applied (None removes one), for links."""
        params = QueryDict(mutable=True)
        params.update(self.selected)
        if self.keyword:
            params[self.keyword_param] = self.keyword
        if self.sort != self.sorts[0].param:
            params[self.sort_param] = self.sort
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return params.urlencode()
