"""The guide finder's facets, declared once for the form, the query and the counts."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.facets import ConditionFacet, Facet, FacetedList, Sort, keyword_search
from taxonomy.models import Audience, Region

from .choices import GuideTopic, ItemType

GUIDE_FACETS = [
    Facet("topic", _("Topic"), "topic", lambda: GuideTopic.choices),
    Facet("audience", _("For whom"), "audiences__slug", Audience.options),
    Facet("type", _("Item type"), "item_type", lambda: ItemType.choices),
    ConditionFacet("online", _("How"), lambda: [("yes", _("Fully online"), Q(visits=0))]),
    Facet("city", _("Region"), "service_points__city_id", Region.objects.city_options),
]
GUIDE_SORTS = [Sort("popular", _("Popular first"), ("-featured", "title")), Sort("title", _("Title"), ("title",))]


def guide_list(index_page, params):
    guides = index_page.listed_pages()
    return FacetedList(guides, GUIDE_FACETS, GUIDE_SORTS, params, keyword_filter=keyword_search(guides.model))
