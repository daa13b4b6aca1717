"""What is not a page: the funding CSV and the read-only JSON API of the directory."""

from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination

from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .filters import organization_list
from .models import FundingRecord, FundingSource, Organization


class FundingExportView(SpreadsheetExportMixin, View):
    """An organization's funding records as CSV, through Wagtail's spreadsheet export."""

    organization = None
    list_export = ["year", "get_source_display", "funder", "amount", "project_name"]
    export_headings = {
        "year": _("Year"),
        "get_source_display": _("Source"),
        "funder": _("Funder"),
        "amount": _("Amount (yuan)"),
        "project_name": _("What it paid for"),
    }

    def get(self, request):
        records = self.organization.funding_records.order_by("year", "source", "pk")
        return self.as_spreadsheet(records, self.FORMAT_CSV)

    def get_filename(self):
        return f"funding-{self.organization.credit_code}"

    def stream_csv(self, queryset):
        yield "\ufeff"  # a byte-order mark, so spreadsheet programs read the Chinese as UTF-8
        yield from super().stream_csv(queryset)


class DirectoryPagination(PageNumberPagination):
    page_size = 20
    max_page_size = 100
    page_size_query_param = "page_size"


class OrganizationSerializer(serializers.ModelSerializer):
    org_type_label = serializers.CharField(source="get_org_type_display")
    city = serializers.CharField(source="city.name", default=None)
    region = serializers.CharField(source="region.__str__", default=None)
    grade = serializers.CharField(source="active_grade")
    standing_label = serializers.CharField(source="get_standing_display")

    class Meta:
        model = Organization
        fields = [
            "credit_code",
            "name",
            "name_en",
            "org_type",
            "org_type_label",
            "city",
            "region",
            "registered_on",
            "grade",
            "standing",
            "standing_label",
            "funding_total",
        ]


class FundingRecordSerializer(serializers.ModelSerializer):
    credit_code = serializers.CharField(source="organization.credit_code")
    organization = serializers.CharField(source="organization.name")
    source_label = serializers.CharField(source="get_source_display")

    class Meta:
        model = FundingRecord
        fields = ["credit_code", "organization", "year", "source", "source_label", "funder", "amount", "project_name"]


class OrganizationListAPI(generics.ListAPIView):
    """GET /api/directory/organizations/ with the directory page's filters (city, type,
    grade, area, standing, year, q, sort)."""

    serializer_class = OrganizationSerializer
    pagination_class = DirectoryPagination

    def get_queryset(self):
        return organization_list(self.request.query_params).results()


class OrganizationDetailAPI(generics.RetrieveAPIView):
    serializer_class = OrganizationSerializer
    lookup_field = "credit_code"

    def get_queryset(self):
        return Organization.objects.with_active_grade().select_related("city", "region")


class FundingRecordListAPI(generics.ListAPIView):
    """GET /api/directory/funding/: funding records of the organizations that the
    directory filters select, narrowed by `funding_year`, `source` and `credit_code`."""

    serializer_class = FundingRecordSerializer
    pagination_class = DirectoryPagination

    def get_queryset(self):
        params = self.request.query_params
        records = FundingRecord.objects.select_related("organization").order_by("-year", "pk")
        listing = organization_list(params)
        if listing.is_filtered:
            records = records.filter(organization__in=listing.results().values("pk"))
        if params.get("credit_code"):
            records = records.filter(organization__credit_code=params["credit_code"].strip().upper())
        if params.get("funding_year", "").isdigit():
            records = records.filter(year=int(params["funding_year"]))
        if params.get("source") in FundingSource.values:
            records = records.filter(source=params["source"])
        return records
