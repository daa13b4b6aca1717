"""Pages that show the directory: organizations (with their transparency pages),
donors, projects (with volunteer sign-up), needs and talent.

Each directory page is routable: its list at its own address, each record at
`<key>/`. The records are snippets; these pages are where editors place them in
the tree. The listings and the ledger are imported with the page models; the views
that take forms are imported when a route is served (`views()` below).
"""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from core.models import ListingPage, SitePageMixin

from .. import opendata
from ..credit_code import normalize
from ..filters import need_list, organization_list, project_list, talent_list
from ..transparency import Ledger
from .funding import Donation
from .organizations import Organization
from .people import Need, Talent
from .projects import ProjectKind

DIRECTORY_PARENTS = ["home.StandardPage", "home.HomePage"]


def views():
    """orgdirectory.views. Its forms are ModelForms, which Django can build only once every
    model is loaded, so it is imported when a route is first served rather than with the
    page models (https://docs.djangoproject.com/en/5.2/ref/applications/#how-applications-are-loaded)."""
    from .. import views as module

    return module


class DirectoryPage(ListingPage):
    """A directory of records shown through a page: placed by editors in a section."""

    parent_page_types = DIRECTORY_PARENTS
    subpage_types = []

    class Meta:
        abstract = True


class OrganizationIndexPage(DirectoryPage):
    """组织库: every registered organization, each with its transparency page at
    `<credit code>/` (信息公开) and a CSV of its funding at `<code>/funding/`."""

    keyword_label = _("Name, credit code or keyword")

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Organization directory page")

    def get_listing(self, params):

        return organization_list(params)

    @re_path(r"^(?P<code>[0-9A-Za-z]{18})/$")
    def transparency(self, request, code):

        ledger = Ledger(self._organization(code))
        return self.render(
            request,
            template="orgdirectory/organization_detail.html",
            context_overrides={"organization": ledger.organization, "ledger": ledger},
        )

    @re_path(r"^(?P<code>[0-9A-Za-z]{18})/funding/$")
    def funding_csv(self, request, code):

        return views().FundingExportView.as_view(organization=self._organization(code))(request)

    def _organization(self, code):

        if normalize(code) != code:
            raise Http404
        return get_object_or_404(
            Organization.objects.select_related("city", "region__parent", "logo"), credit_code=code
        )


class ProjectIndexPage(DirectoryPage):
    """项目平台 (政府项目 / 公益项目 / 志愿者项目): projects of one kind, or all; each
    at `<id>/`, where volunteer projects take sign-ups."""

    keyword_label = _("Project name or keyword")

    kind = models.CharField(
        _("Kind of project shown"),
        max_length=20,
        blank=True,
        choices=ProjectKind.choices,
        help_text=_("Leave empty to list every kind."),
    )

    content_panels = [*DirectoryPage.content_panels, FieldPanel("kind")]

    class Meta:
        verbose_name = _("Project directory page")

    def get_listing(self, params):

        return project_list(params, kind=self.kind)

    @path("<int:pk>/")
    def project(self, request, pk):

        return views().project_detail(request, self, pk)

    @path("<int:pk>/signup/<str:reference>/")
    def signup_received(self, request, pk, reference):

        return views().signup_received(request, self, pk, reference)

    @path("cancel/")
    def cancel_signup(self, request):

        return views().cancel_signup(request, self)


class NeedIndexPage(DirectoryPage):
    """需求库 / 项目协同: approved needs, each at `<id>/`; the public sends new ones
    through `submit/`, and they appear once an editor approves them."""

    keyword_label = _("Need or keyword")

    class Meta:
        verbose_name = _("Needs directory page")

    def get_listing(self, params):

        return need_list(params)

    @path("<int:pk>/")
    def need(self, request, pk):

        need = get_object_or_404(
            Need.objects.published().select_related(
                "region__parent", "service_area", "matched_project", "matched_organization"
            ),
            pk=pk,
        )
        return self.render(request, template="orgdirectory/need_detail.html", context_overrides={"need": need})

    @path("submit/")
    def submit(self, request):

        return views().submit_need(request, self)

    @path("submit/<str:reference>/")
    def need_received(self, request, reference):

        return views().need_received(request, self, reference)


class TalentIndexPage(DirectoryPage):
    """人才库: public profiles of people who consented to one; never their contacts."""

    keyword_label = _("Name or expertise")

    class Meta:
        verbose_name = _("Talent directory page")

    def get_listing(self, params):

        return talent_list(params)

    @path("<int:pk>/")
    def profile(self, request, pk):

        talent = get_object_or_404(Talent.objects.public().select_related("region__parent", "service_area"), pk=pk)
        return self.render(request, template="orgdirectory/talent_detail.html", context_overrides={"talent": talent})


class DonorsPage(SitePageMixin, Page):
    """捐赠者: donations received, newest first, with totals per year."""

    intro = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Donors page")

    def get_context(self, request, *args, **kwargs):

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


class OpenDataPage(SitePageMixin, RoutablePageMixin, Page):
    """开放数据: the latest extract of the directory (orgdirectory/opendata.py, written by
    `export_open_data`), its files, fields and checksums; each file is downloaded from
    `<date>/<dataset>/<format>/` and the manifest from `<date>/manifest/`.

    The files are served here rather than from MEDIA_URL: production serves no media
    but images (config/urls.py), and here each answer gets its type and dated file name.
    """

    intro = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)
    terms = models.TextField(
        _("Terms of use"),
        blank=True,
        max_length=1000,
        help_text=_("Leave empty for the standard sentence: free reuse, naming this site as the source."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("terms")]

    parent_page_types = DIRECTORY_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Open data page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["extract"] = self.latest_extract(request)
        return context

    def latest_extract(self, request=None):
        """The newest extract, grouped by dataset, described in the page's language; None if none."""
        manifest = opendata.latest_manifest()
        if manifest is None:
            return None
        language = "en" if get_language() == "en" else "zh-hans"
        here = self.get_url(request)
        datasets = {}
        for entry in manifest["files"]:
            dataset = datasets.setdefault(
                entry["dataset"],
                {
                    "name": entry["dataset"],
                    "title": entry["title"][language],
                    "rows": entry["rows"],
                    "fields": [
                        {
                            "name": field["name"],
                            "description": field["description"][language],
                            "values": {value: labels[language] for value, labels in field.get("values", {}).items()},
                        }
                        for field in entry["fields"]
                    ],
                    "files": [],
                },
            )
            dataset["files"].append(
                {
                    **entry,
                    "url": here
                    + self.reverse_subpage(
                        "open_data_file", args=(manifest["date"], entry["dataset"], entry["format"])
                    ),
                }
            )
        return {
            "date": manifest["date"],
            "generated_at": datetime.datetime.fromisoformat(manifest["generated_at"]),
            "datasets": list(datasets.values()),
            "manifest_url": here + self.reverse_subpage("open_data_manifest", args=(manifest["date"],)),
        }

    @re_path(r"^(\d{4}-\d{2}-\d{2})/([a-z]+)/(csv|jsonl)/$", name="open_data_file")
    def download(self, request, date, dataset, extension):
        name = f"{dataset}-{date}.{extension}"
        return self._file(date, name, opendata.FORMATS[extension].content_type)

    @re_path(r"^(\d{4}-\d{2}-\d{2})/manifest/$", name="open_data_manifest")
    def manifest(self, request, date):
        return self._file(date, opendata.MANIFEST, "application/json", f"open-data-{date}-{opendata.MANIFEST}")

    def _file(self, date, name, content_type, download_name=None):
        path = opendata.extract_file(date, name)
        if path is None or not path.is_file():
            raise Http404
        # Streamed from disk (the server's sendfile where it has one); never kept by the page cache.
        return FileResponse(
            path.open("rb"), as_attachment=True, filename=download_name or name, content_type=content_type
        )
