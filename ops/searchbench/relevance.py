"""Relevance: the queries of queries.toml over the demo content, recall@10 and MRR.

Every query searches the live public pages of its locale, as the search page
does, with `backend.search(query, queryset)`, so both backends see the same
pages. An expected title may hold `{year}` (a demo page dated from today).
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

from wagtail.models import Locale, Page

QUERIES_FILE = Path(__file__).with_name("queries.toml")
TOP = 10
DEFAULT_LOCALE = "zh-hans"


@dataclass(frozen=True)
class BenchQuery:
    """One query of queries.toml: what is typed, where, and which pages must come back."""

    text: str
    expect: tuple
    kind: str
    locale: str = DEFAULT_LOCALE


@dataclass
class Outcome:
    """What one backend returned for one query."""

    query: BenchQuery
    titles: list  # the first TOP results
    ranks: dict = field(default_factory=dict)  # expected title -> 1-based rank, None if not in the top

    @property
    def recall(self):
        return sum(rank is not None for rank in self.ranks.values()) / len(self.ranks)

    @property
    def reciprocal_rank(self):
        found = [rank for rank in self.ranks.values() if rank is not None]
        return 1 / min(found) if found else 0.0

    @property
    def missed(self):
        return [title for title, rank in self.ranks.items() if rank is None]


def load_queries(path=QUERIES_FILE):
    with open(path, "rb") as file:
        entries = tomllib.load(file)["query"]
    return [
        BenchQuery(
            text=entry["q"],
            expect=tuple(entry["expect"]),
            kind=entry["kind"],
            locale=entry.get("locale", DEFAULT_LOCALE),
        )
        for entry in entries
    ]


def title_pattern(title):
    """A regular expression for an expected title, `{year}` standing for any year."""
    return re.compile("^" + r"\d{4}".join(re.escape(part) for part in title.split("{year}")) + "$")


def scope(language_code):
    """The pages a visitor of that language searches (search/views.py)."""
    return Page.objects.live().public().filter(locale=Locale.objects.get(language_code=language_code))


def resolve(expected, titles):
    """The one page title matching `expected`; an error names a title the content lacks."""
    pattern = title_pattern(expected)
    matches = [title for title in titles if pattern.match(title)]
    if len(matches) != 1:
        raise LookupError(f"expected page {expected!r} matches {len(matches)} pages, not one")
    return matches[0]


def run_query(backend, query, titles_by_locale, fallback=False):
    """The query's Outcome; with `fallback`, as the search page does it: any word may match
    (operator "or") when the query as typed finds nothing."""
    queryset = scope(query.locale)
    titles = [page.title for page in backend.search(query.text, queryset)[:TOP]]
    if fallback and not titles:
        titles = [page.title for page in backend.search(query.text, queryset, operator="or")[:TOP]]
    expected = [resolve(title, titles_by_locale[query.locale]) for title in query.expect]
    ranks = {title: (titles.index(title) + 1 if title in titles else None) for title in expected}
    return Outcome(query=query, titles=titles, ranks=ranks)


def evaluate(backend, queries, fallback=False):
    """An Outcome per query, in the order of `queries`."""
    locales = {query.locale for query in queries}
    titles_by_locale = {code: list(scope(code).values_list("title", flat=True)) for code in locales}
    return [run_query(backend, query, titles_by_locale, fallback) for query in queries]


def summary(outcomes):
    """(number of queries, mean recall@10, MRR) of some outcomes."""
    if not outcomes:
        return 0, 0.0, 0.0
    return len(outcomes), mean(o.recall for o in outcomes), mean(o.reciprocal_rank for o in outcomes)
