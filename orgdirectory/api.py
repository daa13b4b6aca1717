"""The directory's read-only JSON API: the pages' filters, paginated, public fields only.

Strict where the pages are lenient: a parameter an endpoint does not read, or a value its
filter does not offer, answers 400 naming the parameter and the values it takes
(core/apierrors.py), the values read from the same facet declarations the pages use
(orgdirectory/filters.py), so a typo never passes for an unfiltered list.
"""

import re

from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination

from django.core.paginator import InvalidPage
from django.utils.translation import gettext as _

from core.apierrors import InvalidParameter, check_parameters

from .choices import FundingSource
from .filters import need_list, organization_list, project_list
from .models.funding import FundingRecord
from .models.organizations import Organization
from .models.people import Need
from .models.projects import Project


class DirectoryPagination(PageNumberPagination):
    """20 a page; `page` past the last one, or not a number, and `page_size` outside 1-100
    are refused (DRF would answer 404 for the one and quietly use 20 for the other)."""

    page_size = 20
    max_page_size = 100
    page_size_query_param = "page_size"
    parameters = {"page": None, "page_size": None}

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param, "")
        if not value:
            return self.page_size
        if not re.fullmatch(r"[0-9]{1,3}", value) or not 1 <= int(value) <= self.max_page_size:
            raise InvalidParameter(
                self.page_size_query_param,
                value,
                message=_("“page_size” must be a whole number from 1 to %(max)s.") % {"max": self.max_page_size},
            )
        return int(value)

    def get_page_number(self, request, paginator):
        number = super().get_page_number(request, paginator)
        if number in self.last_page_strings:
            return number
        try:
            return paginator.validate_number(number)
        except InvalidPage:
            raise InvalidParameter(
                self.page_query_param,
                str(number),
                message=_("“page” must be a whole number from 1 to %(last)s.") % {"last": paginator.num_pages},
            ) from None


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


class FacetedListAPI(generics.ListAPIView):
    """A list endpoint over one of the directory's faceted lists: refuses what the list does not read."""

    pagination_class = DirectoryPagination

    def get_listing(self, params):
        raise NotImplementedError

    def extra_parameters(self):
        """{parameter: accepted values or None} this endpoint reads besides the list's own."""
        return {}

    def listing(self):
        params = self.request.query_params
        listing = self.get_listing(params)
        accepted = {**listing.accepted_parameters(), **self.pagination_class.parameters, **self.extra_parameters()}
        check_parameters(params, accepted)
        return listing

    def get_queryset(self):
        return self.listing().results()


class OrganizationListAPI(FacetedListAPI):
    """GET /api/directory/organizations/ with the directory page's filters."""

    serializer_class = OrganizationSerializer

    def get_listing(self, params):
        return organization_list(params)


class OrganizationDetailAPI(generics.RetrieveAPIView):
    serializer_class = OrganizationSerializer
    lookup_field = "credit_code"

    def get_queryset(self):
        check_parameters(self.request.query_params, {})
        return Organization.objects.with_active_grade().select_related("city", "region")


class FundingRecordListAPI(FacetedListAPI):
    """GET /api/directory/funding/: funding records of the organizations that the
    directory filters select, narrowed by `funding_year`, `source` and `credit_code`."""

    serializer_class = FundingRecordSerializer

    def get_listing(self, params):
        return organization_list(params)

    def extra_parameters(self):
        return {"funding_year": None, "source": FundingSource.values, "credit_code": None}

    def get_queryset(self):
        params = self.request.query_params
        listing = self.listing()
        year = params.get("funding_year", "")
        if year and not re.fullmatch(r"[0-9]{4}", year):
            raise InvalidParameter("funding_year", year, message=_("“funding_year” must be a year, such as 2024."))
        records = FundingRecord.objects.select_related("organization").order_by("-year", "pk")
        if listing.is_filtered:
            records = records.filter(organization__in=listing.results().values("pk"))
        if params.get("credit_code"):
            records = records.filter(organization__credit_code=params["credit_code"].strip().upper())
        if year:
            records = records.filter(year=int(year))
        if params.get("source"):
            records = records.filter(source=params["source"])
        return records


class ProjectListAPI(FacetedListAPI):
    """GET /api/directory/projects/ with the project pages' filters (kind, city, area, status, when)."""

    serializer_class = ProjectSerializer

    def get_listing(self, params):
        return project_list(params)


class NeedListAPI(FacetedListAPI):
    """GET /api/directory/needs/: approved needs with the needs page's filters."""

    serializer_class = NeedSerializer

    def get_listing(self, params):
        return need_list(params)
