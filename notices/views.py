"""What is not a page: the view counter that pages report to, and the feeds of every notice."""

from django_ratelimit.decorators import ratelimit

from django.http import Http404, JsonResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from core.addresses import absolute
from core.querysets import listed

from .feeds import TextFeed
from .models.notices import NoticePage
from .viewcounts import is_crawler, record_view, total_views


# A forged request can add at most one view per call, capped per address by the
# rate limit; a CSRF token would make every cached page carry a per-visitor token.
@csrf_exempt
@require_POST
@never_cache
@ratelimit(key="ip", rate="60/m", block=False)
def count_view(request, page_id):
    """Count one view of a live public page and answer its running total."""
    if not Page.objects.live().public().filter(pk=page_id).exists():
        raise Http404
    if not request.limited and not is_crawler(request.headers.get("User-Agent", "")):
        record_view(page_id)
    return JsonResponse({"views": total_views(page_id)})


class AllNoticesRssFeed(TextFeed):
    """Every live notice in the request's language, from every notice list."""

    size = 50
    title = _("All notices")
    description = _("Every notice, announcement and public disclosure of the center.")

    def link(self):
        return absolute(f"/{get_language()}/")

    def items(self):
        return listed(NoticePage.objects.all()).order_by("-date", "-pk")[: self.size]


class AllNoticesAtomFeed(AllNoticesRssFeed):
    feed_type = Atom1Feed
    subtitle = AllNoticesRssFeed.description
