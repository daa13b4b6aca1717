"""The pages `manage.py bench` measures, found in the database it is given.

Each is the first live Chinese page of its kind in tree order, with the filters
that its list is benchmarked with: values that the first record shows, so the
filtered list is never empty; then the search page and the search box's
suggestions (a one-word prefix). "transparency" is one organization's page, the
first funded one, requested over and over; "organization" is the long tail of
the directory's pages: ORGANIZATION_SAMPLE organizations taken evenly over the
whole table (by primary key, every Nth), one after the other, so that wrk
(ops/bench/wrk.lua) asks for a page no cache of any kind has seen yet. Its
entry has the list as `paths` and the first of them as `path`.

A kind the database lacks is reported as missing, never skipped. Then `probe`
requests each page once in this process (Django's test client, every cache
cleared first; the first path of a list) to check that it answers 200 (with
search hits and suggestions where it searches) and to count its SQL queries.

The operations tools may use every app (docs/architecture.md); what makes a 公示
open is the notices' own rule.
"""

from urllib.parse import urlencode

from django.apps import apps
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from notices.choices import DisclosureStatus
from notices.querysets import disclosure_status_condition

LANGUAGE = "zh-hans"
SEARCH_QUERY = "养老 服务"
# What a visitor has typed in the search box when its suggestions are asked for (search.views.suggest's `q`).
SUGGEST_PREFIX = "养老"
# The long tail: more organizations than an uncached pass of 10 or 20 s requests, so that none comes twice.
ORGANIZATION_SAMPLE = 2000
BARE_SLUG = "bench-bare"
# The search template's list of hits (search/templates/search/search.html): absent when nothing matched.
SEARCH_HITS_MARKER = b'class="search-results"'


class PageMissing(Exception):
    """The database has no page of this kind to measure."""


def chinese(model_name):
    model = apps.get_model(model_name)
    return model.objects.live().public().filter(locale__language_code=LANGUAGE).order_by("path")


def first(model_name, pages=None):
    page = (pages if pages is not None else chinese(model_name)).first()
    if page is None:
        raise PageMissing(f"no live {model_name} in Chinese")
    return page


def url_path(page, query=None):
    parts = page.get_url_parts()
    path = parts[2] if parts else None
    if path is None:
        raise PageMissing(f"{page.title} ({type(page).__name__}) has no URL on any site")
    return f"{path}?{urlencode(query)}" if query else path


def open_disclosures_list():
    """The notice list that holds open 公示, filtered to them (notices/filters.py)."""
    indexes = chinese("notices.NoticeIndexPage")
    open_now = disclosure_status_condition(DisclosureStatus.OPEN)
    index = next((i for i in indexes if i.listed_pages().filter(open_now).exists()), None) or first(
        "notices.NoticeIndexPage", indexes
    )
    return url_path(index, {"kind": "disclosure", "status": DisclosureStatus.OPEN})


def guide_finder():
    """The guide finder with two facets, topic and item type, of its first guide (guides/filters.py)."""
    index = first("guides.GuideIndexPage")
    guide = first("guides.GuidePage", chinese("guides.GuidePage").child_of(index))
    return url_path(index, {"topic": guide.topic, "type": guide.item_type})


def sample_organization():
    """The first organization with funding records (its ledger has something to draw) and a city."""
    organizations = apps.get_model("orgdirectory.Organization").objects.filter(city__isnull=False).order_by("pk")
    funded = organizations.filter(funding_records__isnull=False).first()
    organization = funded or organizations.first()
    if organization is None:
        raise PageMissing("no organization with a city")
    return organization


def organization_directory():
    """The directory with three filters, city, type and standing (orgdirectory/filters.py)."""
    organization = sample_organization()
    query = {"city": organization.city_id, "type": organization.org_type, "standing": organization.standing}
    return url_path(first("orgdirectory.OrganizationIndexPage"), query)


def transparency():
    directory = first("orgdirectory.OrganizationIndexPage")
    return f"{url_path(directory)}{sample_organization().credit_code}/"


def organization_paths(count=ORGANIZATION_SAMPLE):
    """The detail pages of `count` organizations spread evenly over the whole table in primary-key
    order (the i-th of `count` is row i × total / count), so the seeded kinds and sizes all come up."""
    directory = url_path(first("orgdirectory.OrganizationIndexPage"))
    codes = list(
        apps.get_model("orgdirectory.Organization").objects.order_by("pk").values_list("credit_code", flat=True)
    )
    if not codes:
        raise PageMissing("no organization")
    count = min(count, len(codes))
    return [f"{directory}{codes[i * len(codes) // count]}/" for i in range(count)]


def long_tail():
    paths = organization_paths()
    return {"path": paths[0], "paths": paths}


def search(query, name="search"):
    with translation.override(LANGUAGE):
        return f"{reverse(name)}?{urlencode({'q': query})}"


def find_pages(search_query=SEARCH_QUERY, suggest_prefix=SUGGEST_PREFIX):
    """label -> {"path": …} in the order of the report ({"path": first, "paths": all} for the long
    tail), or {"error": …} for a kind that is missing."""
    finders = {
        "home": lambda: url_path(first("home.HomePage")),
        "article": lambda: url_path(first("notices.ArticlePage")),
        "open 公示": open_disclosures_list,
        "guide": lambda: url_path(first("guides.GuidePage")),
        "guide finder": guide_finder,
        "directory": organization_directory,
        "transparency": transparency,
        "organization": long_tail,
        "search": lambda: search(search_query),
        "suggestions": lambda: search(suggest_prefix, "search_suggest"),
    }
    pages = {}
    for label, finder in finders.items():
        try:
            found = finder()
            pages[label] = found if isinstance(found, dict) else {"path": found}
        except PageMissing as missing:
            pages[label] = {"error": str(missing)}
    return pages


def bare_page():
    """The cheapest Wagtail page: a plain `Page` under the Chinese home, rendered by
    the one-line site/templates/wagtailcore/page.html; created on first use."""
    home = first("home.HomePage")
    page = Page.objects.child_of(home).filter(slug=BARE_SLUG).first()
    if page is None:
        page = home.add_child(instance=Page(title="Bench", slug=BARE_SLUG, live=True))
    return url_path(page)


def probe(pages):
    """Request each page as a warm worker with cold caches does: its status, size and SQL
    query count, added to `pages`; a page that does not answer 200 gets an error.
    The home page's HTML is returned, for the static-file reference.

    As the query-budget tests (tests/querycount.py) count: one request first, uncounted,
    makes what a page makes once ever (image renditions) and fills what a worker keeps
    for its lifetime (Django's content types); then every cache is cleared and the
    next request is counted."""
    client = Client(HTTP_HOST="127.0.0.1")
    home_html = b""
    for label, page in pages.items():
        if "error" in page:
            continue
        client.get(page["path"])
        for cache in caches.all():
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page["path"])
        page.update(status=response.status_code, queries=len(queries), bytes=len(response.content))
        if response.status_code != 200:
            page["error"] = f"{page['path']} answered {response.status_code}"
        elif label == "search" and SEARCH_HITS_MARKER not in response.content:
            page["error"] = f"{page['path']} finds nothing: give --search a query with results"
        elif label == "suggestions" and not response.json():
            page["error"] = f"{page['path']} suggests nothing: give --suggest a prefix that titles start with"
        if label == "home":
            home_html = response.content
    return home_html


def database_figures():
    """What the measured database holds, so runs at different scales can be told apart."""
    return {
        "vendor": connection.vendor,
        "name": str(connection.settings_dict["NAME"]),
        "live pages": Page.objects.live().count(),
        "organizations": apps.get_model("orgdirectory.Organization").objects.count(),
    }
