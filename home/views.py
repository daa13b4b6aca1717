"""Views of the shell that are not pages: the "report an error" form, the elderly-friendly
mode switch and the health check."""

import datetime
import logging
import posixpath
import time
import uuid
from functools import partial

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.mail import mail_managers
from django.db import connection, transaction
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve

from wagtail.search.backends import get_search_backend

from .forms import ErrorReportForm
from .middleware import ELDERLY_MODE_COOKIE
from .models import ErrorReport

logger = logging.getLogger(__name__)

# A health check must answer before the monitor gives up on it.
SEARCH_PING_TIMEOUT = 1  # seconds


# The same report sent again within this time (a double click, a reload) is stored once.
REPORT_REPEAT_WINDOW = datetime.timedelta(hours=1)


@never_cache
@ratelimit(key="ip", rate="5/h", method="POST", block=False)
def report_error(request):
    """Store a visitor's report for editors (我为网站找错), then redirect to a thank-you.

    Protected as the directory's public forms are (orgdirectory/views.py): CSRF, the
    honeypot, five reports an hour per address (then 429), the report committed
    before the editors' e-mail is sent, and the same report sent twice stored once.
    """
    if request.method == "POST":
        form = ErrorReportForm(request.POST)
        if getattr(request, "limited", False):
            form.add_error(None, _("Too many reports from your network. Please try again in an hour."))
            return TemplateResponse(request, "home/report_error.html", {"form": form}, status=429)
        if form.is_valid():
            if not form.is_spam():
                _store_report(request, form)
            messages.success(request, _("Thank you. Your report has been received and will be checked by our editors."))
            return redirect("report_error")
    else:
        form = ErrorReportForm(initial={"page_url": request.GET.get("url", "")[:500]})
    return TemplateResponse(request, "home/report_error.html", {"form": form})


def _store_report(request, form):
    report = form.save(commit=False)
    report.language = get_language()
    with transaction.atomic():
        repeated = ErrorReport.objects.filter(
            page_url=report.page_url,
            description=report.description,
            contact=report.contact,
            created_at__gte=timezone.now() - REPORT_REPEAT_WINDOW,
        )
        if repeated.exists():
            return
        report.save()
        admin_url = request.build_absolute_uri(reverse("wagtailsnippets_home_errorreport:edit", args=[report.pk]))
        transaction.on_commit(partial(_tell_editors, report, admin_url))


def _tell_editors(report, admin_url):
    """E-mail settings.MANAGERS about a stored report; a mail failure is logged, not raised."""
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("New error report: %(page)s") % {"page": report.page_url or "/"}
            mail_managers(subject, f"{report.description}\n\n{report.contact}\n\n{admin_url}")
    except Exception:  # the report is stored; the mail server's failure must not reach the visitor
        logger.exception("E-mail about error report %s failed; the report is stored.", report.pk)


@require_GET
@never_cache
def elderly_mode(request):
    """Turns the elderly-friendly mode (长者模式) on (`?on=1`) or off, then returns the
    visitor to the page they came from.

    A plain link, so the switch works without JavaScript; the choice is only a
    display preference, kept for a year in a cookie the pages vary on
    (ElderlyModeMiddleware).
    """
    next_url = request.GET.get("next", "").strip()
    # Back to a path on this site only: never elsewhere, never a URL name for redirect() to resolve.
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtail_serve", args=[""])
    response = HttpResponseRedirect(next_url)
    response["X-Robots-Tag"] = "noindex"
    if request.GET.get("on") == "1":
        response.set_cookie(
            ELDERLY_MODE_COOKIE,
            "1",
            max_age=365 * 24 * 3600,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(ELDERLY_MODE_COOKIE, samesite="Lax")
    return response


@require_GET
@never_cache
def healthz(request):
    """The state of the database, the cache and search, as JSON for a monitor.

    200 while the database answers ("degraded" if the cache or Elasticsearch does
    not: the site still serves, from the database), 503 when it does not. Reads no
    session and names no host or error message, only each check's outcome.
    """
    database = _check("database", _probe_database)
    checks = {"database": database, "cache": _check("cache", _probe_cache), "search": _check_search()}
    if database["status"] != "ok":
        status = "down"
    elif all(check["status"] == "ok" for check in checks.values()):
        status = "ok"
    else:
        status = "degraded"
    return JsonResponse({"status": status, **checks}, status=503 if status == "down" else 200)


def _check(name, probe):
    started = time.perf_counter()
    try:
        details = probe() or {}
    except Exception as error:  # a health check reports every failure rather than raising it
        logger.warning("Health check: %s failed (%s: %s).", name, type(error).__name__, error)
        details = {"status": "down", "error": type(error).__name__}
    else:
        details = {"status": "ok", **details}
    return {**details, "ms": round((time.perf_counter() - started) * 1000, 1)}


def _probe_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _probe_cache():
    # A key of its own per call, so concurrent checks cannot pass on each other's value.
    key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    # A cache that ignores its errors (django-redis with IGNORE_EXCEPTIONS) only misses.
    if cache.get(key) != value:
        raise ConnectionError("the probe key did not come back")
    cache.delete(key)


def _check_search():
    """Elasticsearch when configured (pinged), otherwise the database backend, which needs no check of its own."""
    client = getattr(get_search_backend(), "es", None)
    if client is None:
        return {"status": "ok", "backend": "database"}

    def ping():
        if not client.options(request_timeout=SEARCH_PING_TIMEOUT, max_retries=0).ping():
            raise ConnectionError("Elasticsearch did not answer the ping")

    result = _check("search", ping)
    result["backend"] = "elasticsearch"
    if result["status"] != "ok":
        result["fallback"] = "database"  # search/backends/elasticsearch.py answers from the database
    return result


def media_image(request, path):
    """An uploaded image, for an install that lets Django serve /media/ (SERVE_MEDIA).

    Images only, judged after the path is normalised (images/../documents/ is a
    document): documents go through /documents/<id>/<name>, served as downloads.
    """
    path = posixpath.normpath(path).lstrip("/")
    if not path.startswith(("images/", "original_images/")):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
