"""Notices (服务公告): 通知, 公告 and 公示, with the metadata of government
information disclosure, attachments and, for a 公示, its disclosure period."""

import datetime

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.apifields import AttachmentSerializer
from core.panels import ConditionalTab
from core.querysets import listed
from core.review import ReviewedPage, ReviewedSection

from ..choices import DisclosureAttribute, DisclosureStatus, NoticeKind, NoticeTopic, NoticeValidity
from ..filters import notice_list
from ..querysets import NoticeQuerySet
from .calendar import add_working_days
from .indexnumbers import IndexNumber
from .listing import SectionIndexPage
from .mixins import Attachment, PublishedText

DEFAULT_OBJECTION_RULES = _(
    "Objections must be made in writing under your real name, with your contact details and the facts and "
    "evidence they rest on, and must reach us before the end of the disclosure period. Anonymous objections "
    "cannot be considered."
)


class NoticeIndexPage(ReviewedSection, SectionIndexPage):
    """服务公告: lists its notices pinned first, then newest, with facets by kind,
    公示 status, topic, region and year. Its notices go live only through the two-step
    review (core.review; setup_site assigns the workflow)."""

    organization_code = models.CharField(
        _("Organization code"),
        max_length=18,
        default="11440000MB2C00000X",
        help_text=_("The issuing body's unified social credit code: the first part of every index number (索引号)."),
    )

    content_panels = [*SectionIndexPage.content_panels, FieldPanel("organization_code")]

    keyword_label = _("Title, document or index number")

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["notices.NoticePage"]

    class Meta:
        verbose_name = _("Notice list")

    def get_listing(self, params):
        return notice_list(self, params)

    def listed_pages(self):
        return listed(NoticePage.objects.child_of(self), self.locale_id)


class NoticePage(ReviewedPage, PublishedText):
    """One notice. Its index number (索引号) is given on first save and never changes; its
    translations share it, a copy gets a new one (notices/models/indexnumbers.py)."""

    kind = models.CharField(
        pgettext_lazy("notice", "Kind"), max_length=20, choices=NoticeKind.choices, default=NoticeKind.NOTICE
    )
    index_number = models.CharField(_("Index number"), max_length=40, blank=True, db_index=True, editable=False)
    document_number = models.CharField(
        _("Document number"), max_length=60, blank=True, help_text=_("For example 粤社管〔2025〕12号.")
    )
    issuing_body = models.CharField(
        _("Issuing body"), max_length=100, help_text=_("The full name, not an abbreviation.")
    )
    written_on = models.DateField(_("Date written"), null=True, blank=True)
    topic = models.CharField(_("Topic"), max_length=20, choices=NoticeTopic.choices, default=NoticeTopic.GENERAL)
    disclosure_attribute = models.CharField(
        _("Disclosure"), max_length=20, choices=DisclosureAttribute.choices, default=DisclosureAttribute.PROACTIVE
    )
    validity = models.CharField(
        _("Validity"), max_length=20, choices=NoticeValidity.choices, default=NoticeValidity.VALID
    )
    effective_on = models.DateField(_("Effective from"), null=True, blank=True)
    expires_on = models.DateField(_("Expires on"), null=True, blank=True)
    disclosure_start = models.DateField(_("Disclosure starts"), null=True, blank=True)
    disclosure_end = models.DateField(
        _("Disclosure ends"),
        null=True,
        blank=True,
        help_text=_(
            "Counted from the start date and the working days on every save, unless “End date set by hand” is ticked."
        ),
    )
    # Without it, a changed start or length would keep the old end; with it, the editor's date is the end.
    disclosure_end_set_by_hand = models.BooleanField(
        _("End date set by hand"),
        default=False,
        help_text=_("Tick to keep the end date given here instead of counting it from the working days."),
    )
    disclosure_working_days = models.PositiveSmallIntegerField(
        _("Disclosure period (working days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Counted from the start date, skipping weekends and the holidays in the holiday list."),
    )
    objection_phone = models.CharField(_("Phone for objections"), max_length=50, blank=True)
    objection_email = models.EmailField(_("Email for objections"), blank=True)
    objection_address = models.CharField(_("Postal address for objections"), max_length=200, blank=True)
    objection_rules = models.TextField(
        _("How to object"), blank=True, help_text=_("Leave empty for the standard wording in the reader's language.")
    )

    objects = PageManager.from_queryset(NoticeQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("topic")]),
        FieldPanel("summary"),
        *PublishedText.listing_panels,
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Attachments")),
    ]
    metadata_panels = [
        FieldPanel("document_number"),
        FieldPanel("issuing_body"),
        FieldRowPanel([FieldPanel("written_on"), FieldPanel("disclosure_attribute"), FieldPanel("validity")]),
        FieldRowPanel([FieldPanel("effective_on"), FieldPanel("expires_on")]),
    ]
    disclosure_panels = [
        MultiFieldPanel(
            [
                FieldPanel("disclosure_start"),
                FieldRowPanel(
                    [
                        FieldPanel("disclosure_working_days"),
                        FieldPanel("disclosure_end"),
                        FieldPanel("disclosure_end_set_by_hand"),
                    ]
                ),
            ],
            heading=_("Disclosure period"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("objection_phone"), FieldPanel("objection_email")]),
                FieldPanel("objection_address"),
                FieldPanel("objection_rules"),
            ],
            heading=_("Objections"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Notice")),
            ObjectList(metadata_panels, heading=_("Disclosure metadata")),
            ConditionalTab(
                disclosure_panels, heading=_("Public disclosure (公示)"), field="kind", values=[NoticeKind.DISCLOSURE]
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *PublishedText.search_fields,
        index.SearchField("document_number"),
        index.SearchField("index_number"),
        index.SearchField("issuing_body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    api_fields = [
        *PublishedText.api_fields,
        APIField("kind"),
        APIField("index_number"),
        APIField("document_number"),
        APIField("issuing_body"),
        APIField("written_on"),
        APIField("validity"),
        APIField("disclosure_start"),
        APIField("disclosure_end"),
        APIField("disclosure_end_set_by_hand"),
        APIField("attachments", serializer=AttachmentSerializer(many=True)),
    ]

    # The same document in both languages: its numbers are not translated.
    override_translatable_fields = [SynchronizedField("index_number"), SynchronizedField("document_number")]
    # A copy is another document: it is numbered on its first save. A translation (copied
    # too) finds its original's number by the translation key they share.
    exclude_fields_in_copy = ["index_number"]

    parent_page_types = ["notices.NoticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Notice")
        indexes = [
            # What a notice list filters and counts on, and the page key it joins the pages by:
            # PostgreSQL counts the facets from this narrow index instead of reading every
            # notice's row, bodies and all (docs/performance.md).
            models.Index(
                fields=["kind", "topic", "city", "date", "disclosure_start", "disclosure_end", "page_ptr"],
                name="notices_notice_facets_idx",
            ),
        ]

    @property
    def is_disclosure(self):
        return self.kind == NoticeKind.DISCLOSURE

    def disclosure_status_on(self, day: datetime.date):
        if not (self.is_disclosure and self.disclosure_start and self.disclosure_end):
            return None
        if day < self.disclosure_start:
            return DisclosureStatus.UPCOMING
        if day > self.disclosure_end:
            return DisclosureStatus.CLOSED
        return DisclosureStatus.OPEN

    @property
    def disclosure_status(self):
        return self.disclosure_status_on(timezone.localdate())

    @property
    def objection_rules_text(self):
        return self.objection_rules or DEFAULT_OBJECTION_RULES

    @property
    def days_remaining(self):
        """Calendar days left after today while the disclosure is open (0: ends today)."""
        if self.disclosure_status != DisclosureStatus.OPEN:
            return None
        return (self.disclosure_end - timezone.localdate()).days

    def clean(self):
        super().clean()
        errors = {}
        if self.is_disclosure:
            if not self.disclosure_start:
                errors["disclosure_start"] = _("A public disclosure needs the day its period starts.")
            elif self.disclosure_end_set_by_hand and not self.disclosure_end:
                errors["disclosure_end"] = _("Give the end date you set by hand, or untick “End date set by hand”.")
            elif not (self.disclosure_end or self.disclosure_working_days):
                errors["disclosure_end"] = _("Give the day the disclosure ends, or its length in working days.")
            self.count_disclosure_end()
            if self.disclosure_start and self.disclosure_end and self.disclosure_end < self.disclosure_start:
                errors["disclosure_end"] = _("The disclosure cannot end before it starts (%(start)s).") % {
                    "start": self.disclosure_start.isoformat()
                }
            if not (self.objection_phone or self.objection_email or self.objection_address):
                errors["objection_phone"] = _("Say how objections reach you: a phone, an email or a postal address.")
        if self.effective_on and self.expires_on and self.expires_on < self.effective_on:
            errors["expires_on"] = _("A notice cannot expire before it takes effect.")
        if errors:
            raise ValidationError(errors)

    def count_disclosure_end(self):
        """The end is start + working days (the holiday list counted), unless an editor set it by hand.
        Called on every save, so a changed start, length or holiday list never leaves an old end."""
        if self.disclosure_end_set_by_hand or not (self.disclosure_start and self.disclosure_working_days):
            return
        self.disclosure_end = add_working_days(self.disclosure_start, self.disclosure_working_days)

    def save(self, *args, **kwargs):
        self.count_disclosure_end()
        if not self.index_number and not self.alias_of_id:
            self.index_number = self.next_index_number()
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision never brings back another number: the number is the document's, kept
        out of the revision history as Wagtail keeps the tree position out of it."""
        obj = super().with_content_json(content)
        obj.index_number = self.index_number or obj.index_number
        return obj

    def next_index_number(self):
        """`organization code/YYYY-NNNNN`: the document's number (a translation's original's),
        or the next one of the list's organization code and the notice's year."""
        # add_child() sets the tree path before the first save, so the parent is known.
        index = self.get_parent().specific if self.path else None
        code = getattr(index, "organization_code", None) or NoticeIndexPage._meta.get_field("organization_code").default
        return IndexNumber.for_document(self.translation_key, code, self.date.year)


class NoticeAttachment(Attachment):
    page = ParentalKey(NoticePage, on_delete=models.CASCADE, related_name="attachments")
