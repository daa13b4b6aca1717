"""The directories' facets and sorts, declared once for the pages and the API."""

import datetime

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.facets import ConditionFacet, Facet, FacetedList, Sort, keyword_search, years_since
from taxonomy.models import Region, ServiceArea

from .choices import Grade, OrgType, Standing
from .credit_code import normalize
from .models.organizations import Organization
from .models.people import Need, NeedStatus, Talent
from .models.projects import Project, ProjectKind, ProjectStatus

FIRST_REGISTRATION_YEAR = 1980


def year_options():
    return years_since(FIRST_REGISTRATION_YEAR)


class ActiveGradeFacet(Facet):
    """The grade while it is valid: filtered and counted on the stored `grade` and
    `grade_valid_until` columns, which their index answers, rather than on the
    `active_grade` expression, which PostgreSQL computes for every row."""

    def condition(self, value):
        return Q(grade=value, grade_valid_until__gte=timezone.localdate())

    def counts(self, queryset, distinct=False):
        valid = queryset.filter(grade_valid_until__gte=timezone.localdate()).exclude(grade="")
        rows = valid.order_by().values("grade").annotate(n=Count("pk", distinct=True) if distinct else Count("*"))
        # Organizations without a valid grade are in no group: the groups do not add up.
        return {row["grade"]: row["n"] for row in rows}, None


class RegistrationYearFacet(Facet):
    """Filtered as a date range, which the index on `registered_on` answers."""

    def condition(self, value):
        return Q(registered_on__year=int(value))


class ServiceAreaFacet(Facet):
    """Filtered with a subquery on the link table, so a record never repeats and the list
    and the other counts need no DISTINCT; counted on the link table alone (an
    organization is linked to an area at most once), without looking at the
    organizations at all when nothing is filtered."""

    spans_relations = False

    def condition(self, value):
        links = Organization.service_areas.through.objects.filter(servicearea__slug=value)
        return Q(pk__in=links.values("organization_id"))

    def counts(self, queryset, distinct=False):
        links = Organization.service_areas.through.objects.order_by()
        if queryset.query.has_filters():
            links = links.filter(organization__in=queryset.values("pk"))
            rows = links.values("servicearea__slug").annotate(n=Count("*"))
            return {row["servicearea__slug"]: row["n"] for row in rows}, None
        # Unfiltered: one count per area from the index on the link table's area column.
        per_area = links.filter(servicearea=OuterRef("pk")).values("servicearea").annotate(n=Count("*")).values("n")
        rows = ServiceArea.objects.order_by().annotate(n=Subquery(per_area)).values("slug", "n")
        return {row["slug"]: row["n"] for row in rows if row["n"]}, None


CITY = Facet("city", _("Region"), "city_id", Region.objects.city_options)
SERVICE_AREA = Facet("area", _("Service area"), "service_area__slug", ServiceArea.options)

ORGANIZATION_FACETS = [
    CITY,
    Facet("type", _("Type"), "org_type", lambda: OrgType.choices),
    ActiveGradeFacet("grade", _("Evaluation grade"), "active_grade", lambda: Grade.choices),
    ServiceAreaFacet("area", _("Service area"), "service_areas__slug", ServiceArea.options),
    Facet("standing", _("Standing"), "standing", lambda: Standing.choices),
    RegistrationYearFacet("year", _("Registration year"), "registered_year", year_options),
]

ORGANIZATION_SORTS = [
    Sort("name", pgettext_lazy("name of a thing", "Name"), ("name",)),
    Sort("registered", _("Newest registration"), ("-registered_on",)),
    Sort("grade", _("Grade"), ("-active_grade", "name")),
    Sort("funding", _("Funding received"), ("-funding_total",)),
]


def organization_keyword(keyword):
    """Name (Chinese or English) or description through the site search, or the exact credit code."""
    return Q(credit_code=normalize(keyword)) | keyword_search(Organization)(keyword)


def organization_list(params):
    queryset = (
        Organization.objects.with_active_grade()
        .annotate(registered_year=ExtractYear("registered_on"))
        .select_related("city", "region__parent")
    )
    return FacetedList(queryset, ORGANIZATION_FACETS, ORGANIZATION_SORTS, params, keyword_filter=organization_keyword)


def overlapping(first, last):
    """Projects running on some day between `first` and `last` (an open end runs on)."""
    return Q(starts_on__lte=last) & (Q(ends_on__gte=first) | Q(ends_on__isnull=True, starts_on__gte=first))


def when_choices():
    today = timezone.localdate()
    saturday = today + datetime.timedelta(days=(5 - today.weekday()) % 7)
    if today.weekday() == 6:  # on Sunday, "this weekend" is today
        saturday = today - datetime.timedelta(days=1)
    month_end = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    return [
        ("weekend", _("This weekend"), overlapping(max(saturday, today), saturday + datetime.timedelta(days=1))),
        ("month", _("This month"), overlapping(today, month_end)),
        ("places", _("Places left"), Q(kind=ProjectKind.VOLUNTEER, places__gt=F("places_taken"))),
    ]


PROJECT_FACETS = [
    Facet("kind", pgettext_lazy("project", "Kind"), "kind", lambda: ProjectKind.choices),
    CITY,
    SERVICE_AREA,
    Facet("status", _("Status"), "status", lambda: ProjectStatus.choices),
    ConditionFacet("when", _("When"), when_choices),
]
PROJECT_SORTS = [
    Sort("newest", _("Newest"), ("-starts_on",)),
    Sort("soonest", _("Starting soonest"), ("starts_on",)),
    Sort("budget", _("Budget"), ("-budget",)),
]


def project_list(params, kind=""):
    """Projects of `kind` (all kinds if empty; then kind is a facet)."""
    queryset = Project.objects.select_related("region__parent", "service_area")
    facets = PROJECT_FACETS
    if kind:
        queryset = queryset.filter(kind=kind)
        facets = [facet for facet in facets if facet.param != "kind"]
    return FacetedList(
        queryset,
        facets,
        PROJECT_SORTS,
        params,
        keyword_filter=keyword_search(Project),
    )


NEED_FACETS = [CITY, SERVICE_AREA, Facet("status", _("Status"), "status", lambda: NeedStatus.choices)]
NEED_SORTS = [Sort("newest", _("Newest"), ("-submitted_at",)), Sort("deadline", _("Deadline"), ("deadline",))]


def need_list(params):
    return FacetedList(
        Need.objects.published().select_related("region__parent", "service_area"),
        NEED_FACETS,
        NEED_SORTS,
        params,
        keyword_filter=keyword_search(Need),
    )


TALENT_FACETS = [CITY, SERVICE_AREA]
TALENT_SORTS = [Sort("name", pgettext_lazy("person", "Name"), ("display_name",))]


def talent_list(params):
    """Public profiles only; the keyword never looks at private fields."""
    return FacetedList(
        Talent.objects.public().select_related("region__parent", "service_area"),
        TALENT_FACETS,
        TALENT_SORTS,
        params,
        keyword_filter=keyword_search(Talent),
    )
