"""RSS and Atom feeds: one per section index page, and one of all notices."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.querysets import public

from .models import NoticePage


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


class AllNoticesRssFeed(TextFeed):
    """Every live notice in the request's language, from every notice list."""

    size = 50
    title = _("All notices")
    description = _("Every notice, announcement and public disclosure of the center.")

    def link(self):
        return "/" + get_language() + "/"

    def items(self):
        return (
            public(NoticePage.objects.live()).filter(locale=Locale.get_active()).order_by("-date", "-pk")[: self.size]
        )


class AllNoticesAtomFeed(AllNoticesRssFeed):
    feed_type = Atom1Feed
    subtitle = AllNoticesRssFeed.description
