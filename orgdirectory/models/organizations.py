"""Organizations and their dated histories (grades, standing, inspections, honours, penalties)."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Sum, Value, When
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Orderable
from wagtail.search import index

from core.facets import has_bits
from core.i18n import localized
from taxonomy.models import CityFromRegion, MapPosition, ServiceArea

from ..choices import Grade, InspectionResult, OrgType, Standing
from ..credit_code import CheckCharacterMismatch, CreditCodeField, category_of, validate_credit_code

GRADE_VALID_YEARS = 5


def years_later(date, years):
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


class OrganizationQuerySet(models.QuerySet):
    def with_active_grade(self, today=None):
        """Annotate `active_grade`: the latest grade while it is valid (five years), else ""."""
        today = today or timezone.localdate()
        return self.annotate(active_grade=Case(When(grade_valid_until__gte=today, then=F("grade")), default=Value("")))

    def in_region(self, region):
        return self.filter(Q(region=region) | Q(city=region))


class Organization(index.Indexed, CityFromRegion, MapPosition, ClusterableModel):
    """A social organization registered with a civil-affairs authority, with the
    money it received and its record: what the transparency ledger shows."""

    name = models.CharField(pgettext_lazy("name of a thing", "Name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=300, blank=True)
    credit_code = CreditCodeField(_("Unified social credit code"), unique=True)
    check_override = models.BooleanField(
        _("Code confirmed despite warnings"),
        default=False,
        help_text=_(
            "Tick only after checking the registration certificate: keeps a code whose check character "
            "does not verify, or whose category does not match the type."
        ),
    )
    check_override_note = models.CharField(_("Reason for the confirmation"), max_length=200, blank=True)
    org_type = models.CharField(_("Type"), max_length=20, choices=OrgType.choices)
    registration_authority = models.CharField(_("Registration authority"), max_length=100, blank=True)
    supervising_unit = models.CharField(_("Supervising unit"), max_length=100, blank=True)
    certificate_number = models.CharField(_("Registration certificate number"), max_length=50, blank=True)
    certificate_valid_until = models.DateField(_("Certificate valid until"), null=True, blank=True)
    registered_capital = models.DecimalField(
        _("Registered capital (yuan)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("Region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    registered_on = models.DateField(_("Registration date"), null=True, blank=True)
    legal_representative = models.CharField(_("Legal representative"), max_length=50, blank=True)
    service_areas = ParentalManyToManyField(
        "taxonomy.ServiceArea", verbose_name=_("Service areas"), blank=True, related_name="organizations"
    )
    address = models.CharField(_("Address"), max_length=200, blank=True)
    phone = models.CharField(_("Phone"), max_length=50, blank=True)
    website = models.URLField(_("Website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("Short description"), blank=True, max_length=2000)

    # `city` (from CityFromRegion) and these are kept up to date from the region, the
    # histories and the funding records (refresh_summary), so
    # lists, filters and facet counts never aggregate per request.
    grade = models.CharField(_("Latest grade"), max_length=2, choices=Grade.choices, blank=True, editable=False)
    grade_valid_until = models.DateField(_("Grade valid until"), null=True, blank=True, editable=False)
    standing = models.CharField(
        _("Standing"), max_length=20, choices=Standing.choices, default=Standing.NORMAL, editable=False
    )
    funding_total = models.DecimalField(
        _("Funding received (yuan)"), max_digits=16, decimal_places=2, default=0, editable=False
    )
    # Its service areas as one integer, a bit per area (ServiceArea.bit): what the directory
    # filters and counts by area, from the facets index below instead of the link table.
    service_area_bits = models.BigIntegerField(_("Service areas, as bits"), default=0, editable=False)
    # When the record last changed, for the open-data extract (docs/open-data.md). Its
    # histories are edited with it, and refresh_summary moves it too, so this dates them all.
    updated_at = models.DateTimeField(_("Last updated"), auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    identity_panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        MultiFieldPanel(
            [FieldPanel("credit_code"), FieldPanel("check_override"), FieldPanel("check_override_note")],
            heading=_("Unified social credit code"),
        ),
        FieldPanel("org_type"),
        FieldRowPanel([FieldPanel("registration_authority"), FieldPanel("supervising_unit")]),
        FieldRowPanel([FieldPanel("certificate_number"), FieldPanel("certificate_valid_until")]),
        FieldRowPanel([FieldPanel("registered_on"), FieldPanel("registered_capital")]),
        FieldPanel("legal_representative"),
        FieldPanel("region"),
        FieldPanel("service_areas"),
        FieldPanel("description"),
    ]
    contact_panels = [
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("phone"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    record_panels = [
        InlinePanel("grade_awards", heading=_("Evaluation grades"), label=_("Grade")),
        InlinePanel("standing_records", heading=_("Standing"), label=_("Listing")),
        InlinePanel("inspections", heading=_("Annual inspections and reports"), label=_("Year")),
        InlinePanel("commendations", heading=_("Commendations"), label=_("Commendation")),
        InlinePanel("penalties", heading=_("Administrative penalties"), label=_("Penalty")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(identity_panels, heading=pgettext_lazy("organization", "Identity")),
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(record_panels, heading=_("Record")),
        ]
    )
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("name_en"),
        index.SearchField("credit_code"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("org_type"),
        index.FilterField("city"),
    ]

    class Meta:
        verbose_name = _("Organization")
        verbose_name_plural = _("Organizations")
        ordering = ["name"]
        indexes = [
            # The directory's default order: its first page is read from this index.
            models.Index(fields=["name", "id"], name="orgdirectory_org_name_idx"),
            # The same order within a region, the filter visitors choose most: without it the
            # first page of a big city's list walks the name index past every other city.
            models.Index(fields=["city", "name", "id"], name="orgdirectory_org_city_name_idx"),
            models.Index(fields=["grade", "grade_valid_until"]),
            models.Index(fields=["standing"]),
            models.Index(fields=["registered_on"]),
            models.Index(fields=["-funding_total"]),
            # Every facet's count reads only these columns: PostgreSQL counts them from this
            # narrow index instead of scanning the wide table. It serves filters by city too.
            models.Index(
                fields=[
                    "city",
                    "org_type",
                    "standing",
                    "grade",
                    "grade_valid_until",
                    "registered_on",
                    "service_area_bits",
                ],
                name="orgdirectory_org_facets_idx",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return localized(self, "name")

    @property
    def category_mismatch(self):
        """Position 2 of the code says another type than the one recorded."""
        category = category_of(self.credit_code)
        return category is not None and category != OrgType(self.org_type).credit_code_category

    def clean(self):
        super().clean()
        if not self.credit_code or self.check_override:
            return
        try:
            validate_credit_code(self.credit_code)
        except CheckCharacterMismatch as error:
            raise ValidationError(
                {"credit_code": [*error.messages, _("If the certificate really shows this code, confirm it below.")]}
            ) from None
        if self.org_type and self.category_mismatch:
            raise ValidationError(
                {
                    "credit_code": _(
                        "Position 2 of this code (“%(category)s”) does not match the type %(type)s; "
                        "check the type or confirm the code below."
                    )
                    % {"category": self.credit_code[1], "type": OrgType(self.org_type).label}
                }
            )

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.refresh_summary()

    def refresh_summary(self, today=None):
        """Recompute the stored areas, grade, standing and funding total from the records."""
        today = today or timezone.localdate()
        latest_grade = self.grade_awards.order_by("-awarded_on").first()
        listing = self.standing_records.filter(Q(removed_on__isnull=True) | Q(removed_on__gt=today))
        listing = listing.filter(listed_on__lte=today).order_by("-listed_on").first()
        summary = {
            "service_area_bits": ServiceArea.bits_of(self.service_areas.all()),
            "grade": latest_grade.grade if latest_grade else "",
            "grade_valid_until": latest_grade.valid_until if latest_grade else None,
            "standing": listing.status if listing else Standing.NORMAL,
            "funding_total": self.funding_records.aggregate(total=Sum("amount"))["total"] or 0,
        }
        # update() skips auto_now: a funding record added or removed changes the summary too.
        Organization.objects.filter(pk=self.pk).update(**summary, updated_at=timezone.now())
        for name, value in summary.items():
            setattr(self, name, value)

    def active_grade_on(self, date):
        return self.grade if self.grade_valid_until and self.grade_valid_until >= date else ""


class GradeAward(Orderable):
    """An evaluation grade (社会组织评估等级), valid for five years from the award."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="grade_awards")
    grade = models.CharField(_("Grade"), max_length=2, choices=Grade.choices)
    awarded_on = models.DateField(_("Awarded on"))
    evaluating_body = models.CharField(_("Evaluating body"), max_length=100, blank=True)

    panels = [FieldRowPanel([FieldPanel("grade"), FieldPanel("awarded_on")]), FieldPanel("evaluating_body")]

    class Meta(Orderable.Meta):
        verbose_name = _("Evaluation grade")
        ordering = ["-awarded_on"]

    @property
    def valid_until(self):
        return years_later(self.awarded_on, GRADE_VALID_YEARS)

    def is_valid_on(self, date):
        return self.awarded_on <= date <= self.valid_until


class StandingRecord(Orderable):
    """A listing on an abnormal-activities or untrustworthy list, or a revocation, and its removal."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="standing_records")
    status = models.CharField(_("Status"), max_length=20, choices=[c for c in Standing.choices if c[0] != "normal"])
    listed_on = models.DateField(_("Listed on"))
    listed_reason = models.CharField(_("Reason for listing"), max_length=300)
    decided_by = models.CharField(_("Decided by"), max_length=100, blank=True)
    removed_on = models.DateField(_("Removed on"), null=True, blank=True)
    removal_reason = models.CharField(_("Reason for removal"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("listed_on")]),
        FieldPanel("listed_reason"),
        FieldPanel("decided_by"),
        FieldRowPanel([FieldPanel("removed_on"), FieldPanel("removal_reason")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Standing record")
        ordering = ["-listed_on"]

    def clean(self):
        if self.removed_on and self.listed_on and self.removed_on < self.listed_on:
            raise ValidationError({"removed_on": _("A listing cannot be removed before it was made.")})


class AnnualInspection(Orderable):
    """An annual inspection (年检) or annual work report (年报) and its result."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="inspections")
    year = models.PositiveSmallIntegerField(_("Year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    result = models.CharField(_("Result"), max_length=20, choices=InspectionResult.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("result")]), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("Annual inspection")
        ordering = ["-year"]


class Commendation(Orderable):
    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="commendations")
    title = models.CharField(_("Honour"), max_length=200)
    awarded_by = models.CharField(_("Awarded by"), max_length=100, blank=True)
    awarded_on = models.DateField(_("Awarded on"))

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("awarded_by"), FieldPanel("awarded_on")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Commendation")
        ordering = ["-awarded_on"]


class Penalty(Orderable):
    """An administrative penalty (行政处罚), published as the law requires."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="penalties")
    decision_number = models.CharField(_("Decision number"), max_length=100)
    reason = models.CharField(_("Reason"), max_length=300)
    basis = models.CharField(pgettext_lazy("administrative penalty", "Legal basis"), max_length=300, blank=True)
    result = models.CharField(_("Penalty"), max_length=300)
    decided_on = models.DateField(_("Decided on"))

    panels = [
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decided_on")]),
        FieldPanel("reason"),
        FieldPanel("basis"),
        FieldPanel("result"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Administrative penalty")
        ordering = ["-decided_on"]


@receiver(pre_delete, sender=ServiceArea, dispatch_uid="orgdirectory.service_area_deleted")
def forget_deleted_service_area(sender, instance, **kwargs):
    """A deleted area's links go with it (they cascade): its bit goes too, as an area added
    later may take that bit."""
    holders = Organization.objects.filter(has_bits("service_area_bits", instance.mask))
    holders.update(service_area_bits=F("service_area_bits") - instance.mask)
