"""setup_site: the section tree, groups, permissions and reviews of a real install (home/setup/)."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import SetupRecord
from home.setup.access import COLLECTIONS, ROLES, role_group, section_editors_group
from home.setup.tree import SECTIONS, all_sections, section_page
from notices.models import ArticleIndexPage, ArticlePage, NoticeIndexPage
from tests.home.factories import StandardPageFactory
from tests.notices.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def setup_site():
    return setup_site_with_warnings()[0]


def setup_site_with_warnings():
    """(what it printed, the warnings it wrote to standard error)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("setup_site", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    """Every count setup_site could change."""
    models = (Page, Revision, Group, GroupPagePermission, GroupCollectionPermission, Collection, Task, Workflow)
    return {
        **{model.__name__: model.objects.count() for model in models},
        "WorkflowTask": WorkflowTask.objects.count(),
        "WorkflowPage": WorkflowPage.objects.count(),
        "group permissions": sum(group.permissions.count() for group in Group.objects.all()),
    }


def user_in(role_key, username):
    user = get_user_model().objects.create_user(username=username, password="x" * 12)
    user.groups.add(role_group(role_key))
    return user


# The tree


def test_a_fresh_database_gets_every_section_published_in_both_languages(site, english):
    """Each section of the old site exists once per language, live, of its page type, in menu order."""
    for section in all_sections():
        page = section_page(section.key)
        assert page is not None, section.key
        assert page.live and page.title == section.title
        assert page._meta.label == section.model
        translation = section_page(section.key, english)
        assert translation.live and translation.title == section.title_en
    assert [page.slug for page in site.get_children()] == [section.key for section in SECTIONS]
    assert section_page("home", english).title == "Home"


def test_sections_are_created_empty_and_no_user_or_content_is(site):
    """Nothing but titles: no account, no image or document, no text in any section."""
    assert not get_user_model().objects.exists()
    assert not get_image_model().objects.exists()
    for section in all_sections():
        page = section_page(section.key)
        assert not getattr(page, "intro", "") and not len(getattr(page, "body", []) or [])


def test_the_second_run_prints_nothing_and_changes_nothing(site):
    before = snapshot()
    assert setup_site() == ""
    assert snapshot() == before


def test_a_section_an_editor_renamed_and_moved_stays_where_the_editor_left_it(site):
    news = section_page("news")
    news.title, news.slug = "新闻中心", "xinwen"
    news.save_revision().publish()
    news.move(section_page("center"), pos="last-child")
    printed = setup_site()
    assert "Created" not in printed and "Adopted" not in printed
    news = section_page("news")
    assert (news.title, news.slug, news.get_parent().slug) == ("新闻中心", "xinwen", "center")
    assert not ArticleIndexPage.objects.filter(slug="news", locale__language_code="zh-hans").exists()


def test_a_section_an_editor_deleted_is_not_brought_back(site):
    section_page("family").delete()
    assert setup_site() == ""
    assert not Page.objects.filter(slug="family", locale__language_code="zh-hans").exists()


def test_a_missing_english_version_is_made_again(site, english):
    section_page("guides", english).delete()
    assert "Created the en version of 办事指南: Service Guides." in setup_site()


# Groups and permissions


def test_wagtails_groups_are_taken_over_and_lose_publishing_on_the_root(site):
    """Wagtail's Moderators could publish anything, notices included: as 初审 they publish no notice."""
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    first_review = role_group("first_review")
    root = Page.get_first_root_node()
    assert not GroupPagePermission.objects.filter(group=first_review, page=root, permission__codename="publish_page")
    published = set(
        GroupPagePermission.objects.filter(group=first_review, permission__codename="publish_page").values_list(
            "page__slug", flat=True
        )
    )
    assert "news" in published and not published & {"notices", "policies"}


def test_only_coordinators_hold_personal_data_permissions(site):
    personal = Permission.objects.filter(codename__in=["view_volunteersignup", "view_talent", "change_talent"])
    holders = {group.name for group in Group.objects.filter(permissions__in=personal)}
    assert holders == {"志愿服务协调员"}


def test_a_permission_removed_by_hand_is_put_back(site):
    final = role_group("final_review")
    GroupPagePermission.objects.filter(
        group=final, page=section_page("notices"), permission__codename="publish_page"
    ).delete()
    role_group("editors").permissions.remove(Permission.objects.get(codename="add_organization"))
    printed = setup_site()
    assert "Group 终审: gave publish_page on /home/notices/." in printed
    assert "Group 编辑: gave add_organization." in printed
    assert setup_site() == ""


def test_a_permission_added_to_a_role_by_hand_is_taken_back(site):
    GroupPagePermission.objects.create(
        group=role_group("first_review"),
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    assert "Group 初审: took back publish_page on /." in setup_site()


def test_an_operators_own_group_and_a_renamed_role_are_left_alone(site):
    own = Group.objects.create(name="宣传科")
    own.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=own, page=section_page("news"), permission=Permission.objects.get(codename="publish_page")
    )
    editors = role_group("editors")
    editors.name = "网站编辑"
    editors.save()
    printed = setup_site()
    assert printed == "Renamed the group 网站编辑 to 编辑.\n"
    assert own.permissions.count() == 1 and GroupPagePermission.objects.filter(group=own).count() == 1


def test_a_role_group_is_not_renamed_onto_an_operators_group_of_that_name(site):
    editors = role_group("editors")
    editors.name = "网站编辑"
    editors.save()
    Group.objects.create(name="编辑")
    printed, warnings = setup_site_with_warnings()
    assert printed == ""
    assert warnings == "Could not rename the group 网站编辑 to 编辑: another group has that name.\n"
    assert role_group("editors").name == "网站编辑"


def test_someone_in_both_review_groups_is_a_warning(site):
    user = user_in("first_review", "both")
    user.groups.add(role_group("final_review"))
    printed, warnings = setup_site_with_warnings()
    assert printed == ""
    assert "both is in both 初审 and 终审: they can approve both steps of a notice alone." in warnings


def test_a_section_moved_where_it_cannot_be_translated_is_a_warning_not_a_crash(site, english):
    """make serve runs setup_site before the server starts: it must not stop at this."""
    holder = StandardPageFactory(parent=site, slug="holder")  # no English version
    family = section_page("family")
    section_page("family", english).delete()
    family.move(holder, pos="last-child")
    printed, warnings = setup_site_with_warnings()
    assert "Could not make the en version of /home/holder/family/" in warnings
    assert "Created" not in printed


def test_collections_for_images_and_documents(site):
    names = set(Collection.get_first_root_node().get_children().values_list("name", flat=True))
    assert names == {name for _key, name in COLLECTIONS}
    assert GroupCollectionPermission.objects.filter(
        group=role_group("editors"), permission__codename="add_document"
    ).exists()


def test_every_role_opens_the_admin(site, client):
    for role in ROLES:
        client.force_login(user_in(role.key, role.key))
        assert client.get("/admin/").status_code == 200, role.name


# Reviews


def test_notices_and_policies_are_reviewed_in_two_steps_and_articles_in_one(site, english):
    for key in ("notices", "policies"):
        for page in (section_page(key), section_page(key, english)):
            workflow = page.get_workflow()
            assert [task.name for task in workflow.tasks] == ["初审", "终审"]
    article = ArticlePageFactory(parent=section_page("center-news"))
    assert [task.name for task in article.get_workflow().tasks] == ["初审"]
    assert [task.name for task in section_page("center").get_workflow().tasks] == ["初审"]


def test_a_switched_off_workflow_is_switched_back_on(site):
    Workflow.objects.get(name="两级审核（初审 → 终审）").deactivate()
    assert "Switched the workflow 两级审核（初审 → 终审） back on." in setup_site()
    assert section_page("notices").get_workflow().name == "两级审核（初审 → 终审）"


def test_a_new_notice_list_is_under_the_two_step_review_at_once(site):
    """Created by an editor anywhere, before setup_site runs again."""
    extra = NoticeIndexPage(title="专项公告", slug="special")
    section_page("center").add_child(instance=extra)
    assert [task.name for task in extra.get_workflow().tasks] == ["初审", "终审"]
    assert GroupPagePermission.objects.filter(group=role_group("final_review"), page=extra).exists()
    assert setup_site() == ""


# County editors


@pytest.fixture
def county_sections(site, english):
    county_news = section_page("county-news")
    sections = []
    for slug, title, title_en in (("yuexiu-news", "越秀区动态", "Yuexiu"), ("nanhai-news", "南海区动态", "Nanhai")):
        section = ArticleIndexPage(title=title, slug=slug)
        county_news.add_child(instance=section)
        section.save_revision().publish()
        translation = section.copy_for_translation(english)
        translation.title = title_en
        translation.save_revision().publish()
        sections.append(section)
    return sections


def test_a_new_county_section_gets_its_editors_group_at_once(county_sections):
    yuexiu, _nanhai = county_sections
    group = section_editors_group(yuexiu)
    assert group.name == "越秀区动态编辑"
    pages = set(GroupPagePermission.objects.filter(group=group).values_list("page__title", flat=True))
    assert pages == {"越秀区动态", "Yuexiu"}
    assert setup_site() == ""


def test_a_county_editor_publishes_in_their_section_and_nowhere_else(county_sections):
    yuexiu, nanhai = county_sections
    editor = get_user_model().objects.create_user("yuexiu", password="x" * 12)
    editor.groups.add(section_editors_group(yuexiu))
    own = ArticlePageFactory(parent=yuexiu).permissions_for_user(editor)
    assert own.can_edit() and own.can_publish()
    assert yuexiu.permissions_for_user(editor).can_add_subpage()
    for page in (ArticlePageFactory(parent=nanhai), ArticlePageFactory(parent=section_page("news"))):
        permissions = page.permissions_for_user(editor)
        assert not permissions.can_edit() and not permissions.can_publish()


def test_records_name_what_was_made(site):
    """The bookkeeping a later run relies on."""
    assert SetupRecord.objects.filter(key="section:notices").exists()
    assert SetupRecord.objects.filter(key="workflow:two_step").exists()
    assert ArticlePage.objects.count() == 0
