"""Admin registration of the publishing section's snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Holiday


class HolidayViewSet(SnippetViewSet):
    """The holidays and make-up working days that disclosure periods skip."""

    model = Holiday
    icon = "date"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["date", "name", "is_working_day"]
    list_filter = ["is_working_day"]
    search_fields = ["name"]


register_snippet(HolidayViewSet)
