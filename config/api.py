"""Wagtail API v2: read-only JSON of live, public pages for other government systems.

https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from core.querysets import ALL_LANGUAGES, listed, private_sections


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, its pages (this site's, `?locale=` if asked) passed through the
    site's one list helper, like every other public list (core/querysets.py); `?search=` goes to
    the search backend, so the private sections are given as plain conditions."""

    def get_base_queryset(self):
        return listed(super().get_base_queryset(), ALL_LANGUAGES, private=private_sections())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
