"""Page query helpers shared by every app.

`listed()` is the one door of every public list of pages (menus, section lists, related
pages, the site map page and sitemap.xml, feeds, the pages API, search and its suggestions,
the service map): live, outside every private section (a password, login or group view
restriction on the page or an ancestor), in the language being read. A list that asks
Page.objects for pages any other way can show a private page's title and link.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr

from wagtail.models import Locale, Page, PageViewRestriction

# `listed(..., locale=ALL_LANGUAGES)`: both language trees (sitemap.xml, the pages API).
ALL_LANGUAGES = object()
ACTIVE_LANGUAGE = None


def listed(pages, locale=ACTIVE_LANGUAGE, private=None):
    """`pages` as a public list may show them: live, public, in `locale` (a Locale or its id;
    by default the language being read; ALL_LANGUAGES for both).

    `private`: a Q of the private sections (`private_sections()`), for search backends, which
    read plain conditions but not the subquery used otherwise.
    """
    pages = pages.live()
    pages = pages.exclude(private) if private is not None else public(pages)
    if locale is ALL_LANGUAGES:
        return pages
    return pages.filter(locale=Locale.get_active() if locale is ACTIVE_LANGUAGE else locale)


def private_sections():
    """A Q of every page in a private section, as Wagtail's `PageQuerySet.private_q()` (one query)."""
    return Page.objects.all().private_q()


def public(pages):
    """`pages` without those in a private section, as Wagtail's `PageQuerySet.public()`
    but in the same query: Wagtail's lists every view restriction in a query of its own
    first, once per list. A page is private when a restricted page's path begins its path."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.exclude(Exists(restricted))
