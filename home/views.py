"""The shell's view that is not a page: the "report an error" form (我为网站找错)."""

import datetime
import logging
from functools import partial

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.contrib import messages
from django.core.mail import mail_managers
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.addresses import absolute

from .forms import ErrorReportForm
from .models import ErrorReport

logger = logging.getLogger(__name__)

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
        admin_url = absolute(reverse("wagtailsnippets_home_errorreport:edit", args=[report.pk]))
        transaction.on_commit(partial(_tell_editors, report, admin_url))


def _tell_editors(report, admin_url):
    """E-mail settings.MANAGERS about a stored report; a mail failure is logged, not raised."""
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("New error report: %(page)s") % {"page": report.page_url or "/"}
            mail_managers(subject, f"{report.description}\n\n{report.contact}\n\n{admin_url}")
    except Exception:  # the report is stored; the mail server's failure must not reach the visitor
        logger.exception("E-mail about error report %s failed; the report is stored.", report.pk)


def robots_txt(request):
    """/robots.txt: crawlers keep out of the admin and find the sitemap index, at PUBLIC_URL."""
    context = {"sitemap_url": absolute(reverse("sitemap"))}
    return TemplateResponse(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
