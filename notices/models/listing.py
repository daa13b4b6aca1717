"""The index pages of the publishing section: a faceted list plus RSS and Atom feeds."""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import path

from core.models import ListingPage

from ..feeds import SectionAtomFeed, SectionRssFeed


class SectionIndexPage(ListingPage):
    """A section of dated texts. Subclasses say which pages it lists."""

    feed_size = 30

    class Meta:
        abstract = True

    def listed_pages(self):
        raise NotImplementedError

    def feed_items(self):
        return self.listed_pages().order_by("-date", "-pk")[: self.feed_size]

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return SectionRssFeed()(request, section=self)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return SectionAtomFeed()(request, section=self)

    @property
    def feed_title(self):
        return _("%(section)s feed") % {"section": self.title}
