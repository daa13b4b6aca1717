"""Money: what each organization received (funding records) and donations."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from ..choices import FundingSource

MIN_AMOUNT = MinValueValidator(Decimal("0.01"), message=_("The amount must be more than zero."))


class FundingRecord(models.Model):
    """Money an organization received in a year, from whom, and the project it paid for.

    `project_name` says what the money paid for; `project` links the record to the
    project platform's page for it, where there is one.
    """

    organization = models.ForeignKey(
        "orgdirectory.Organization",
        verbose_name=_("Organization"),
        on_delete=models.CASCADE,
        related_name="funding_records",
    )
    year = models.PositiveSmallIntegerField(_("Year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    source = models.CharField(pgettext_lazy("origin", "Source"), max_length=30, choices=FundingSource.choices)
    funder = models.CharField(_("Funder"), max_length=200)
    amount = models.DecimalField(_("Amount (yuan)"), max_digits=14, decimal_places=2, validators=[MIN_AMOUNT])
    project_name = models.CharField(_("What it paid for"), max_length=200)
    project = models.ForeignKey(
        "orgdirectory.Project",
        verbose_name=_("Project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funding_records",
        help_text=_("The project on the project platform that this money paid for, if it is there."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("Last updated"), auto_now=True)

    panels = [
        FieldPanel("organization"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("source")]),
        FieldPanel("funder"),
        FieldPanel("amount"),
        FieldPanel("project_name"),
        FieldPanel("project"),
        FieldPanel("document"),
    ]

    class Meta:
        verbose_name = _("Funding record")
        verbose_name_plural = _("Funding records")
        ordering = ["-year", "-amount"]
        indexes = [models.Index(fields=["organization", "year"]), models.Index(fields=["year", "source"])]

    def __str__(self):
        return f"{self.organization} · {self.year} · {self.amount}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.organization.refresh_summary()

    def delete(self, *args, **kwargs):
        organization = self.organization
        result = super().delete(*args, **kwargs)
        organization.refresh_summary()
        return result

    def clean(self):
        # Money is recorded once received: a later year is a typing error, and it would show
        # on the public ledger as if it had happened.
        if self.year and self.year > timezone.localdate().year:
            raise ValidationError({"year": _("The year cannot be later than this year.")})


class Donation(models.Model):
    """A gift of money or goods (捐赠), to an organization or to the center itself."""

    donor_name = models.CharField(_("Donor"), max_length=200)
    is_anonymous = models.BooleanField(_("Show as anonymous"), default=False)
    amount = models.DecimalField(
        _("Amount (yuan)"), max_digits=14, decimal_places=2, null=True, blank=True, validators=[MIN_AMOUNT]
    )
    in_kind = models.CharField(_("Goods donated"), max_length=300, blank=True)
    donated_on = models.DateField(_("Date"))
    recipient = models.ForeignKey(
        "orgdirectory.Organization",
        verbose_name=_("Recipient"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="donations",
        help_text=_("Leave empty for donations to the center itself."),
    )
    purpose = models.CharField(_("Purpose"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("donor_name"), FieldPanel("is_anonymous")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("in_kind")]),
        FieldPanel("donated_on"),
        FieldPanel("recipient"),
        FieldPanel("purpose"),
    ]

    class Meta:
        verbose_name = _("Donation")
        verbose_name_plural = _("Donations")
        ordering = ["-donated_on"]
        indexes = [models.Index(fields=["donated_on"])]

    def __str__(self):
        return f"{self.public_donor_name} · {self.donated_on}"

    @property
    def public_donor_name(self):
        return str(_("Anonymous")) if self.is_anonymous else self.donor_name

    def clean(self):
        if self.amount is None and not self.in_kind.strip():
            raise ValidationError(_("Give an amount or describe the goods donated."))
        # The donors page lists donations received; a future date is a typing error.
        if self.donated_on and self.donated_on > timezone.localdate():
            raise ValidationError({"donated_on": _("The date cannot be in the future.")})
