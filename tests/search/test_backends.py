"""The database backend (SQLite here, PostgreSQL in CI) finds Chinese text and ranks it sensibly."""

import datetime

import pytest

from django.core.management import call_command
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from modelsearch.query import Fuzzy
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from orgdirectory.models import Organization
from search.backends.database.common import AnalysedQuery, RankedResults, time_limit
from tests.home.factories import StandardPageFactory
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    def make(title, body=""):
        return StandardPageFactory(parent=home, title=title, intro=body)

    return make


def titles(query, **kwargs):
    return [page.title for page in StandardPage.objects.live().search(query, **kwargs)]


def test_backend_matches_the_database_vendor(db):
    backend = get_search_backend()
    module = {"postgresql": "postgres", "sqlite": "sqlite"}[connection.vendor]
    assert type(backend).__module__ == f"search.backends.database.{module}"
    assert issubclass(backend.query_compiler_class, AnalysedQuery)


def test_a_word_inside_a_title_is_found(pages):
    pages("志愿者项目招募:社区长者关爱服务")
    pages("广东省社会组织总会")
    assert titles("志愿者") == ["志愿者项目招募:社区长者关爱服务"]
    assert titles("社会组织") == ["广东省社会组织总会"]
    assert titles("长者关爱") == ["志愿者项目招募:社区长者关爱服务"]


def test_scattered_characters_do_not_match_a_word(pages):
    pages("工会工作报告")  # 工…作, 组 nowhere: 工作组 must not match
    pages("省民政厅工作组赴基层调研")
    assert titles("工作组") == ["省民政厅工作组赴基层调研"]


def test_a_single_character_query_still_matches(pages):
    pages("孵化基地")
    assert titles("孵") == ["孵化基地"]
    assert titles("地") == ["孵化基地"]


def test_traditional_and_full_width_queries_find_simplified_text(pages):
    pages("社会组织年检ABC123")
    assert titles("社會組織") == ["社会组织年检ABC123"]
    assert titles("ａｂｃ１２３") == ["社会组织年检ABC123"]


def test_traditional_text_is_found_by_a_simplified_query(pages):
    pages("慈善組織認定辦法")
    assert titles("慈善组织认定") == ["慈善組織認定辦法"]


def test_document_numbers_are_searchable(pages):
    pages("关于印发《登记办法》的通知", body="粤民发〔2025〕12号")
    assert titles("〔2025〕12号") == ["关于印发《登记办法》的通知"]
    assert titles("2025 12号") == ["关于印发《登记办法》的通知"]


def test_all_words_of_a_query_must_match(pages):
    pages("社区养老服务")
    pages("社区青少年服务")
    assert titles("社区 养老") == ["社区养老服务"]


def test_title_matches_rank_above_body_matches(pages):
    pages("年度工作总结", body="本年度开展了公益创投活动，共资助项目二十个。")
    pages("公益创投")
    assert titles("公益创投") == ["公益创投", "年度工作总结"]


def test_english_words_are_found_case_insensitively(pages):
    pages("Volunteer Registration Guide")
    assert titles("volunteer") == ["Volunteer Registration Guide"]
    assert titles("REGISTRATION") == ["Volunteer Registration Guide"]


def test_or_search_finds_partial_matches(pages):
    pages("公益创投")
    pages("社会组织成立登记")
    pages("社会组织")
    assert titles("社会组织登记流程") == []
    assert set(titles("社会组织登记流程", operator="or")) == {"社会组织成立登记", "社会组织"}


@pytest.mark.parametrize(
    "query",
    ['"', " ", "*", "(", ")", ":", "^", "-", "NEAR", "AND OR NOT", "'; DROP TABLE x; --", "💥", "\ud800", "社" * 10000],
)
def test_bad_queries_never_fail(pages, query):
    pages("社会组织")
    titles(query)


def test_autocomplete_finds_chinese_prefixes(pages):
    pages("社会组织登记指南")
    found = [page.title for page in Page.objects.live().autocomplete("社会组")]
    assert found == ["社会组织登记指南"]


def test_snippets_are_searchable(db):
    OrganizationFactory(name="广州市越秀区長者關愛協會")
    found = get_search_backend().search("长者关爱", Organization)
    assert [org.name for org in found] == ["广州市越秀区長者關愛協會"]


def test_update_index_rebuilds_the_analysed_index(pages):
    pages("社区长者食堂")
    call_command("update_index", verbosity=0)
    assert titles("长者食堂") == ["社区长者食堂"]


def test_contiguous_text_ranks_above_scattered_words_in_a_loose_search(pages):
    for n in range(6):
        pages(f"公益创投第{n}期")
    pages("登记社会的组织")  # 社会, 组织 and 登记, apart
    pages("社会组织登记")
    assert titles("社会组织登记", operator="or")[:2] == ["社会组织登记", "登记社会的组织"]


def test_newer_pages_win_ties(pages):
    older = pages("社区养老服务")
    newer = pages("社区养老服务")

    def published(page, year):
        Page.objects.filter(pk=page.pk).update(first_published_at=datetime.datetime(year, 1, 1, tzinfo=datetime.UTC))

    published(older, 2020)
    published(newer, 2026)
    assert [page.pk for page in StandardPage.objects.live().search("养老")] == [newer.pk, older.pk]
    published(older, 2027)
    assert [page.pk for page in StandardPage.objects.live().search("养老")] == [older.pk, newer.pk]


def test_a_synonym_finds_what_the_texts_call_it(pages):
    pages("社会组织年度报告报送")
    pages("社会组织成立登记")
    assert titles("年检") == ["社会组织年度报告报送"]
    assert titles("社会组织 年检") == ["社会组织年度报告报送"]


def ranked_passes(queries):
    """The ranked passes among captured queries: each counts its matches in a window."""
    return [query["sql"] for query in queries if "COUNT(*) OVER ()" in query["sql"]]


def test_the_count_and_the_first_page_come_from_one_ranked_pass(pages):
    for n in range(12):
        pages(f"社区养老服务站第{n}站")
    pages("青少年活动中心")
    results = StandardPage.objects.live().search("养老服务")
    with CaptureQueriesContext(connection) as captured:
        assert results.count() == 12
        first_page = list(results[:10])
    assert len(ranked_passes(captured.captured_queries)) == 1
    assert len(first_page) == 10
    assert results[10:].count() == 2
    assert results[:5].count() == 5


def test_pages_beyond_the_first_hits_continue_the_same_order(pages):
    head = RankedResults.HEAD
    for n in range(head + 5):
        pages(f"养老服务第{n}期" + "养老" * (n % 7))  # varied scores
    ordered = [page.pk for page in StandardPage.objects.live().search("养老")]
    assert len(ordered) == head + 5
    results = StandardPage.objects.live().search("养老")
    assert results.count() == head + 5
    paged = [page.pk for start in range(0, head + 5, 10) for page in results[start : start + 10]]
    assert paged == ordered


def test_a_fuzzy_query_finds_words_sharing_characters(pages):
    pages("社区长者关爱服务")
    pages("青少年活动中心")
    assert titles(Fuzzy("长者关怀")) == ["社区长者关爱服务"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage of the index table")
def test_postgresql_keeps_index_rows_whole_and_matches_the_indexed_body():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'")
        assert "toast_tuple_target=8160" in cursor.fetchone()[0]
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry'")
        indexes = [row[0] for row in cursor.fetchall()]
    assert any("gin (body)" in index for index in indexes)
    assert not any("title || body" in index for index in indexes)


# A statement that runs for seconds on either database: PostgreSQL sleeps, SQLite counts.
SLOW = {
    "postgresql": "SELECT pg_sleep(5)",
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e8) SELECT count(*) FROM n",
}


def test_a_statement_over_its_time_limit_is_cancelled_and_the_connection_stays_usable(db):
    """The bound of the search's any-word pass (issue 22): the database itself stops the statement."""
    with pytest.raises(OperationalError), time_limit(connection, 0.2), connection.cursor() as cursor:
        cursor.execute(SLOW[connection.vendor])
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
    with time_limit(connection, 5), connection.cursor() as cursor:
        cursor.execute("SELECT 2")
        assert cursor.fetchone() == (2,)
