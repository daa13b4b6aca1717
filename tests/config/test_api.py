"""Wagtail API v2: live, public pages only, searchable."""

import pytest

from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _titles(response):
    return {item["title"] for item in response.json()["items"]}


def test_pages_endpoint_lists_live_pages(client, home):
    StandardPageFactory(parent=home, title="服务宗旨")
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "服务宗旨" in _titles(response)


def test_pages_endpoint_hides_drafts_and_private_pages(client, home):
    StandardPageFactory(parent=home, title="草稿", live=False)
    private = StandardPageFactory(parent=home, title="内部资料")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    titles = _titles(client.get("/api/v2/pages/"))
    assert "草稿" not in titles
    assert "内部资料" not in titles


def test_page_detail_gives_the_page_fields(client, home):
    page = StandardPageFactory(parent=home, title="孵化中心", intro="为初创社会组织提供支持")
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["title"] == "孵化中心"
    assert data["intro"] == "为初创社会组织提供支持"


def test_pages_endpoint_search_uses_the_search_backend(client, home):
    StandardPageFactory(parent=home, title="Volunteer registration")
    StandardPageFactory(parent=home, title="Annual inspection")
    assert _titles(client.get("/api/v2/pages/", {"search": "volunteer"})) == {"Volunteer registration"}


def test_api_is_read_only(client, home):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
