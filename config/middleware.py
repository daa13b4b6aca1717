"""Site-wide middleware: Django's LocaleMiddleware fitted to a site whose pages all carry a
language prefix, and the 503 page served when the database is down."""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.template.loader import get_template
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

ADMIN_PREFIX = "/admin/"
UNPREFIXED = ("/api/", ADMIN_PREFIX, "/documents/", "/static/", "/media/")
# Connection refused, lost or timed out: the database, not the code, is at fault.
DATABASE_ERRORS = (OperationalError, InterfaceError)
DATABASE_ERROR_ATTRIBUTE = "_database_unavailable"
RETRY_AFTER_SECONDS = 120
API_PREFIX = "/api/"
API_UNAVAILABLE = "The database is unavailable. Please try again later."


class SiteLocaleMiddleware(LocaleMiddleware):
    """The admin is in Chinese unless its user chose otherwise, and a 404 under /api/ or
    /admin/ stays a 404.

    Django redirects any unprefixed 404 to the same path under the language
    prefix when that path resolves, and Wagtail's catch-all resolves every path,
    so a missing API record would become a redirect to a page that does not exist.
    """

    def process_request(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            # The admin speaks the language of the editor's account (Wagtail activates the
            # preference it keeps for each user) and, before sign-in or without a preference,
            # the site's default, Chinese: never the browser's guess, which put editors whose
            # browser asks for English in an English admin.
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
            return
        super().process_request(request)

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, answer 503 with a page that needs no database, or
    under /api/ with JSON ({"error": …}) that the API's programs can read; both with Retry-After.

    A view's error reaches process_exception. An error raised in a middleware further
    in (sessions, authentication, redirects) has already become a 500 response by the
    time it comes back here, Django converting it at each layer; the
    got_request_exception signal, sent while that error is handled, marks the request
    so the 500 can be replaced. https://docs.djangoproject.com/en/5.2/topics/http/middleware/#exception-handling
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        error = getattr(request, DATABASE_ERROR_ATTRIBUTE, None)
        if error is not None and response.status_code == 500:
            # Django has logged the traceback as the 500 it answered first.
            logger.error("Database unavailable (%s: %s); answered 503.", type(error).__name__, error)
            return database_unavailable_response(request)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable; answered 503 to %s.", request.path, exc_info=exception)
            return database_unavailable_response(request)
        return None


def database_unavailable_response(request=None):
    """The 503 page, rendered from a plain dict: no request, no context processors, no query;
    for the API, JSON."""
    if request is not None and request.path_info.startswith(API_PREFIX):
        response = JsonResponse({"error": API_UNAVAILABLE}, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
    phone = settings.SERVICE_PHONE
    with translation.override("zh-hans"):
        site_name = str(settings.WAGTAIL_SITE_NAME)
    with translation.override("en"):
        site_name_en = str(settings.WAGTAIL_SITE_NAME)
    context = {
        "site_name": site_name,
        "site_name_en": site_name_en,
        "phone": phone,
        "retry_after_minutes": RETRY_AFTER_SECONDS // 60,
    }
    response = HttpResponse(get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


@receiver(got_request_exception, dispatch_uid="config.middleware.remember_database_error")
def remember_database_error(sender, request=None, **kwargs):
    """Mark the request whose uncaught error is the database's (see DatabaseUnavailableMiddleware)."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_ERRORS):
        setattr(request, DATABASE_ERROR_ATTRIBUTE, error)
