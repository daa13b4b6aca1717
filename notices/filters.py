"""The facets of the article, notice and policy lists, declared once for the form,
the query and the counts (core.facets). Each list starts from its index page's
`listed_pages()`, so this module needs the pages' choices, not the pages."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.faceted import FacetedList, listed_counts
from core.facets import ConditionFacet, Facet, Sort, keyword_search, year_facet
from taxonomy.models import Region

from .choices import DisclosureStatus, NoticeKind, NoticeTopic, PolicyLevel, PolicyValidity
from .querysets import disclosure_status_condition

NEWEST_FIRST = [Sort("newest", _("Newest first"), ("-pinned", "-date"))]
CITY = Facet("city", _("Region"), "city_id", Region.objects.city_options)


# No text the centre publishes or cites is older than the province's current government.
FIRST_YEAR = 1949


def year_of(field="date"):
    return year_facet("year", _("Year"), field, FIRST_YEAR)


def faceted(index_page, facets, sorts, params):
    records = index_page.listed_pages()
    return FacetedList(
        records,
        facets,
        sorts,
        params,
        keyword_filter=keyword_search(records.model),
        counts=listed_counts(index_page, facets),
    )


def article_list(index_page, params):
    sections = [(child.slug, child.title, Q(path__startswith=child.path)) for child in index_page.sub_sections()]
    facets = [CITY, year_of()]
    if sections:
        facets.insert(0, ConditionFacet("section", _("Section"), lambda: sections, exclusive=True))
    return faceted(index_page, facets, NEWEST_FIRST, params)


def notice_list(index_page, params):
    statuses = [(status.value, status.label, disclosure_status_condition(status)) for status in DisclosureStatus]
    facets = [
        Facet("kind", pgettext_lazy("notice", "Kind"), "kind", lambda: NoticeKind.choices),
        ConditionFacet("status", _("Public disclosure"), lambda: statuses, exclusive=True),
        Facet("topic", _("Topic"), "topic", lambda: NoticeTopic.choices),
        CITY,
        year_of(),
    ]
    return faceted(index_page, facets, NEWEST_FIRST, params)


def policy_list(index_page, params):
    facets = [
        Facet("level", _("Level"), "level", lambda: PolicyLevel.choices),
        Facet("validity", _("Validity"), "validity", lambda: PolicyValidity.choices),
        year_of("issued_on"),
    ]
    sorts = [
        Sort("newest", _("Newest first"), ("-pinned", "-issued_on")),
        Sort("title", _("Title"), ("title",)),
    ]
    return faceted(index_page, facets, sorts, params)
