"""The content guard in the editor: pages holding spam, hidden links or foreign scripts are not
published by any route, snippets and settings holding them are not saved, clean content is."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from home.models import SiteSettings, StandardPage
from security.wagtail_hooks import PublishingRefused
from taxonomy.models import ServiceArea
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HIDDEN_GAMBLING_LINK = '<p style="display:none"><a href="http://x.example">澳门百家乐</a></p>'


@pytest.fixture
def editor(admin_client, admin_user):
    """An editor who works in the given admin language."""

    def in_language(language_code):
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = language_code
        profile.save()
        return admin_client

    return in_language


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.pk))


def page_form(body_html="<p>社区长者活动中心开放时间调整。</p>", intro="栏目简介", **changes):
    data = {
        "title": "服务通知",
        "slug": "service-notice",
        "intro": intro,
        "body": streamfield([("rich_text", rich_text(body_html))]),
        "action-publish": "publish",
        **changes,
    }
    return nested_form_data(data)


def spammy_body():
    """A body whose rich text keeps the hidden paragraph, as content saved outside the editor does."""
    return [("rich_text", HIDDEN_GAMBLING_LINK)]


@pytest.mark.parametrize(
    ("body_html", "intro", "matched"),
    [
        (HIDDEN_GAMBLING_LINK, "栏目简介", "百家乐"),
        ("<p>欢迎访问ＢＥＴ３６５官方网站</p>", "栏目简介", "bet365"),
        ("<p>社区活动</p>", "&#28595;&#38376;&#30334;&#23478;&#20048;", "百家乐"),
        ("<p>社区活动</p>", "&amp;#30334;&amp;#23478;&amp;#20048;", "百家乐"),
    ],
)
def test_editor_publishing_spam_is_refused_with_what_and_where(editor, home, body_html, intro, matched):
    """Hidden, full-width and entity-encoded gambling text is named with its field; the draft stays unpublished."""
    response = editor("en").post(add_url(home), page_form(body_html, intro), follow=True)
    page = StandardPage.objects.get(slug="service-notice")
    assert not page.live
    assert page.get_latest_revision() is not None  # the editor's work is kept as a draft
    message = " ".join(str(m) for m in response.context["messages"])
    assert "was not published" in message
    assert matched in message
    assert ("Body" in message) or ("Summary" in message)


def test_refusal_names_the_field_in_the_editors_language(editor, home):
    """A Chinese-speaking editor is told the field and block by their Chinese labels."""
    response = editor("zh-hans").post(add_url(home), page_form(HIDDEN_GAMBLING_LINK), follow=True)
    message = " ".join(str(m) for m in response.context["messages"])
    assert "正文 › 1." in message
    assert "澳门百家乐" in message
    assert not StandardPage.objects.get(slug="service-notice").live


def test_clean_page_is_published(admin_client, home):
    """An ordinary page goes live."""
    response = admin_client.post(add_url(home), page_form())
    assert response.status_code == 302
    assert StandardPage.objects.get(slug="service-notice").live


def test_editing_a_live_page_to_add_spam_leaves_the_live_version(admin_client, home):
    """The live page keeps its clean version when the new one is refused."""
    page = StandardPageFactory(parent=home, title="办事须知", slug="guide")
    page.save_revision().publish()
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    admin_client.post(url, page_form(HIDDEN_GAMBLING_LINK, title="办事须知", slug="guide"))
    page.refresh_from_db()
    assert page.live
    assert "百家乐" not in str(page.specific.body.raw_data)
    assert page.has_unpublished_changes


def test_publishing_in_code_is_refused(home):
    """Any route to publishing (here Revision.publish, which workflows and the API use) meets the guard."""
    page = StandardPageFactory(parent=home, live=False, body=spammy_body())
    with pytest.raises(PublishingRefused, match="display:none"):
        page.save_revision().publish()
    assert not Page.objects.get(pk=page.pk).live


def test_bulk_publishing_refuses_the_batch_and_names_the_spammy_page(editor, home):
    """Wagtail's bulk Publish action has no per-page hook: no page of a batch holding spam goes live."""
    clean = StandardPageFactory(parent=home, live=False, title="社区活动通知")
    spammy = StandardPageFactory(parent=home, live=False, title="栏目更新", body=spammy_body())
    for page in (clean, spammy):
        page.save_revision()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    listing = reverse("wagtailadmin_explore", args=(home.pk,))
    response = editor("en").post(f"{url}?id={clean.pk}&id={spammy.pk}&next={listing}", follow=True)
    assert response.status_code == 200
    assert "“栏目更新” was not published" in response.text
    assert not Page.objects.get(pk=spammy.pk).live
    assert not Page.objects.get(pk=clean.pk).live


def test_scheduling_spam_is_refused(home):
    """A revision is not approved to go live later either."""
    page = StandardPageFactory(parent=home, live=False, body=spammy_body())
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = page.save_revision()
    with pytest.raises(PublishingRefused):
        revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


@pytest.fixture
def moderated(home, admin_user, django_user_model):
    """A one-step approval workflow on the whole tree, and an editor who submits pages to it."""
    moderators = Group.objects.create(name="审核员")
    admin_user.groups.add(moderators)
    task = GroupApprovalTask.objects.create(name="内容审核")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="发布审核")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)

    def submit(page):
        page.save_revision()
        return workflow.start(page, django_user_model.objects.create_user("submitter"))

    return submit


def approve_in_admin(client, admin_user, page, workflow_state):
    client.force_login(admin_user)
    task_state = workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": ""})


def test_workflow_approval_of_spam_is_refused(client, admin_user, home, moderated):
    """A moderator's approval does not publish a spammy revision: the approval is rolled back."""
    page = StandardPageFactory(parent=home, live=False, body=spammy_body())
    workflow_state = moderated(page)
    response = approve_in_admin(client, admin_user, page, workflow_state)
    assert response.status_code in (302, 403)  # Wagtail turns the refusal into "permission denied"
    assert not Page.objects.get(pk=page.pk).live
    workflow_state.refresh_from_db()
    assert workflow_state.status == workflow_state.STATUS_IN_PROGRESS


def test_clean_workflow_approval_publishes(client, admin_user, home, moderated):
    """Approving an ordinary revision publishes it."""
    page = StandardPageFactory(parent=home, live=False)
    workflow_state = moderated(page)
    assert approve_in_admin(client, admin_user, page, workflow_state).status_code == 302
    assert Page.objects.get(pk=page.pk).live


def test_snippet_with_spam_is_not_saved(editor):
    """A snippet form holding spam comes back with the finding on its field."""
    url = reverse(ServiceArea.snippet_viewset.get_url_name("add"))
    response = editor("en").post(url, {"name": "澳门新葡京", "name_en": "", "slug": "casino", "sort_order": "0"})
    assert response.status_code == 200
    assert "澳门新葡京" in response.text
    assert "Not saved" in response.text
    assert not ServiceArea.objects.filter(slug="casino").exists()


def test_clean_snippet_is_saved(admin_client):
    url = reverse(ServiceArea.snippet_viewset.get_url_name("add"))
    data = {"name": "社区治理测试", "name_en": "Community test", "slug": "community-test", "sort_order": "0"}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert ServiceArea.objects.filter(slug="community-test").exists()


def test_site_setting_with_spam_is_not_saved(admin_client, site_settings):
    """The footer's sponsor cannot become an advertisement."""
    url = reverse("wagtailsettings:edit", args=("home", "sitesettings", site_settings.site_id))
    data = {
        "site_name": site_settings.site_name,
        "sponsor": "皇冠体育在线投注",
        "icp_url": site_settings.icp_url,
        "police_url": site_settings.police_url,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "皇冠体育" in response.text
    assert SiteSettings.objects.get(pk=site_settings.pk).sponsor == "省民政厅"
    data["sponsor"] = "省民政厅社会组织管理局"
    assert admin_client.post(url, data).status_code == 302
    assert SiteSettings.objects.get(pk=site_settings.pk).sponsor == "省民政厅社会组织管理局"
