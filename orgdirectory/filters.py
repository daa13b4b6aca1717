"""The organization directory's facets and sorts, declared once for the page and the API."""

from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from home.facets import Facet, FacetedList, Sort

from .credit_code import normalize
from .models import Grade, Organization, OrgType, Region, ServiceArea, Standing

FIRST_REGISTRATION_YEAR = 1980


def city_options():
    return [(str(city.pk), city.label) for city in Region.objects.cities()]


def service_area_options():
    return [(area.slug, area.label) for area in ServiceArea.objects.all()]


def year_options():
    from django.utils import timezone

    return [(str(year), str(year)) for year in range(timezone.localdate().year, FIRST_REGISTRATION_YEAR - 1, -1)]


ORGANIZATION_FACETS = [
    Facet("city", _("Region"), "city_id", city_options),
    Facet("type", _("Type"), "org_type", lambda: OrgType.choices),
    Facet("grade", _("Evaluation grade"), "active_grade", lambda: Grade.choices),
    Facet("area", _("Service area"), "service_areas__slug", service_area_options),
    Facet("standing", _("Standing"), "standing", lambda: Standing.choices),
    Facet("year", _("Registration year"), "registered_year", year_options),
]

ORGANIZATION_SORTS = [
    Sort("name", _("Name"), ("name",)),
    Sort("registered", _("Newest registration"), ("-registered_on",)),
    Sort("grade", _("Grade"), ("-active_grade", "name")),
    Sort("funding", _("Funding received"), ("-funding_total",)),
]


def organization_keyword(keyword):
    """Name (Chinese or English), exact credit code, or description."""
    return (
        Q(name__icontains=keyword)
        | Q(name_en__icontains=keyword)
        | Q(credit_code=normalize(keyword))
        | Q(description__icontains=keyword)
    )


def organization_list(params):
    queryset = (
        Organization.objects.with_active_grade()
        .annotate(registered_year=ExtractYear("registered_on"))
        .select_related("city", "region__parent")
    )
    return FacetedList(queryset, ORGANIZATION_FACETS, ORGANIZATION_SORTS, params, keyword_filter=organization_keyword)
