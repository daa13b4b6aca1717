"""Abstract models every app builds on: a controlled list of terms, and a page that lists
records with facets."""

from functools import partial

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.query import PageQuerySet

from .forms import SitePageForm
from .i18n import localized
from .pagecache import kept_until_next_write
from .routing import child_on_path, passes_through, routes_as_every_page
from .slugs import available_slug, pinyin_slug, to_replace


class ControlledTerm(models.Model):
    """An entry of a short controlled list that editors keep (service areas,
    audiences …): a Chinese name, its English twin, a slug for addresses, an order."""

    name = models.CharField(pgettext_lazy("name of a thing", "Name"), max_length=40, unique=True)
    name_en = models.CharField(_("English name"), max_length=80, blank=True)
    slug = models.SlugField(_("Slug"), unique=True)
    sort_order = models.PositiveSmallIntegerField(_("Order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return localized(self, "name")

    @classmethod
    def options(cls):
        """(slug, name in the page's language) of every term, in order: a facet's options."""
        return [(term.slug, term.label) for term in cls.objects.all()]


class SitePageMixin:
    """What every page type of the site shares (tests/core/test_slugs.py checks they all have it):
    the admin form (core.forms.SitePageForm), and a page titled in Chinese saved from code
    (imports, the demo) gets its title's pinyin as slug, as in the admin (core/slugs.py)."""

    base_form_class = SitePageForm

    @routes_as_every_page
    def route(self, request, path_components):
        """Wagtail's routing, with the pages down the path fetched together (core/routing.py).
        A routable page's own sub-routes come first, as in RoutablePageMixin."""
        if path_components and not self._has_subpage_route(path_components):
            child, rest = child_on_path(request, self, path_components), path_components[1:]
            # Through the pages in the middle that route as every page does, without their specific pages.
            while child is not None and rest and passes_through(child):
                child, rest = child_on_path(request, child, rest), rest[1:]
            if child is None:
                raise Http404  # as Page.route, where no child has the slug
            return child.route(request, rest)
        return super().route(request, path_components)

    def _has_subpage_route(self, path_components):
        if not (isinstance(self, RoutablePageMixin) and self.live):
            return False
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    def _set_core_field_defaults(self):
        # Where Wagtail fills an empty slug from the title, before the full validation of a
        # live page and the minimal one of a draft; as Wagtail does, only once the siblings
        # are known (on save, or when the admin creates under a known parent).
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if parent_is_known and to_replace(self.slug, self.title, self) and (readable := pinyin_slug(self.title)):
            self.slug = available_slug(readable, self.get_parent(), self)
        super()._set_core_field_defaults()


class ListingPage(SitePageMixin, RoutablePageMixin, Page):
    """A routable list of records with facets, a keyword, sorting and 20 a page.

    Subclasses return a core.faceted.FacetedList from get_listing(); the list is
    at the page's own address and each record is a sub-route the subclass adds.
    """

    intro = models.TextField(pgettext_lazy("abstract", "Summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    page_size = 20
    keyword_label = _("Keyword")

    class Meta:
        abstract = True

    def get_listing(self, params):
        raise NotImplementedError

    def subpage_url(self, name, *args):
        """The address of one of this page's routes, for redirects after a form."""
        return self.url + self.reverse_subpage(name, args=args)

    @path("")
    def directory(self, request):
        listing = self.get_listing(request.GET)
        # What every combination of filters shares (core.faceted.CountsSummary), kept until the next write.
        listing.keep = partial(kept_until_next_write, request)
        facets = listing.facet_states()
        results = listing.results()
        if isinstance(results, PageQuerySet):
            # A list shows titles and summaries: its pages' StreamField bodies (JSON to decode
            # into blocks, the costliest part of loading a page) are left in the database.
            results = results.defer_streamfields()
        paginator = Paginator(results, self.page_size)
        count = listing.count(facets)
        if count is not None:
            paginator.count = count  # a cached property: the paginator need not count again
        page = paginator.get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "facets": facets,
                "results": page,
                "summary": listing.summary(facets, page.paginator.count),
            },
        )
