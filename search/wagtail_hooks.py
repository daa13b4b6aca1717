"""Admin: the words that keep a term off the public list of popular searches (Settings, beside promoted
results); the search log's part of purge_personal_data."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import BlockedSearchTerm, SearchedTerm
from .suggestions import POPULAR_DAYS


class BlockedSearchTermViewSet(SnippetViewSet):
    model = BlockedSearchTerm
    icon = "cross"
    menu_label = gettext_lazy("Blocked search terms")
    add_to_settings_menu = True
    list_display = ["text", "reason", "created_at"]
    search_fields = ["text", "reason"]
    form_fields = ["text", "reason"]


register_snippet(BlockedSearchTermViewSet)


@hooks.register("purge_personal_data")
def purge_search_log(dry_run):
    """Delete the logged searches the popular terms no longer look at: no visitor is kept longer than that."""
    due = SearchedTerm.objects.filter(date__lte=timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS))
    count = due.count()
    if not dry_run:
        due.delete()
    verb = "Would delete" if dry_run else "Deleted"
    return f"{verb} {count} logged search(es) older than {POPULAR_DAYS} days."
