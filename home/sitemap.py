"""sitemap.xml: an index of section files, every address at PUBLIC_URL, each with its hreflang
alternates (the other language's version and x-default).

Django would write the addresses with the request's host; these are pages' full URLs, which
Wagtail builds from the default Site record that setup_site gives PUBLIC_URL's address
(home/setup/tree.py), and the index's, which are PUBLIC_URL's.

- `pages`: every listed page of both language trees. Wagtail's own sitemap lists the
  descendants of the site's root page only, and with wagtail-localize the English home is a
  sibling of the Chinese one, not a child.
- `organizations`, `projects`, `needs`, `talent`: the public records shown through the
  directory pages (orgdirectory/models/pages.py), the long tail of 150,000+ addresses at
  province scale. They are read a file at a time, as values, never as whole models.

Each file holds at most 50,000 addresses, the protocol's limit; Django paginates a section
into `?p=2`, `?p=3`… and the index lists them all.
https://docs.wagtail.org/en/stable/reference/contrib/sitemaps.html
https://docs.djangoproject.com/en/5.2/ref/contrib/sitemaps/
"""

import datetime

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import InvalidPage
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import http_date

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps
from wagtail.models import Locale, Page

from core.addresses import absolute
from core.i18n import alternates
from core.querysets import ALL_LANGUAGES, listed
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

MAX_URLS = 50_000  # per file: https://www.sitemaps.org/protocol.html#index
URLSET = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def translated_urls(pages, request=None, *, translated_only=False):
    """{translation key: {language code: absolute URL}} of the live, public `pages`;
    `translated_only`: of those in more than one language, which alone have alternates
    (building every page's URL, a model instance each, was most of the pages file's time)."""
    if translated_only:
        several = pages.values("translation_key").annotate(versions=Count("pk")).filter(versions__gt=1)
        pages = pages.filter(translation_key__in=several.values("translation_key"))
    urls = {}
    for page in pages.select_related("locale").only("url_path", "translation_key", "locale__language_code"):
        url = page.get_full_url(request)
        if url:
            urls.setdefault(page.translation_key, {})[page.locale.language_code] = url
    return urls


class BilingualSitemap(Sitemap):
    limit = MAX_URLS

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        query = Page.objects.none()
        for root in roots:
            query |= Page.objects.descendant_of(root, inclusive=True)
        return listed(query, ALL_LANGUAGES).order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        # Django's default renders every page of the section to find the latest.
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        """Wagtail's addresses (each page's get_sitemap_urls), then their alternates: the live
        translations of this file's pages, one query however many. A translation may be in
        another file of the section, so they are not looked for among this file's pages."""
        pages = self.paginator.page(page).object_list
        keys = pages.values("translation_key")  # a subquery: SQLite takes at most 32,766 parameters
        translations = listed(Page.objects.filter(translation_key__in=keys), ALL_LANGUAGES)
        versions = translated_urls(translations, self.request, translated_only=True)
        urls = []
        for item in pages.iterator():
            links = alternates(versions.get(item.translation_key, {}))
            urls += [{**url, "alternates": links} for url in item.get_sitemap_urls(self.request)]
        self.latest_lastmod = max((url["lastmod"] for url in urls if url.get("lastmod")), default=None)
        return urls


class DirectorySitemap(Sitemap):
    """The public records of one kind, each at `<key>/` below its directory page, in every
    language the page is live in: a `<url>` per language, with the others as alternates."""

    page_model = None  # the directory page that shows the records
    route = ""  # the name of its route for one record
    key = "pk"  # the record's field in that route
    group = None  # a field choosing between directory pages (a project's kind), or None
    # Two addresses per record while the site has two languages.
    limit = MAX_URLS // len(settings.LANGUAGES)

    def records(self):
        raise NotImplementedError

    def items(self):
        fields = [self.key, "updated_at", *([self.group] if self.group else [])]
        return self.records().order_by("pk").values_list(*fields, named=True)

    def get_latest_lastmod(self):
        return self.records().aggregate(latest=Max("updated_at"))["latest"]

    def directories(self):
        """{group value (None without groups): (the page in the first language, {language: its absolute URL})}."""
        first = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        pages = listed(self.page_model.objects.all(), first).order_by("path")
        versions = translated_urls(
            listed(Page.objects.filter(translation_key__in=pages.values("translation_key")), ALL_LANGUAGES),
            self.request,
        )
        found = {}
        for page in pages:
            found.setdefault(
                getattr(page, self.group) if self.group else None, (page, versions.get(page.translation_key, {}))
            )
        return found

    def directory_for(self, directories, record):
        return directories.get(None)

    def _urls(self, page, protocol, domain):
        directories = self.directories()
        urls = []
        for record in self.paginator.page(page).object_list:
            directory = self.directory_for(directories, record)
            if directory is None:
                continue  # no live directory page shows it
            page_, versions = directory
            path = page_.reverse_subpage(self.route, args=(getattr(record, self.key),))
            here = {code: url + path for code, url in versions.items()}
            links = alternates(here)
            urls += [{"location": url, "lastmod": record.updated_at, "alternates": links} for url in here.values()]
        self.latest_lastmod = max((url["lastmod"] for url in urls), default=None)
        return urls


class OrganizationSitemap(DirectorySitemap):
    page_model = OrganizationIndexPage
    route = "transparency"
    key = "credit_code"

    def records(self):
        return Organization.objects.all()


class ProjectSitemap(DirectorySitemap):
    page_model = ProjectIndexPage
    route = "project"
    group = "kind"

    def records(self):
        return Project.objects.all()

    def directory_for(self, directories, record):
        # The page of the project's own kind, else one that lists every kind.
        return directories.get(record.kind) or directories.get("")


class NeedSitemap(DirectorySitemap):
    page_model = NeedIndexPage
    route = "need"

    def records(self):
        return Need.objects.published()


class TalentSitemap(DirectorySitemap):
    page_model = TalentIndexPage
    route = "profile"

    def records(self):
        return Talent.objects.public()


SITEMAPS = {
    "pages": BilingualSitemap,
    "organizations": OrganizationSitemap,
    "projects": ProjectSitemap,
    "needs": NeedSitemap,
    "talent": TalentSitemap,
}


@x_robots_tag
def index(request):
    """/sitemap.xml: Django's index view, but with the sections' addresses at PUBLIC_URL
    (Django's takes the request's host) and without rendering each section to date it."""
    items = []
    for section, sitemap in prepare_sitemaps(request, SITEMAPS).items():
        url = absolute(reverse("sitemap_section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        items.append(SitemapIndexItem(url, lastmod))
        items += [SitemapIndexItem(f"{url}?p={number}", lastmod) for number in sitemap.paginator.page_range[1:]]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


@x_robots_tag
def section(request, section):
    """One file of a section, /sitemap-<section>.xml (?p=2 for the next 50,000 addresses): Django's
    sitemap view, but written without the template engine, which took ten times as long as
    the queries at 50,000 addresses a file (`manage.py bench_sitemaps`)."""
    if section not in SITEMAPS:
        raise Http404(f"No sitemap section {section!r}")
    sitemap = prepare_sitemaps(request, SITEMAPS)[section]
    try:
        # The domain is not used: every address is a page's or PUBLIC_URL's.
        urls = sitemap.get_urls(page=request.GET.get("p", 1), site=get_current_site(request))
    except InvalidPage as error:
        raise Http404(str(error)) from None
    latest = getattr(sitemap, "latest_lastmod", None)
    headers = {"Last-Modified": http_date(latest.timestamp())} if latest else None
    return HttpResponse("".join(urlset(urls)), content_type="application/xml", headers=headers)


def urlset(urls):
    """Django's sitemap.xml template in Python: the addresses, their day of last change in the
    site's time zone, and their hreflang alternates."""
    yield URLSET
    for url in urls:
        lastmod = url.get("lastmod")
        if isinstance(lastmod, datetime.datetime):
            lastmod = timezone.localtime(lastmod).date() if timezone.is_aware(lastmod) else lastmod.date()
        yield f"<url><loc>{escape(url['location'])}</loc>"
        if lastmod:
            yield f"<lastmod>{lastmod.isoformat()}</lastmod>"
        for link in url.get("alternates", ()):
            yield f'<xhtml:link rel="alternate" hreflang="{link["lang_code"]}" href="{escape(link["location"])}"/>'
        yield "</url>\n"
    yield "</urlset>\n"
