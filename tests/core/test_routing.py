"""Routing down the tree in one query (core/routing.py) answers every address as Wagtail's own routing does."""

import pytest

from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from notices.models import ArticlePage
from orgdirectory.models import OrganizationIndexPage
from tests.home.factories import StandardPageFactory
from tests.notices.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def route(path):
    """What Wagtail's serve view finds for the Chinese site's `path`: (page, args) or None."""
    from django.test import RequestFactory

    request = RequestFactory().get(f"/zh-hans/{path}")
    result = Page.route_for_request(request, path)
    return (result.page, result.args) if result else None


def test_a_deep_page_is_found_with_its_specific_type_and_its_parents_known(news):
    media = ArticleIndexPageFactory(parent=news, slug="media", title="媒体报道")
    article = ArticlePageFactory(parent=media, slug="story")
    page, _args = route("news/media/story/")
    assert page == article
    assert type(page) is ArticlePage
    # Each parent is cached on its child, specific, so breadcrumbs need no query.
    assert page._cached_parent_obj == media and type(page._cached_parent_obj) is type(media)
    assert page._cached_parent_obj._cached_parent_obj.specific_class is type(news)


def test_the_pages_below_the_home_page_cost_one_query_and_one_per_page_type(news):
    media = ArticleIndexPageFactory(parent=news, slug="media", title="媒体报道")
    ArticlePageFactory(parent=media, slug="story")
    route("")  # Django's content types and the site, fetched once per process
    with CaptureQueriesContext(connection) as below_home:
        route("news/media/story/")
    with CaptureQueriesContext(connection) as home_only:
        route("")
    # Wagtail's routing: two queries per level, six here. Ours: one for the three pages,
    # one for the two index pages' type and one for the article's.
    assert len(below_home) - len(home_only) == 3


def test_a_plain_section_in_the_middle_is_passed_through_without_its_specific_page(home):
    """数据库 is a StandardPage that routes as every page does: the route passes through it
    as the generic page the chain fetched, and fetches only the directory's specific page."""
    database = StandardPageFactory(parent=home, slug="database", title="数据库")
    directory = OrganizationIndexPage(title="组织库", slug="organizations")
    database.add_child(instance=directory)
    organization = OrganizationFactory()
    route("")
    with CaptureQueriesContext(connection) as through_plain:
        page, args = route(f"database/organizations/{organization.credit_code}/")
    with CaptureQueriesContext(connection) as home_only:
        route("")
    assert isinstance(page, OrganizationIndexPage) and args[0].__name__ == "transparency"
    # One query for the two pages, one for the directory's type; none for the StandardPage's.
    assert len(through_plain) - len(home_only) == 2
    # The section is still served as its own type when the path ends on it.
    assert type(route("database/")[0]) is type(database)
    assert route("database/nothing-here/") is None


def test_the_same_slug_in_another_branch_is_not_taken(home):
    first = StandardPageFactory(parent=home, slug="first")
    second = StandardPageFactory(parent=home, slug="second")
    StandardPageFactory(parent=first, slug="shared")
    wanted = StandardPageFactory(parent=second, slug="shared")
    assert route("second/shared/")[0] == wanted


def test_missing_and_unpublished_pages_are_not_found(news):
    ArticlePageFactory(parent=news, slug="draft", live=False)
    assert route("news/nothing-here/") is None
    assert route("no-section/story/") is None
    assert route("news/draft/") is None


def test_a_live_page_below_an_unpublished_section_is_still_served(home):
    section = StandardPageFactory(parent=home, slug="archive", live=False)
    page = StandardPageFactory(parent=section, slug="kept")
    assert route("archive/kept/")[0] == page


def test_a_routable_pages_own_routes_come_before_its_children(home):
    directory = OrganizationIndexPage(title="组织库", slug="organizations")
    home.add_child(instance=directory)
    organization = OrganizationFactory()
    # A child page named like a sub-route is shadowed, as RoutablePageMixin shadows it.
    StandardPageFactory(parent=directory, slug=organization.credit_code)
    page, args = route(f"organizations/{organization.credit_code}/")
    assert isinstance(page, OrganizationIndexPage)
    view, view_args, view_kwargs = args
    assert view.__name__ == "transparency" and view_kwargs == {"code": organization.credit_code}


def test_a_private_page_still_asks_for_its_password(client, home):
    private = StandardPageFactory(parent=home, slug="members")
    StandardPageFactory(parent=private, slug="minutes")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    response = client.get("/zh-hans/members/minutes/")
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert client.get("/zh-hans/members/no-such-page/").status_code == 404


def test_a_request_routed_twice_finds_each_path(home):
    """What one routing kept on the request does not answer another path below the same pages."""
    from django.test import RequestFactory

    section = StandardPageFactory(parent=home, slug="section")
    first = StandardPageFactory(parent=section, slug="first")
    second = StandardPageFactory(parent=section, slug="second")
    request = RequestFactory().get("/zh-hans/section/first/")
    root = home.specific
    assert root.route(request, ["section", "first"]).page == first
    assert root.route(request, ["section", "second"]).page == second
    with pytest.raises(Http404):
        root.route(request, ["section", "third"])
