"""Chinese-aware text analysis: the only place in the site that segments text.

Indexing, querying, highlighting, the admin search and the APIs all come
through here, so a query and the text it should find are always cut the same
way.

- **Folding** (`fold`): full-width to half-width (Unicode NFKC), traditional to
  simplified characters (OpenCC's ``t2s``), then case. `社會組織` = `社会组织`,
  `ＡＢＣ１２３` = `abc123`.
- **Tokens** (`tokens`): a run of Han characters becomes its overlapping
  bigrams (`志愿者` → `志愿 愿者`), as Lucene's CJK analyzer and Elasticsearch's
  ``cjk_bigram`` filter do; letters and digits stay whole words. Every Chinese
  word of two or more characters inside a text is then one bigram or a phrase
  of consecutive bigrams.
- **Index text** (`index_text`): the bigrams in reading order, so that a phrase
  query of consecutive bigrams matches only contiguous text, then every Han
  character once more as a unigram, after the bigrams, so that one-character
  queries still find something without breaking the phrases.

Measured choice: bigrams rather than a dictionary segmenter such as jieba.
jieba in search mode misses words its dictionary cuts differently (组织总会,
名称变更) and costs a dictionary load; bigrams find any substring of two or more
characters, and phrase matching keeps their precision (see docs/search.md).
"""

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import opencc

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.i18n import HAN, one_line

TOKEN_RE = re.compile(rf"([{HAN}]+)|([^\W_{HAN}]+)")
# Longest query we keep; a 10,000-character paste is cut, not refused.
MAX_QUERY_CHARS = 100
# Most tokens a query is searched with: the cost of a search grows with each (issue 22: a
# 100-character query cost 80 times a two-word one). 16 bigrams are a 17-character phrase.
MAX_QUERY_TOKENS = 16

_t2s = opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _fold_char(char):
    folded = _t2s.convert(unicodedata.normalize("NFKC", char)).lower()
    return folded if len(folded) == 1 else char


def fold(text):
    """Full-width to half-width, traditional to simplified, lower case.

    Lone surrogates (which a browser can send in a URL) are dropped rather than
    allowed to fail later when the text is encoded.
    """
    text = text.encode("utf-8", "ignore").decode("utf-8")
    return _t2s.convert(unicodedata.normalize("NFKC", text)).lower()


def simplified(text):
    """Traditional to simplified only: what Elasticsearch cannot do without a plugin."""
    return _t2s.convert(text.encode("utf-8", "ignore").decode("utf-8"))


def bigrams(run):
    """Overlapping bigrams of a run of Han characters; a lone character is itself."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


@dataclass(frozen=True)
class Word:
    """One searchable unit of a query: a Han run (as bigrams) or a latin/digit word."""

    text: str
    tokens: tuple

    @property
    def is_han(self):
        return bool(re.match(f"[{HAN}]", self.text))


def words(text):
    """The folded text cut into Han runs and letter/digit words, in order."""
    result = []
    for han, other in TOKEN_RE.findall(fold(text)):
        if han:
            result.append(Word(han, tuple(bigrams(han))))
        else:
            result.append(Word(other, (other,)))
    return result


def tokens(text):
    """All tokens of a text in reading order (bigrams for Han, whole words otherwise)."""
    return [token for word in words(text) for token in word.tokens]


def index_text(text):
    """What the database backends store for a text: tokens, then Han unigrams."""
    found = words(text)
    unigrams = [char for word in found if word.is_han and len(word.text) > 1 for char in word.text]
    return " ".join([token for word in found for token in word.tokens] + unigrams)


def query_words(query):
    """The analysed words of a visitor's query: what every search matches on.

    Words are kept up to MAX_QUERY_TOKENS tokens in all; a Chinese run that
    would pass the limit is cut to fit. Returns an empty list for a query with
    nothing searchable in it (only punctuation, emoji or syntax characters);
    callers show an empty result.
    """
    return list(_bounded(words(query[:MAX_QUERY_CHARS])))


def _bounded(found):
    room = MAX_QUERY_TOKENS
    for word in found:
        if room <= 0:
            return
        if len(word.tokens) > room:
            word = Word(word.text[: room + 1], word.tokens[:room])
        yield word
        room -= len(word.tokens)


@dataclass(frozen=True)
class Query:
    """A visitor's query, analysed once (`Query.of`): what the search page, the backends'
    rewriting, the snippets, the suggestions and the search log all read.

    `text` is the query as shown and logged (`clean_query`), `folded` its folded
    form, `words` what it is searched with (`query_words`), and `shortened`
    whether the query had more than that.
    """

    text: str
    folded: str
    words: tuple
    shortened: bool

    @classmethod
    def of(cls, raw):
        text = clean_query(raw)
        folded = fold(text)
        every = words(folded)
        kept = tuple(_bounded(every))
        return cls(text, folded, kept, sum(len(word.tokens) for word in kept) < sum(len(w.tokens) for w in every))

    @property
    def tokens(self):
        return tuple(token for word in self.words for token in word.tokens)

    def __bool__(self):
        """Whether there is anything to search for."""
        return bool(self.words)


def as_query(query):
    """`query` as a Query: callers outside the search page may pass the text."""
    return query if isinstance(query, Query) else Query.of(query)


def is_shortened(query):
    """Whether `query` has more to it than the words it is searched with."""
    return as_query(query).shortened


@cache
def _synonyms():
    table = tomllib.loads((Path(__file__).parent / "synonyms.toml").read_text(encoding="utf-8"))["synonyms"]
    return {fold(word): [fold(other) for other in others] for word, others in table.items()}


def synonyms(word):
    """What the texts may say instead of `word` (a folded query word), from search/synonyms.toml."""
    return _synonyms().get(word, [])


def clean_query(query):
    """The visitor's query trimmed for display and logging: no control characters, bounded length."""
    return one_line(query, MAX_QUERY_CHARS)


def highlight(text, query, length=120, partial=False):
    """An escaped snippet of `text` around the first match of `query`, matches in <mark>.

    Matching is done on folded characters, so a traditional-character query
    highlights simplified text and full-width digits match half-width ones.
    `partial`: the text matched some of the query's tokens, not its words, so
    the tokens are marked.
    """
    text = " ".join((text or "").split())
    if not text:
        return SafeString("")
    query = as_query(query)
    folded = "".join(_fold_char(char) for char in text)
    spans = _match_spans(folded, query.tokens if partial else [word.text for word in query.words])
    start = max(0, spans[0][0] - length // 4) if spans else 0
    end = min(len(text), start + length)
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece is escaped above


def _match_spans(folded, needles):
    pattern = _needles_pattern(frozenset(needles))
    return [match.span() for match in pattern.finditer(folded)] if pattern else []


@lru_cache(maxsize=64)
def _needles_pattern(needles):
    """One alternation of what to mark, longest first; compiled once for a page's snippets."""
    if not needles:
        return None
    return re.compile("|".join(re.escape(needle) for needle in sorted(needles, key=lambda n: (-len(n), n))))
