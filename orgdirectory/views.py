"""Views behind the directory pages' routes: the funding CSV, project pages with
volunteer sign-up and cancellation, and need submission.

The public forms share their protections: Django's CSRF check, a honeypot (a
filled one is answered as a success and stored nowhere), a rate limit per address
(429 and a message beyond it), validation messages in the visitor's language tied
to their fields, a submission key so that the same form sent twice creates one
record, and e-mails sent only after the record is committed (notifications.py).
"""

from django_ratelimit.core import is_ratelimited

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views import View

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from core.addresses import absolute

from .forms import CancelForm, NeedForm, SignupForm
from .models.people import Need
from .models.projects import Project, VolunteerSignup
from .notifications import announce_need, confirm_signup, send_after_commit
from .signups import SignupRefused, cancel, sign_up

# Per address, for each public form. Generous for a family signing up together
# behind one address; tight enough to stop a script.
FORM_RATE = "10/h"


def rate_limited(request, group):
    return is_ratelimited(request, group=group, key="ip", rate=FORM_RATE, method="POST", increment=True)


def too_many(response):
    """A form re-shown with its rate-limit message, as 429 Too Many Requests."""
    response.status_code = 429
    return response


class FundingExportView(SpreadsheetExportMixin, View):
    """An organization's funding records as CSV, through Wagtail's spreadsheet export."""

    organization = None
    list_export = ["year", "get_source_display", "funder", "amount", "project_name"]
    export_headings = {
        "year": gettext_lazy("Year"),
        "get_source_display": pgettext_lazy("origin", "Source"),
        "funder": gettext_lazy("Funder"),
        "amount": gettext_lazy("Amount (yuan)"),
        "project_name": gettext_lazy("What it paid for"),
    }

    def get(self, request):
        records = self.organization.funding_records.order_by("year", "source", "pk")
        return self.as_spreadsheet(records, self.FORMAT_CSV)

    def get_filename(self):
        return f"funding-{self.organization.credit_code}"

    def stream_csv(self, queryset):
        yield "\ufeff"  # a byte-order mark, so spreadsheet programs read the Chinese as UTF-8
        yield from super().stream_csv(queryset)


def _project(page, pk):
    projects = Project.objects.select_related("region__parent", "service_area")
    if page.kind:
        projects = projects.filter(kind=page.kind)
    return get_object_or_404(projects, pk=pk)


def project_detail(request, page, pk):
    """A project's page; a volunteer project's sign-up form posts here."""
    project = _project(page, pk)
    form = SignupForm(request.POST or None) if project.accepts_signups else None
    limited = False
    if request.method == "POST" and form is not None and form.is_valid():
        if form.is_spam():
            return redirect(page.subpage_url("project", pk))
        if rate_limited(request, "signup"):
            limited = True
            form.add_error(None, _("Too many sign-ups from your network. Please try again in an hour."))
        else:
            # At the public address (PUBLIC_URL, the Site's), not the host this request came by.
            cancel_url = page.get_full_url(request) + page.reverse_subpage("cancel_signup")
            try:
                signup = sign_up(
                    project,
                    name=form.cleaned_data["name"],
                    phone=form.cleaned_data["phone"],
                    email=form.cleaned_data["email"],
                    message=form.cleaned_data["message"],
                    submission_key=form.cleaned_data["submission_key"],
                    on_created=lambda signup: send_after_commit(confirm_signup, signup, cancel_url),
                )
            except SignupRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                return redirect(page.subpage_url("signup_received", pk, signup.reference))
    context = {
        "project": project,
        "form": form,
        "organizations": project.organizations.all(),
        "outcome_figures": project.outcome_figures.all(),
        "funding_records": project.funding_records.select_related("organization"),
        "needs": project.needs.published(),
    }
    response = page.render(request, template="orgdirectory/project_detail.html", context_overrides=context)
    return too_many(response) if limited else response


def signup_received(request, page, pk, reference):
    """The confirmation page: the reference number and whether a place is held."""
    signup = get_object_or_404(VolunteerSignup.objects.select_related("project"), project_id=pk, reference=reference)
    response = page.render(request, template="orgdirectory/signup_received.html", context_overrides={"signup": signup})
    # Not cached: the status and the place on the waiting list change with others' sign-ups.
    add_never_cache_headers(response)
    return response


def cancel_signup(request, page):
    form = CancelForm(request.POST or None)
    limited = False
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            messages.success(request, _("Your sign-up has been cancelled. Thank you for letting us know."))
            return redirect(page.subpage_url("cancel_signup"))
        if rate_limited(request, "cancel"):
            limited = True
            form.add_error(None, _("Too many attempts from your network. Please try again in an hour."))
        else:
            try:
                cancel(form.cleaned_data["reference"], form.cleaned_data["phone"])
            except SignupRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("Your sign-up has been cancelled. Thank you for letting us know."))
                return redirect(page.subpage_url("cancel_signup"))
    response = page.render(request, template="orgdirectory/signup_cancel.html", context_overrides={"form": form})
    return too_many(response) if limited else response


def submit_need(request, page):
    """A community's need, stored unpublished until an editor approves it; the sender is
    sent on to a page of its own with the need's reference (POST, redirect, GET: a reload
    sends nothing again)."""
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            # Answered as a success, so that the bot learns nothing; stored nowhere.
            return need_thanks(request, page, Need(title=form.cleaned_data["title"]))
        if rate_limited(request, "need"):
            form.add_error(None, _("Too many submissions from your network. Please try again in an hour."))
            response = page.render(request, template="orgdirectory/need_submit.html", context_overrides={"form": form})
            return too_many(response)
        need = store_need(request, form)
        return redirect(page.subpage_url("need_received", need.reference))
    return page.render(request, template="orgdirectory/need_submit.html", context_overrides={"form": form})


def need_received(request, page, reference):
    """The thank-you page of a submitted need, with its reference. Not cached: the need is
    not public, and only whoever holds the reference comes here."""
    return need_thanks(request, page, get_object_or_404(Need, reference=reference))


def need_thanks(request, page, need):
    """Never cached, like a sign-up's confirmation: it answers one visitor."""
    response = page.render(request, template="orgdirectory/need_received.html", context_overrides={"need": need})
    add_never_cache_headers(response)
    return response


def store_need(request, form):
    """Save the need unless the same form already sent it (then return the first one); tell
    the editors after the commit."""
    need = form.save(commit=False)
    key = form.cleaned_data["submission_key"]
    try:
        with transaction.atomic():
            earlier = Need.objects.filter(submission_key=key).first() if key else None
            if earlier and earlier.contact_phone == need.contact_phone:
                return earlier
            # A key met with another contact is a copied or cached form, not a repeat.
            need.submission_key = None if earlier else key
            need.save()
            admin_url = absolute(reverse("wagtailsnippets_orgdirectory_need:edit", args=[need.pk]))
            send_after_commit(announce_need, need, admin_url)
    except IntegrityError:
        # The same form sent twice at the same moment: the other request stored it.
        earlier = Need.objects.filter(submission_key=key, contact_phone=need.contact_phone).first() if key else None
        if earlier is None:
            raise
        return earlier
    return need
