"""Wagtail API v2: live, public pages only, searchable, with every field a program needs, errors in JSON."""

import pytest

from wagtail.models import PageViewRestriction

from guides.models import GuideIndexPage
from tests.guides.factories import GuidePageFactory, ServicePointFactory, material
from tests.home.factories import StandardPageFactory, publish_translation
from tests.notices.factories import (
    DocumentFactory,
    NoticeAttachmentFactory,
    NoticeIndexPageFactory,
    NoticePageFactory,
)

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


def test_a_bad_parameter_is_a_json_400_naming_it(client, home):
    body = client.get("/api/v2/pages/", {"colour": "red"}).json()
    assert body["error"] == "invalid_parameter" and body["parameter"] == "colour"
    assert {"type", "fields", "limit", "offset", "search", "locale"} <= set(body["allowed"])
    assert client.get("/api/v2/pages/", {"type": "nope.Nope"}).json()["error"] == "bad_request"


@pytest.mark.parametrize("query", ["offset=9223372036854775808", "limit=abc", "offset=-1", "search=%00"])
def test_absurd_numbers_and_nul_characters_are_a_400_not_a_500(client, home, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/api/v2/", 404),
        ("get", "/api/v2/pages/abc/", 404),
        ("get", "/api/v2/pages/999999/", 404),
        ("get", "/api/v2/pages/99999999999999999999/", 404),
        ("get", "/api/v2/images/", 404),
        ("get", "/api/nosuch", 404),
        ("post", "/api/page-views/999999/", 404),
        ("get", "/api/page-views/1/", 405),
        ("delete", "/api/v2/pages/", 405),
    ],
)
def test_every_error_under_api_is_json(client, home, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["error"] == {404: "not_found", 405: "method_not_allowed"}[status]
    assert body["message"]
    if status == 405:
        assert "POST" in response["Allow"] or "GET" in response["Allow"]


@pytest.fixture
def finder(home):
    page = GuideIndexPage(title="办事指南", slug="guides")
    home.add_child(instance=page)
    return page


def test_guides_give_all_their_elements(client, finder):

    form = DocumentFactory(title="登记申请表（空白）")
    point = ServicePointFactory(name="省政务服务中心民政窗口")
    guide = GuidePageFactory(
        parent=finder,
        materials=[material(blank_form=form)],
        procedure=[("step", {"title": "受理", "who": "窗口", "description": "当场受理"})],
        is_free=False,
        fee_amount="50.00",
        fee_basis="收费依据",
        service_points=[point],
    )
    data = client.get(f"/api/v2/pages/{guide.pk}/").json()
    assert data["promised_days"] == 20 and data["statutory_days"] == 30
    assert data["fee_amount"] == "50.00" and data["is_free"] is False
    assert data["procedure"][0]["value"]["title"] == "受理"
    entry = data["materials"][0]["value"]
    assert entry["name"] == "登记申请表"
    assert entry["blank_form"]["title"] == "登记申请表（空白）"
    assert entry["blank_form"]["download_url"].startswith("http")
    assert entry["sample"] is None
    assert data["service_points"][0]["name"] == "省政务服务中心民政窗口"
    assert data["service_points"][0]["city"] == "广州市"
    listed = client.get("/api/v2/pages/", {"type": "guides.GuidePage", "fields": "*"}).json()["items"][0]
    assert listed["materials"] == data["materials"]


def test_notices_give_their_attachments_with_download_addresses(client, home):

    notice = NoticePageFactory(parent=NoticeIndexPageFactory(parent=home))
    attachment = NoticeAttachmentFactory(page=notice, title="评估结果名单")
    data = client.get(f"/api/v2/pages/{notice.pk}/").json()
    [given] = data["attachments"]
    assert given["title"] == "评估结果名单"
    assert given["extension"] == "pdf"
    assert given["file_size"] == attachment.document.get_file_size() > 0
    assert given["download_url"].startswith("http") and given["download_url"].endswith(attachment.document.url)


def test_find_resolves_an_address_with_its_language_to_the_page_in_that_language(client, home, english_home):

    notices = NoticeIndexPageFactory(parent=home, slug="notices")
    notice = NoticePageFactory(parent=notices, slug="assessment")
    publish_translation(notices, title="Notices")
    english = publish_translation(notice, title="Assessment")
    for path, page in [("/zh-hans/notices/assessment/", notice), ("/en/notices/assessment/", english)]:
        response = client.get("/api/v2/pages/find/", {"html_path": path})
        assert response.status_code == 302, path
        assert response["Location"].split("?")[0].endswith(f"/api/v2/pages/{page.pk}/")
    missing = client.get("/api/v2/pages/find/", {"html_path": "/en/notices/nothing/"})
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
