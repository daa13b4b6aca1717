"""Page query helpers shared by every app."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction


def public(pages):
    """`pages` without those in a private section, as Wagtail's `PageQuerySet.public()`
    but in the same query: Wagtail's lists every view restriction in a query of its own
    first, once per list. A page is private when a restricted page's path begins its path."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.exclude(Exists(restricted))
