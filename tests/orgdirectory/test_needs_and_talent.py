"""需求库 and 人才库: moderation of submitted needs, matching, and the privacy of talent."""

import pytest

from orgdirectory.models import Need, NeedStatus
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, TalentFactory, need_form

pytestmark = pytest.mark.django_db


def test_submitted_need_waits_for_approval(client, needs_page):
    response = client.post("/zh-hans/needs/submit/", need_form(), follow=True)
    assert "审核通过后将予以发布" in response.text
    need = Need.objects.get()
    assert not need.is_approved and need.contact_phone == "13700002222"
    assert "社区长者助浴服务" not in client.get("/zh-hans/needs/").text
    assert client.get(f"/zh-hans/needs/{need.pk}/").status_code == 404
    need.is_approved = True
    need.save()
    assert "社区长者助浴服务" in client.get("/zh-hans/needs/").text


def test_submitted_need_gets_a_thank_you_page_of_its_own_with_its_reference(client, needs_page):
    response = client.post("/zh-hans/needs/submit/", need_form())
    need = Need.objects.get()
    assert need.reference.startswith("ND-") and len(need.reference) == 11
    assert response.status_code == 302 and response["Location"] == f"/zh-hans/needs/submit/{need.reference}/"
    thanks = client.get(response["Location"])
    assert "<h1>需求已收到</h1>" in thanks.text and need.reference in thanks.text
    assert 'name="title"' not in thanks.text  # no emptied form under the thank-you
    assert '<meta name="robots" content="noindex">' in thanks.text
    assert "no-cache" in thanks["Cache-Control"] and "private" in thanks["Cache-Control"]
    assert client.get("/zh-hans/needs/submit/ND-NOSUCH22/").status_code == 404


def test_each_need_has_its_own_reference(needs_page):
    assert len({NeedFactory().reference for _ in range(5)}) == 5


def test_bad_need_submission_is_explained_and_kept(client, needs_page):
    response = client.post("/zh-hans/needs/submit/", need_form(title="", contact_phone="abc"))
    assert "必需字段" in response.text  # Django's message, as Wagtail's catalog translates it
    assert "请输入 11 位手机号码" in response.text
    assert "社区内有二十余位失能长者需要定期助浴。" in response.text
    assert not Need.objects.exists()


def test_matched_need_says_who_took_it_up(client, needs_page):
    project = ProjectFactory(title="长者助浴志愿行动")
    need = NeedFactory(matched_project=project, matched_organization=OrganizationFactory(name="越秀长者服务中心"))
    assert need.status == NeedStatus.MATCHED
    html = client.get(f"/zh-hans/needs/{need.pk}/").text
    assert "承接方" in html and "长者助浴志愿行动" in html and "越秀长者服务中心" in html


def test_need_filters_by_status(client, needs_page):
    NeedFactory(title="已关闭的需求", status=NeedStatus.CLOSED)
    NeedFactory(title="待对接的需求")
    assert [n.title for n in client.get("/zh-hans/needs/", {"status": "open"}).context["results"]] == ["待对接的需求"]


def test_needs_api_hides_contacts_and_unapproved_needs(client, needs_page):
    NeedFactory(title="公开需求", contact_phone="13700001234")
    NeedFactory(title="未审核需求", is_approved=False)
    body = client.get("/api/directory/needs/").json()
    assert [n["title"] for n in body["results"]] == ["公开需求"]
    assert "13700001234" not in str(body) and "contact_phone" not in body["results"][0]


def test_only_consenting_talent_is_public(client, talent_page):
    TalentFactory(display_name="陈社工")
    hidden = TalentFactory(display_name="未同意公开者", consented_at=None)
    html = client.get("/zh-hans/talent/").text
    assert "陈社工" in html and "未同意公开者" not in html
    assert client.get(f"/zh-hans/talent/{hidden.pk}/").status_code == 404


def test_private_talent_fields_appear_nowhere_public(client, talent_page):
    talent = TalentFactory(
        display_name="黄老师", phone="13800009999", email="secret@example.org", id_number="440104198001010016"
    )
    private = ["13800009999", "secret@example.org", "440104198001010016"]
    pages = [
        client.get("/zh-hans/talent/").text,
        client.get(f"/zh-hans/talent/{talent.pk}/").text,
        client.get("/api/v2/pages/").text,
        client.get("/api/directory/projects/").text,
        client.get("/api/directory/needs/").text,
    ]
    for text in pages:
        assert not [value for value in private if value in text]


def test_searching_for_private_contacts_finds_nobody(client, talent_page):
    TalentFactory(display_name="黄老师", phone="13800009999", email="secret@example.org")
    for query in ("13800009999", "secret@example.org"):
        assert list(client.get("/zh-hans/talent/", {"q": query}).context["results"]) == []
        assert client.get("/zh-hans/search/", {"q": query}).context["search_results"].paginator.count == 0
        assert client.get("/api/v2/pages/", {"search": query}).json()["items"] == []


def test_talent_search_index_holds_no_private_field():
    from orgdirectory.models import Talent

    indexed = {field.field_name for field in Talent.get_search_fields()}
    assert not indexed & {"phone", "email", "id_number"}


def test_personal_data_in_the_admin_is_for_coordinators_only(client, django_user_model, volunteer_page):
    from django.contrib.auth.models import Group, Permission

    from orgdirectory.signups import sign_up
    from tests.orgdirectory.factories import ProjectFactory

    sign_up(ProjectFactory(), name="王小明", phone="13900001111")
    access_admin = Permission.objects.get(codename="access_admin")
    editor = django_user_model.objects.create_user("ed", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    coordinator = django_user_model.objects.create_user("co", password="x" * 12)
    coordinators = Group.objects.create(name="Coordinators")
    coordinators.permissions.add(access_admin, Permission.objects.get(codename="view_volunteersignup"))
    coordinator.groups.add(coordinators)
    listing = "/admin/snippets/orgdirectory/volunteersignup/"
    client.force_login(editor)
    assert client.get(listing).status_code in (302, 403)
    assert client.get(listing, {"export": "csv"}).status_code in (302, 403)
    client.force_login(coordinator)
    assert "王小明" in client.get(listing).text
    export = client.get(listing, {"export": "csv"})
    assert "13900001111" in b"".join(export.streaming_content).decode()
