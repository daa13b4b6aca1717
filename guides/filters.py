"""The guide finder's facets, declared once for the form, the query and the counts."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.faceted import FacetedList, listed_counts
from core.facets import ConditionFacet, Facet, Sort, keyword_search
from taxonomy.models import Audience, Region

from .choices import GuideTopic, ItemType

TOPIC = Facet("topic", _("Topic"), "topic", lambda: GuideTopic.choices)
ITEM_TYPE = Facet("type", _("Item type"), "item_type", lambda: ItemType.choices)
ONLINE = ConditionFacet("online", _("How"), lambda: [("yes", _("Fully online"), Q(visits=0))], exclusive=True)
GUIDE_FACETS = [
    TOPIC,
    Facet("audience", _("For whom"), "audiences__slug", Audience.options),
    ITEM_TYPE,
    ONLINE,
    Facet("city", _("Region"), "service_points__city_id", Region.objects.city_options),
]
GUIDE_SORTS = [Sort("popular", _("Popular first"), ("-featured", "title")), Sort("title", _("Title"), ("title",))]


def guide_list(index_page, params):
    guides = index_page.listed_pages()
    # The facets of the guides' own columns are counted from a summary of the section; those
    # through the audiences and service points count the guides the filters leave.
    return FacetedList(
        guides,
        GUIDE_FACETS,
        GUIDE_SORTS,
        params,
        keyword_filter=keyword_search(guides.model),
        counts=listed_counts(index_page, [TOPIC, ITEM_TYPE, ONLINE]),
    )
