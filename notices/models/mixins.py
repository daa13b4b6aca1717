"""What every published text shares: a date, a summary, a region, a body, a pin,
attachments and a view count."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.apifields import RegionSerializer
from core.blocks import BodyBlock
from core.models import SitePageMixin
from taxonomy.models import CityFromRegion

from ..viewcounts import total_views


class PublishedText(SitePageMixin, CityFromRegion, Page):
    """A dated text in a section list: newest first, pinned ones above the rest."""

    date = models.DateField(_("Publication date"), default=timezone.localdate, db_index=True)
    summary = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("Region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The city or district the text is about, if it is local."),
    )
    pinned = models.BooleanField(_("Pinned"), default=False, help_text=_("Shown at the top of its list."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Body"))

    listing_panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("region"), FieldPanel("pinned")])]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("region", serializer=RegionSerializer()),
        APIField("body"),
    ]

    class Meta:
        abstract = True

    def attachment_list(self):
        attachments = getattr(self, "attachments", None)
        return attachments.select_related("document") if attachments is not None else []

    @property
    def view_count(self):
        return total_views(self.pk)


class Attachment(Orderable):
    """A document attached to a notice or policy, listed with its type and size."""

    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("Document"), on_delete=models.CASCADE)
    title = models.CharField(_("Title"), max_length=200, blank=True, help_text=_("Defaults to the document's title."))

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.title or self.document.title

    @property
    def file_type(self):
        return self.document.file_extension.upper()
