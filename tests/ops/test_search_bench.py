"""The search benchmark (`make bench-search`): its queries stay true to the demo content, and its machinery runs."""

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.search.backends import get_search_backend

from demo.texts import load as load_texts
from ops.searchbench import OURS, STOCK, corpus, relevance, report, speed
from orgdirectory.credit_code import validate_credit_code
from orgdirectory.models import Organization
from tests.home.factories import StandardPageFactory

KINDS = {"word", "phrase", "traditional", "fullwidth", "docnumber", "english"}


def demo_page_titles():
    """Every title the demo's texts give a page, Chinese and English, `{year}` unformatted."""
    titles = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("title", "title_en") and isinstance(item, str):
                    titles.add(item)
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for name in ("home", "guides", "notices"):
        walk(load_texts(name))
    return titles


def test_queries_cover_both_languages_and_every_kind():
    """At least 40 Chinese and 10 English queries, of every kind the file announces."""
    queries = relevance.load_queries()
    assert len([q for q in queries if q.locale == "zh-hans"]) >= 40
    assert len([q for q in queries if q.locale == "en"]) >= 10
    assert {q.kind for q in queries} == KINDS
    assert len({(q.locale, q.text) for q in queries}) == len(queries)


def test_every_expected_page_is_a_page_of_the_demo_content():
    """An expected title that the demo no longer builds would make the benchmark lie: it fails here first."""
    titles = demo_page_titles()
    missing = [(q.text, title) for q in relevance.load_queries() for title in q.expect if title not in titles]
    assert missing == []


def test_year_placeholder_matches_any_year_only():
    pattern = relevance.title_pattern("关于{year}年度全省性社会组织等级评估结果的公示")
    assert pattern.match("关于2027年度全省性社会组织等级评估结果的公示")
    assert not pattern.match("关于2027年度全省性社会组织等级评估结果的公示（更正）")


def test_recall_counts_expected_pages_in_the_top_and_reciprocal_rank_the_first():
    query = relevance.BenchQuery(text="q", expect=("a", "b"), kind="word")
    outcome = relevance.Outcome(query=query, titles=["x", "y", "a"], ranks={"a": 3, "b": None})
    assert outcome.recall == 0.5
    assert outcome.reciprocal_rank == pytest.approx(1 / 3)
    assert outcome.missed == ["b"]
    assert relevance.summary([outcome]) == (1, 0.5, pytest.approx(1 / 3))


@pytest.mark.django_db
def test_relevance_runs_each_backend_over_the_same_pages(home):
    """Ours folds traditional characters and finds the page; stock cuts no Chinese words and does not."""
    StandardPageFactory(parent=home, title="志愿者注册", intro="年满14周岁的公民可以在线注册为志愿者。")
    StandardPageFactory(parent=home, title="社会组织名称核准", intro="申请成立登记前可先行申请名称核准。")
    queries = [
        relevance.BenchQuery(text="志願者註冊", expect=("志愿者注册",), kind="traditional"),
        relevance.BenchQuery(text="名称核准", expect=("社会组织名称核准",), kind="word"),
    ]
    outcomes = {}
    for name, path in (("ours", OURS), ("stock", STOCK)):
        backend = get_search_backend(path)
        speed.rebuild(backend)
        outcomes[name] = relevance.evaluate(backend, queries)
    assert [o.recall for o in outcomes["ours"]] == [1.0, 1.0]
    assert outcomes["stock"][0].recall == 0.0
    lines = report.relevance_tables(outcomes)
    assert lines[1].split()[:2] == ["zh", "2"]
    assert report.misses(outcomes["ours"]) == []


@pytest.mark.django_db
def test_speed_indexes_and_times_searches_with_both_backends():
    """Generated organizations are valid and distinct; each backend indexes all of them and is timed."""
    assert corpus.create_organizations(200) == 200
    codes = list(Organization.objects.values_list("credit_code", flat=True))
    assert len(set(codes)) == 200
    assert all(validate_credit_code(code) == code for code in codes)
    queries = corpus.queries(5)
    assert all(len(query.split()) == 2 for query in queries)
    indexing, searching = {}, {}
    for name, path in (("ours", OURS), ("stock", STOCK)):
        backend = get_search_backend(path)
        indexing[name] = speed.time_indexing(backend, Organization)
        searching[name] = speed.time_searches(backend, Organization.objects.all(), ["服务", *queries])
        assert indexing[name].items == 200
        assert len(searching[name].timings) == 6
        assert searching[name].timed_out == 0
    # Every description says 等服务: a word to ours, a fragment of a longer run to stock.
    assert speed.search_page(get_search_backend(STOCK), "服务", Organization.objects.all())[0] == 0
    speed.rebuild(get_search_backend(OURS), [Organization])
    count, first_page = speed.search_page(get_search_backend(OURS), "服务", Organization.objects.all())
    assert count == 200 and len(first_page) == speed.PAGE_SIZE
    lines = report.speed_table(indexing, searching, 200)
    assert "items/second" in lines[3] and len({len(line) for line in lines}) <= 2


def test_worker_refuses_to_run_outside_its_throwaway_database(monkeypatch):
    """`--worker` by hand would load the demo into the site's own database."""
    monkeypatch.delenv("BENCH_SEARCH_THROWAWAY", raising=False)
    with pytest.raises(CommandError, match="throwaway"):
        call_command("bench_search", "--worker")
