"""The directory's read-only JSON API: the pages' filters, paginated, public fields only."""

from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination

from .choices import FundingSource
from .filters import need_list, organization_list, project_list
from .models.funding import FundingRecord
from .models.organizations import Organization
from .models.people import Need
from .models.projects import Project


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
    project = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = FundingRecord
        fields = [
            "credit_code",
            "organization",
            "year",
            "source",
            "source_label",
            "funder",
            "amount",
            "project_name",
            "project",
        ]


class ProjectSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display")
    status_label = serializers.CharField(source="get_status_display")
    city = serializers.CharField(source="city.name", default=None)
    region = serializers.CharField(source="region.__str__", default=None)
    service_area = serializers.CharField(source="service_area.name", default=None)
    places_left = serializers.IntegerField(read_only=True)

    class Meta:
        model = Project
        fields = [
            "id",
            "kind",
            "kind_label",
            "title",
            "title_en",
            "funder",
            "city",
            "region",
            "service_area",
            "budget",
            "starts_on",
            "ends_on",
            "status",
            "status_label",
            "place",
            "schedule",
            "places",
            "places_left",
            "hours_credited",
        ]


class NeedSerializer(serializers.ModelSerializer):
    """Needs without their contact person and phone."""

    status_label = serializers.CharField(source="get_status_display")
    city = serializers.CharField(source="city.name", default=None)
    region = serializers.CharField(source="region.__str__", default=None)
    service_area = serializers.CharField(source="service_area.name", default=None)

    class Meta:
        model = Need
        fields = [
            "id",
            "title",
            "description",
            "city",
            "region",
            "service_area",
            "beneficiaries",
            "budget",
            "deadline",
            "status",
            "status_label",
            "raised_by",
            "matched_project",
            "matched_organization",
        ]


class OrganizationListAPI(generics.ListAPIView):
    """GET /api/directory/organizations/ with the directory page's filters."""

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


class ProjectListAPI(generics.ListAPIView):
    """GET /api/directory/projects/ with the project pages' filters (kind, city, area, status, when)."""

    serializer_class = ProjectSerializer
    pagination_class = DirectoryPagination

    def get_queryset(self):
        return project_list(self.request.query_params).results()


class NeedListAPI(generics.ListAPIView):
    """GET /api/directory/needs/: approved needs with the needs page's filters."""

    serializer_class = NeedSerializer
    pagination_class = DirectoryPagination

    def get_queryset(self):
        return need_list(self.request.query_params).results()
