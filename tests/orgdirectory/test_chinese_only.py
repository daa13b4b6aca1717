"""English pages say when a directory record has no English version: its Chinese text is
marked lang="zh-hans" and a note says it is shown in Chinese; Chinese pages say nothing."""

import pytest

from django.template import Context, Template
from django.utils import translation

from tests.home.factories import publish_translation
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, TalentFactory

pytestmark = pytest.mark.django_db

NOTE = "This entry has no English version yet, so its details are shown in Chinese."
BRIEF = '<span class="chinese-only">(Chinese only)</span>'


def english(page, title):
    """The address of the English twin of a directory page (and of the section it stands in)."""
    if page.get_parent().depth > 2:
        publish_translation(page.get_parent(), title="Section")
    return publish_translation(page, title=title).url


def test_every_record_type_says_it_is_shown_in_chinese_on_english_pages(
    client, english_home, directory, volunteer_page, needs_page, talent_page
):
    organization = OrganizationFactory(name="越秀长者服务中心", name_en="")
    project = ProjectFactory(title="社区长者探访", title_en="Visiting elders")
    need = NeedFactory(title="社区长者助浴服务")
    talent = TalentFactory(expertise="老年社会工作")
    records = {
        english(directory, "Organizations"): organization.credit_code,
        english(volunteer_page, "Volunteer projects"): project.pk,
        english(needs_page, "Needs"): need.pk,
        english(talent_page, "Talent"): talent.pk,
    }
    for list_url, key in records.items():
        listing = client.get(list_url).text
        assert BRIEF in listing, list_url
        detail = client.get(f"{list_url}{key}/").text
        assert NOTE in detail and '<span lang="zh-hans">' in detail, list_url
    assert '<span lang="zh-hans">老年社会工作</span>' in client.get(f"{list_url}{talent.pk}/").text


def test_chinese_pages_carry_no_note(client, volunteer_page):
    project = ProjectFactory(title="社区长者探访")
    for url in (volunteer_page.url, f"{volunteer_page.url}{project.pk}/"):
        html = client.get(url).text
        assert "chinese-only" not in html and 'lang="zh-hans">社区' not in html


def test_a_record_shown_in_english_needs_no_note():
    template = Template("{% load site_tags %}{% chinese_only title description %}")
    context = Context({"title": "Visiting elders", "description": "Weekly visits."})
    with translation.override("en"):
        assert "chinese-only" not in template.render(context)
        context["description"] = "每周探访。"
        assert NOTE in template.render(context)
