"""Notices and policy texts go live only through 初审 then 终审, by every route the admin offers."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Page, Revision, Task, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from home.setup.access import role_group
from home.setup.tree import section_page
from notices.models import NoticeIndexPage, NoticePage, PolicyPage
from tests.conftest import VerifiedClient
from tests.notices.factories import ArticlePageFactory, NoticePageFactory

pytestmark = pytest.mark.django_db

ROLES = {"editor": "editors", "moderator": "first_review", "reviewer": "final_review"}


@pytest.fixture
def people(site, admin_user):
    users = {"superuser": admin_user}
    for username, role in ROLES.items():
        user = get_user_model().objects.create_user(username, password="x" * 12)
        user.groups.add(role_group(role))
        users[username] = user
    return users


def logged_in(user):
    client = VerifiedClient()
    client.force_login(user)
    return client


@pytest.fixture
def draft(site):
    notice = NoticePageFactory(parent=section_page("notices"), slug="draft-notice", live=False)
    notice.save_revision()
    return NoticePage.objects.get(pk=notice.pk)


@pytest.fixture
def live_notice(site):
    notice = NoticePageFactory(parent=section_page("notices"), slug="live-notice")
    notice.save_revision().publish()
    return NoticePage.objects.get(pk=notice.pk)


def notice_form(notice, **changes):
    """What the editor posts for `notice`, as the admin's form sends it."""
    data = {
        "title": notice.title,
        "slug": notice.slug,
        "kind": notice.kind,
        "topic": notice.topic,
        "date": notice.date.isoformat(),
        "issuing_body": notice.issuing_body,
        "disclosure_attribute": notice.disclosure_attribute,
        "validity": notice.validity,
        "body": streamfield([]),
        "attachments": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def edit(client, notice, **actions):
    return client.post(reverse("wagtailadmin_pages:edit", args=[notice.pk]), notice_form(notice, **actions))


def is_live(page):
    return Page.objects.get(pk=page.pk).live


# Who may publish directly


@pytest.mark.parametrize(
    ("who", "notices", "articles"),
    [("editor", False, False), ("moderator", False, True), ("reviewer", False, False), ("superuser", True, True)],
)
def test_only_a_superuser_publishes_a_notice_or_policy_text_directly(people, draft, who, notices, articles):
    user = people[who]
    policy = PolicyPage(
        title="社会组织登记管理办法", slug="rules", issuing_authority="省民政厅", issued_on="2026-01-01"
    )
    section_page("policies").add_child(instance=policy)
    article = ArticlePageFactory(parent=section_page("center-news"))
    assert draft.permissions_for_user(user).can_publish() is notices
    assert policy.permissions_for_user(user).can_publish() is notices
    assert section_page("notices").permissions_for_user(user).can_publish_subpage() is notices
    assert article.permissions_for_user(user).can_publish() is articles


@pytest.mark.parametrize("who", ["moderator", "reviewer"])
def test_the_editor_shows_reviewers_no_publish_button_and_ignores_a_forged_one(people, draft, who):
    client = logged_in(people[who])
    page = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert page.status_code == 200
    assert 'name="action-publish"' not in page.text
    response = edit(client, draft, **{"action-publish": "publish"})
    assert response.status_code in (200, 302)
    assert not is_live(draft)


def test_a_superuser_still_has_the_publish_button(people, draft):
    client = logged_in(people["superuser"])
    assert 'name="action-publish"' in client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).text
    edit(client, draft, **{"action-publish": "publish"})
    assert is_live(draft)


def test_a_moderator_cannot_schedule_a_notice(people, draft):
    tomorrow = (timezone.localtime() + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    edit(logged_in(people["moderator"]), draft, go_live_at=tomorrow, **{"action-publish": "publish"})
    assert not Revision.page_revisions.filter(object_id=str(draft.pk), approved_go_live_at__isnull=False).exists()
    assert not is_live(draft)


def test_a_moderator_cannot_create_and_publish_in_one_go(people, site):
    notices = section_page("notices")
    url = reverse("wagtailadmin_pages:add", args=("notices", "noticepage", notices.pk))
    new = NoticePage(
        title="关于年检的通知", slug="annual", date=datetime.date(2026, 3, 2), issuing_body="省社会组织服务中心"
    )
    logged_in(people["moderator"]).post(url, notice_form(new, **{"action-publish": "publish"}))
    created = NoticePage.objects.get(slug="annual")
    assert not created.live


def test_bulk_publishing_leaves_the_notice_a_draft(people, draft):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={draft.pk}"
    client = logged_in(people["moderator"])
    assert "你没有权限来发布这些页面" in client.get(url).text
    client.post(url, {"include_descendants": ""})
    assert not is_live(draft)
    logged_in(people["superuser"]).post(url, {"include_descendants": ""})
    assert is_live(draft)  # the same request by a superuser publishes: the refusal is the rule


def test_publishing_an_old_revision_from_the_history_is_refused(people, live_notice):
    live_notice.title = "改过的标题"
    revision = live_notice.save_revision()
    client = logged_in(people["moderator"])
    url = reverse("wagtailadmin_pages:revisions_revert", args=[live_notice.pk, revision.pk])
    assert 'name="action-publish"' not in client.get(url).text
    edit(client, live_notice, title="改过的标题", **{"action-publish": "publish"})
    assert NoticePage.objects.get(pk=live_notice.pk).title != "改过的标题"


def test_a_notice_is_copied_as_a_draft_and_never_published_as_a_copy(people, live_notice):
    url = reverse("wagtailadmin_pages:copy", args=[live_notice.pk])
    form = {"new_title": "复制的公告", "new_slug": "copied", "new_parent_page": section_page("notices").pk}
    client = logged_in(people["moderator"])
    refused = client.post(url, {**form, "publish_copies": "on"})
    assert "new_parent_page" in refused.context["form"].errors
    assert not NoticePage.objects.filter(slug="copied").exists()
    client.post(url, form)
    assert not NoticePage.objects.get(slug="copied").live


def test_copying_a_notice_list_with_its_live_notices_is_for_superusers(people, live_notice):
    """初审 may publish under 中心建设, but not put live copies of the notices a list holds there."""
    url = reverse("wagtailadmin_pages:copy", args=[section_page("notices").pk])
    form = {
        "new_title": "公告副本",
        "new_slug": "notices-copy",
        "new_parent_page": section_page("center").pk,
        "copy_subpages": "on",
        "publish_copies": "on",
    }
    client = logged_in(people["moderator"])
    assert client.get(url).status_code == 302  # refused: Wagtail sends them back with a message
    client.post(url, form)
    assert not Page.objects.filter(slug="notices-copy").exists()
    logged_in(people["superuser"]).post(url, form)
    assert Page.objects.get(slug="notices-copy").live


def test_an_alias_of_a_live_notice_is_refused(people, live_notice):
    url = reverse("wagtailadmin_pages:copy", args=[live_notice.pk])
    form = {"new_title": "别名", "new_slug": "alias", "new_parent_page": section_page("notices").pk, "alias": "on"}
    refused = logged_in(people["moderator"]).post(url, form, follow=True)
    assert "公告和政策文件只能经审核后发布" in refused.text
    assert not Page.objects.filter(slug="alias").exists()
    logged_in(people["superuser"]).post(url, form)
    assert Page.objects.get(slug="alias").live


def test_the_admin_api_copies_no_notice_list_live(people, live_notice):
    """The admin's own API copies with keep_live by default: not a list holding live notices."""
    url = f"/admin/api/main/pages/{section_page('notices').pk}/action/copy/"
    body = {"destination_page_id": section_page("center").pk, "recursive": True, "keep_live": True}
    response = logged_in(people["moderator"]).post(url, body, content_type="application/json")
    assert response.status_code in (400, 403)
    assert NoticePage.objects.live().count() == 1


def test_the_admin_api_does_not_publish_a_notice(people, draft):
    url = f"/admin/api/main/pages/{draft.pk}/action/publish/"
    response = logged_in(people["moderator"]).post(url, {}, content_type="application/json")
    assert response.status_code in (400, 403)
    assert not is_live(draft)


def test_a_notice_list_holding_live_notices_cannot_be_moved_by_a_moderator(people, live_notice):
    notices, center = section_page("notices"), section_page("center")
    assert not live_notice.permissions_for_user(people["moderator"]).can_move_to(section_page("policies"))
    assert not notices.permissions_for_user(people["moderator"]).can_move_to(center)
    logged_in(people["moderator"]).post(reverse("wagtailadmin_pages:move_confirm", args=[notices.pk, center.pk]))
    assert Page.objects.get(pk=notices.pk).get_parent().pk == section_page("home").pk


def test_the_english_version_of_a_reviewed_notice_is_published_by_the_final_reviewers(people, live_notice, english):
    """wagtail-localize's translation editor publishes directly: 终审 may, once the original is live."""
    translation = live_notice.copy_for_translation(english)
    assert translation.permissions_for_user(people["reviewer"]).can_publish()
    assert not translation.permissions_for_user(people["moderator"]).can_publish()
    assert not translation.permissions_for_user(people["editor"]).can_publish()


def test_the_english_version_waits_for_the_original_to_pass_its_review(people, draft, english):
    translation = draft.copy_for_translation(english)
    assert not translation.permissions_for_user(people["reviewer"]).can_publish()


def test_a_moderator_who_may_publish_above_a_notice_list_still_publishes_no_translation(people, site, english):
    """初审 may publish under 中心建设; a notice list made there is still 终审's to publish."""
    center = section_page("center")
    extra = NoticeIndexPage(title="专项公告", slug="special")
    center.add_child(instance=extra)
    extra.save_revision().publish()
    english_list = extra.copy_for_translation(english)
    english_list.save_revision().publish()
    notice = NoticePageFactory(parent=extra, slug="special-notice")
    notice.save_revision().publish()
    translation = NoticePage.objects.get(pk=notice.pk).copy_for_translation(english)
    assert not translation.permissions_for_user(people["moderator"]).can_publish()
    assert translation.permissions_for_user(people["reviewer"]).can_publish()


def test_a_new_translation_of_a_live_notice_starts_as_a_draft(people, live_notice):
    url = reverse("wagtail_localize:submit_page_translation", args=[live_notice.pk])
    english_id = Locale.objects.get(language_code="en").pk
    logged_in(people["editor"]).post(url, {"locales": [english_id]})
    translation = NoticePage.objects.get(translation_key=live_notice.translation_key, locale_id=english_id)
    assert not translation.live


def test_syncing_translations_publishes_only_what_the_user_may_publish(
    people, live_notice, django_capture_on_commit_callbacks
):
    """wagtail-localize's "Publish immediately" would publish with no permission check (once the
    transaction commits: the callbacks run here as they would)."""
    english_id = Locale.objects.get(language_code="en").pk
    submit = reverse("wagtail_localize:submit_page_translation", args=[live_notice.pk])
    logged_in(people["editor"]).post(submit, {"locales": [english_id]})
    source = TranslationSource.objects.get(object_id=live_notice.translation_key)
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in(people["editor"]).post(update, {"publish_translations": "on"})
    assert response.status_code == 200
    assert "请更新译文，但不要勾选立即发布" in response.text
    translation = NoticePage.objects.get(translation_key=live_notice.translation_key, locale_id=english_id)
    assert not translation.live
    with django_capture_on_commit_callbacks(execute=True):
        logged_in(people["reviewer"]).post(update, {"publish_translations": "on"})
    assert NoticePage.objects.get(pk=translation.pk).live  # 终审 may: the original is live


# A review of fewer than two steps is no review


def test_with_the_two_step_workflow_switched_off_a_notice_cannot_be_submitted(people, draft):
    """It does not fall back to the root's one-step review."""
    Workflow.objects.get(name="两级审核（初审 → 终审）").deactivate()
    notice = NoticePage.objects.get(pk=draft.pk)
    assert notice.get_workflow() is None and not notice.has_workflow
    edit(logged_in(people["editor"]), notice, **{"action-submit": "submit"})
    assert NoticePage.objects.get(pk=draft.pk).current_workflow_state is None
    assert not is_live(draft)


def test_a_one_step_workflow_put_on_a_notice_list_is_no_review(people, draft):
    one_step = Workflow.objects.get(name="一级审核（初审）")
    WorkflowPage.objects.update_or_create(page=section_page("notices"), defaults={"workflow": one_step})
    assert NoticePage.objects.get(pk=draft.pk).get_workflow() is None


def test_a_final_step_switched_off_during_the_review_does_not_publish(people, draft):
    submit(logged_in(people["editor"]), draft)
    Task.objects.filter(name="终审").update(active=False)
    approve(logged_in(people["moderator"]), draft)
    assert not is_live(draft)


# The review itself


def submit(client, notice, **changes):
    edit(client, notice, **changes, **{"action-submit": "submit"})
    return NoticePage.objects.get(pk=notice.pk).current_workflow_state


def approve(client, notice):
    state = NoticePage.objects.get(pk=notice.pk).current_workflow_state
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[notice.pk, "approve", task_state.pk])
    return client.post(url, {})


def test_a_notice_goes_live_after_first_and_final_review_and_not_before(people, draft):
    state = submit(logged_in(people["editor"]), draft)
    assert state.current_task_state.task.name == "初审"

    approve(logged_in(people["moderator"]), draft)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "终审"
    assert not is_live(draft)

    approve(logged_in(people["moderator"]), draft)  # 初审 cannot give the final approval
    assert not is_live(draft)

    approve(logged_in(people["reviewer"]), draft)
    assert is_live(draft)


def test_the_final_reviewer_acts_through_the_review_not_a_publish_button(people, draft):
    submit(logged_in(people["editor"]), draft)
    approve(logged_in(people["moderator"]), draft)
    page = logged_in(people["reviewer"]).get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).text
    assert 'name="action-publish"' not in page
    assert 'data-workflow-action-name="approve"' in page


def test_a_scheduled_notice_goes_live_when_its_date_comes(people, draft):
    """终审 approves a notice with a go-live date: it waits, then publish_scheduled publishes it."""
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    submit(logged_in(people["editor"]), draft, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    approve(logged_in(people["moderator"]), draft)
    approve(logged_in(people["reviewer"]), draft)
    assert not is_live(draft)
    # Two hours later:
    scheduled = Revision.page_revisions.get(object_id=str(draft.pk), approved_go_live_at__isnull=False)
    passed = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.approved_go_live_at = passed
    scheduled.content["go_live_at"] = passed.isoformat()
    scheduled.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    assert is_live(draft)


# What the reviewer is told


def in_chinese(user):
    """The user's admin language, as they would set it in their account."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "zh-hans"
    profile.save()
    return logged_in(user)


def review_in_editor(client, notice, action, **changes):
    """The review buttons of the page editor (they save the form and act on the task): the
    messages of the page it leads to."""
    data = notice_form(notice, **changes, **{"action-workflow-action": "true", "workflow-action-name": action})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[notice.pk]), data, follow=True)
    return [str(message) for message in response.context["messages"]]


def test_the_first_reviewer_is_told_the_notice_passed_to_the_final_review(people, draft):
    submit(logged_in(people["editor"]), draft)
    said = review_in_editor(in_chinese(people["moderator"]), draft, "approve")
    assert len(said) == 1
    assert f"“{draft.title}”已通过初审，转交终审。" in said[0]
    assert "已被更新" not in said[0]


def test_the_final_reviewer_is_told_the_notice_passed_and_is_published(people, draft):
    submit(logged_in(people["editor"]), draft)
    approve(logged_in(people["moderator"]), draft)
    said = review_in_editor(in_chinese(people["reviewer"]), draft, "approve")
    assert is_live(draft)
    assert [f"“{draft.title}”已通过终审，已发布。" in message for message in said] == [True]


def test_the_final_reviewer_is_told_when_an_approved_notice_will_go_live(people, draft):
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    go_live_at = go_live.strftime("%Y-%m-%d %H:%M")
    submit(logged_in(people["editor"]), draft, go_live_at=go_live_at)
    approve(logged_in(people["moderator"]), draft)
    said = review_in_editor(in_chinese(people["reviewer"]), draft, "approve", go_live_at=go_live_at)
    assert f"已通过终审，将于 {go_live:%Y-%m-%d %H:%M} 发布。" in said[0]


def test_a_reviewer_who_requests_changes_is_told_it_went_back_to_the_author(people, draft):
    submit(logged_in(people["editor"]), draft)
    said = review_in_editor(in_chinese(people["moderator"]), draft, "reject")
    assert [f"“{draft.title}”未通过初审，已退回作者修改。" in message for message in said] == [True]


def test_a_plain_save_still_says_the_page_was_updated(people, draft):
    response = edit(in_chinese(people["editor"]), draft)
    assert any("已被更新" in str(message) for message in get_messages(response.wsgi_request))
