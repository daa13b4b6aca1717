"""setup_site on a database it has never run on: a new install, and one the old load_demo built."""

import io

import pytest

from django.core.management import call_command

from home.setup.tree import section_page
from notices.models import NoticeIndexPage

pytestmark = pytest.mark.django_db


def setup_site():
    out = io.StringIO()
    call_command("setup_site", stdout=out)
    return out.getvalue()


def test_the_first_run_reports_what_it_made():
    printed = setup_site()
    assert "Created the section /home/notices/: 服务公告." in printed
    assert "Created the workflow 两级审核（初审 → 终审）." in printed
    # Every change is told, those the signals would make while it runs too.
    assert "/home-en/notices/ is reviewed by the workflow 两级审核（初审 → 终审）." in printed
    assert "Group 终审: gave publish_page on /home-en/policies/." in printed


def test_sections_of_an_older_database_are_adopted_not_duplicated(home):
    """A database built before setup_site (by the old load_demo) keeps its pages."""
    old = NoticeIndexPage(title="公告", slug="notices")
    home.add_child(instance=old)
    printed = setup_site()
    assert "Adopted the existing section /home/notices/: 公告." in printed
    assert NoticeIndexPage.objects.filter(locale__language_code="zh-hans").get() == old
    assert section_page("notices").title == "公告"
