"""The page cache and the directory: organizations, projects and sign-ups change the pages that show them.

The other invalidation cases (publishing, moving, settings…) are in tests/home/test_page_cache.py.
"""

import pytest

from django.test import Client

from core import pagecache
from orgdirectory.importing import import_file
from orgdirectory.signups import cancel, sign_up
from tests.orgdirectory.factories import OrganizationFactory, ProjectFactory
from tests.pagecache import cached, view

pytestmark = pytest.mark.django_db


def test_pages_with_a_form_are_not_kept(volunteer_page, site_settings):
    """A sign-up form's CSRF token belongs to one visitor: such a page is built for each."""
    project = ProjectFactory(kind="volunteer", places=10)
    assert project.accepts_signups
    url = f"{volunteer_page.url}{project.pk}/"
    first = view(url)
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.text
    assert pagecache.HIT_HEADER not in first
    assert pagecache.HIT_HEADER not in view(url)


def test_form_posts_are_never_answered_from_the_cache(volunteer_page):
    project = ProjectFactory(kind="volunteer", places=10)
    url = f"{volunteer_page.url}{project.pk}/"
    response = Client().post(url, {})
    assert pagecache.HIT_HEADER not in response


def test_editing_a_directory_entry_updates_the_directory(directory, site_settings):
    organization = OrganizationFactory(name="越秀区助老服务中心")
    assert "越秀区助老服务中心" in cached(directory.url)
    transparency = f"{directory.url}{organization.credit_code}/"
    cached(transparency)
    organization.name = "越秀区长者服务中心"
    organization.save()
    assert "越秀区长者服务中心" in view(directory.url).text
    assert "越秀区长者服务中心" in view(transparency).text


def test_deleting_a_directory_entry_removes_it(directory, site_settings):
    organization = OrganizationFactory(name="即将注销的协会")
    assert "即将注销的协会" in cached(directory.url)
    organization.delete()
    assert "即将注销的协会" not in view(directory.url).text


def test_a_volunteer_sign_up_updates_the_places_left(volunteer_page, site_settings):
    """The project list shows the places left, which each sign-up changes."""
    project = ProjectFactory(kind="volunteer", places=10, title="社区长者探访")
    assert "共 10 个名额，尚余 10 个" in cached(volunteer_page.url)
    sign_up(project, name="王小明", phone="13800138000")
    assert "共 10 个名额，尚余 9 个" in view(volunteer_page.url).text


def test_a_funding_import_updates_the_transparency_page(directory, site_settings, tmp_path):
    """The importer writes funding in bulk, past the save signals: it empties the cache itself."""
    organization = OrganizationFactory(name="越秀区长者服务中心")
    page = f"{directory.url}{organization.credit_code}/"
    assert "暂无该组织的资金记录" in cached(page)
    sheet = tmp_path / "funding.csv"
    sheet.write_text(
        "统一社会信用代码,年度,来源,资助方,金额,资助项目\n"
        f"{organization.credit_code},2025,政府购买服务,广州市越秀区民政局,86000.00,长者饭堂运营\n",
        encoding="utf-8",
    )
    assert not import_file("funding", sheet).errors
    response = view(page)
    assert response.get(pagecache.HIT_HEADER) == "miss"
    assert "长者饭堂运营" in response.text


def test_a_cancelled_sign_up_gives_the_place_back_on_the_list(volunteer_page, site_settings):
    """Cancelling changes the places left with an update(), which sends no signal: the cache is emptied anyway."""
    project = ProjectFactory(kind="volunteer", places=10, title="社区长者探访")
    signup = sign_up(project, name="王小明", phone="13800138000")
    assert "共 10 个名额，尚余 9 个" in cached(volunteer_page.url)
    cancel(signup.reference, "13800138000")
    assert "共 10 个名额，尚余 10 个" in view(volunteer_page.url).text
