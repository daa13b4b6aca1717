"""Wagtail's Elasticsearch 9 backend with the site's Chinese analysis, falling back to the database.

Configure with ``ELASTICSEARCH_URL`` (config/settings/base.py). The index
settings make Elasticsearch cut text as search/analysis.py does for the
database: the ``standard`` tokenizer splits Han text into characters, then
``cjk_width`` folds full-width forms, ``lowercase`` folds case and
``cjk_bigram`` (with unigrams, as our database index keeps them) joins
neighbouring Han characters into bigrams. Traditional characters are folded to
simplified in Python before any text is sent, so no server plugin is needed.

If the cluster cannot be reached when a visitor searches, the same query is
answered by the database backend (named ``database`` in
WAGTAILSEARCH_BACKENDS, kept up to date alongside Elasticsearch) and a warning
is logged; the visitor sees results, not an error.
"""

import logging
from copy import deepcopy

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout

from modelsearch.backends import elasticsearch9 as es9
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import PlainText
from modelsearch.utils import deep_update
from wagtail.search.backends import get_search_backend

from search import analysis
from search.backends.query import analyse, query_words

logger = logging.getLogger(__name__)

FALLBACK_BACKEND = "database"
UNREACHABLE = (TransportConnectionError, ConnectionTimeout)
CJK_FILTERS = ["cjk_width", "lowercase", "cjk_bigram_with_unigrams"]

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "cjk_bigram_with_unigrams": {"type": "cjk_bigram", "output_unigrams": True},
            },
            "analyzer": {
                # Every text field without an analyzer of its own, indexing and searching.
                "default": {"type": "custom", "tokenizer": "standard", "filter": CJK_FILTERS},
                # Autocomplete: prefixes of each token, so 社会组 finds 社会组织.
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [*CJK_FILTERS, "edgengram"],
                },
            },
        }
    }
}


def _simplified(value):
    if isinstance(value, str):
        return analysis.simplified(value)
    if isinstance(value, list):
        return [_simplified(item) for item in value]
    return value


class Mapping(es9.Elasticsearch9Mapping):
    """Sends text fields in simplified characters; autocomplete is searched with the CJK analyzer."""

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "default"}

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if isinstance(field, (SearchField, AutocompleteField)):
            return name, _simplified(value), _simplified(edgengrams)
        return name, value, edgengrams


class SearchQueryCompiler(es9.Elasticsearch9SearchQueryCompiler):
    mapping_class = Mapping
    # As on the database backends: every word must match (Wagtail's Elasticsearch default is "or").
    DEFAULT_OPERATOR = "and"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = analyse(self.query, tokenised=False)


class AutocompleteQueryCompiler(es9.Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Mapping

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.query, PlainText):
            words = query_words(self.query)
            self.query = PlainText(" ".join(word.text for word in words), operator="and")


class SearchResults(es9.Elasticsearch9SearchResults):
    """Results that answer from the database backend when the cluster is unreachable."""

    fallback = None  # (method name, query, queryset, kwargs), set by the backend

    def _clone(self):
        clone = super()._clone()
        clone.fallback = self.fallback
        return clone

    def _from_database(self, error):
        logger.warning("Elasticsearch unreachable (%s); answering from the database backend.", error)
        method, query, queryset, kwargs = self.fallback
        results = getattr(get_search_backend(FALLBACK_BACKEND), method)(query, queryset, **kwargs)
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def _do_search(self):
        try:
            return list(super()._do_search())  # a generator: the request happens while it is consumed
        except UNREACHABLE as error:
            return list(self._from_database(error))

    def _do_count(self):
        try:
            return super()._do_count()
        except UNREACHABLE as error:
            return self._from_database(error).count()


class SearchBackend(es9.Elasticsearch9SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
    # Wagtail's settings with ours on top; a deployment's INDEX_SETTINGS still apply over both.
    settings = deep_update(deepcopy(es9.Elasticsearch9SearchBackend.settings), INDEX_SETTINGS)

    def search(self, query, model_or_queryset, **kwargs):
        results = super().search(query, model_or_queryset, **kwargs)
        return self._with_fallback(results, "search", query, model_or_queryset, kwargs)

    def autocomplete(self, query, model_or_queryset, **kwargs):
        results = super().autocomplete(query, model_or_queryset, **kwargs)
        return self._with_fallback(results, "autocomplete", query, model_or_queryset, kwargs)

    @staticmethod
    def _with_fallback(results, method, query, model_or_queryset, kwargs):
        if isinstance(results, SearchResults):
            results.fallback = (method, query, model_or_queryset, kwargs)
        return results
