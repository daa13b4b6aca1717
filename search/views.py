"""The site search page, after Wagtail's project template (Query hits, pagination)."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@never_cache
def search(request):
    """Live pages of the visitor's language matching `q`; result pages are never cached."""
    search_query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    if search_query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(search_query)
        Query.get(search_query).add_hit()
    else:
        results = Page.objects.none()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": search_query, "search_results": page, "querystring": urlencode({"q": search_query})},
    )
