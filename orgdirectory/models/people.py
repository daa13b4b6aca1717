"""Needs raised by communities (需求库) and the talent pool (人才库)."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from core.i18n import localized
from taxonomy.models import CityFromRegion

from .projects import reference_with


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Awaiting a match")
    MATCHED = "matched", _("Matched")
    CLOSED = "closed", _("Closed")


def new_need_reference():
    """A need's reference, given to whoever sent it, to quote when they ask about it: ND-…"""
    return reference_with("ND-")


class NeedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_approved=True)


class Need(index.Indexed, CityFromRegion):
    """Something a community or organization needs done (项目协同). Needs sent by
    the public stay unpublished until an editor approves them."""

    reference = models.CharField(_("Reference"), max_length=12, unique=True, default=new_need_reference, editable=False)
    title = models.CharField(_("Title"), max_length=200)
    description = models.TextField(_("Description"), max_length=3000)
    region = models.ForeignKey("taxonomy.Region", verbose_name=_("Region"), on_delete=models.PROTECT, related_name="+")
    service_area = models.ForeignKey(
        "taxonomy.ServiceArea",
        verbose_name=_("Service area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="needs",
    )
    beneficiaries = models.CharField(_("Who benefits"), max_length=200, blank=True)
    budget = models.DecimalField(
        _("Budget (yuan)"), max_digits=14, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    deadline = models.DateField(_("Needed by"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=NeedStatus.choices, default=NeedStatus.OPEN)
    raised_by = models.CharField(_("Raised by"), max_length=100, help_text=_("A community, village or organization."))
    contact_name = models.CharField(_("Contact person"), max_length=50, blank=True)
    contact_phone = models.CharField(_("Contact phone"), max_length=20, blank=True)
    matched_project = models.ForeignKey(
        "orgdirectory.Project",
        verbose_name=_("Matched project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="needs",
    )
    matched_organization = models.ForeignKey(
        "orgdirectory.Organization",
        verbose_name=_("Matched organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="needs",
    )
    is_approved = models.BooleanField(_("Approved for publication"), default=False)
    submitted_at = models.DateTimeField(pgettext_lazy("date received", "Received"), auto_now_add=True)
    # The hidden key of the public form that sent it: the same form sent twice makes one need.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    # When the record last changed: its page's lastmod in the sitemap (home/sitemap.py).
    updated_at = models.DateTimeField(_("Last updated"), auto_now=True)

    objects = NeedQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("service_area")]),
        FieldPanel("beneficiaries"),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("deadline")]),
        MultiFieldPanel(
            [FieldPanel("raised_by"), FieldPanel("contact_name"), FieldPanel("contact_phone")], heading=_("Raised by")
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("matched_project"), FieldPanel("matched_organization")],
            heading=_("Matching"),
        ),
        FieldPanel("is_approved"),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("description"),
        index.SearchField("raised_by"),
        index.SearchField("reference"),
        index.AutocompleteField("title"),
        index.FilterField("is_approved"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("Need")
        verbose_name_plural = _("Needs")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["is_approved", "status"]), models.Index(fields=["city", "status"])]

    def __str__(self):
        return self.title

    def shown_on_pages(self):
        """Only approved needs are public (core.pagecache: saving an unapproved one leaves cached pages alone)."""
        return self.is_approved

    def save(self, *args, **kwargs):
        if (self.matched_project_id or self.matched_organization_id) and self.status == NeedStatus.OPEN:
            self.status = NeedStatus.MATCHED
        super().save(*args, **kwargs)


class TalentQuerySet(models.QuerySet):
    def public(self):
        """Only people who have given recorded consent to a public profile."""
        return self.filter(consented_at__isnull=False)


class Talent(index.Indexed, CityFromRegion):
    """A person who can help (social worker, expert, skilled volunteer). Only the
    public profile is ever shown, and only with recorded consent; the contact
    fields are for editors with permission on this model."""

    display_name = models.CharField(_("Name shown"), max_length=50)
    expertise = models.CharField(_("Expertise"), max_length=200)
    qualifications = models.CharField(_("Qualifications"), max_length=200, blank=True)
    region = models.ForeignKey("taxonomy.Region", verbose_name=_("Region"), on_delete=models.PROTECT, related_name="+")
    service_area = models.ForeignKey(
        "taxonomy.ServiceArea",
        verbose_name=_("Service area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="talent",
    )
    availability = models.CharField(_("Availability"), max_length=100, blank=True)
    bio = models.TextField(_("Short biography"), blank=True, max_length=1000)
    consented_at = models.DateTimeField(
        _("Consent to a public profile given on"),
        null=True,
        blank=True,
        help_text=_("Empty: the profile is never shown."),
    )
    # When the record last changed: its page's lastmod in the sitemap (home/sitemap.py).
    updated_at = models.DateTimeField(_("Last updated"), auto_now=True)
    # Private: never in a public page, feed, API or search index.
    phone = models.CharField(_("Phone (private)"), max_length=20, blank=True)
    email = models.EmailField(_("Email (private)"), blank=True)
    id_number = models.CharField(_("ID number (private)"), max_length=18, blank=True)

    objects = TalentQuerySet.as_manager()

    panels = [
        FieldPanel("display_name"),
        FieldPanel("expertise"),
        FieldPanel("qualifications"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("service_area")]),
        FieldPanel("availability"),
        FieldPanel("bio"),
        FieldPanel("consented_at"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("id_number")],
            heading=pgettext_lazy("personal data", "Private"),
        ),
    ]
    # Public fields only: the private ones must never reach a search index.
    search_fields = [
        index.SearchField("display_name"),
        index.SearchField("expertise", boost=2),
        index.SearchField("qualifications"),
        index.SearchField("bio"),
        index.FilterField("consented_at"),
    ]

    class Meta:
        verbose_name = _("Talent profile")
        verbose_name_plural = _("Talent profiles")
        ordering = ["display_name", "pk"]

    def __str__(self):
        return self.display_name

    def shown_on_pages(self):
        """Only profiles with recorded consent are public (see TalentQuerySet.public)."""
        return self.consented_at is not None

    @property
    def label(self):
        return localized(self, "display_name")
