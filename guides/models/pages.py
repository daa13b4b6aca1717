"""The guide finder, guide pages, step-by-step journeys and the service map."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.apifields import StreamWithDocumentsField, TermSerializer
from core.models import ListingPage, SitePageMixin
from core.querysets import listed

from ..api import ServicePointSerializer
from ..blocks import ConditionBlock, FAQBlock, LegalReferenceBlock, MaterialBlock, SpecialStageBlock, StepBlock
from ..choices import GuideTopic, ItemType, TimeLimitKind
from ..filters import guide_list
from .points import ServicePoint

MAX_DAYS = 365


class GuideIndexPage(ListingPage):
    """办事指南: the guide finder. Its guides are its children; facets by topic,
    audience, item type, fully online and the region of a service point."""

    keyword_label = _("Service name or keyword")

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["guides.GuidePage", "guides.GuideJourneyPage"]

    class Meta:
        verbose_name = _("Guide finder page")

    def get_listing(self, params):
        return guide_list(self, params)

    def listed_pages(self):
        return listed(GuidePage.objects.child_of(self), self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Links only (a title and an address each): their StreamField bodies stay in the database.
        context["featured"] = self.listed_pages().filter(featured=True).order_by("title").defer_streamfields()
        context["journeys"] = listed(GuideJourneyPage.objects.child_of(self), self.locale_id).defer_streamfields()
        return context


class GuidePage(SitePageMixin, RoutablePageMixin, Page):
    """One service (办事事项), as structured data in the order Chinese government
    service guides standardise, with a printable materials checklist at `checklist/`."""

    item_code = models.CharField(_("Item code"), max_length=50, blank=True)
    item_type = models.CharField(_("Item type"), max_length=20, choices=ItemType.choices)
    topic = models.CharField(_("Topic"), max_length=20, choices=GuideTopic.choices)
    summary = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)
    implementing_body = models.CharField(_("Implementing body"), max_length=100)
    audiences = ParentalManyToManyField("taxonomy.Audience", verbose_name=_("For whom"), blank=True)
    legal_basis = StreamField(
        [("reference", LegalReferenceBlock())], blank=True, verbose_name=pgettext_lazy("service guide", "Legal basis")
    )
    conditions = StreamField([("condition", ConditionBlock())], blank=True, verbose_name=_("Conditions"))
    materials = StreamField([("material", MaterialBlock())], blank=True, verbose_name=_("Materials"))
    procedure = StreamField([("step", StepBlock())], blank=True, verbose_name=_("Procedure"))
    time_limit_kind = models.CharField(
        _("Kind of time limit"), max_length=20, choices=TimeLimitKind.choices, default=TimeLimitKind.PROMISED
    )
    statutory_days = models.PositiveSmallIntegerField(
        _("Statutory time limit (working days)"), null=True, blank=True, validators=[MaxValueValidator(MAX_DAYS)]
    )
    promised_days = models.PositiveSmallIntegerField(
        _("Promised time limit (working days)"), null=True, blank=True, validators=[MaxValueValidator(MAX_DAYS)]
    )
    special_stages = StreamField([("stage", SpecialStageBlock())], blank=True, verbose_name=_("Special stages"))
    visits = models.PositiveSmallIntegerField(
        _("On-site visits needed"), default=1, validators=[MaxValueValidator(10)], help_text=_("0 for fully online.")
    )
    is_free = models.BooleanField(_("Free of charge"), default=True)
    fee_amount = models.DecimalField(
        _("Fee (yuan)"), max_digits=10, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    fee_basis = models.CharField(_("Legal basis of the fee"), max_length=200, blank=True)
    service_points = ParentalManyToManyField(ServicePoint, verbose_name=_("Service points"), blank=True)
    online_url = models.URLField(_("Apply online"), blank=True)
    progress_url = models.URLField(_("Check progress"), blank=True)
    consult_phone = models.CharField(_("Consultation phone"), max_length=50, blank=True)
    complaint_phone = models.CharField(_("Complaint and supervision phone"), max_length=50, blank=True)
    faq = StreamField([("qa", FAQBlock())], blank=True, verbose_name=_("Questions and answers"))
    reviewed_on = models.DateField(_("Last reviewed"), null=True, blank=True)
    reviewed_by = models.CharField(_("Reviewed by"), max_length=100, blank=True)
    featured = models.BooleanField(_("Popular guide"), default=False, help_text=_("Shown first in the finder."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("item_code"), FieldPanel("item_type"), FieldPanel("topic")]),
        FieldPanel("implementing_body"),
        FieldPanel("audiences"),
        FieldPanel("featured"),
    ]
    requirement_panels = [FieldPanel("legal_basis"), FieldPanel("conditions"), FieldPanel("materials")]
    process_panels = [
        FieldPanel("procedure"),
        MultiFieldPanel(
            [
                FieldPanel("time_limit_kind"),
                FieldRowPanel([FieldPanel("statutory_days"), FieldPanel("promised_days")]),
                FieldPanel("special_stages"),
                FieldPanel("visits"),
            ],
            heading=_("Time limits"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldRowPanel([FieldPanel("fee_amount"), FieldPanel("fee_basis")])],
            heading=_("Fees"),
        ),
    ]
    where_panels = [
        FieldPanel("service_points"),
        FieldRowPanel([FieldPanel("online_url"), FieldPanel("progress_url")]),
        FieldRowPanel([FieldPanel("consult_phone"), FieldPanel("complaint_phone")]),
        FieldPanel("faq"),
        FieldRowPanel([FieldPanel("reviewed_on"), FieldPanel("reviewed_by")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Service")),
            ObjectList(requirement_panels, heading=_("Basis, conditions and materials")),
            ObjectList(process_panels, heading=_("Procedure, time and fees")),
            ObjectList(where_panels, heading=_("Where, contacts and FAQ")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("implementing_body"),
        index.SearchField("conditions"),
        index.SearchField("materials"),
        index.SearchField("procedure"),
        index.SearchField("faq"),
        index.FilterField("topic"),
    ]

    # Every element of the guide, in the order of the page (docs/api.md).
    api_fields = [
        APIField("item_code"),
        APIField("item_type"),
        APIField("topic"),
        APIField("summary"),
        APIField("implementing_body"),
        APIField("audiences", serializer=TermSerializer(many=True)),
        APIField("legal_basis"),
        APIField("conditions"),
        APIField("materials", serializer=StreamWithDocumentsField()),
        APIField("procedure"),
        APIField("time_limit_kind"),
        APIField("statutory_days"),
        APIField("promised_days"),
        APIField("special_stages"),
        APIField("visits"),
        APIField("fully_online"),
        APIField("is_free"),
        APIField("fee_amount"),
        APIField("fee_basis"),
        APIField("service_points", serializer=ServicePointSerializer(many=True)),
        APIField("online_url"),
        APIField("progress_url"),
        APIField("consult_phone"),
        APIField("complaint_phone"),
        APIField("faq"),
        APIField("reviewed_on"),
        APIField("reviewed_by"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Service guide")

    @property
    def fully_online(self):
        return self.visits == 0

    def clean(self):
        super().clean()
        self.check_limits()

    def check_limits(self):
        """Time limits and fees that make sense together (form errors in the editor)."""
        errors = {}
        if self.statutory_days and self.promised_days and self.promised_days > self.statutory_days:
            errors["promised_days"] = _("The promised time limit cannot be longer than the statutory one.")
        if self.time_limit_kind == TimeLimitKind.PROMISED and not self.promised_days:
            errors["promised_days"] = _("Give the promised time limit, or mark the item as done on the spot.")
        if not self.is_free:
            if not self.fee_amount:
                errors["fee_amount"] = _("Give the fee, or mark the service as free of charge.")
            if not self.fee_basis:
                errors["fee_basis"] = _("A fee needs its legal basis.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["service_points"] = self.service_points.select_related("region__parent")
        context["audience_list"] = self.audiences.all()
        # A method, so that only templates that show the journeys (not the checklist) query them.
        context["journeys"] = self.journeys
        context["related"] = (
            listed(GuidePage.objects.sibling_of(self, inclusive=False), self.locale_id)
            .filter(topic=self.topic)
            .order_by("title")[:5]
        )
        return context

    def journeys(self):
        """[(step, steps)]: the journeys in this page's language that take this guide (or its
        original) as a `step`, with all their `steps` resolved to this language at once."""
        currents = list(
            JourneyStep.objects.filter(
                guide__translation_key=self.translation_key,
                journey__in=listed(GuideJourneyPage.objects.all(), self.locale_id),
            )
            .select_related("journey")
            .prefetch_related(Prefetch("journey__steps", queryset=JourneyStep.objects.with_guides()))
        )
        steps = steps_in_language(
            [step for current in currents for step in current.journey.steps.all()], self.locale_id
        )
        return [(current, [step for step in steps if step.journey_id == current.journey_id]) for current in currents]

    @path("checklist/")
    def checklist(self, request):
        """A one-page list of the materials to print and tick."""
        return self.render(request, template="guides/guide_checklist.html")


class GuideJourneyPage(SitePageMixin, Page):
    """A step-by-step journey (成立一个社会组织: 名称核准 → 成立登记 → …), each step a guide."""

    summary = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("summary"), InlinePanel("steps", label=_("Step"), min_num=2)]
    api_fields = [APIField("summary"), APIField("steps")]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Guide journey")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = steps_in_language(self.steps.select_related("guide__locale"), self.locale_id)
        return context


class JourneyStepQuerySet(models.QuerySet):
    def with_guides(self):
        """With each step's guide as a link needs it: its locale, not its StreamField bodies."""
        bodies = [f"guide__{field.name}" for field in GuidePage._meta.concrete_fields if isinstance(field, StreamField)]
        return self.select_related("guide__locale").defer(*bodies)


class JourneyStep(Orderable):
    journey = ParentalKey(GuideJourneyPage, on_delete=models.CASCADE, related_name="steps")
    guide = models.ForeignKey(GuidePage, verbose_name=_("Guide"), on_delete=models.CASCADE, related_name="+")
    label = models.CharField(
        _("Step name"), max_length=60, blank=True, help_text=_("Leave empty to use the guide's title.")
    )

    objects = JourneyStepQuerySet.as_manager()

    panels = [FieldPanel("guide"), FieldPanel("label")]
    api_fields = [APIField("guide"), APIField("title")]

    @property
    def title(self):
        return self.label or self.guide.title


def steps_in_language(steps, locale_id):
    """Journey steps, each with `target`: its guide in the language `locale_id` where
    that translation is live (one query for all), otherwise the guide itself; and `name`:
    the step's label, or the target's title."""
    steps = list(steps)
    # A guide already in that language is its own translation: only the others are looked up.
    others = [step.guide.translation_key for step in steps if step.guide.locale_id != locale_id]
    translations = (
        {
            guide.translation_key: guide
            for guide in listed(GuidePage.objects.all(), locale_id)
            .filter(translation_key__in=others)
            .select_related("locale")
            .defer_streamfields()
        }
        if others
        else {}
    )
    for step in steps:
        step.target = translations.get(step.guide.translation_key, step.guide)
        step.name = step.label or step.target.title
    return steps


class ServiceMapPage(SitePageMixin, Page):
    """服务地图: every service point in a list that works without JavaScript or map
    tiles, and on an interactive map when MAP_TILE_URL is configured."""

    intro = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Service map page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = listed(GuidePage.objects.all(), self.locale_id).order_by("title")
        points = list(
            ServicePoint.objects.select_related("region__parent", "city").prefetch_related(
                Prefetch("guidepage_set", queryset=guides, to_attr="guides_here")
            )
        )
        context["points"] = points
        context["tile_url"] = settings.MAP_TILE_URL
        context["tile_attribution"] = settings.MAP_TILE_ATTRIBUTION
        context["map_points"] = [
            {"name": p.label, "address": p.address, "lat": float(p.latitude), "lng": float(p.longitude)}
            for p in points
            if p.has_position
        ]
        return context
