"""The home page's blocks: banner, featured and latest pages, quick links, directory figures."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.models import Page

from core.blocks import LinkBlock, RenditionImageChooserBlock
from core.querysets import ALL_LANGUAGES, listed


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=pgettext_lazy("body text", "Text"), required=False, max_length=300)
    image = RenditionImageChooserBlock(rendition_specs=["fill-1200x360"], label=_("Background image"), required=False)
    link = LinkBlock(label=_("Button"), required=False)

    class Meta:
        icon = "image"
        label = _("Hero banner")
        template = "home/blocks/hero.html"


class FeaturedPagesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=60)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pages"), max_num=8)

    class Meta:
        icon = "pick"
        label = _("Featured pages")
        template = "home/blocks/featured_pages.html"

    def get_context(self, value, parent_context=None):
        """The chosen pages that are still live and public, in the editor's order (one query)."""
        context = super().get_context(value, parent_context)
        chosen = [page.pk for page in value["pages"] if page]
        # The editor chose them, in whichever language: only live and public matter here.
        shown = listed(Page.objects.filter(pk__in=chosen), ALL_LANGUAGES).in_bulk()
        context["pages"] = [shown[pk] for pk in chosen if pk in shown]
        return context


class LatestPagesBlock(blocks.StructBlock):
    """The newest texts anywhere under a chosen section, such as news or notices
    (the notices app's `latest_texts` tag finds them)."""

    title = blocks.CharBlock(label=_("Title"), max_length=60)
    section = blocks.PageChooserBlock(label=_("Section"))
    count = blocks.IntegerBlock(label=_("Number of items"), min_value=1, max_value=20, default=5)

    class Meta:
        icon = "list-ul"
        label = _("Latest pages of a section")
        template = "home/blocks/latest_pages.html"


class QuickLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=60)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), max_num=12)

    class Meta:
        icon = "link"
        label = _("Quick links")
        template = "home/blocks/quick_links.html"


class DirectoryFiguresBlock(blocks.StructBlock):
    """Counts of registered organizations, rendered by the directory app's template tag."""

    title = blocks.CharBlock(label=_("Title"), max_length=60)

    class Meta:
        icon = "table"
        label = _("Directory figures")
        template = "home/blocks/directory_figures.html"


class HomeBlock(blocks.StreamBlock):
    hero = HeroBlock()
    featured = FeaturedPagesBlock()
    latest = LatestPagesBlock()
    quick_links = QuickLinksBlock()
    directory_figures = DirectoryFiguresBlock()
    text = blocks.RichTextBlock(
        label=pgettext_lazy("body text", "Text"), features=["h2", "h3", "bold", "italic", "link"]
    )
