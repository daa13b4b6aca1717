"""What an empty result page offers instead: guide topics near the query, and what others search for."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Exists, F, OuterRef
from django.db.models.lookups import Contains
from django.urls import reverse
from django.utils import timezone

from guides.models import GuideIndexPage, GuidePage, GuideTopic
from search import analysis
from search.models import BlockedSearchTerm, SearchedTerm
from search.results import other_language
from search.types import Scope
from security.contentguard import scan_public_text

POPULAR_DAYS = 30
POPULAR_COUNT = 10
# Different visitors who must have searched a term before it is listed.
POPULAR_VISITORS = 3


@dataclass(frozen=True)
class Link:
    text: str
    url: str

    @property
    def lang(self):
        return other_language(self.text)


def _features(found):
    """What two short texts can share: their tokens (bigrams, words) and single Han characters."""
    return {token for word in found for token in word.tokens}, {
        char for word in found if word.is_han for char in word.text
    }


def closeness(query, label):
    """How near a topic's name is to the query: a shared bigram or word counts two, a shared character one."""
    query_tokens, query_chars = _features(analysis.as_query(query).words)
    label_tokens, label_chars = _features(analysis.words(label))
    return 2 * len(query_tokens & label_tokens) + len(query_chars & label_chars)


def guide_topics(query, scope: Scope):
    """The guide finder's topics (those with guides in this language), nearest the query first.

    When no topic shares anything with the query, every topic is offered, in
    the finder's order. Each links to the finder narrowed to that topic.
    """
    finder = scope.pages(GuideIndexPage).order_by("path").first()
    if finder is None:
        return []
    used = set(scope.pages(GuidePage).child_of(finder).values_list("topic", flat=True).distinct())
    topics = [(value, str(label)) for value, label in GuideTopic.choices if value in used]
    scored = [(closeness(query, label), order, value, label) for order, (value, label) in enumerate(topics)]
    if any(score for score, *_ in scored):
        scored = sorted((entry for entry in scored if entry[0]), key=lambda entry: (-entry[0], entry[1]))
    url = scope.page_url(finder)
    return [Link(label, f"{url}?{urlencode({'topic': value})}") for _, _, value, label in scored]


def popular_terms(exclude="", today=None, days=POPULAR_DAYS, count=POPULAR_COUNT, visitors=POPULAR_VISITORS):
    """The terms most visitors searched in the last `days` days and found something with, each a link to search it.

    A term is shown once at least `visitors` different visitors searched it
    (each counts once a day however often they search), so one person cannot
    put a term on the list. Terms the content guard flags (spam, phone numbers,
    web addresses, chat-app ads) or that contain words editors blocked are left out.
    """
    since = (today or timezone.localdate()) - datetime.timedelta(days=days)
    skip = analysis.as_query(exclude).folded
    blocked = BlockedSearchTerm.objects.filter(Contains(OuterRef("term"), F("text")))
    candidates = (
        SearchedTerm.objects.filter(date__gt=since, found=True)
        .exclude(Exists(blocked))
        .values("term")
        .annotate(people=Count("visitor", distinct=True), searches=Count("pk"))
        .filter(people__gte=visitors)
        .order_by("-people", "-searches", "term")
    )
    search_url = reverse("search")
    links = []
    for term in candidates.values_list("term", flat=True)[: count * 3]:
        if term == skip or scan_public_text(term):
            continue
        links.append(Link(term, f"{search_url}?{urlencode({'q': term})}"))
        if len(links) == count:
            break
    return links
