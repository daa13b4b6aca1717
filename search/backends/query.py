"""Rewrites a search query into the analysed tokens the index holds.

Shared by every backend, so the admin, the API, the site search and
autocomplete all match the same way.

- Default (``operator="and"``): each Han run of the query is a phrase of its
  bigrams (so `工作组` matches only the contiguous text, never 工…作…组), and
  every word must match.
- ``operator="or"``: any token may match; more matching tokens and the
  contiguous phrase rank higher. The search page uses it when the strict query
  finds nothing, for long queries typed without spaces. At most
  `MAX_ANY_TERMS` tokens, spread over the query, bound what it costs.
- A word with synonyms in search/synonyms.toml (年检 → 年报, 年度报告 …)
  matches any of them.
- A fuzzy query is answered as an any-token query: bigrams already find a
  misspelt or partial Chinese word by the pairs of characters it shares.
"""

from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from search import analysis, boilerplate
from search.analysis import words

MATCH_NOTHING = Not(MatchAll())
# The most terms an any-token query matches on: its cost grows with each (a 100-character
# query has 99 bigrams), and a few spread over the query find what it is about.
MAX_ANY_TERMS = 8


def spread(items, most):
    """At most `most` of `items`, evenly spread from the first to the last, in order."""
    if len(items) <= most:
        return items
    return [items[round(i * (len(items) - 1) / (most - 1))] for i in range(most)]


def _combine(kind, parts):
    if not parts:
        return MATCH_NOTHING
    return parts[0] if len(parts) == 1 else kind(parts)


def _single(word, tokenised):
    if len(word.tokens) == 1:
        return PlainText(word.tokens[0])
    return Phrase(" ".join(word.tokens) if tokenised else word.text)


def _word(word, tokenised, common=frozenset()):
    """A query word, or any of its synonyms (search/synonyms.toml).

    When some of the word's bigrams are common tokens of the searched model, its plain fields
    hold the phrase without them (search/boilerplate.py): the phrase without them is an
    alternative, so 禁毒服务 finds 主要开展禁毒服务 whose 服务 is left out, as well as the
    names that keep it.
    """
    alternatives = [_single(word, tokenised)]
    rest = tuple(token for token in word.tokens if token not in common)
    if tokenised and rest and len(rest) < len(word.tokens):
        alternatives.append(_single(analysis.Word(word.text, rest), tokenised))
    for synonym in analysis.synonyms(word.text):
        alternatives.append(_combine(And, [_single(part, tokenised) for part in words(synonym)]))
    return _combine(Or, alternatives)


class AnalysedPlainText(PlainText):
    """A visitor's query already analysed (search.analysis.Query): rewriting it reads its words
    instead of cutting the text again."""

    def __init__(self, query: analysis.Query, operator="and"):
        super().__init__(query.text, operator=operator)
        self.analysed = query


def query_words(query: PlainText):
    """The words of a plain-text query, analysed once."""
    if isinstance(query, AnalysedPlainText):
        return list(query.analysed.words)
    return analysis.query_words(query.query_string)


def analyse(query, tokenised=True, common=frozenset()):
    """The query with its text analysed; MATCH_NOTHING when nothing is searchable.

    `tokenised`: the database backends receive our bigram tokens; Elasticsearch
    receives folded words and makes the same bigrams itself (its index settings
    in search/backends/elasticsearch.py). `common`: the searched model's common
    tokens, which its plain fields are indexed without (search/boilerplate.py).
    """
    if isinstance(query, str):
        query = PlainText(query)
    if isinstance(query, Fuzzy):
        query = PlainText(query.query_string, operator="or")
    if isinstance(query, PlainText):
        found = boilerplate.query_words(query_words(query), common)
        if query.operator == "or":
            found += [
                part for word in found for synonym in analysis.synonyms(word.text) for part in analysis.words(synonym)
            ]
            terms = [t for w in found for t in w.tokens] if tokenised else [w.text for w in found]
            terms = [term for term in terms if term not in common] or terms
            return _combine(Or, [PlainText(term) for term in spread(list(dict.fromkeys(terms)), MAX_ANY_TERMS)])
        return _combine(And, [_word(word, tokenised, common) for word in found])
    if isinstance(query, Phrase):
        found = analysis.query_words(query.query_string)
        text = " ".join(t for w in found for t in w.tokens) if tokenised else " ".join(w.text for w in found)
        return Phrase(text) if text else MATCH_NOTHING
    if isinstance(query, (And, Or)):
        return type(query)([analyse(subquery, tokenised, common) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(analyse(query.subquery, tokenised, common))
    if isinstance(query, Boost):
        return Boost(analyse(query.subquery, tokenised, common), query.boost)
    return query
