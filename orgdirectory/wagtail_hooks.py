"""Admin registration of the directory's snippets, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Donation,
    FundingRecord,
    Need,
    Organization,
    Project,
    Region,
    ServiceArea,
    Talent,
    VolunteerSignup,
)
from .signups import change_status


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "credit_code", "org_type", "city", "grade", "standing", BooleanColumn("check_override")]
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
    list_display = ["title", "raised_by", "city", "status", BooleanColumn("is_approved"), "submitted_at"]
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
        "contact_name",
        "contact_phone",
    ]
    export_filename = "needs"


class TalentViewSet(SnippetViewSet):
    """Personal data: only groups with permissions on talent profiles see (and export) them."""

    model = Talent
    icon = "user"
    list_display = ["display_name", "expertise", "city", "consented_at"]
    list_filter = ["city", "service_area"]
    # No search_fields: an indexed model is searched through the site's search backend
    # (Chinese analysis) over its own search_fields; a field list here would bypass it.
    list_export = ["display_name", "expertise", "qualifications", "city", "consented_at", "phone", "email"]
    export_filename = "talent"


class VolunteerSignupViewSet(SnippetViewSet):
    """Sign-ups: editors confirm or decline them and record hours served. Saving goes
    through the sign-up service, so a place given back moves the waiting list up."""

    model = VolunteerSignup
    icon = "form"
    add_to_admin_menu = False
    list_display = ["reference", "name", "project", "status", "created_at", "hours_served"]
    list_filter = ["status", "project__kind"]
    search_fields = ["reference", "name", "phone"]
    list_export = ["reference", "project", "name", "phone", "email", "status", "hours_served", "created_at"]
    export_filename = "volunteer-signups"


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["code", "__str__", "name_en"]
    search_fields = ["name", "code"]


class ServiceAreaViewSet(SnippetViewSet):
    model = ServiceArea
    icon = "tag"
    list_display = ["name", "name_en", "sort_order"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (
        OrganizationViewSet,
        FundingRecordViewSet,
        DonationViewSet,
        ProjectViewSet,
        VolunteerSignupViewSet,
        NeedViewSet,
        TalentViewSet,
        RegionViewSet,
        ServiceAreaViewSet,
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
