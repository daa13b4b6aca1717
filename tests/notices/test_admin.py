"""Editors create every publishing page type in the admin; bad 公示 dates get a form error."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from notices.models import Holiday, NoticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def chinese_admin(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "zh-hans"
    profile.save()
    return admin_client


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=("notices", model, parent.pk))


def disclosure_form(**changes):
    data = {
        "title": "2026年度社会组织等级评估结果公示",
        "slug": "grading-results",
        "kind": "disclosure",
        "topic": "registration",
        "date": "2026-03-02",
        "issuing_body": "广东省社会组织服务中心",
        "disclosure_attribute": "proactive",
        "validity": "valid",
        "disclosure_start": "2026-03-10",
        "disclosure_end": "2026-03-01",
        "objection_phone": "020-86001200",
        "objection_rules": "实名书面反映。",
        "body": streamfield([]),
        "attachments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(changes)
    return nested_form_data(data)


def test_every_publishing_page_type_opens_in_the_editor(admin_client, home, news, notice_list, policy_list):
    for model, parent in (
        ("articleindexpage", home),
        ("articlepage", news),
        ("noticeindexpage", home),
        ("noticepage", notice_list),
        ("policyindexpage", home),
        ("policypage", policy_list),
    ):
        assert admin_client.get(add_url(model, parent)).status_code == 200, model
    assert admin_client.get("/admin/snippets/notices/holiday/").status_code == 200


def test_disclosure_ending_before_it_starts_is_refused_in_the_editors_language(chinese_admin, notice_list):
    response = chinese_admin.post(add_url("noticepage", notice_list), disclosure_form())
    assert response.status_code == 200
    assert "公示结束日期不能早于开始日期" in response.text
    assert not NoticePage.objects.exists()


def test_disclosure_given_in_working_days_is_published_with_its_end_date(admin_client, notice_list):
    Holiday.objects.create(date="2026-03-12", name="演示假日")
    response = admin_client.post(
        add_url("noticepage", notice_list),
        disclosure_form(disclosure_end="", disclosure_working_days="5", title="按工作日计算的公示"),
    )
    assert response.status_code == 302, response.text[:2000]
    notice = NoticePage.objects.get()
    assert notice.live
    assert str(notice.disclosure_end) == "2026-03-17"  # Tue 10 … Mon 16 skipping the 12th and the weekend
    assert notice.index_number.endswith("/2026-00001")
    assert Page.objects.get(pk=notice.pk).get_parent().pk == notice_list.pk


def test_the_editor_offers_the_end_date_override_with_its_explanation(chinese_admin, notice_list):
    """The 公示 tab has the “set by hand” box and says the end is otherwise counted on every save."""
    html = chinese_admin.get(add_url("noticepage", notice_list)).text
    assert "截止日期由编辑指定" in html
    assert "每次保存时按开始日期和工作日数重新计算" in html


def test_a_disclosure_saved_again_with_a_new_start_gets_a_new_end(admin_client, notice_list):
    """Editing the start in the admin moves the end computed from the working days."""
    form = disclosure_form(disclosure_end="", disclosure_working_days="5", title="按工作日计算的公示")
    admin_client.post(add_url("noticepage", notice_list), form)
    notice = NoticePage.objects.get()
    edit = reverse("wagtailadmin_pages:edit", args=(notice.pk,))
    form = disclosure_form(disclosure_start="2026-03-16", disclosure_end="2026-03-17", disclosure_working_days="5")
    response = admin_client.post(edit, form)
    assert response.status_code == 302, response.text[:2000]
    notice.refresh_from_db()
    assert str(notice.disclosure_end) == "2026-03-20"
