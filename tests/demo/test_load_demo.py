"""load_demo builds the bilingual section tree once and never overwrites content."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail.search.backends import get_search_backend

from demo.texts import load as load_texts
from home.models import SiteSettings
from orgdirectory import opendata
from orgdirectory.credit_code import validate_credit_code
from orgdirectory.models import Organization

pytestmark = pytest.mark.django_db

MENU = [
    *("服务动态", "服务公告", "政策法规", "办事指南", "项目平台", "数据库"),
    *("中心建设", "组织建设", "家庭建设", "服务地图", "招善引慈"),
]


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "organizations": Organization.objects.count(),
        "settings": SiteSettings.objects.count(),
    }


@pytest.fixture
def demo(demo_site, db):
    """The demo, built once for this module (tests/conftest.py): each test's changes roll back."""


def test_demo_builds_the_old_sites_sections_in_menu_order(demo, client):
    html = client.get("/zh-hans/").text
    menu = html[html.index('class="main-nav"') :]
    positions = [menu.index(f">{title}</a>") for title in MENU]
    assert positions == sorted(positions)
    for section in ["组织库", "人才库", "需求库", "孵化中心", "展示大厅", "服务宗旨", "内设机构"]:
        assert f">{section}</a>" in menu


def test_demo_translates_every_page_into_english(demo):
    def all_specs(specs):
        for spec in specs:
            yield spec
            yield from all_specs(spec.get("children", []))

    for spec in all_specs(load_texts("home")["sections"]):
        chinese = Page.objects.get(slug=spec["slug"], locale__language_code="zh-hans")
        english = chinese.get_translation(chinese.get_translations().get().locale)
        assert english.title == spec["title_en"]
        assert english.live


def test_demo_center_pages_render_in_both_languages(demo, client):
    chinese = client.get("/zh-hans/center/departments/")
    english = client.get("/en/center/departments/")
    assert chinese.status_code == english.status_code == 200
    assert "<table" in chinese.text and "<table" in english.text
    assert "Departments" in english.text or "departments" in english.text.lower()


def test_demo_home_page_shows_quick_links_and_figures(demo, client):
    html = client.get("/zh-hans/").text
    assert "热门办事" in html
    assert 'href="/zh-hans/org-building/incubation/"' in html
    assert "家登记在册的社会组织" in html
    english = client.get("/en/").text
    assert 'href="/en/org-building/incubation/"' in english


def test_demo_organizations_have_valid_credit_codes(demo):
    organizations = Organization.objects.all()
    assert organizations.count() >= 10
    for organization in organizations:
        assert validate_credit_code(organization.credit_code) == organization.credit_code


def test_demo_organizations_are_found_by_the_site_search(demo):
    """The demo writes its organizations in bulk, which Wagtail's save signals do not index."""
    organization = Organization.objects.order_by("pk").last()
    assert organization in get_search_backend().search(organization.name, Organization)


def test_demo_accounts_can_open_the_admin(demo, client):
    for username, password in (("editor", "demo-editor-2026"), ("moderator", "demo-moderator-2026")):
        response = client.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302  # through the login form, as django-axes needs a request
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_second_run_changes_nothing(demo):
    before = counts()
    call_command("load_demo", stdout=io.StringIO())
    assert counts() == before


def test_the_demo_publishes_an_open_data_extract_on_its_page(demo, client):
    manifest = opendata.latest_manifest()
    organizations = next(entry for entry in manifest["files"] if entry["name"].startswith("organizations-"))
    assert organizations["rows"] == Organization.objects.count()
    html = client.get("/zh-hans/database/open-data/").text
    assert organizations["name"] in html and organizations["sha256"] in html


def test_existing_content_is_left_alone(demo):
    mission = Page.objects.get(slug="mission", locale__language_code="zh-hans").specific
    mission.title = "我们的宗旨（编辑修改）"
    mission.save_revision().publish()
    settings = SiteSettings.objects.get()
    settings.phone = "020-1234 5678"
    settings.save()
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.get(pk=mission.pk).title == "我们的宗旨（编辑修改）"
    assert SiteSettings.objects.get().phone == "020-1234 5678"


def test_demo_project_pages_each_show_their_kind(demo):
    from orgdirectory.models import ProjectIndexPage

    kinds = {page.slug: page.kind for page in ProjectIndexPage.objects.filter(locale__language_code="zh-hans")}
    assert kinds == {
        "government-projects": "government",
        "charity-projects": "charity",
        "volunteer-projects": "volunteer",
    }


def test_demo_guides_are_complete_and_three_are_in_english(demo, client):
    from guides.models import GuidePage, ServicePoint

    chinese = GuidePage.objects.live().filter(locale__language_code="zh-hans")
    english = GuidePage.objects.live().filter(locale__language_code="en")
    assert chinese.count() >= 12 and english.count() >= 3
    assert ServicePoint.objects.values("city").distinct().count() >= 5
    for guide in chinese:
        assert len(guide.materials) and len(guide.procedure), guide.title
    for guide in english:
        assert client.get(guide.url).status_code == 200
    assert "成立一个社会组织" in client.get("/zh-hans/guides/start-an-organization/").text


def test_demo_empty_search_shows_popular_searches_without_advertising(demo, client):
    """热门搜索 on the demo: terms several visitors searched, most visitors first; a term two visitors
    searched, the advertising twelve searched and a term with words an editor blocked are left out."""
    popular = [link.text for link in client.get("/zh-hans/search/", {"q": "火星"}).context["popular_terms"]]
    assert popular == ["年报", "社会组织成立登记", "志愿者", "等级评估", "公益创投", "注销"]
