"""The directories' facets and sorts, declared once for the pages and the API."""

import datetime

from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.faceted import CountsSummary, FacetedList
from core.facets import BitsFacet, ConditionFacet, Facet, Sort, keyword_search, year_facet
from taxonomy.models import Region, ServiceArea

from .choices import Grade, OrgType, Standing
from .credit_code import normalize
from .models.organizations import Organization
from .models.people import Need, NeedStatus, Talent
from .models.projects import Project, ProjectKind, ProjectStatus

FIRST_REGISTRATION_YEAR = 1980


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


CITY = Facet("city", _("Region"), "city_id", Region.objects.city_options)
SERVICE_AREA = Facet("area", _("Service area"), "service_area__slug", ServiceArea.options)

ORG_TYPE = Facet("type", _("Type"), "org_type", lambda: OrgType.choices)
ACTIVE_GRADE = ActiveGradeFacet("grade", _("Evaluation grade"), "active_grade", lambda: Grade.choices)
STANDING = Facet("standing", _("Standing"), "standing", lambda: Standing.choices)

ORGANIZATION_FACETS = [
    CITY,
    ORG_TYPE,
    ACTIVE_GRADE,
    BitsFacet("area", _("Service area"), "service_area_bits", ServiceArea.bit_options),
    STANDING,
    year_facet("year", _("Registration year"), "registered_on", FIRST_REGISTRATION_YEAR),
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


# The facets visitors choose most: at most 22 × 3 × 5 × 6 rows (1,085 at province scale, built in
# about 55 ms) answer their counts for any combination of their filters, where counting the regions
# for one type and standing read every organization of that type and standing, each time.
ORGANIZATION_COUNTS = CountsSummary.of(
    [CITY, ORG_TYPE, ACTIVE_GRADE, STANDING],
    # A grade's validity ends with a day: so does the summary.
    lambda: f"orgdirectory:counts:{timezone.localdate().isoformat()}",
    Organization.objects.with_active_grade,
)


def organization_list(params):
    queryset = Organization.objects.with_active_grade().select_related("city", "region__parent")
    return FacetedList(
        queryset,
        ORGANIZATION_FACETS,
        ORGANIZATION_SORTS,
        params,
        keyword_filter=organization_keyword,
        counts=ORGANIZATION_COUNTS,
    )


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
