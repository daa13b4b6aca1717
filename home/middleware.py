"""Django's LocaleMiddleware, fitted to a site whose pages all carry a language prefix."""

from django.middleware.locale import LocaleMiddleware

UNPREFIXED = ("/api/", "/admin/", "/documents/", "/static/", "/media/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """A 404 under /api/ or /admin/ stays a 404.

    Django redirects any unprefixed 404 to the same path under the language
    prefix when that path resolves, and Wagtail's catch-all resolves every path,
    so a missing API record would become a redirect to a page that does not exist.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
