"""Rewrites a search query into the analysed tokens the index holds.

Shared by every backend, so the admin, the API, the site search and
autocomplete all match the same way.

- Default (``operator="and"``): each Han run of the query is a phrase of its
  bigrams (so `工作组` matches only the contiguous text, never 工…作…组), and
  every word must match.
- ``operator="or"``: any token may match; more matching tokens and the
  contiguous phrase rank higher. The search page uses it when the strict query
  finds nothing, for long queries typed without spaces.
"""

from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase, PlainText

from search import analysis

MATCH_NOTHING = Not(MatchAll())


def _combine(kind, parts):
    if not parts:
        return MATCH_NOTHING
    return parts[0] if len(parts) == 1 else kind(parts)


def _word(word):
    if len(word.tokens) == 1:
        return PlainText(word.tokens[0])
    return Phrase(" ".join(word.tokens))


def analyse(query):
    """The query with its text replaced by analysed tokens; MATCH_NOTHING when nothing is searchable."""
    if isinstance(query, str):
        query = PlainText(query)
    if isinstance(query, PlainText):
        found = analysis.query_words(query.query_string)
        if query.operator == "or":
            return _combine(Or, [PlainText(token) for token in dict.fromkeys(t for w in found for t in w.tokens)])
        return _combine(And, [_word(word) for word in found])
    if isinstance(query, Phrase):
        found = analysis.tokens(query.query_string[: analysis.MAX_QUERY_CHARS])
        return Phrase(" ".join(found)) if found else MATCH_NOTHING
    if isinstance(query, (And, Or)):
        return type(query)([analyse(subquery) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(analyse(query.subquery))
    if isinstance(query, Boost):
        return Boost(analyse(query.subquery), query.boost)
    return query
