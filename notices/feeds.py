"""RSS and Atom feeds of a section index page; the feed of every notice is in views.py."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed


def at_midnight(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


class TextFeed(Feed):
    """Items are PublishedText pages; the feed's own fields come from subclasses."""

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
