"""The search page costs a fixed number of queries, however many results there are (issue 8)."""

import itertools

import pytest

from django.db import connection

from tests.guides.factories import GuidePageFactory
from tests.notices.factories import ArticlePageFactory, NoticePageFactory, PolicyPageFactory
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, TalentFactory
from tests.querycount import assert_flat, assert_queries, shell  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shell")]


NUMBERS = itertools.count()


def add_matches(sections, count):
    """`count` records of every searchable type whose titles say 社会组织."""
    for _ in range(count):
        n = next(NUMBERS)
        GuidePageFactory(parent=sections.guides, title=f"社会组织成立登记{n}", slug=f"guide-{n}")
        NoticePageFactory(parent=sections.notices, title=f"社会组织评估通知{n}", slug=f"notice-{n}")
        PolicyPageFactory(parent=sections.policies, title=f"社会组织管理办法{n}", slug=f"policy-{n}")
        ArticlePageFactory(parent=sections.news, title=f"社会组织培训{n}", slug=f"article-{n}")
        OrganizationFactory(name=f"广州市社会组织促进会{n}")
        ProjectFactory(title=f"社会组织孵化项目{n}")
        NeedFactory(title=f"社会组织助餐需求{n}")
        TalentFactory(expertise=f"社会组织管理{n}")


def test_search_queries_do_not_grow_with_results(sections):
    add_matches(sections, 1)
    assert_flat("/zh-hans/search/?q=社会组织", 25, lambda: add_matches(sections, 4), writes=True)


def test_search_of_one_type_queries_do_not_grow(sections):
    add_matches(sections, 1)
    assert_flat("/zh-hans/search/?q=社会组织&type=notice", 16, lambda: add_matches(sections, 4), writes=True)


def test_search_without_results_queries(sections):
    """Nothing has every word, so the any-word pass runs, bounded in time: on PostgreSQL in a
    transaction of its own that sets the limit (here a savepoint, its set_config and its release)."""
    add_matches(sections, 1)
    time_limit = 3 if connection.vendor == "postgresql" else 0
    assert_queries("/zh-hans/search/?q=没有这个词", 21 + time_limit, writes=True)
