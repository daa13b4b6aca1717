"""Notices and policy texts go live only through 初审 then 终审, by every route the admin offers."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.setup.access import role_group
from home.setup.tree import section_page
from notices.models import NoticePage, PolicyPage
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
    logged_in(people["moderator"]).post(url, {"include_descendants": ""})
    assert not is_live(draft)


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


def test_copying_a_notice_list_with_its_live_notices_live_is_refused(people, live_notice):
    """初审 may publish under 中心建设, but not a live copy of the notices it holds."""
    url = reverse("wagtailadmin_pages:copy", args=[section_page("notices").pk])
    form = {
        "new_title": "公告副本",
        "new_slug": "notices-copy",
        "new_parent_page": section_page("center").pk,
        "copy_subpages": "on",
        "publish_copies": "on",
    }
    response = logged_in(people["moderator"]).post(url, form, follow=True)
    assert "只能经审核后发布" in response.text or "go live only through their review" in response.text
    assert not Page.objects.filter(slug="notices-copy").exists()
    assert NoticePage.objects.live().count() == 1


def test_an_alias_of_a_live_notice_is_refused(people, live_notice):
    url = reverse("wagtailadmin_pages:copy", args=[live_notice.pk])
    form = {"new_title": "别名", "new_slug": "alias", "new_parent_page": section_page("notices").pk, "alias": "on"}
    logged_in(people["moderator"]).post(url, form)
    assert not Page.objects.filter(slug="alias").exists()


def test_a_live_notice_cannot_be_moved_by_a_moderator(people, live_notice):
    other = section_page("policies")
    assert not live_notice.permissions_for_user(people["moderator"]).can_move_to(section_page("notices"))
    url = reverse("wagtailadmin_pages:move_confirm", args=[section_page("notices").pk, section_page("center").pk])
    logged_in(people["moderator"]).post(url)
    assert Page.objects.get(pk=section_page("notices").pk).get_parent().pk != section_page("center").pk
    assert other.live


def test_the_english_version_of_a_reviewed_notice_is_published_by_the_final_reviewers(people, live_notice, english):
    """wagtail-localize's translation editor publishes directly: 终审 may, once the original is live."""
    translation = live_notice.copy_for_translation(english)
    assert translation.permissions_for_user(people["reviewer"]).can_publish()
    assert not translation.permissions_for_user(people["moderator"]).can_publish()
    assert not translation.permissions_for_user(people["editor"]).can_publish()


def test_the_english_version_waits_for_the_original_to_pass_its_review(people, draft, english):
    translation = draft.copy_for_translation(english)
    assert not translation.permissions_for_user(people["reviewer"]).can_publish()


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
