"""The notice editor as an editor (编辑) meets it in Chinese: the 公示 tab only for 公示 notices,
the issuing body filled in from the site settings, and errors that say which tab they are on."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from home.models import SiteSettings
from home.setup.access import role_group
from home.setup.tree import section_page
from notices.models import NoticePage
from tests.conftest import VerifiedClient
from tests.notices.factories import NoticePageFactory

pytestmark = pytest.mark.django_db

DISCLOSURE_TAB = "公示"


@pytest.fixture
def editor(site):
    """The demo's editor role: group 编辑, the admin in Chinese."""
    user = get_user_model().objects.create_user("editor", password="x" * 12)
    user.groups.add(role_group("editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "zh-hans"
    profile.save()
    client = VerifiedClient()
    client.force_login(user)
    return client


@pytest.fixture
def organizer(site):
    settings = SiteSettings.for_site(section_page("home").get_site())
    settings.site_name = "省社会组织服务中心网站"
    settings.organizer = "广东省社会组织服务中心"
    settings.save()
    return settings


def add_url():
    return reverse("wagtailadmin_pages:add", args=("notices", "noticepage", section_page("notices").pk))


def new_notice(**changes):
    data = {
        "title": "关于开展年检工作的通知",
        "slug": "annual-check",
        "kind": "notice",
        "topic": "general",
        "date": "2026-03-02",
        "issuing_body": "广东省社会组织服务中心",
        "disclosure_attribute": "proactive",
        "validity": "valid",
        "body": streamfield([]),
        "attachments": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def tab_classes(html, heading):
    """The classes of the tab link called `heading`."""
    found = re.search(rf'<a id="tab-label-[^"]*"[^>]*class="w-tabs__tab([^"]*)"[^>]*>\s*{heading}\s*<', html)
    assert found, f"no tab {heading}"
    return found.group(1).split()


def said(response):
    return " ".join(str(message) for message in response.context["messages"])


# The 公示 tab


def test_a_new_notice_opens_without_the_disclosure_tab_and_with_its_switch(editor):
    html = editor.get(add_url()).text
    assert "w-hidden" in tab_classes(html, DISCLOSURE_TAB)
    assert "w-hidden" not in tab_classes(html, "信息公开属性")
    assert 'data-controller="conditional-tab"' in html
    assert 'data-conditional-tab-field-value="kind"' in html
    assert "core/js/conditional-tab.js" in html


@pytest.mark.parametrize(("kind", "hidden"), [("notice", True), ("announcement", True), ("disclosure", False)])
def test_an_existing_notice_shows_the_disclosure_tab_only_if_it_is_a_disclosure(editor, kind, hidden):
    notice = NoticePageFactory(parent=section_page("notices"), kind=kind, disclosure=kind == "disclosure")
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[notice.pk])).text
    assert ("w-hidden" in tab_classes(html, DISCLOSURE_TAB)) is hidden


def test_a_notice_made_a_disclosure_shows_the_tab_with_what_is_missing(editor):
    """The kind just posted decides, not the one saved: the 公示 fields it needs are shown."""
    response = editor.post(add_url(), new_notice(kind="disclosure"))
    assert response.status_code == 200
    assert "w-hidden" not in tab_classes(response.text, DISCLOSURE_TAB)
    assert "请到“公示”标签页修改“公示开始日期”。" in said(response)


def test_a_hidden_disclosure_tab_keeps_its_fields(editor):
    """Hidden is not removed: turning a 公示 into a notice and saving keeps its period."""
    notice = NoticePageFactory(parent=section_page("notices"), slug="was-disclosure", disclosure=True)
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[notice.pk])).text
    assert 'name="disclosure_start"' in html


# The issuing body


def test_a_new_notice_is_issued_by_the_body_in_the_site_settings(editor, organizer):
    html = editor.get(add_url()).text
    assert re.search(r'name="issuing_body"[^>]*value="广东省社会组织服务中心"', html)


def test_without_an_organizer_the_site_name_is_the_issuing_body(editor, organizer):
    organizer.organizer = ""
    organizer.save()
    assert re.search(r'name="issuing_body"[^>]*value="省社会组织服务中心网站"', editor.get(add_url()).text)


def test_a_notice_submitted_without_an_issuing_body_names_the_tab_it_is_on(editor, organizer):
    """A draft may lack it (Wagtail checks required fields when a page goes to review)."""
    response = editor.post(add_url(), new_notice(issuing_body="", **{"action-submit": "submit"}))
    assert response.status_code == 200
    assert not NoticePage.objects.filter(slug="annual-check").exists()
    message = said(response)
    assert "请到“信息公开属性”标签页修改“发布机构”。" in message
    assert "<li>发布机构: " in message  # the error itself, listed with the pointer


def test_an_error_on_the_first_tab_names_no_tab(editor):
    response = editor.post(add_url(), new_notice(title=""))
    assert response.status_code == 200
    assert "标签页修改" not in said(response)
