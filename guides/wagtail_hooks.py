"""Admin registration of the guides' snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ServicePoint


class ServicePointViewSet(SnippetViewSet):
    """办理地点: where guides' applications are taken, also shown on the service map."""

    model = ServicePoint
    icon = "site"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "city", "address", "phone", "open_on_holidays"]
    list_filter = ["city", "open_on_holidays"]
    search_fields = ["name", "address"]
    list_export = ["name", "region", "address", "hours", "open_on_holidays", "phone", "latitude", "longitude"]


register_snippet(ServicePointViewSet)
