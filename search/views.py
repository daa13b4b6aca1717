"""The site search page and the header box's suggestions.

After Wagtail's project template (`TemplateResponse`, `Paginator`,
`Query.get(q).add_hit()`), over every type declared in search/types.py.
https://docs.wagtail.org/en/stable/topics/search/searching.html
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import F
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.querysets import listed, private_sections
from search import analysis
from search.backends.query import AnalysedPlainText
from search.models import SearchedTerm, visitor_key
from search.results import Search, editors_picks
from search.suggestions import guide_topics, popular_terms
from search.types import Scope
from security.accounts.addresses import client_ip

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


@never_cache
def search(request):
    """Everything public in the visitor's language matching `q`, by type; result pages are never cached."""
    query = analysis.Query.of(request.GET.get("q", ""))
    scope = Scope(request, Locale.get_active())
    context = {
        "search_query": query.text,
        "search_results": None,
        "tabs": [],
        "partial": False,
        "shortened": query.shortened,
    }
    if query:
        found = Search(query, scope, picks=editors_picks(query, scope))
        kind = found.kind(request.GET.get("type", ""))
        hits = found.of_type(kind.slug) if kind else found.everything
        params = {"q": query.text, "type": kind.slug} if kind else {"q": query.text}
        context.update(
            search_results=Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page")),
            tabs=_tabs(found, kind, query.text),
            partial=found.partial,
            too_broad=found.too_broad,
            querystring=urlencode(params),
        )
        # A search typed in the box counts once; turning pages and tabs does not.
        if "page" not in request.GET and "type" not in request.GET:
            count_search(query.text)
            record_search(request, query, found=any(count for _, count in found.counts()) and not found.partial)
    if query.text and not (context["search_results"] and context["search_results"].paginator.count):
        context["topics"] = guide_topics(query, scope)
    if not context["search_results"] or not context["search_results"].paginator.count:
        context["popular_terms"] = popular_terms(exclude=query)
    return TemplateResponse(request, "search/search.html", context)


def count_search(query):
    """`Query.get(query).add_hit()`, in one UPDATE once the query has been counted today (issue 8: query budget)."""
    counted = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(query), date=timezone.now().date()
    ).update(hits=F("hits") + 1)
    if not counted:
        Query.get(query).add_hit()


def record_search(request, query, found):
    """Count `query` once for this visitor today in the log the popular terms are drawn from (one INSERT)."""
    searched = SearchedTerm(
        date=timezone.localdate(),
        term=query.folded[: analysis.MAX_QUERY_CHARS],
        visitor=visitor_key(client_ip(request)),
        found=found,
    )
    SearchedTerm.objects.bulk_create([searched], ignore_conflicts=True)


def _tabs(found, active, query):
    """The "all" tab, then each type with results (and the active one), with their counts."""

    def tab(kind, count):
        params = {"q": query, "type": kind.slug} if kind else {"q": query}
        return {
            "slug": kind.slug if kind else "",
            "label": kind.label if kind else None,
            "count": count,
            "query": urlencode(params),
            "active": kind == active,
        }

    return [tab(None, len(found.everything))] + [
        tab(kind, count) for kind, count in found.counts() if count or kind == active
    ]


@cache_control(max_age=60)
def suggest(request):
    """Up to eight live pages of the visitor's language whose title starts like `q`, as JSON [{title, url}]."""
    query = analysis.Query.of(request.GET.get("q", ""))
    if not query:
        return JsonResponse([], safe=False)
    pages = listed(Page.objects.all(), private=private_sections())
    results = get_search_backend().autocomplete(AnalysedPlainText(query), pages)[:SUGGESTIONS]
    return JsonResponse([{"title": page.title, "url": page.get_url(request)} for page in results], safe=False)
