"""Admin registration of the directory's snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Organization


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "credit_code", "org_type", "grade"]
    list_filter = ["org_type", "grade"]
    search_fields = ["name", "credit_code"]
    list_export = ["name", "name_en", "credit_code", "org_type", "grade", "registered_on"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganizationViewSet,)
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryViewSetGroup)
