"""What distinguishes a record, for the index: the tokens most records of a model share are left out.

A directory of 100,000 organizations whose descriptions all say 是依法登记的非营利性社会组织
makes every organization match 登记 and 社会组织, buries the guide named by the word under them
and makes the search score 130,000 entries (2.3 s, docs/search.md). The remedy is the one search
engines apply to stop words, measured per model: a token that at least SHARE of a model's
records carry in their plain fields (search fields without a boost and not the title) is a
`CommonToken` of that model, and the indexers leave it out of those fields. A record's title,
name and other boosted fields keep every token, so 广东省社会组织总会 is still found by 社会组织.

`find_common_tokens` (a management command; load_demo and seed_bench run it) measures every
indexed model with at least MIN_RECORDS records and re-indexes those whose list changed.
"""

from collections import Counter
from functools import cache

from django.contrib.contenttypes.models import ContentType

from modelsearch import index

from search import analysis
from search.models import CommonToken

SHARE = 0.5
MIN_RECORDS = 50
MAX_TOKEN = 64  # CommonToken.token


def is_plain(field):
    """A field whose text may lose its model's common tokens: searched, not boosted, not the title."""
    return isinstance(field, index.SearchField) and (field.boost or 1) <= 1 and field.field_name != "title"


@cache
def _by_model():
    """{model label: frozenset of its common tokens}, read once per process (one query)."""
    found = {}
    for label, model_name, token in CommonToken.objects.values_list(
        "content_type__app_label", "content_type__model", "token"
    ):
        found.setdefault(f"{label}.{model_name}", set()).add(token)
    return {label: frozenset(tokens) for label, tokens in found.items()}


def common_tokens(model):
    """The common tokens of `model`. Read once per process, like the content guard's patterns:
    restart the site after `find_common_tokens` changed them (the command says so)."""
    return _by_model().get(model._meta.label_lower, frozenset())


def forget():
    """Read the common tokens afresh at the next use (after a change; tests)."""
    _by_model.cache_clear()


def query_words(words, tokens):
    """The query words a model is searched with: those made only of its common tokens are left
    out (its plain fields no longer hold them), unless that would leave none, so that a query of
    common words still finds the records that carry them in a title or name."""
    kept = [word for word in words if not set(word.tokens) <= tokens]
    return kept or list(words)


def without(value, tokens):
    """An analysed text (tokens separated by spaces, or ", " between list items) without `tokens`."""
    if not tokens:
        return value
    return " ".join(token for token in value.split() if token.rstrip(",") not in tokens)


def _texts(value):
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    else:
        yield str(value)


def measure(model):
    """{token: share} of the tokens at least SHARE of `model`'s indexed records carry in their plain fields."""
    fields = [field for field in model.get_search_fields() if is_plain(field)]
    records = model.get_indexed_objects()
    if not fields or records.count() < MIN_RECORDS:
        return {}
    counts, total = Counter(), 0
    for record in records.iterator(chunk_size=2000):
        total += 1
        counts.update(
            {token for field in fields for text in _texts(field.get_value(record)) for token in analysis.tokens(text)}
        )
    return {token: count / total for token, count in counts.items() if count / total >= SHARE}


def store(model, shares):
    """Keep `shares` as `model`'s common tokens; True when they changed."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    kept = CommonToken.objects.filter(content_type=content_type)
    if set(kept.values_list("token", flat=True)) == set(shares):
        return False
    kept.delete()
    CommonToken.objects.bulk_create(
        CommonToken(content_type=content_type, token=token, share=share) for token, share in shares.items()
    )
    forget()
    return True
