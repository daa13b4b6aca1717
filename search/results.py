"""One search across every searchable type: counts per type, one ranked list, editors' picks.

Ranking across types. Each type is searched on its own and keeps the order the
backend gives it. The "all" list merges those orders by the size of the score:
SQLite's bm25 is negative (lower is better) while PostgreSQL's and
Elasticsearch's scores are positive (higher is better), so in both cases a
larger absolute value is a better match. Equal strengths go to the type listed
first in search/types.py, then to the better rank within the type, so the
merge is deterministic.
"""

import datetime
import heapq
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.querysets import listed
from search import analysis
from search.backends.query import AnalysedPlainText
from search.types import SEARCHABLE_TYPES, Scope, SearchableType, type_of_page

SCORE_FIELD = "_score"
HAN_CHARS = re.compile(f"[{analysis.HAN}]")
LATIN_LETTERS = re.compile("[A-Za-z]")


def other_language(text):
    """The language of `text` ("zh-Hans" or "en") when it is not the page's, else "".

    Directory records have no English text of their own, so an English page
    can show Chinese names and descriptions; their `lang` lets a screen reader
    read them in Chinese. Chinese counts when Han characters are at least a
    quarter as many as Latin letters.
    """
    han = len(HAN_CHARS.findall(text))
    latin = len(LATIN_LETTERS.findall(text))
    if not (han or latin):
        return ""
    language = "zh-Hans" if han * 4 >= latin else "en"
    return "" if language.lower() == (get_language() or "").lower() else language


@dataclass
class Hit:
    """One result as the page shows it."""

    label: str
    title: str
    url: str
    snippet: SafeString
    date: datetime.date | None = None
    recommended: bool = False

    @property
    def title_lang(self):
        return other_language(self.title)

    @property
    def snippet_lang(self):
        return other_language(strip_tags(self.snippet))


class TypeResults:
    """One type's matches for a query: a count and its ranked records, fetched as far as needed."""

    def __init__(self, kind: SearchableType, results):
        self.kind = kind
        self._results = results
        self._fetched = []
        self._count = None

    @property
    def count(self):
        if self._count is None:
            self._count = self._results.count()
        return self._count

    def top(self, number):
        """The first `number` records, best first."""
        number = min(number, self.count)
        if len(self._fetched) < number:
            self._fetched = list(self._results[:number])
        return self._fetched[:number]


class Search:
    """A visitor's query run over every type the language can show.

    The strict query (every word) comes first; when it finds nothing and the
    query has more than one token, the loose one (any token) runs instead and
    `partial` is set, so the page can say the matches are partial. Editors'
    picks head the "all" list, and the pages among them are not listed twice.
    """

    def __init__(self, query, scope: Scope, picks=()):
        self.query = analysis.as_query(query)  # analysed once: search/analysis.py, Query
        self.scope = scope
        self.picks = list(picks)
        self.backend = get_search_backend()
        records = [(kind, kind.records(scope)) for kind in SEARCHABLE_TYPES]
        self.available = [(kind, public) for kind, public in records if public is not None]
        self.operator, self.seconds, self.too_broad = "and", None, False
        self.by_type = self._run()
        if not self._total(self.by_type) and len(self.query.tokens) > 1:
            # Any token of a long query may match most records: bounded in time, not only in tokens.
            self.operator, self.seconds = "or", settings.SEARCH_PARTIAL_SECONDS
            self.by_type = self._run()
        self.partial = self.operator == "or" and bool(self._total(self.by_type))

    def _run(self):
        return self._search_all(self.available)

    def _search_all(self, available):
        """{slug: TypeResults}; ranked together in one query where the backend can (the database backends).

        A search bounded in time (`seconds`) that runs out is left empty and sets `too_broad`.
        """
        searched = AnalysedPlainText(self.query, self.operator)
        by_type = {
            kind.slug: TypeResults(kind, self.backend.search(searched, records).annotate_score(SCORE_FIELD))
            for kind, records in available
        }
        if hasattr(self.backend, "rank_together"):
            ranked = self.backend.rank_together([results._results for results in by_type.values()], self.seconds)
            self.too_broad = self.too_broad or not ranked
        return by_type

    @staticmethod
    def _total(by_type):
        return sum(results.count for results in by_type.values())

    def counts(self):
        """[(type, count)] in the registry's order, for the tabs."""
        return [(results.kind, results.count) for results in self.by_type.values()]

    def kind(self, slug):
        """The type called `slug` when this language can show it, else None (the "all" view)."""
        results = self.by_type.get(slug)
        return results.kind if results else None

    def of_type(self, slug):
        """One type's results as a lazy list of hits."""
        return RankedHits(self, [self.by_type[slug]])

    @cached_property
    def everything(self):
        """Every type's results merged, after the editors' picks, as a lazy list of hits."""
        if not self.picks:
            return RankedHits(self, list(self.by_type.values()))
        # Only the page types can hold a picked page: the others keep their results.
        picked = [pick.page_id for pick in self.picks if pick.page_id]
        without_picks = self._search_all(
            [(kind, records.exclude(pk__in=picked)) for kind, records in self.available if kind.shows_pages]
        )
        type_results = [without_picks.get(kind.slug) or self.by_type[kind.slug] for kind, _ in self.available]
        return RankedHits(self, type_results, self.picks)

    def hit(self, kind, record):
        return Hit(
            label=kind.label,
            title=kind.title_of(record),
            url=kind.url(record, self.scope),
            snippet=analysis.highlight(kind.text_of(record), self.query, partial=self.partial),
            date=kind.date_of(record),
        )

    def pick_hit(self, pick):
        page = pick.page.specific if pick.page_id else None
        kind = type_of_page(page) if page else None
        return Hit(
            label=kind.label if kind else "",
            title=pick.title or pick.external_link_url,
            url=self.scope.page_url(page) if page else pick.external_link_url,
            snippet=analysis.highlight(
                pick.description or (kind.text_of(page) if kind else ""), self.query, partial=self.partial
            ),
            date=kind.date_of(page) if kind else None,
            recommended=True,
        )


class RankedHits:
    """A list of hits for the paginator: only the slice shown becomes hits."""

    def __init__(self, search, type_results, picks=()):
        self.search = search
        self.type_results = [results for results in type_results if results.count]
        self.picks = list(picks)

    def __len__(self):
        return len(self.picks) + sum(results.count for results in self.type_results)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("RankedHits can only be sliced.")
        start, stop, _ = index.indices(len(self))
        entries = [(None, pick) for pick in self.picks] + self._merged(stop - len(self.picks))
        return [
            self.search.pick_hit(record) if kind is None else self.search.hit(kind, record)
            for kind, record in entries[start:stop]
        ]

    def _merged(self, number):
        """The best `number` records of all types, each type in its own order (see the module docstring)."""
        if number <= 0:
            return []
        streams = [
            [(-abs(getattr(record, SCORE_FIELD, 0) or 0), order, rank, record) for rank, record in enumerate(top)]
            for order, top in enumerate(results.top(number) for results in self.type_results)
        ]
        merged = heapq.merge(*streams, key=lambda entry: entry[:3])
        return [(self.type_results[order].kind, record) for _, order, _, record in islice(merged, number)]


def editors_picks(query, scope: Scope):
    """Promotions for the query as typed or folded (社會組織 finds the picks for 社会组织).

    Only pages the visitor may see in their language are kept; external links always are.
    """
    query = analysis.as_query(query)
    keys = {normalise_query_string(query.text), normalise_query_string(query.folded)}
    picks = (
        SearchPromotion.objects.filter(query__query_string__in=keys).select_related("page").order_by("sort_order", "pk")
    )
    visible = set(
        listed(Page.objects.all(), scope.locale)
        .filter(pk__in=[pick.page_id for pick in picks if pick.page_id])
        .values_list("pk", flat=True)
    )
    seen, result = set(), []
    for pick in picks:
        key = pick.page_id or pick.external_link_url
        if not key or key in seen or (pick.page_id and pick.page_id not in visible):
            continue
        seen.add(key)
        result.append(pick)
    return result
