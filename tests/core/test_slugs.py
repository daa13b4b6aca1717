"""A page titled in Chinese gets a short pinyin address, not a percent-encoded Chinese one."""

import pytest
from pypinyin import lazy_pinyin

from django.utils import timezone

from wagtail.models import Page, get_page_models

from core.models import SitePageMixin
from core.slugs import MAX_LENGTH, pinyin_slug
from home.models import StandardPage
from tests.home.factories import StandardPageFactory, chinese_home

TITLE = "关于开展2026年度社会组织年检工作的通知"


def test_the_slug_is_the_titles_pinyin_one_syllable_per_character():
    assert pinyin_slug("社会组织年检") == "she-hui-zu-zhi-nian-jian"
    assert pinyin_slug("2026年度ABC公示") == "2026-nian-du-abc-gong-shi"


def test_a_polyphone_reads_as_in_its_word():
    assert pinyin_slug("银行账户") == "yin-hang-zhang-hu"


def test_a_long_title_is_cut_between_syllables():
    slug = pinyin_slug(TITLE * 3)
    assert len(slug) <= MAX_LENGTH
    assert "-".join(lazy_pinyin(TITLE * 3)).startswith(f"{slug}-")


def test_every_page_type_makes_readable_slugs():
    assert [model for model in get_page_models() if model is not Page and not issubclass(model, SitePageMixin)] == []


@pytest.mark.django_db
@pytest.mark.parametrize("given", ["", "2026"], ids=["server-filled", "typed-by-the-admin-as-the-title-is-typed"])
def test_a_page_titled_in_chinese_lives_at_its_pinyin(given):
    page = chinese_home().add_child(instance=StandardPageFactory.build(title=TITLE, slug=given))
    assert page.slug == "guan-yu-kai-zhan-2026-nian-du-she-hui-zu-zhi-nian-jian-gong"
    assert page.url.isascii()


@pytest.mark.django_db
def test_a_sibling_with_the_same_title_gets_a_numbered_slug():
    home = chinese_home()
    first = home.add_child(instance=StandardPageFactory.build(title="办事须知", slug=""))
    second = home.add_child(instance=StandardPageFactory.build(title="办事须知", slug=""))
    assert (first.slug, second.slug) == ("ban-shi-xu-zhi", "ban-shi-xu-zhi-2")


@pytest.mark.django_db
def test_a_draft_titled_in_chinese_lives_at_its_pinyin_too():
    home = chinese_home()
    drafts = [home.add_child(instance=StandardPageFactory.build(title="办事须知", slug="", live=False)) for _ in "12"]
    assert [draft.slug for draft in drafts] == ["ban-shi-xu-zhi", "ban-shi-xu-zhi-2"]


@pytest.mark.django_db
def test_a_published_page_keeps_its_address_even_a_chinese_one():
    """A page published before the site made pinyin slugs keeps its links working."""
    page = StandardPageFactory.build(title="办事须知", slug="办事须知", first_published_at=timezone.now())
    chinese_home().add_child(instance=page)
    page.save_revision().publish()
    assert StandardPage.objects.get(pk=page.pk).slug == "办事须知"


@pytest.mark.django_db
def test_a_slug_the_editor_typed_is_kept():
    page = chinese_home().add_child(instance=StandardPageFactory.build(title=TITLE, slug="annual-inspection"))
    assert page.slug == "annual-inspection"


@pytest.mark.django_db
def test_an_editor_creating_a_page_in_the_admin_gets_the_pinyin_address(admin_client):
    home = chinese_home()
    response = admin_client.post(
        f"/admin/pages/add/home/standardpage/{home.pk}/",
        {"title": "服务指南", "slug": "", "intro": "", "body-count": "0", "action-publish": "发布"},
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = StandardPage.objects.get(title="服务指南")
    assert page.get_parent().pk == home.pk
    assert page.url.endswith("/fu-wu-zhi-nan/")
