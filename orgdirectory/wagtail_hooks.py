"""Admin registration of the directory's snippets, grouped under one menu item.

Volunteers' sign-ups and talent profiles are personal data (PIPL): their lists,
exports and choosers need the view or change permission on their own model
(models.PERSONAL_DATA_MODELS), which only the volunteer coordinators' group holds
(志愿服务协调员, made by setup_site: home/setup/access.py); every export is written to
the audit log.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.log_actions import LogFormatter, log
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import (
    Donation,
    FundingRecord,
    Need,
    Organization,
    Project,
    Talent,
    VolunteerSignup,
)
from .signups import change_status

EXPORT_PERSONAL_DATA = "socialorg.export_personal_data"
# Seeing personal data takes one of these on its model: "add" or "delete" alone is not enough.
PERSONAL_DATA_PERMISSIONS = ["view", "change"]


def field_label(model, name):
    """A field's own verbose name: Wagtail's BooleanColumn otherwise labels it from its
    attribute name, in English ("Check override")."""
    return model._meta.get_field(name).verbose_name


def may_see_personal_data(user, model):
    return policy_registry.get_by_type(model).user_has_any_permission(user, PERSONAL_DATA_PERMISSIONS)


def log_personal_data_export(request, model, rows, spreadsheet_format):
    """An audit log entry (Reports › Site history) naming who exported which data, with
    which filters, how many rows. Logged against the model's content type: only
    superusers read it, not the exporters."""
    log(
        ContentType.objects.get_for_model(model),
        EXPORT_PERSONAL_DATA,
        user=request.user,
        title=str(model._meta.verbose_name_plural),
        data={
            "model": model._meta.label_lower,
            "format": spreadsheet_format,
            "filters": {key: values for key, values in request.GET.lists() if key != "export"},
            "rows": rows,
        },
        content_changed=False,
    )


class PersonalDataIndexView(IndexView):
    any_permission_required = PERSONAL_DATA_PERMISSIONS

    def as_spreadsheet(self, queryset, spreadsheet_format):
        log_personal_data_export(self.request, self.model, queryset.count(), spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)


class PersonalDataChooserMixin:
    """Wagtail's snippet choosers list every record to anyone in the admin: not these."""

    def dispatch(self, request, *args, **kwargs):
        if not may_see_personal_data(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PersonalDataChooseView(PersonalDataChooserMixin, ChooseView):
    pass


class PersonalDataChooseResultsView(PersonalDataChooserMixin, ChooseResultsView):
    pass


class PersonalDataChosenView(PersonalDataChooserMixin, SnippetChosenView):
    pass


class PersonalDataChosenMultipleView(PersonalDataChooserMixin, SnippetChosenMultipleView):
    pass


class PersonalDataChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PersonalDataChooseView
    choose_results_view_class = PersonalDataChooseResultsView
    chosen_view_class = PersonalDataChosenView
    chosen_multiple_view_class = PersonalDataChosenMultipleView


class PersonalDataViewSet(SnippetViewSet):
    """A snippet holding personal data: listed, exported and chosen only with its view or change permission."""

    index_view_class = PersonalDataIndexView
    chooser_viewset_class = PersonalDataChooserViewSet


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    list_display = [
        "name",
        "credit_code",
        "org_type",
        "city",
        "grade",
        "standing",
        BooleanColumn("check_override", label=field_label(Organization, "check_override")),
    ]
    list_filter = ["org_type", "city", "grade", "standing", "check_override", "service_areas"]
    # No search_fields: an indexed model is searched through the site's search backend
    # (Chinese analysis) over its own search_fields; a field list here would bypass it.
    list_export = [
        "name",
        "name_en",
        "credit_code",
        "org_type",
        "registration_authority",
        "city",
        "region",
        "registered_on",
        "legal_representative",
        "grade",
        "grade_valid_until",
        "standing",
        "funding_total",
        "check_override",
        "check_override_note",
    ]
    export_filename = "organizations"


class FundingRecordViewSet(SnippetViewSet):
    model = FundingRecord
    icon = "table"
    list_display = ["organization", "year", "source", "funder", "amount"]
    list_filter = ["year", "source"]
    search_fields = ["funder", "project_name"]
    list_export = ["organization", "organization.credit_code", "year", "source", "funder", "amount", "project_name"]
    export_filename = "funding-records"


class DonationViewSet(SnippetViewSet):
    model = Donation
    icon = "pick"
    list_display = ["donor_name", "amount", "in_kind", "donated_on", "recipient"]
    list_filter = ["is_anonymous"]
    search_fields = ["donor_name", "purpose"]
    list_export = ["donor_name", "is_anonymous", "amount", "in_kind", "donated_on", "recipient", "purpose"]
    export_filename = "donations"


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "clipboard-list"
    list_display = ["title", "kind", "city", "status", "starts_on", "places", "places_taken"]
    list_filter = ["kind", "status", "city", "service_area"]
    # No search_fields: an indexed model is searched through the site's search backend
    # (Chinese analysis) over its own search_fields; a field list here would bypass it.
    list_export = [
        "title",
        "kind",
        "funder",
        "city",
        "region",
        "service_area",
        "budget",
        "starts_on",
        "ends_on",
        "status",
        "places",
        "places_taken",
    ]
    export_filename = "projects"


class NeedViewSet(SnippetViewSet):
    """Needs sent by the public arrive unapproved: filter on "approved" to review them."""

    model = Need
    icon = "help"
    list_display = [
        "title",
        "reference",
        "raised_by",
        "city",
        "status",
        BooleanColumn("is_approved", label=field_label(Need, "is_approved")),
        "submitted_at",
    ]
    list_filter = ["is_approved", "status", "city"]
    # No search_fields: an indexed model is searched through the site's search backend
    # (Chinese analysis) over its own search_fields; a field list here would bypass it.
    list_export = [
        "title",
        "raised_by",
        "city",
        "region",
        "status",
        "deadline",
        "budget",
        "is_approved",
    ]  # not the submitter's contact details: personal data, exported only where access is logged
    export_filename = "needs"


class TalentViewSet(PersonalDataViewSet):
    """Personal data: only groups with permissions on talent profiles see (and export) them."""

    model = Talent
    icon = "user"
    list_display = ["display_name", "expertise", "city", "consented_at"]
    list_filter = ["city", "service_area"]
    # No search_fields: an indexed model is searched through the site's search backend
    # (Chinese analysis) over its own search_fields; a field list here would bypass it.
    list_export = ["display_name", "expertise", "qualifications", "city", "consented_at", "phone", "email"]
    export_filename = "talent"


class VolunteerSignupViewSet(PersonalDataViewSet):
    """Sign-ups: editors confirm or decline them and record hours served. Saving goes
    through the sign-up service, so a place given back moves the waiting list up."""

    model = VolunteerSignup
    icon = "form"
    add_to_admin_menu = False
    list_display = ["reference", "name", "project", "status", "created_at", "hours_served"]
    list_filter = ["status", "project__kind", "anonymised_at"]
    search_fields = ["reference", "name", "phone"]
    list_export = [
        "reference",
        "project",
        "name",
        "phone",
        "email",
        "status",
        "hours_served",
        "created_at",
        "anonymised_at",
    ]
    export_filename = "volunteer-signups"


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (
        OrganizationViewSet,
        FundingRecordViewSet,
        DonationViewSet,
        ProjectViewSet,
        VolunteerSignupViewSet,
        NeedViewSet,
        TalentViewSet,
    )
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)


@hooks.register("after_edit_snippet")
def rebalance_after_signup_edit(request, instance):
    """An editor declined or confirmed a sign-up: refill places from the waiting list."""
    if isinstance(instance, VolunteerSignup):
        change_status(instance, instance.status, instance.hours_served)


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    @actions.register_action(EXPORT_PERSONAL_DATA)
    class PersonalDataExport(LogFormatter):
        label = _("Export personal data")

        def format_message(self, log_entry):
            data = log_entry.data
            message = gettext("Exported %(rows)s rows of %(data)s as %(format)s.") % {
                "rows": data.get("rows"),
                "data": log_entry.label,
                "format": str(data.get("format", "")).upper(),
            }
            if filters := data.get("filters"):
                listed = "; ".join(f"{key}={', '.join(values)}" for key, values in filters.items())
                message += " " + gettext("Filters: %(filters)s") % {"filters": listed}
            return message
