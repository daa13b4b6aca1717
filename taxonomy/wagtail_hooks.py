"""The vocabularies in the admin, under one menu item: regions, service areas, audiences."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Region, ServiceArea


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["code", "__str__", "name_en"]
    search_fields = ["name", "code"]


class ServiceAreaViewSet(SnippetViewSet):
    model = ServiceArea
    icon = "tag"
    list_display = ["name", "name_en", "sort_order"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "name_en", "sort_order"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, ServiceAreaViewSet, AudienceViewSet)
    menu_icon = "tag"
    menu_label = _("Vocabularies")
    menu_name = "vocabularies"
    menu_order = 800


register_snippet(VocabularyViewSetGroup)
