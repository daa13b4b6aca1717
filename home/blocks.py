"""The home page's blocks: banner, featured and latest pages (as a list, a notice strip or the
picture news), popular services, quick links, directory figures."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.models import Page

from core.blocks import LinkBlock, RenditionImageChooserBlock
from core.querysets import ALL_LANGUAGES, listed
from guides.choices import GuideTopic
from guides.models import GuidePage
from notices.models import ArticlePage


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
    """The newest texts anywhere under a chosen section, such as news or notices (the notices
    app's `latest_texts` tag finds them), shown as a dated list, as a strip across the page,
    or as the picture news (图片新闻): the newest article with a cover image. One block type
    with three displays, so a home page choosing several sections pays one query for them all."""

    title = blocks.CharBlock(label=_("Title"), max_length=60)
    section = blocks.PageChooserBlock(label=_("Section"))
    count = blocks.IntegerBlock(label=_("Number of items"), min_value=1, max_value=20, default=5)
    display = blocks.ChoiceBlock(
        choices=[
            ("list", _("Dated list")),
            # It never scrolls or moves: everyone reads it at their own pace (WCAG 2.2.2).
            ("strip", _("Notice strip")),
            ("picture", _("Picture news")),
        ],
        default="list",
        label=_("Display"),
        help_text=_("Picture news shows the newest article with a cover image, whatever the number of items."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Latest pages of a section")
        template = "home/blocks/latest_pages.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        section = value["section"]
        if value["display"] == "picture" and section:
            context["article"] = (
                listed(ArticlePage.objects.descendant_of(section), section.locale_id)
                .filter(cover_image__isnull=False)
                .select_related("cover_image")
                .order_by("-date", "-pk")
                .first()
            )
        return context


class PopularGuidesBlock(blocks.StructBlock):
    """热门办事: the guides editors marked popular, as a grid of service icons (one per topic,
    drawn from Lucide and inlined: no icon font, no CDN)."""

    TOPIC_ICONS = {
        GuideTopic.REGISTRATION: "file-pen-line",
        GuideTopic.ANNUAL: "calendar-check",
        GuideTopic.EVALUATION: "award",
        GuideTopic.CHANGE: "refresh-cw",
        GuideTopic.DEREGISTRATION: "file-x",
        GuideTopic.CHARITY: "hand-heart",
        GuideTopic.VOLUNTEERING: "heart-handshake",
    }

    title = blocks.CharBlock(label=_("Title"), max_length=60)
    count = blocks.IntegerBlock(label=_("Number of items"), min_value=1, max_value=12, default=8)

    class Meta:
        icon = "list-ul"
        label = _("Popular service guides")
        template = "home/blocks/popular_guides.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # The home page's own language, known without the query Locale.get_active() makes.
        page = (parent_context or {}).get("page")
        locale = page.locale_id if page else None
        guides = listed(GuidePage.objects.filter(featured=True), locale).order_by("title")[: value["count"]]
        context["services"] = [(guide, self.TOPIC_ICONS.get(guide.topic, "file-text")) for guide in guides]
        return context


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
    popular_guides = PopularGuidesBlock()
    quick_links = QuickLinksBlock()
    directory_figures = DirectoryFiguresBlock()
    text = blocks.RichTextBlock(
        label=pgettext_lazy("body text", "Text"), features=["h2", "h3", "bold", "italic", "link"]
    )
