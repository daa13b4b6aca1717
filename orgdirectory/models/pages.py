"""Pages that show the directory: the organization directory with its
transparency pages, and the donors page."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from ..credit_code import normalize

PAGE_SIZE = 20


class OrganizationIndexPage(RoutablePageMixin, Page):
    """组织库: every registered organization, filterable, each with its transparency
    page at `<credit code>/` (信息公开) and a CSV of its funding at `<code>/funding/`."""

    intro = models.TextField(_("Summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.StandardPage", "home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Organization directory page")

    @path("")
    def directory(self, request):
        from ..filters import organization_list

        listing = organization_list(request.GET)
        page = Paginator(listing.results(), PAGE_SIZE).get_page(request.GET.get("page"))
        facets = listing.facet_states()
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "facets": facets,
                "results": page,
                "summary": listing.summary(facets, page.paginator.count),
            },
        )

    @re_path(r"^(?P<code>[0-9A-Za-z]{18})/$")
    def transparency(self, request, code):
        from ..transparency import Ledger

        ledger = Ledger(self._organization(code))
        return self.render(
            request,
            template="orgdirectory/organization_detail.html",
            context_overrides={"organization": ledger.organization, "ledger": ledger},
        )

    @re_path(r"^(?P<code>[0-9A-Za-z]{18})/funding/$")
    def funding_csv(self, request, code):
        from ..views import FundingExportView

        return FundingExportView.as_view(organization=self._organization(code))(request)

    def _organization(self, code):
        from .organizations import Organization

        if normalize(code) != code:
            raise Http404
        return get_object_or_404(
            Organization.objects.select_related("city", "region__parent", "logo"), credit_code=code
        )

    def organization_url(self, organization, request=None):
        return self.get_url(request) + self.reverse_subpage("transparency", kwargs={"code": organization.credit_code})


class DonorsPage(Page):
    """捐赠者: donations received, newest first, with totals per year."""

    intro = models.TextField(_("Summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Donors page")

    def get_context(self, request, *args, **kwargs):
        from .funding import Donation

        context = super().get_context(request, *args, **kwargs)
        donations = Donation.objects.select_related("recipient").order_by("-donated_on", "-pk")
        context["donations"] = Paginator(donations, 50).get_page(request.GET.get("page"))
        context["totals"] = (
            Donation.objects.order_by()
            .values(year=ExtractYear("donated_on"))
            .annotate(amount=Sum("amount"), count=Count("pk"))
            .order_by("-year")
        )
        return context
