"""Admin registration of the shell's snippets: visitors' error reports."""

from django.utils.translation import gettext_lazy

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ErrorReport


class ErrorReportViewSet(SnippetViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = gettext_lazy("Error reports")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["description", "page_url", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["description", "page_url"]
    list_export = ["created_at", "page_url", "description", "contact", "status"]


register_snippet(ErrorReportViewSet)
