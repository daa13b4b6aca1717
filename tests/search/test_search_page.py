"""The header's search box lands on a search page in the visitor's language.

What the search finds is tested in test_search_types.py, how the results are
listed in test_search_results.py, hostile input in test_search_input.py.
"""

import pytest

from tests.home.factories import StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def test_search_finds_pages_of_the_visitors_language(client, home, english_home):
    page = StandardPageFactory(parent=home, title="Volunteer registration")
    publish_translation(page, title="Volunteer registration (English)")
    html = client.get("/en/search/", {"q": "volunteer"}).text
    assert "Volunteer registration (English)" in html
    assert "/en/volunteer" in html or "/en/" in html
    assert 'href="/zh-hans/' not in html[html.index('class="search-results"') :]


def test_result_count_names_the_query(client, home):
    """The count line says how many results, for which query, and the page title repeats the query."""
    StandardPageFactory(parent=home, title="志愿者注册", slug="volunteer")
    html = client.get("/zh-hans/search/", {"q": "志愿者"}).text
    assert "找到 1 条与“志愿者”相关的结果" in html
    assert "<title>“志愿者”的搜索结果" in html


def test_no_match_says_so_and_keeps_the_query_in_the_box(client, home):
    """An empty result is stated, and the visitor can edit the query in the header's box."""
    html = client.get("/zh-hans/search/", {"q": "火星基地"}).text
    assert "没有找到相关内容，请减少或更换关键词后再试。" in html
    assert 'name="q" value="火星基地"' in html


def test_search_page_is_not_indexed_and_not_cached(client, home):
    response = client.get("/zh-hans/search/", {"q": "x"})
    assert '<meta name="robots" content="noindex">' in response.text
    assert "no-cache" in response["Cache-Control"]


def test_empty_query_shows_a_prompt(client, home):
    assert "请在搜索框中输入要查找的内容。" in client.get("/zh-hans/search/").text


def test_query_is_escaped_when_shown(client, home):
    html = client.get("/zh-hans/search/", {"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_search_without_language_prefix_redirects_by_language(client, home):
    response = client.get("/search/", {"q": "x"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/search/")
