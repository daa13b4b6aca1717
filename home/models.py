"""The site's root page, generic content pages, site-wide settings and error reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import SitePageMixin
from core.pagecache import kept_until_next_write
from core.querysets import listed

from .blocks import HomeBlock


class HomePage(SitePageMixin, Page):
    """The root of each language's tree: a banner, the latest news and notices,
    popular services and the directory's figures, every part chosen by editors."""

    body = StreamField(HomeBlock(), blank=True, verbose_name=_("Content"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    api_fields = [APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # Any section may sit at the top: each constrains itself with parent_page_types.
    subpage_types = None
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Home page")


class StandardPage(SitePageMixin, Page):
    """A page of the center's own (服务宗旨, 内设机构, 孵化中心 …) and any section
    that has no structured data of its own."""

    intro = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    # Sections (directories, news indexes …) constrain themselves with their own
    # parent_page_types, so the shell need not name another app's page types.
    subpage_types = None

    class Meta:
        verbose_name = _("Standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = listed(self.get_children(), self.locale_id)
        return context


class SitemapPage(SitePageMixin, Page):
    """站点地图: the whole tree of live public pages in this language, from one query."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Site map page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        root = self.get_parent()
        pages = listed(Page.objects.descendant_of(root), self.locale_id).exclude(pk=self.pk).order_by("path")
        context["tree"] = [(page, page.depth - root.depth) for page in pages]
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What every page's header and footer show. Chinese public-sector sites must
    show their sponsor, filing numbers and site code; texts have an English twin
    shown on /en/ pages (see core.i18n.localized)."""

    site_name = models.CharField(_("Site name"), max_length=100)
    site_name_en = models.CharField(_("Site name (English)"), max_length=150, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sponsor = models.CharField(_("Sponsoring body"), max_length=100, blank=True)
    sponsor_en = models.CharField(_("Sponsoring body (English)"), max_length=150, blank=True)
    organizer = models.CharField(_("Organizer"), max_length=100, blank=True)
    organizer_en = models.CharField(_("Organizer (English)"), max_length=150, blank=True)
    address = models.CharField(_("Address"), max_length=200, blank=True)
    address_en = models.CharField(_("Address (English)"), max_length=300, blank=True)
    postcode = models.CharField(_("Postcode"), max_length=10, blank=True)
    phone = models.CharField(_("Phone"), max_length=50, blank=True)
    email = models.EmailField(_("Email"), blank=True)
    office_hours = models.CharField(_("Office hours"), max_length=200, blank=True)
    office_hours_en = models.CharField(_("Office hours (English)"), max_length=300, blank=True)
    wechat_qr = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("WeChat QR code"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    site_code = models.CharField(_("Site identification code"), max_length=20, blank=True)
    icp_number = models.CharField(_("ICP filing number"), max_length=50, blank=True)
    icp_url = models.URLField(_("ICP filing system address"), default="https://beian.miit.gov.cn/")
    police_number = models.CharField(_("Public security filing number"), max_length=50, blank=True)
    police_url = models.URLField(
        _("Public security filing system address"),
        default="https://beian.mps.gov.cn/",
        help_text=_("The record's own page on the public security filing system, if it has one."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("site_name_en"), FieldPanel("logo")],
            heading=pgettext_lazy("site", "Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sponsor"),
                FieldPanel("sponsor_en"),
                FieldPanel("organizer"),
                FieldPanel("organizer_en"),
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("postcode"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
                FieldPanel("office_hours_en"),
                FieldPanel("wechat_qr"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("site_code"),
                FieldPanel("icp_number"),
                FieldPanel("icp_url"),
                FieldPanel("police_number"),
                FieldPanel("police_url"),
            ],
            heading=_("Filing numbers"),
        ),
    ]

    # Every page's header and footer show both images: fetch them with the settings.
    # https://docs.wagtail.org/en/stable/reference/contrib/settings.html#utilising-select-related-to-improve-efficiency
    select_related = ["logo", "wechat_qr"]

    class Meta:
        verbose_name = _("Site settings")

    @classmethod
    def for_request(cls, request):
        """Wagtail's, with the settings kept until the next write (saving them is one): every page
        shows them, so a page built without the page cache reads them from memory."""
        attr = cls.get_cache_attr_name()
        if not hasattr(request, attr):
            site = Site.find_for_request(request)
            key = f"site-settings:{site.pk if site else ''}"
            site_settings = kept_until_next_write(request, key, lambda: cls.for_site(site))
            site_settings._request = request  # as Wagtail's: page URLs in the settings use it
            setattr(request, attr, site_settings)
        return getattr(request, attr)


class ErrorReport(models.Model):
    """A visitor's report of a mistake on the site (我为网站找错), kept for editors."""

    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("error report status", "New")
        IN_PROGRESS = "in_progress", pgettext_lazy("error report status", "In progress")
        RESOLVED = "resolved", _("Resolved")

    page_url = models.CharField(_("Page address"), max_length=500, blank=True)
    description = models.TextField(_("What is wrong"), max_length=2000)
    contact = models.CharField(
        _("Contact (optional)"),
        max_length=100,
        blank=True,
        help_text=_("A phone number or email, if you want a reply."),
    )
    language = models.CharField(_("Language"), max_length=10, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(pgettext_lazy("date received", "Received"), auto_now_add=True)

    panels = [
        FieldPanel("page_url", read_only=True),
        FieldPanel("description", read_only=True),
        FieldPanel("contact", read_only=True),
        FieldPanel("status"),
    ]

    class Meta:
        verbose_name = _("Error report")
        verbose_name_plural = _("Error reports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.description[:40]


class SetupRecord(models.Model):
    """What `setup_site` made or adopted (a section page, a group, a workflow …), under a key of
    its own such as `section:news` or `group:first_review`, so that a later run finds it again
    however an editor has renamed or moved it. A record whose object is gone tells that an
    editor deleted it: setup_site leaves a deleted section deleted (home/setup/)."""

    key = models.CharField(_("Key"), max_length=150, unique=True)
    object_id = models.PositiveBigIntegerField(_("Object"))
    created_at = models.DateTimeField(_("Recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("Set-up record")
        verbose_name_plural = _("Set-up records")

    def __str__(self):
        return self.key
