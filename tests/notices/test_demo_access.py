"""The demo's review workflow and per-section permissions (notices.demo.access)."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, Task, Workflow, WorkflowPage, WorkflowTask

from notices.demo.access import (
    DEFAULT_WORKFLOW,
    FINAL_REVIEW,
    FIRST_REVIEW,
    TWO_STEP_WORKFLOW,
    setup_moderation,
    setup_section_editors,
)
from tests.notices.factories import ArticleIndexPageFactory, ArticlePageFactory, NoticePageFactory

pytestmark = pytest.mark.django_db


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def approve_current_task(workflow_state, user):
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")
    workflow_state.refresh_from_db()


@pytest.fixture
def draft_notice(notice_list):
    notice = NoticePageFactory(parent=notice_list, slug="draft", live=False)
    notice.save_revision()
    return notice


@pytest.fixture
def county_sections(news):
    yuexiu = ArticleIndexPageFactory(parent=news, slug="yuexiu-news", title="越秀区动态")
    nanhai = ArticleIndexPageFactory(parent=news, slug="nanhai-news", title="南海区动态")
    setup_section_editors(yuexiu, "越秀区编辑", "yuexiu", "demo-yuexiu-2026")
    setup_section_editors(nanhai, "南海区编辑", "nanhai", "demo-nanhai-2026")
    return yuexiu, nanhai


def test_notices_and_policies_get_the_two_step_workflow_and_articles_keep_the_default(notice_list, policy_list, news):
    """Notice and policy lists run 初审 then 终审; articles keep Wagtail's one-step approval."""
    setup_moderation([notice_list], [policy_list])
    for section in (notice_list, policy_list):
        workflow = section.get_workflow()
        assert workflow.name == TWO_STEP_WORKFLOW
        assert [task.name for task in workflow.tasks] == [FIRST_REVIEW, FINAL_REVIEW]
    assert ArticlePageFactory(parent=news).get_workflow().name == DEFAULT_WORKFLOW


def test_notice_is_not_live_after_first_review_and_live_after_final_review(notice_list, draft_notice):
    """A submitted notice waits for 终审 after 初审 approves it, and is published when 终审 approves."""
    setup_moderation([notice_list], [])
    editor = user_in("Editors", "writer")
    moderator = user_in("Moderators", "first-reviewer")
    reviewer = get_user_model().objects.get(username="reviewer")

    state = draft_notice.get_workflow().start(draft_notice, editor)
    assert state.current_task_state.task.name == FIRST_REVIEW
    approve_current_task(state, moderator)
    draft_notice.refresh_from_db()
    assert not draft_notice.live
    assert state.current_task_state.task.name == FINAL_REVIEW

    approve_current_task(state, reviewer)
    draft_notice.refresh_from_db()
    assert draft_notice.live
    assert state.status == state.STATUS_APPROVED


def test_moderators_cannot_give_the_final_approval(notice_list, draft_notice):
    """Only the Final reviewers group may act on the 终审 task."""
    setup_moderation([notice_list], [])
    moderator = user_in("Moderators", "first-reviewer")
    state = draft_notice.get_workflow().start(draft_notice, moderator)
    approve_current_task(state, moderator)
    final = state.current_task_state.task.specific
    assert final.get_actions(draft_notice, moderator) == []
    assert final.get_actions(draft_notice, get_user_model().objects.get(username="reviewer"))


def test_reviewer_account_can_log_in_to_the_admin(client, notice_list):
    """The demo 终审 account opens the admin."""
    setup_moderation([notice_list], [])
    assert client.post("/admin/login/", {"username": "reviewer", "password": "demo-reviewer-2026"}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_county_editor_edits_and_publishes_in_their_own_section(county_sections):
    """越秀区编辑 may edit, publish and add pages in 越秀区动态."""
    yuexiu, _nanhai = county_sections
    article = ArticlePageFactory(parent=yuexiu)
    editor = get_user_model().objects.get(username="yuexiu")
    permissions = article.permissions_for_user(editor)
    assert permissions.can_edit()
    assert permissions.can_publish()
    assert yuexiu.permissions_for_user(editor).can_add_subpage()


def test_county_editor_cannot_touch_another_section(county_sections, news):
    """越秀区编辑 can neither edit nor publish in 南海区动态 or the parent news section."""
    _yuexiu, nanhai = county_sections
    editor = get_user_model().objects.get(username="yuexiu")
    for page in (ArticlePageFactory(parent=nanhai), ArticlePageFactory(parent=news)):
        permissions = page.permissions_for_user(editor)
        assert not permissions.can_edit()
        assert not permissions.can_publish()


def test_county_editor_account_can_log_in_to_the_admin(client, county_sections):
    """The demo county account opens the admin."""
    assert client.post("/admin/login/", {"username": "nanhai", "password": "demo-nanhai-2026"}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_running_the_setup_twice_adds_nothing(notice_list, policy_list, county_sections):
    """A second run creates no second group, task, workflow, permission or account."""
    yuexiu, _nanhai = county_sections
    setup_moderation([notice_list], [policy_list])

    def counts():
        return [
            model.objects.count()
            for model in (Group, Task, Workflow, WorkflowTask, WorkflowPage, GroupPagePermission, get_user_model())
        ]

    before = counts()
    assert setup_moderation([notice_list], [policy_list]) == 0
    assert setup_section_editors(yuexiu, "越秀区编辑", "yuexiu", "demo-yuexiu-2026") == 0
    assert counts() == before


def test_setup_restores_a_deactivated_default_workflow(notice_list):
    """If the Moderators approval workflow was switched off, articles get it back."""
    Workflow.objects.get(name=DEFAULT_WORKFLOW).deactivate()
    setup_moderation([notice_list], [])
    workflow = Workflow.objects.get(name=DEFAULT_WORKFLOW)
    assert workflow.active
    assert WorkflowPage.objects.filter(workflow=workflow, page__depth=1).exists()
