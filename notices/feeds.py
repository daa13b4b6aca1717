"""RSS and Atom feeds of a section index page; the feed of every notice is in views.py.

Every address in a feed (its link, its own address, each item's link and id) is at
PUBLIC_URL: pages' from the Site record setup_site gives that address, the rest from the
setting itself, never from the Host a request came with. Each feed and item names an
author, which RFC 4287 requires of Atom: the body that issued the text, else the site.
"""

import copy
import datetime

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.encoding import escape_uri_path
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.addresses import absolute
from core.i18n import localized


def at_midnight(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


# The fields naming who issued a text, by page type: a notice's issuing body, a policy's
# issuing authority, an article's authors or the outlet it comes from.
AUTHOR_FIELDS = ("issuing_body", "issuing_authority", "authors", "source")


class TextFeed(Feed):
    """Items are PublishedText pages; the feed's own fields come from subclasses."""

    def __call__(self, request, *args, **kwargs):
        # A copy per request, which knows the request: the instance in a URLconf is shared
        # between threads, and the site's name is looked up once per feed, not per item.
        feed = copy.copy(self)
        feed.request = request
        return super(TextFeed, feed).__call__(request, *args, **kwargs)

    def feed_url(self):
        return absolute(escape_uri_path(self.request.path))

    def author_name(self):
        # By name, as the templates read it (settings.home.SiteSettings): home is a layer above.
        site_settings = apps.get_model("home", "SiteSettings").for_request(self.request)
        return localized(site_settings, "site_name") or _("Provincial Social Organization Service Center")

    def item_author_name(self, item):
        named = (getattr(item, name, "") for name in AUTHOR_FIELDS)
        return next((value for value in named if value), None) or self.author_name()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.search_description

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return at_midnight(item.date)

    def item_updateddate(self, item):
        return item.last_published_at or at_midnight(item.date)

    def item_categories(self, item):
        kind = getattr(item, "get_kind_display", None)
        return [kind()] if kind else []


class SectionRssFeed(TextFeed):
    def get_object(self, request, section):
        return section

    def title(self, section):
        return section.title

    def link(self, section):
        return section.full_url

    def description(self, section):
        return section.intro or section.feed_title

    def items(self, section):
        return section.feed_items()


class SectionAtomFeed(SectionRssFeed):
    feed_type = Atom1Feed
    subtitle = SectionRssFeed.description
