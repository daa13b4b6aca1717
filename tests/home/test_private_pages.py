"""A page behind a password appears in no public list: not in a section list, a menu, related
pages, the service map, the site map, a feed, sitemap.xml, the pages API or search.

One page of every page type of our apps that the demo has (but the home page, which would hide
everything) gets a password and a title of its own; every public surface that could show it is
then read. The data is built once for the module (the demo site) and each test only reads.
"""

import pytest

from django.apps import apps
from django.conf import settings
from django.db import transaction

from wagtail.models import Page, PageViewRestriction, get_page_models

from home.models import HomePage

MARK = "密码保护测试页"
CONTROL = "公开对照测试页"


def project_page_models():
    """Every page type of the project's own apps, from Wagtail's registry."""
    ours = {apps.get_app_config(label).label for label in settings.PROJECT_APPS}
    return [model for model in get_page_models() if model._meta.app_label in ours and model is not HomePage]


def unrelated(page, chosen):
    return all(not (page.path.startswith(other.path) or other.path.startswith(page.path)) for other in chosen)


def candidates(model):
    """Live pages of `model`, deepest first, in Chinese; a type with one page per language (the
    service map) in English, so that the Chinese one stays to be read. A guide with service
    points first (the service map shows those)."""
    pages = model.objects.live().order_by("-depth", "path")
    if model._meta.label == "guides.GuidePage":
        pages = pages.exclude(service_points=None).distinct()
    chinese = list(pages.filter(locale__language_code="zh-hans")[:50])
    english = list(pages.filter(locale__language_code="en")[:50])
    return english + chinese if len(chinese) == 1 else chinese + english


@pytest.fixture(scope="module")
def private_pages(demo_site, django_db_blocker):
    """{page type label: the page given a password}: leaf types first, and never a page above
    or below another private page, so that no private page hides another (a type whose every
    page is, such as the one guide list, is left out)."""
    chosen = {}
    with django_db_blocker.unblock(), transaction.atomic():
        models = sorted(project_page_models(), key=lambda model: bool(model.allowed_subpage_models()))
        for model in models:
            page = next((page for page in candidates(model) if unrelated(page, chosen.values())), None)
            if page is None:
                continue
            page = page.specific
            page.title = page.draft_title = f"{MARK}{len(chosen) + 1:02d}"
            page.save()  # updates the search index too
            PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
            chosen[model._meta.label] = page
        control = next(
            page.specific
            for page in Page.objects.live().filter(locale__language_code="zh-hans", depth__gt=3).order_by("path")
            if unrelated(page, chosen.values())
        )
        control.title = control.draft_title = CONTROL
        control.save()
        yield chosen
        # demo_site rolls the module's data back.


@pytest.fixture
def private(private_pages, db):
    return private_pages


def shows_no_private_page(text, where):
    assert MARK not in text, f"{where} shows a private page: …{text[text.find(MARK) - 80 : text.find(MARK) + 40]}…"


def test_every_page_type_in_a_public_list_has_a_private_page(private):
    """The demo gives the test a page of every type that public lists show."""
    expected = {
        "home.StandardPage",
        "notices.ArticlePage",
        "notices.NoticePage",
        "notices.PolicyPage",
        "guides.GuidePage",
        "guides.GuideJourneyPage",
        "guides.ServiceMapPage",
    }
    assert expected <= set(private)


def test_no_public_page_shows_a_private_page(client, private):
    """Every list, menu, related-pages box and map: the parents and siblings of the private pages,
    a few pages of every type, the home page, the site map page and the service map."""
    private_ids = {page.pk for page in private.values()}
    readable = Page.objects.live().public().exclude(pk__in=private_ids)
    pages = {page.pk: page for page in readable.filter(depth__lte=3)}  # both home pages and their menus
    for page in private.values():
        pages.update((other.pk, other) for other in readable.filter(path__startswith=page.path[:-4])[:30])
    for model in project_page_models():
        pages.update((other.pk, other) for other in readable.type(model).order_by("locale", "path")[:3])
    read, showing = 0, {}
    for page in pages.values():
        response = client.get(page.url)
        if response.status_code == 200:
            read += 1
            if MARK in response.text:
                start = response.text.find(MARK)
                showing[page.url] = response.text[start - 60 : start + 10]
    assert read > 20
    assert showing == {}


def test_no_feed_shows_a_private_page(client, private):
    lists = Page.objects.live().public().filter(locale__language_code="zh-hans")
    urls = ["/zh-hans/feeds/notices/rss/", "/zh-hans/feeds/notices/atom/"]
    for label in ("notices.ArticleIndexPage", "notices.NoticeIndexPage", "notices.PolicyIndexPage"):
        for section in lists.type(apps.get_model(label)):
            urls += [f"{section.url}feed/rss/", f"{section.url}feed/atom/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        shows_no_private_page(response.content.decode(), url)


def test_sitemap_xml_lists_no_private_page(client, private):
    text = client.get("/sitemap-pages.xml").content.decode()
    assert "<loc>" in text
    for page in private.values():
        assert f"{page.full_url}<" not in text and f'"{page.full_url}"' not in text


def test_the_pages_api_lists_no_private_page(client, private):
    for label, page in private.items():
        response = client.get("/api/v2/pages/", {"type": label, "fields": "title", "limit": 20, "title": page.title})
        assert response.status_code == 200
        assert response.json()["items"] == [], label
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404, label
    response = client.get("/api/v2/pages/", {"search": MARK})
    shows_no_private_page(response.content.decode(), "/api/v2/pages/?search")


def test_search_and_suggestions_find_no_private_page(client, private):
    """A public page with a title like theirs is found; theirs are not."""
    response = client.get("/zh-hans/search/", {"q": "测试页"})
    assert CONTROL in response.text
    shows_no_private_page(response.text, "search")
    response = client.get("/zh-hans/search/suggest/", {"q": "密码保护"})
    shows_no_private_page(response.content.decode(), "suggestions")
