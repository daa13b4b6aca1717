"""Wagtail API v2: read-only JSON of live, public pages for other government systems.

https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
