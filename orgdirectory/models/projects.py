"""The project platform (项目平台): projects, their outcomes, and volunteer sign-ups."""

import secrets

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from core.i18n import localized
from taxonomy.models import CityFromRegion


class ProjectKind(models.TextChoices):
    GOVERNMENT = "government", _("Government-purchased service project")
    CHARITY = "charity", _("Public-welfare project")
    VOLUNTEER = "volunteer", _("Volunteer service project")


class ProjectStatus(models.TextChoices):
    RECRUITING = "recruiting", _("Recruiting")
    IN_PROGRESS = "in_progress", pgettext_lazy("project status", "In progress")
    COMPLETED = "completed", _("Completed")


class ProjectQuerySet(models.QuerySet):
    def open_for_signup(self):
        return self.filter(kind=ProjectKind.VOLUNTEER, status=ProjectStatus.RECRUITING)


class Project(index.Indexed, CityFromRegion, ClusterableModel):
    """A project the center funds or supports, with what it achieved; volunteer
    projects also take sign-ups for a limited number of places."""

    kind = models.CharField(pgettext_lazy("project", "Kind"), max_length=20, choices=ProjectKind.choices)
    title = models.CharField(_("Title"), max_length=200)
    title_en = models.CharField(_("English title"), max_length=300, blank=True)
    organizations = ParentalManyToManyField(
        "orgdirectory.Organization", verbose_name=_("Run by"), blank=True, related_name="projects"
    )
    funder = models.CharField(_("Funder"), max_length=200, blank=True)
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("Region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    service_area = models.ForeignKey(
        "taxonomy.ServiceArea",
        verbose_name=_("Service area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    budget = models.DecimalField(
        _("Budget (yuan)"), max_digits=14, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    starts_on = models.DateField(_("Starts on"))
    ends_on = models.DateField(_("Ends on"), null=True, blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.RECRUITING
    )
    description = models.TextField(_("Description"), max_length=5000)
    outcomes = models.TextField(_("Outcomes"), blank=True, max_length=5000)
    # When the record last changed: its page's lastmod in the sitemap (home/sitemap.py).
    updated_at = models.DateTimeField(_("Last updated"), auto_now=True)

    # Volunteer projects
    place = models.CharField(_("Where"), max_length=200, blank=True)
    schedule = models.CharField(_("When"), max_length=200, blank=True, help_text=_("For example: 每周六 9:00-11:30"))
    places = models.PositiveIntegerField(_("Volunteer places"), null=True, blank=True)
    requirements = models.TextField(_("Requirements"), blank=True, max_length=2000)
    hours_credited = models.DecimalField(
        _("Volunteer hours credited"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contact = models.CharField(_("Contact"), max_length=100, blank=True)
    # Confirmed and pending sign-ups, kept by the sign-up service inside its lock.
    places_taken = models.PositiveIntegerField(_("Places taken"), default=0, editable=False)

    objects = ProjectQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("title_en"),
        FieldPanel("organizations"),
        FieldPanel("funder"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("service_area")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("status")]),
        FieldPanel("budget"),
        FieldPanel("description"),
        FieldPanel("outcomes"),
        InlinePanel("outcome_figures", heading=_("Outcome figures"), label=_("Figure")),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("schedule"),
                FieldRowPanel([FieldPanel("places"), FieldPanel("hours_credited")]),
                FieldPanel("requirements"),
                FieldPanel("contact"),
            ],
            heading=_("Volunteer project"),
        ),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("title_en"),
        index.SearchField("description"),
        index.SearchField("outcomes"),
        index.SearchField("funder"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("Project")
        verbose_name_plural = _("Projects")
        ordering = ["-starts_on", "pk"]
        indexes = [
            models.Index(fields=["kind", "status", "starts_on"]),
            models.Index(fields=["city", "kind"]),
        ]

    def __str__(self):
        return self.title

    @property
    def label(self):
        return localized(self, "title")

    @property
    def is_volunteer(self):
        return self.kind == ProjectKind.VOLUNTEER

    @property
    def places_left(self):
        if self.places is None:
            return None
        return max(self.places - self.places_taken, 0)

    @property
    def accepts_signups(self):
        return self.is_volunteer and self.status == ProjectStatus.RECRUITING and self.places is not None

    @property
    def is_full(self):
        """Every place taken while still recruiting: sign-ups go onto the waiting list."""
        return self.accepts_signups and self.places_left == 0

    @property
    def status_label(self):
        """The status as the public reads it: a full project is not "recruiting" any more."""
        return _("Full · waiting list open") if self.is_full else self.get_status_display()

    def clean(self):
        errors = {}
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("A project cannot end before it starts.")
        if self.kind == ProjectKind.VOLUNTEER and not self.places:
            errors["places"] = _("A volunteer project needs a number of places.")
        if errors:
            raise ValidationError(errors)


class ProjectOutcome(Orderable):
    """A figure of what a project achieved: 服务长者 1,200 人次."""

    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="outcome_figures")
    label = models.CharField(_("What"), max_length=100)
    value = models.DecimalField(_("Figure"), max_digits=12, decimal_places=1)
    unit = models.CharField(_("Unit"), max_length=20, blank=True)

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("value"), FieldPanel("unit")])]


class SignupStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("sign-up status", "Received")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


HOLDING_PLACE = [SignupStatus.PENDING, SignupStatus.CONFIRMED]
ACTIVE = [SignupStatus.PENDING, SignupStatus.CONFIRMED, SignupStatus.WAITLISTED]


REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I to misread


def reference_with(prefix):
    """A reference a visitor can read out on the phone: a prefix and 8 unambiguous characters."""
    return prefix + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def new_reference():
    """A volunteer sign-up's reference: VS-…"""
    return reference_with("VS-")


class VolunteerSignup(models.Model):
    """A volunteer's sign-up for a project. Personal data: visible only to the
    groups given permission on this model, and purged after its retention period."""

    project = models.ForeignKey(Project, verbose_name=_("Project"), on_delete=models.PROTECT, related_name="signups")
    reference = models.CharField(_("Reference"), max_length=12, unique=True, default=new_reference, editable=False)
    name = models.CharField(pgettext_lazy("person", "Name"), max_length=50)
    phone = models.CharField(_("Mobile phone"), max_length=20)
    email = models.EmailField(_("Email"), blank=True)
    message = models.TextField(_("Message"), blank=True, max_length=1000)
    consented_at = models.DateTimeField(_("Consent to the privacy notice"), editable=False)
    status = models.CharField(_("Status"), max_length=20, choices=SignupStatus.choices, default=SignupStatus.PENDING)
    hours_served = models.DecimalField(
        _("Hours served"), max_digits=5, decimal_places=1, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    created_at = models.DateTimeField(_("Signed up"), default=timezone.now, editable=False)
    # The hidden key of the form that sent it: the same form sent twice makes one sign-up.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    # Set by purge_personal_data, which blanks the personal fields and keeps the row for the counts.
    anonymised_at = models.DateTimeField(_("Personal data removed on"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("project", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("phone", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("status"),
        FieldPanel("hours_served"),
    ]

    class Meta:
        verbose_name = _("Volunteer sign-up")
        verbose_name_plural = _("Volunteer sign-ups")
        ordering = ["created_at", "pk"]
        constraints = [
            # One active sign-up per phone and project, enforced by the database too
            # (anonymised rows have no phone left to compare).
            models.UniqueConstraint(
                fields=["project", "phone"],
                condition=Q(status__in=ACTIVE, anonymised_at__isnull=True),
                name="one_active_signup_per_phone",
            )
        ]

    def __str__(self):
        return f"{self.reference} · {self.project}"

    @property
    def holds_place(self):
        return self.status in HOLDING_PLACE

    @property
    def waiting_position(self):
        """Where a waitlisted sign-up stands (1: the next to be given a place); None for the others.
        The waiting list moves up in the order _rebalance() gives places: oldest first."""
        if self.status != SignupStatus.WAITLISTED:
            return None
        earlier = Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        return self.project.signups.filter(earlier, status=SignupStatus.WAITLISTED).count() + 1
