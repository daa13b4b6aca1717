"""The page cache and the directory: organizations, projects and sign-ups change the pages that show them,
and only those: a sign-up purges its project's pages, a need waiting for approval purges nothing.

The other invalidation cases (publishing, moving, settings…) are in tests/core/test_page_cache.py.
"""

import pytest

from django.test import Client

from core import pagecache
from orgdirectory.importing import import_file
from orgdirectory.models import Need, ProjectKind, ProjectStatus
from orgdirectory.signups import cancel, sign_up
from tests.notices.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, need_form
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


def test_a_volunteer_sign_up_updates_the_places_left(volunteer_page, site_settings, django_capture_on_commit_callbacks):
    """The project list shows the places left, which each sign-up changes (once it commits)."""
    project = ProjectFactory(kind="volunteer", places=10, title="社区长者探访")
    assert "共 10 个名额，尚余 10 个" in cached(volunteer_page.url)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(project, name="王小明", phone="13800138000")
    assert "共 10 个名额，尚余 9 个" in view(volunteer_page.url).text


def test_the_last_place_taken_and_given_back_changes_the_cached_status(
    volunteer_page, site_settings, django_capture_on_commit_callbacks
):
    """Full or recruiting follows the places taken: the same purges as the places left cover it."""
    project = ProjectFactory(kind="volunteer", places=1, title="社区长者探访")
    assert ">招募中</span>" in cached(volunteer_page.url)
    with django_capture_on_commit_callbacks(execute=True):
        signup = sign_up(project, name="王小明", phone="13800138000")
    assert "已满 · 可候补" in view(volunteer_page.url).text
    with django_capture_on_commit_callbacks(execute=True):
        cancel(signup.reference, "13800138000")
    assert ">招募中</span>" in view(volunteer_page.url).text


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


def test_a_cancelled_sign_up_gives_the_place_back_on_the_list(
    volunteer_page, site_settings, django_capture_on_commit_callbacks
):
    """Cancelling changes the places left with an update(), which sends no signal: the list is purged anyway."""
    project = ProjectFactory(kind="volunteer", places=10, title="社区长者探访")
    signup = sign_up(project, name="王小明", phone="13800138000")
    assert "共 10 个名额，尚余 9 个" in cached(volunteer_page.url)
    with django_capture_on_commit_callbacks(execute=True):
        cancel(signup.reference, "13800138000")
    assert "共 10 个名额，尚余 10 个" in view(volunteer_page.url).text


def is_hit(url):
    return view(url).get(pagecache.HIT_HEADER) == "hit"


def test_a_sign_up_crowd_on_one_project_leaves_every_other_page_cached(
    home, site_settings, volunteer_page, django_capture_on_commit_callbacks
):
    news = ArticleIndexPageFactory(parent=home, slug="news")
    article = ArticlePageFactory(parent=news, slug="story")
    popular = ProjectFactory(places=150)
    # Recruiting projects carry the sign-up form (a CSRF token): never cached. A finished one is.
    finished = ProjectFactory(status=ProjectStatus.COMPLETED)
    other_kind_list = volunteer_page.get_parent().add_child(
        instance=type(volunteer_page)(title="公益创投项目", slug="venture", kind=ProjectKind.CHARITY)
    )
    unaffected = ["/zh-hans/", article.url, f"{volunteer_page.url}{finished.pk}/", other_kind_list.url]
    for url in [*unaffected, volunteer_page.url, f"{volunteer_page.url}?page=1"]:
        cached(url)
    assert "共 150 个名额，尚余 150 个" in view(f"{volunteer_page.url}{popular.pk}/").text

    with django_capture_on_commit_callbacks(execute=True):  # the purges follow each commit
        for n in range(100):
            sign_up(popular, name=f"志愿者{n}", phone=f"1390000{n:04d}")
        Client().post(
            f"{volunteer_page.url}{popular.pk}/",
            {"name": "王小明", "phone": "13900009999", "consent": "on"},
            REMOTE_ADDR="10.0.0.9",
        )

    assert all(is_hit(url) for url in unaffected), [url for url in unaffected if not is_hit(url)]
    listing = view(volunteer_page.url)
    assert listing.get(pagecache.HIT_HEADER) == "miss" and "共 150 个名额，尚余 49 个" in listing.text
    assert view(f"{volunteer_page.url}?page=1").get(pagecache.HIT_HEADER) == "miss"
    assert "共 150 个名额，尚余 49 个" in view(f"{volunteer_page.url}{popular.pk}/").text


def test_a_need_waiting_for_approval_changes_no_cached_page(client, home, site_settings, needs_page):
    published = NeedFactory(title="已发布的助餐需求")
    cached("/zh-hans/")
    cached(needs_page.url)

    assert client.post(f"{needs_page.url}submit/", need_form(), REMOTE_ADDR="10.0.0.7").status_code == 302
    waiting = Need.objects.get(is_approved=False)
    assert is_hit("/zh-hans/") and is_hit(needs_page.url)

    waiting.is_approved = True  # an editor approves it in the admin
    waiting.save()
    assert "社区长者助浴服务" in view(needs_page.url).text
    assert is_hit(needs_page.url)
    published.is_approved = False  # and withdraws one: it was public, so the pages change
    published.save()
    assert "已发布的助餐需求" not in view(needs_page.url).text


def test_purging_through_wagtails_frontend_cache_empties_that_address_only(home, site_settings):
    """PageCacheBackend: every query string and elderly copy of the address, nothing else."""
    from wagtail.contrib.frontend_cache.utils import purge_url_from_cache

    news = ArticleIndexPageFactory(parent=home, slug="news")
    for url in (news.url, f"{news.url}?page=2", "/zh-hans/"):
        cached(url)
    purge_url_from_cache(news.full_url)
    assert not is_hit(news.url) and not is_hit(f"{news.url}?page=2")
    assert is_hit("/zh-hans/")
