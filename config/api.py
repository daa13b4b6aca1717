"""Wagtail API v2: read-only JSON of live, public pages for other government systems; and the
OpenAPI description of every API, config/openapi.yaml.

https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
"""

import functools
from pathlib import Path

import yaml

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Site

from core.apierrors import InvalidParameter, json_error, unknown_parameter
from core.querysets import ALL_LANGUAGES, listed, private_sections

# Past this the database's 64-bit OFFSET overflows (a 500); no site has this many pages.
MAX_OFFSET = 10**9


class PagesPagination(WagtailPagination):
    """Wagtail's `limit` and `offset`, with an offset the database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "")
        if offset.isascii() and offset.isdigit() and int(offset) > MAX_OFFSET:
            raise InvalidParameter(
                "offset", offset, message=_("“offset” must be at most %(max)s.") % {"max": MAX_OFFSET}
            )
        return super().paginate_queryset(queryset, request, view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, its pages (this site's, `?locale=` if asked) passed through the
    site's one list helper, like every other public list (core/querysets.py); `?search=` goes to
    the search backend, so the private sections are given as plain conditions.

    Its errors take the shape of every other error under /api/ (core/apierrors.py), and `find`
    understands the addresses the site actually serves, which begin with their language."""

    pagination_class = PagesPagination

    def get_base_queryset(self):
        return listed(super().get_base_queryset(), ALL_LANGUAGES, private=private_sections())

    def check_query_parameters(self, queryset):
        """Wagtail's check, naming the unknown parameter and the ones the endpoint reads."""
        known = set(self.get_available_fields(queryset.model, db_fields_only=True)) | self.known_query_parameters
        for name, value in self.request.GET.items():
            if name not in known:
                raise unknown_parameter(name, value, known - {"_", "format"})
        # Wagtail answers an unknown `locale` with a 404, as if the list were an object not found.
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        locale = self.request.GET.get("locale", "")
        if locale and locale not in languages:
            raise InvalidParameter("locale", locale, languages)

    def find_object(self, queryset, request):
        """`html_path=/en/notices/…` finds the English page: the language prefix picks the
        home page of that language to route from (Wagtail routes from the site's root, the
        Chinese home, and knows nothing of the prefix)."""
        html_path = request.GET.get("html_path", "")
        language = translation.get_language_from_path(html_path)
        site = Site.find_for_request(request)
        if not language or site is None:
            return super().find_object(queryset, request)
        with translation.override(language):
            root = site.root_page.localized.specific
        components = [component for component in html_path.split("/") if component][1:]
        try:
            page, _args, _kwargs = root.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return json_error(404)
        if isinstance(exc, BadRequestError):
            # Wagtail's own checks (a `type` that does not exist, a `limit` over 50 …) say what
            # is wrong in English prose only.
            return json_error(400, "bad_request", str(exc))
        return super().handle_exception(exc)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)


# Written by hand: drf-spectacular reads DRF views but not Wagtail's router, whose endpoint
# answers with fields that depend on `type` and `fields`; and the hand-written file is checked
# against the live responses (tests/config/test_openapi.py).
OPENAPI_PATH = Path(__file__).with_name("openapi.yaml")


@functools.cache
def openapi_text():
    return OPENAPI_PATH.read_text(encoding="utf-8")


@functools.cache
def openapi_schema():
    return yaml.safe_load(openapi_text())


@require_safe
def openapi_yaml(request):
    return HttpResponse(openapi_text(), content_type="application/yaml; charset=utf-8")


@require_safe
def openapi_json(request):
    return JsonResponse(openapi_schema(), json_dumps_params={"ensure_ascii": False})
