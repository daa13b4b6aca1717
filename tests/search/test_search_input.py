"""Whatever a visitor or a robot sends, the search answers 200 and never echoes markup."""

from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.conf import settings as django_settings
from django.db import OperationalError

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from search import analysis
from search.backends.database import common
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    '"',
    '"社会组织',
    "*",
    "社会*",
    "(",
    ")",
    "(社会) OR (组织",
    ":",
    "title:社会",
    "^",
    "^社会",
    "-",
    "-社会",
    "--",
    "社会 NEAR 组织",
    "NEAR(社会 组织)",
    "AND",
    "OR",
    "NOT",
    "社会 AND NOT 组织",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "1; SELECT * FROM auth_user",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    "😀",
    "社会组织😀🚀",
    "\u200b\u200d",
    "\x00\x01\x1f",
    "ＡＢＣ１２３",
    "社" * 10_000,
    "",
    " ",
]


@pytest.fixture
def guide(sections):
    return GuidePageFactory(parent=sections.guides, title="社会组织名称核准", slug="name-approval")


def assert_not_reflected(html, query):
    """The markup in a query never reaches the page as markup."""
    for piece in ("<script>alert(1)</script>", "<img src=x", "<svg onload", "</textarea>", 'x onerror="'):
        if piece in query:
            assert piece not in html


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_give_a_page_not_an_error(client, guide, query):
    """Search syntax, SQL, markup, emoji, control characters and huge queries: 200, escaped."""
    for params in ({"q": query}, {"q": query, "type": "guide"}):
        response = client.get("/zh-hans/search/", params)
        assert response.status_code == 200
        assert_not_reflected(response.text, query)
    assert client.get("/zh-hans/search/suggest/", {"q": query}).status_code == 200
    assert Page.objects.filter(pk=guide.pk).exists()


def test_markup_in_the_query_is_escaped_where_it_is_shown(client, guide):
    """The query appears in the box, the title and the count, escaped each time."""
    html = client.get("/zh-hans/search/", {"q": '"><script>alert(1)</script>'}).text
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(" not in html


def test_a_lone_surrogate_in_the_address_is_dropped(client, guide):
    """%ED%A0%80 (a lone UTF-16 surrogate, invalid in UTF-8) is a broken byte sequence, not an error."""
    for path in ("/zh-hans/search/", "/zh-hans/search/suggest/"):
        for query in ("%ED%A0%80", "%ED%A0%80%E7%A4%BE%E4%BC%9A"):
            assert client.get(f"{path}?q={query}").status_code == 200


def test_a_10000_character_query_is_cut_to_a_bounded_length(client, guide):
    """A pasted essay is searched and logged by its beginning."""
    response = client.get("/zh-hans/search/", {"q": "社会组织" + "啊" * 9_996})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 100
    assert all(len(query.query_string) <= 100 for query in Query.objects.all())


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "", "2" * 40])
def test_any_page_number_gives_a_page(client, guide, page):
    """Nonsense or out-of-range page numbers show the first or last page."""
    response = client.get("/zh-hans/search/", {"q": "社会组织", "page": page})
    assert response.status_code == 200
    assert [hit.title for hit in response.context["search_results"]] == ["社会组织名称核准"]


@pytest.mark.parametrize("kind", ["unknown", "", "<script>", "guide'--", "Page"])
def test_an_unknown_type_shows_all_results(client, guide, kind):
    response = client.get("/zh-hans/search/", {"q": "社会组织", "type": kind})
    assert response.status_code == 200
    assert response.context["tabs"][0]["active"]
    assert "<script>" not in response.text.split("<main", 1)[1]


PROBE = '"><svg id=probe onload=alert(1)>'


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_any_unicode_query_gives_a_page_with_nothing_reflected(client, guide, text):
    """Property: for any text around a markup probe, the search and suggestions answer 200 and echo no markup."""
    query = f"{text}{PROBE}{text}"
    response = client.get("/zh-hans/search/", {"q": query})
    assert response.status_code == 200
    assert "<svg id=probe" not in response.text
    suggestions = client.get("/zh-hans/search/suggest/", {"q": query})
    assert suggestions.status_code == 200
    assert isinstance(suggestions.json(), list)
    assert b"<svg" not in suggestions.content
    plain = client.get("/zh-hans/search/", {"q": text, "type": "guide", "page": text[:5]})
    assert plain.status_code == 200


def test_a_long_query_is_searched_by_its_beginning_and_the_page_says_so(client, guide):
    """A pasted paragraph is searched by its first words (a bounded cost) and still finds what they name."""
    response = client.get("/zh-hans/search/", {"q": "社会组织名称核准" + "的相关规定和办理流程说明以及注意事项" * 5})
    assert "检索词较长，仅按开头部分检索" in response.text
    assert response.context["search_results"][0].title == "社会组织名称核准"
    assert "检索词较长" not in client.get("/zh-hans/search/", {"q": "社会组织名称核准"}).text


def test_a_search_analyses_the_query_once(client, guide, monkeypatch):
    """The page, the backend's rewriting, the snippets, the topics and the log share one analysed query."""
    query = "社会组织 核准"
    cut = []
    original = analysis.words

    def counting_words(text):
        if analysis.fold(text).strip() == analysis.fold(query):
            cut.append(text)
        return original(text)

    monkeypatch.setattr(analysis, "words", counting_words)
    response = client.get("/zh-hans/search/", {"q": query})
    assert [hit.title for hit in response.context["search_results"]] == ["社会组织名称核准"]
    assert len(cut) == 1


def test_an_any_word_search_that_runs_out_of_time_says_the_words_are_too_common(client, guide, monkeypatch):
    """When no record has every word, the any-word pass is bounded in time (SEARCH_PARTIAL_SECONDS); one
    the database cancels leaves an empty result that says why, not an error. The database's own
    cancelling is tested in test_backends.py; here it is made to happen at once."""

    @contextmanager
    def cancelled(connection, seconds):
        assert seconds == django_settings.SEARCH_PARTIAL_SECONDS
        raise OperationalError("canceling statement due to statement timeout")
        yield

    assert client.get("/zh-hans/search/", {"q": "社会组织名称核准流程"}).context["partial"]
    monkeypatch.setattr(common, "time_limit", cancelled)
    response = client.get("/zh-hans/search/", {"q": "社会组织名称核准流程"})
    assert response.status_code == 200
    assert list(response.context["search_results"]) == []
    assert "这些词过于常见" in response.text
    strict = client.get("/zh-hans/search/", {"q": "社会组织名称核准"})  # every word found: no time limit
    assert [hit.title for hit in strict.context["search_results"]] == ["社会组织名称核准"]
