"""Boilerplate shared by most records of a type does not make them all match (issue 22): the
tokens most organizations' descriptions share are left out of those descriptions' index entries,
and out of the organizations' queries; names keep every word."""

import io

import pytest

from django.core.management import call_command

from guides.models import GuideTopic
from orgdirectory.models import Organization
from search import boilerplate
from search.models import CommonToken
from tests.guides.factories import GuidePageFactory
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

THEMES = ["助老", "助残", "儿童", "环保", "教育", "禁毒", "救灾", "调解", "医疗", "体育"]


@pytest.fixture
def directory(sections):
    """60 organizations whose descriptions all say the same sentence, as generated ones do, one
    of them named by 社会组织; a guide named by 登记 and one that says 社会组织 only in its text."""
    for number in range(boilerplate.MIN_RECORDS + 10):
        theme = THEMES[number % len(THEMES)]
        OrganizationFactory(
            name=f"第{number}{theme}服务中心",
            description=f"本机构是依法登记的非营利性社会组织，主要开展{theme}服务。",
        )
    OrganizationFactory(name="广东省社会组织总会", description="本机构是依法登记的非营利性社会组织，主要开展联络服务。")
    OrganizationFactory(name="平安促进会", description="本机构是依法登记的非营利性社会组织，主要开展禁毒服务。")
    GuidePageFactory(parent=sections.guides, title="基金会成立登记", slug="foundation", topic=GuideTopic.REGISTRATION)
    return sections


def titles(client, query, kind=""):
    response = client.get("/zh-hans/search/", {"q": query, "type": kind})
    return [hit.title for hit in response.context["search_results"]]


def found(client, query):
    response = client.get("/zh-hans/search/", {"q": query})
    return {tab["slug"]: tab["count"] for tab in response.context["tabs"]}


def test_the_command_finds_a_types_boilerplate_and_reindexes_it(client, directory):
    before = found(client, "登记")
    assert before["organization"] == Organization.objects.count()
    out = io.StringIO()
    call_command("find_common_tokens", "--dry-run", stdout=out)
    assert "orgdirectory.Organization:" in out.getvalue() and "法登 100%" in out.getvalue()
    assert not CommonToken.objects.exists()
    call_command("find_common_tokens", stdout=out)
    assert {"登记", "社会", "会组", "组织", "依法"} <= boilerplate.common_tokens(Organization)
    assert "re-indexed" in out.getvalue()
    after = found(client, "登记")
    assert "organization" not in after  # no organization says 登记 but in its boilerplate
    assert titles(client, "登记") == ["基金会成立登记"]


def test_names_keep_every_word(client, directory):
    call_command("find_common_tokens", stdout=io.StringIO())
    assert titles(client, "社会组织", "organization") == ["广东省社会组织总会"]
    assert len(titles(client, "禁毒", "organization")) == 7  # what distinguishes a description is still searched


def test_a_phrase_across_a_common_token_still_matches_descriptions_and_names(client, directory):
    """服务 is common: 禁毒服务 finds the description that says it (indexed without 服务) and the
    names that say 禁毒服务中心 (indexed whole)."""
    before = set(titles(client, "禁毒服务", "organization"))
    call_command("find_common_tokens", stdout=io.StringIO())
    assert "服务" in boilerplate.common_tokens(Organization)
    assert set(titles(client, "禁毒服务", "organization")) == before
    assert "平安促进会" in before and len(before) == 7
    assert len(titles(client, "禁毒服务中心", "organization")) == 6


def test_a_common_word_in_a_query_does_not_hide_records_that_lost_it(client, directory):
    """社会组织 is boilerplate of the organizations: 社会组织 禁毒 finds the drug-prevention
    organizations by their distinguishing word, as it did when every description matched."""
    before = set(titles(client, "社会组织 禁毒", "organization"))
    call_command("find_common_tokens", stdout=io.StringIO())
    assert set(titles(client, "社会组织 禁毒", "organization")) == before
    assert len(before) == 7


def test_a_type_with_few_records_has_no_boilerplate(directory):
    GuidePageFactory.create_batch(3, parent=directory.guides, title="社会组织登记")
    call_command("find_common_tokens", stdout=io.StringIO())
    assert boilerplate.common_tokens(type(directory.guides.get_children().first().specific)) == frozenset()


def test_running_it_again_changes_nothing(directory):
    out = io.StringIO()
    call_command("find_common_tokens", stdout=out)
    again = io.StringIO()
    call_command("find_common_tokens", stdout=again)
    assert "re-indexed" in out.getvalue() and "re-indexed" not in again.getvalue()
