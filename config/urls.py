from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import elderly
from home import sitemap
from home import views as home_views
from notices.views import count_view
from search import views as search_views
from security import restrictions
from security.uploads import media_image

from . import health
from .api import api_router, openapi_json, openapi_yaml

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # The password forms of restricted documents and pages, rate-limited (security/restrictions.py):
    # at Wagtail's own addresses, routed before Wagtail's so that these answer.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        restrictions.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/directory/", include("orgdirectory.urls")),
    path("api/page-views/<int:page_id>/", count_view, name="count_view"),
    path("api/openapi.yaml", openapi_yaml, name="openapi_yaml"),
    path("api/openapi.json", openapi_json, name="openapi_json"),
    path("sitemap.xml", sitemap.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap.section, name="sitemap_section"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.SERVE_MEDIA:
    # A single-machine intranet install may let Django serve uploads; behind a
    # web server, leave SERVE_MEDIA unset and let the server do it. Images only:
    # documents go through /documents/<id>/<name>, served as downloads (security/uploads.py).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", media_image)]

# Public pages carry their language (/zh-hans/…, /en/…); a path without one is
# redirected by LocaleMiddleware according to the browser's language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("report-error/", home_views.report_error, name="report_error"),
    path("elderly-mode/", elderly.elderly_mode, name="elderly_mode"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        restrictions.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include("notices.urls")),
    # Wagtail's page serving comes last: it answers every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
