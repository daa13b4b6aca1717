"""Admin registration of the guides' snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, ServicePoint


class ServicePointViewSet(SnippetViewSet):
    model = ServicePoint
    icon = "site"
    list_display = ["name", "city", "address", "phone", "open_on_holidays"]
    list_filter = ["city", "open_on_holidays"]
    search_fields = ["name", "address"]
    list_export = ["name", "region", "address", "hours", "open_on_holidays", "phone", "latitude", "longitude"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "name_en", "sort_order"]


class GuidesViewSetGroup(SnippetViewSetGroup):
    items = (ServicePointViewSet, AudienceViewSet)
    menu_icon = "help"
    menu_label = _("Service guides")
    menu_name = "guides"


register_snippet(GuidesViewSetGroup)
