"""Policy texts (政策法规): laws, regulations and normative documents, with their
validity and the texts that amend, replace or interpret them."""

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.apifields import AttachmentSerializer
from core.querysets import ALL_LANGUAGES, listed
from core.review import ReviewedPage, ReviewedSection

from ..choices import PolicyLevel, PolicyRelationKind, PolicyValidity
from ..filters import policy_list
from ..querysets import PublishedTextQuerySet
from .listing import SectionIndexPage
from .mixins import Attachment, PublishedText


class PolicyIndexPage(ReviewedSection, SectionIndexPage):
    """政策法规: lists the texts with facets by level, validity and year. Its texts go live
    only through the two-step review (core.review; setup_site assigns the workflow)."""

    keyword_label = _("Title, document number or authority")

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["notices.PolicyPage"]

    class Meta:
        verbose_name = _("Policy list")

    def get_listing(self, params):
        return policy_list(self, params)

    def listed_pages(self):
        return listed(PolicyPage.objects.child_of(self), self.locale_id)


class PolicyPage(ReviewedPage, PublishedText):
    """One policy text. A text that amends, replaces or interprets another says so
    once, here; the older text shows the reverse links and, once repealed, a
    banner pointing at what replaced it."""

    issuing_authority = models.CharField(_("Issuing authority"), max_length=150)
    document_number = models.CharField(_("Document number"), max_length=60, blank=True)
    level = models.CharField(_("Level"), max_length=20, choices=PolicyLevel.choices, default=PolicyLevel.PROVINCIAL)
    issued_on = models.DateField(_("Issued on"))
    effective_on = models.DateField(_("Effective from"), null=True, blank=True)
    repealed_on = models.DateField(_("Repealed on"), null=True, blank=True)
    validity = models.CharField(
        _("Validity"), max_length=20, choices=PolicyValidity.choices, default=PolicyValidity.CURRENT
    )

    objects = PageManager.from_queryset(PublishedTextQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issuing_authority"), FieldPanel("document_number")]),
                FieldRowPanel([FieldPanel("level"), FieldPanel("validity")]),
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on"), FieldPanel("repealed_on")]),
            ],
            heading=_("Issuing and validity"),
        ),
        # No publication date of its own: it is the date of issue (see clean()).
        FieldRowPanel([FieldPanel("region"), FieldPanel("pinned")]),
        FieldPanel("body"),
        InlinePanel("relations", label=_("Texts this one amends, replaces or interprets")),
        InlinePanel("attachments", label=_("Attachments")),
    ]
    search_fields = [
        *PublishedText.search_fields,
        index.SearchField("document_number"),
        index.SearchField("issuing_authority"),
        index.FilterField("level"),
        index.FilterField("validity"),
    ]
    api_fields = [
        *PublishedText.api_fields,
        APIField("issuing_authority"),
        APIField("document_number"),
        APIField("level"),
        APIField("issued_on"),
        APIField("effective_on"),
        APIField("repealed_on"),
        APIField("validity"),
        APIField("attachments", serializer=AttachmentSerializer(many=True)),
    ]

    override_translatable_fields = [SynchronizedField("document_number")]

    parent_page_types = ["notices.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Policy text")

    @property
    def is_repealed(self):
        return self.validity == PolicyValidity.REPEALED

    def clean(self):
        super().clean()
        # A policy text is published on the day its authority issued it: the date the editor
        # enters (发布日期 on the page, the list's order and years). The date every text has
        # for lists and feeds follows it, so the two can never disagree. Page.save() cleans
        # too, so texts made in code follow it as well.
        if self.issued_on:
            self.date = self.issued_on
        if self.validity == PolicyValidity.REPEALED and not self.repealed_on:
            raise ValidationError({"repealed_on": _("Give the date a repealed text stopped applying.")})
        if self.repealed_on and self.issued_on and self.repealed_on < self.issued_on:
            raise ValidationError({"repealed_on": _("A text cannot be repealed before it was issued.")})

    def outgoing(self):
        """(kind, text) for the live, public texts this one amends, replaces or interprets."""
        # Chosen by the editor, in whichever language: only live and public matter here. In
        # memory, not filtered in the database, so that a preview shows its unsaved relations.
        relations = list(self.relations.all())
        if not relations:
            return []
        targets = PolicyPage.objects.filter(pk__in=[relation.target_id for relation in relations])
        shown = listed(targets, ALL_LANGUAGES).in_bulk()
        return [(r.kind, shown[r.target_id]) for r in relations if r.target_id in shown]

    def incoming(self, kind):
        """The live texts that relate to this one in `kind` (amended by, replaced by …)."""
        related = PolicyPage.objects.filter(relations__target=self, relations__kind=kind)
        return listed(related, self.locale_id).distinct()

    def amended_by(self):
        return self.incoming(PolicyRelationKind.AMENDS).order_by("issued_on")

    def replaced_by(self):
        return self.incoming(PolicyRelationKind.REPLACES).order_by("-issued_on").first()

    def interpretations(self):
        return self.incoming(PolicyRelationKind.INTERPRETS).order_by("issued_on")


class PolicyRelation(Orderable):
    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("Relation"), max_length=20, choices=PolicyRelationKind.choices)
    target = models.ForeignKey(
        PolicyPage,
        verbose_name=pgettext_lazy("policy relation", "Text"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")])]

    def clean(self):
        if self.target_id and self.target_id == self.page_id:
            raise ValidationError({"target": _("A text cannot relate to itself.")})


class PolicyAttachment(Attachment):
    page = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="attachments")
