"""search/analysis.py: one analysis for indexing, querying and highlighting."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from modelsearch.query import PlainText

from search import analysis
from search.backends.query import MATCH_NOTHING, MAX_ANY_TERMS, analyse, spread


def test_han_runs_become_overlapping_bigrams():
    assert analysis.tokens("志愿者项目招募") == ["志愿", "愿者", "者项", "项目", "目招", "招募"]


def test_index_text_keeps_bigrams_in_order_then_unigrams():
    assert analysis.index_text("志愿者") == "志愿 愿者 志 愿 者"


def test_traditional_characters_fold_to_simplified():
    assert analysis.tokens("社會組織") == analysis.tokens("社会组织")


def test_full_width_letters_and_digits_fold_to_half_width_lower_case():
    assert analysis.fold("ＡＢＣ１２３") == "abc123"
    assert analysis.tokens("ABC123") == ["abc123"]


def test_document_numbers_and_credit_codes_stay_searchable():
    assert analysis.tokens("粤民发〔2025〕12号") == ["粤民", "民发", "2025", "12", "号"]
    assert analysis.tokens("51440000MJ0000000X") == ["51440000mj0000000x"]


def test_query_syntax_characters_are_not_tokens():
    assert analysis.tokens('" * ( ) : ^ - NEAR') == ["near"]
    assert analysis.query_words('"*():^-') == []


def test_lone_surrogates_and_control_characters_are_dropped():
    assert analysis.fold("a\ud800b") == "ab"
    assert analysis.clean_query("社\x00会\ud800组织\n") == "社会组织"


def test_long_queries_are_cut_to_a_bounded_number_of_tokens():
    """A search costs by its tokens: a pasted page is searched by its first MAX_QUERY_TOKENS (issue 22)."""
    [word] = analysis.query_words("社会" * 5000)
    assert len(word.tokens) == analysis.MAX_QUERY_TOKENS
    assert word.text == ("社会" * 10)[: analysis.MAX_QUERY_TOKENS + 1]
    assert analysis.is_shortened("社会" * 5000)
    words = analysis.query_words("abc " * 30)
    assert [word.text for word in words] == ["abc"] * analysis.MAX_QUERY_TOKENS
    assert analysis.query_words("社会组织 登记 年报") == analysis.words("社会组织 登记 年报")
    assert not analysis.is_shortened("社会组织 登记 年报")


def test_an_any_token_query_matches_on_a_few_tokens_spread_over_the_query():
    """The fallback for long queries ORs at most MAX_ANY_TERMS tokens, from the first to the last."""
    rewritten = analyse(PlainText("成立社会组织需要哪些材料和条件", operator="or"))
    terms = [part.query_string for part in rewritten.subqueries]
    assert len(terms) == MAX_ANY_TERMS
    assert terms[0] == "成立" and terms[-1] == "条件"
    assert spread(list(range(3)), MAX_ANY_TERMS) == [0, 1, 2]


def test_highlight_marks_matches_in_escaped_text():
    snippet = analysis.highlight("<b>关于社会组织年检</b>的通知", "社會組織")
    assert snippet == "&lt;b&gt;关于<mark>社会组织</mark>年检&lt;/b&gt;的通知"


def test_highlight_centres_on_a_match_far_into_the_text():
    snippet = analysis.highlight("前言" * 200 + "志愿者服务" + "后记" * 200, "志愿者", length=40)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>志愿者</mark>" in snippet


def test_han_words_of_a_query_become_phrases_of_bigrams():
    query = analyse("社会组织 登记")
    assert repr(query) == repr(analyse("社會組織　登記"))
    assert [type(q).__name__ for q in query.subqueries] == ["Phrase", "PlainText"]
    assert query.subqueries[0].query_string == "社会 会组 组织"


def test_query_with_nothing_searchable_matches_nothing():
    assert analyse('"') is MATCH_NOTHING
    assert analyse(" ") is MATCH_NOTHING


def test_or_queries_match_any_token():
    query = analyse(PlainText("社会组织登记", operator="or"))
    assert [q.query_string for q in query.subqueries] == ["社会", "会组", "组织", "织登", "登记"]


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("\ufada")  # unassigned, inside the compatibility ideographs' block
def test_analysis_never_fails_and_tokens_are_plain_words(text):
    tokens = analysis.index_text(text).split()
    assert all(token.isalnum() or all(c.isalnum() for c in token) for token in tokens)
    assert '"' not in analysis.index_text(text)
    analyse(text)
    str(analysis.highlight(text, text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1))
def test_a_text_is_found_by_its_own_words(text):
    """Every token of a query taken from a text is among the text's indexed tokens."""
    indexed = set(analysis.index_text(text).split())
    assert set(analysis.tokens(text)) <= indexed


def test_synonyms_are_folded_and_looked_up_by_query_word():
    assert "年报" in analysis.synonyms("年检")
    assert analysis.synonyms("年檢") == []  # callers look up folded words
    assert analysis.synonyms(analysis.fold("年檢")) == analysis.synonyms("年检")


def test_a_word_with_synonyms_matches_any_of_them():
    query = analyse("年检")
    assert type(query).__name__ == "Or"
    assert [q.query_string for q in query.subqueries][:2] == ["年检", "年度 度检 检查"]
