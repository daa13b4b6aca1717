"""Admin registration of the directory's snippets, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Donation, FundingRecord, Organization, Region, ServiceArea


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "credit_code", "org_type", "city", "grade", "standing", BooleanColumn("check_override")]
    list_filter = ["org_type", "city", "grade", "standing", "check_override", "service_areas"]
    search_fields = ["name", "name_en", "credit_code"]
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
    items = (OrganizationViewSet, FundingRecordViewSet, DonationViewSet, RegionViewSet, ServiceAreaViewSet)
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)
