"""What the site search looks through: each searchable type declared once.

The search page, its tabs and counts, and the result snippets all read this
list (docs/architecture.md: no model lists hard-coded in the view). A type says which of
its records the public may see in a language, where each one is shown, which
text the snippet comes from and which date it carries.

Pages are the live, public pages of the visitor's language. Directory records
(organizations, projects, needs, talent) have no language of their own: they
are searchable in a language when that language has a live directory page to
show them, and they link to their route on that page. Which records are public
is the apps' own business (`Need.objects.published()`, `Talent.objects.public()`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

from wagtail.models import Page
from wagtail.search import index

from core.querysets import listed, private_sections
from guides.models import GuidePage
from notices.models import ArticlePage, NoticePage, PolicyPage
from orgdirectory.models import (
    Need,
    NeedIndexPage,
    Organization,
    OrganizationIndexPage,
    Project,
    ProjectIndexPage,
    Talent,
    TalentIndexPage,
)

# A snippet is cut from at most this much of a record's text.
MAX_TEXT_CHARS = 20_000


class Scope:
    """The visitor's language and request: which pages exist to show records, and their addresses.

    One per search request; the directory pages are looked up once each.
    """

    def __init__(self, request, locale):
        self.request = request
        self.locale = locale
        self._directories = {}

    def pages(self, model):
        # As Wagtail's public(), whose conditions search backends can read, but with
        # the view restrictions looked up once per search rather than once per type.
        return listed(model.objects.all(), self.locale, private=self.private_q)

    @cached_property
    def private_q(self):
        return private_sections()

    def directories(self, page_model):
        """Live public pages of `page_model` in this language, in tree order (looked up once)."""
        if page_model not in self._directories:
            self._directories[page_model] = list(self.pages(page_model).order_by("path"))
        return self._directories[page_model]

    def directory(self, page_model):
        """The first of them (tree order), or None when the language has none."""
        return next(iter(self.directories(page_model)), None)

    def page_url(self, page):
        return page.get_url(self.request)

    def route_url(self, page, route, *args):
        return page.get_url(self.request) + page.reverse_subpage(route, args=args)


@dataclass(frozen=True)
class SearchableType:
    """One kind of thing the search finds.

    `records(scope)` returns what the public may see in the scope's language
    (None when that language has nowhere to show them); `url(record, scope)`
    where one is shown. `text_fields` give the snippet's text (empty: every
    indexed text field but the title), `date_attr` the date shown beside it.
    """

    slug: str
    label: Promise
    records: Callable[[Scope], QuerySet | None]
    url: Callable[[object, Scope], str]
    text_fields: tuple = ()
    title_attr: str = "title"
    date_attr: str = ""
    page_model: type | None = None
    shows_pages: bool = False

    def title_of(self, record):
        return str(getattr(record, self.title_attr))

    def date_of(self, record):
        return getattr(record, self.date_attr, None) if self.date_attr else None

    def text_of(self, record):
        """The record's text for a snippet, read through its search fields."""
        names = self.text_fields or [
            field.field_name
            for field in record.get_search_fields()
            if isinstance(field, index.SearchField) and field.field_name != self.title_attr
        ]
        parts, length = [], 0
        for name in names:
            text = _field_text(record, name)
            if text:
                parts.append(text)
                length += len(text)
            if length >= MAX_TEXT_CHARS:
                break
        return " ".join(parts)[:MAX_TEXT_CHARS]


def _field_text(record, name):
    """A field's searchable text: StreamField and rich text without markup, others as text."""
    value = getattr(record, name, None)
    if value is None:
        return ""
    try:
        field = record._meta.get_field(name)
    except FieldDoesNotExist:  # a search field may name a property
        field = None
    if field is not None and hasattr(field, "get_searchable_content"):
        return " ".join(str(piece) for piece in field.get_searchable_content(value))
    return str(value)


def page_type(slug, label, model, text_fields, date_attr=""):
    return SearchableType(
        slug=slug,
        label=label,
        records=lambda scope: scope.pages(model),
        url=lambda page, scope: scope.page_url(page),
        text_fields=text_fields,
        date_attr=date_attr,
        page_model=model,
        shows_pages=True,
    )


def directory_type(slug, label, page_model, route, key, records, **options):
    """Records shown at `route` of the language's first `page_model` page, keyed by `key`."""

    def public_records(scope):
        return records() if scope.directory(page_model) else None

    def url(record, scope):
        return scope.route_url(scope.directory(page_model), route, getattr(record, key))

    return SearchableType(slug=slug, label=label, records=public_records, url=url, **options)


def _project_page(scope, kind):
    """The page listing projects of `kind`: one for that kind, else one for every kind."""
    pages = scope.directories(ProjectIndexPage)
    return next((page for page in pages if page.kind == kind), None) or next(
        (page for page in pages if not page.kind), None
    )


def _projects(scope):
    pages = scope.directories(ProjectIndexPage)
    if not pages:
        return None
    if any(not page.kind for page in pages):
        return Project.objects.all()
    return Project.objects.filter(kind__in={page.kind for page in pages})


def _other_pages(scope):
    """Every other live public page of the language (sections, indexes, the center's own pages)."""
    typed = [kind.page_model for kind in SEARCHABLE_TYPES if kind.page_model is not None]
    return scope.pages(Page).not_type(*typed).specific()


SEARCHABLE_TYPES = [
    page_type(
        "guide",
        pgettext_lazy("search type", "Service guides"),
        GuidePage,
        ("summary", "conditions", "materials", "procedure", "faq"),
    ),
    page_type("notice", pgettext_lazy("search type", "Notices"), NoticePage, ("summary", "body"), "date"),
    page_type("policy", pgettext_lazy("search type", "Policies"), PolicyPage, ("summary", "body"), "date"),
    page_type("article", pgettext_lazy("search type", "News and articles"), ArticlePage, ("summary", "body"), "date"),
    directory_type(
        "organization",
        pgettext_lazy("search type", "Organizations"),
        OrganizationIndexPage,
        "transparency",
        "credit_code",
        Organization.objects.all,
        text_fields=("description",),
        title_attr="label",
    ),
    SearchableType(
        slug="project",
        label=pgettext_lazy("search type", "Projects"),
        records=_projects,
        url=lambda project, scope: scope.route_url(_project_page(scope, project.kind), "project", project.pk),
        text_fields=("description", "outcomes"),
        title_attr="label",
        date_attr="starts_on",
    ),
    directory_type(
        "need",
        pgettext_lazy("search type", "Needs"),
        NeedIndexPage,
        "need",
        "pk",
        Need.objects.published,
        text_fields=("description",),
        date_attr="submitted_at",
    ),
    # Talent: consenting people only, and only the fields of the public profile.
    directory_type(
        "talent",
        pgettext_lazy("search type", "Talent"),
        TalentIndexPage,
        "profile",
        "pk",
        Talent.objects.public,
        text_fields=("expertise", "qualifications", "bio"),
        title_attr="label",
    ),
    SearchableType(
        slug="page",
        label=pgettext_lazy("search type", "Other pages"),
        records=_other_pages,
        url=lambda page, scope: scope.page_url(page),
        shows_pages=True,
    ),
]
TYPES_BY_SLUG = {kind.slug: kind for kind in SEARCHABLE_TYPES}


def type_of_page(page):
    """The searchable type a (specific) page belongs to: its own, or "other pages"."""
    return next(
        (kind for kind in SEARCHABLE_TYPES if kind.page_model and isinstance(page, kind.page_model)),
        TYPES_BY_SLUG["page"],
    )
