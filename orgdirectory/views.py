"""Views behind the directory pages' routes: the funding CSV, project pages with
volunteer sign-up and cancellation, and need submission."""

from django_ratelimit.core import is_ratelimited

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .forms import CancelForm, NeedForm, SignupForm
from .models import Project, VolunteerSignup
from .signups import SignupRefused, cancel, sign_up

# Per address, for each public form. Generous for a family signing up together
# behind one address; tight enough to stop a script.
FORM_RATE = "10/h"


def rate_limited(request, group):
    return is_ratelimited(request, group=group, key="ip", rate=FORM_RATE, method="POST", increment=True)


class FundingExportView(SpreadsheetExportMixin, View):
    """An organization's funding records as CSV, through Wagtail's spreadsheet export."""

    organization = None
    list_export = ["year", "get_source_display", "funder", "amount", "project_name"]
    export_headings = {
        "year": gettext_lazy("Year"),
        "get_source_display": gettext_lazy("Source"),
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
    if request.method == "POST" and form is not None and form.is_valid():
        if form.is_spam():
            return redirect(page.subpage_url("project", pk))
        if rate_limited(request, "signup"):
            form.add_error(None, _("Too many sign-ups from your network. Please try again in an hour."))
        else:
            try:
                signup = sign_up(
                    project,
                    name=form.cleaned_data["name"],
                    phone=form.cleaned_data["phone"],
                    email=form.cleaned_data["email"],
                    message=form.cleaned_data["message"],
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
    return page.render(request, template="orgdirectory/project_detail.html", context_overrides=context)


def signup_received(request, page, pk, reference):
    """The confirmation page: the reference number and whether a place is held."""
    signup = get_object_or_404(VolunteerSignup.objects.select_related("project"), project_id=pk, reference=reference)
    return page.render(request, template="orgdirectory/signup_received.html", context_overrides={"signup": signup})


def cancel_signup(request, page):
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not form.is_spam():
        if rate_limited(request, "cancel"):
            form.add_error(None, _("Too many attempts from your network. Please try again in an hour."))
        else:
            try:
                cancel(form.cleaned_data["reference"], form.cleaned_data["phone"])
            except SignupRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(request, _("Your sign-up has been cancelled. Thank you for letting us know."))
                return redirect(page.subpage_url("cancel_signup"))
    return page.render(request, template="orgdirectory/signup_cancel.html", context_overrides={"form": form})


def submit_need(request, page):
    """A community's need, stored unpublished until an editor approves it."""
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_spam():
            if rate_limited(request, "need"):
                form.add_error(None, _("Too many submissions from your network. Please try again in an hour."))
                return page.render(request, template="orgdirectory/need_submit.html", context_overrides={"form": form})
            form.save()
        messages.success(
            request, _("Thank you. Your need has been received and will be published once it is reviewed.")
        )
        return redirect(page.subpage_url("submit"))
    return page.render(request, template="orgdirectory/need_submit.html", context_overrides={"form": form})
