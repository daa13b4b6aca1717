"""Wagtail's database search backend with Chinese analysis, for SQLite and PostgreSQL.

Configure it like Wagtail's own (``"BACKEND": "search.backends.database"``).
The classes below subclass modelsearch's SQLite and PostgreSQL backends and
change three things, nothing else:

- **indexing**: every text value is stored as `analysis.index_text` (bigrams,
  then unigrams), so the databases' own word splitting (which cuts only at
  spaces and punctuation) sees one token per bigram;
- **querying**: the query is rewritten by `search.backends.query.analyse`
  before it is compiled, so it holds the same tokens; a query with nothing
  searchable in it matches nothing instead of failing;
- **ranking**: SQLite weights title matches above body matches (stock
  SQLite gives both the same weight); on both, newer items win ties.

https://docs.wagtail.org/en/stable/topics/search/backends.html
"""

from django.db import connection
from django.db.models import F
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.conf import get_app_config
from modelsearch.query import Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search import analysis
from search.backends.query import analyse

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)
# FTS5 columns are (autocomplete, body, title): a title match weighs five body matches.
SQLITE_COLUMN_WEIGHTS = (1.0, 1.0, 5.0)


def tie_breakers(model):
    """Newest first among equal scores: publication date for pages, then primary key."""
    fields = {field.name for field in model._meta.get_fields()}
    if "first_published_at" in fields:
        return [F("first_published_at").desc(nulls_last=True), "-pk"]
    return ["-pk"]


class AnalysedValues:
    """Indexer mixin: every text leaf is stored analysed."""

    def prepare_value(self, value):
        if isinstance(value, (list, dict)):
            return super().prepare_value(value)  # recurses into this method per item
        return analysis.index_text(super().prepare_value(value))


class AnalysedIndex:
    """Index mixin: writes entries with the analysing indexer, one upsert per batch."""

    indexer_class = None
    entry_fields = ("title", "autocomplete", "body")

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        content_type_id = get_content_type_pk(model)
        entries = [self.entry(content_type_id, self.indexer_class(obj, self.backend)) for obj in objs]
        if not entries:
            return
        IndexEntry._default_manager.using(self.write_connection.alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=[*self.entry_fields, "title_norm"],
        )
        self._refresh_title_norms()

    def entry(self, content_type_id, indexer):
        values = {name: getattr(indexer, name) for name in self.entry_fields}
        return IndexEntry(content_type_id=content_type_id, object_id=indexer.id, title_norm=1.0, **values)


class AnalysedQuery:
    """Query compiler mixin: compiles the analysed query."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = analyse(self.query)


# SQLite ----------------------------------------------------------------------


class SQLiteIndexer(AnalysedValues, sqlite.ObjectIndexer):
    pass


class SQLiteIndex(AnalysedIndex, sqlite.SQLiteIndex):
    indexer_class = SQLiteIndexer


class WeightedBM25(sqlite_query.BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
        return f"bm25({sqlite_query.SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class SQLiteRanking:
    """Title-weighted BM25 (lower is better in SQLite), newest first among equals."""

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            return WeightedBM25() * boost if boost != 1.0 else WeightedBM25()
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def search(self, config, start, stop, score_field=None):
        queryset = super().search(config, None, None, score_field=score_field)
        field = score_field or "_score"
        if self.order_by_relevance and field in queryset.query.annotations:
            queryset = queryset.order_by(field, *tie_breakers(queryset.model))
        return queryset[start:stop]


class SQLiteSearchQueryCompiler(AnalysedQuery, SQLiteRanking, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteAutocompleteQueryCompiler(AnalysedQuery, SQLiteRanking, sqlite.SQLiteAutocompleteQueryCompiler):
    pass


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler


# PostgreSQL ------------------------------------------------------------------


class PostgresIndexer(AnalysedValues, postgres.ObjectIndexer):
    pass


class PostgresIndex(AnalysedIndex, postgres.PostgresIndex):
    indexer_class = PostgresIndexer
    entry_fields = ("title", "autocomplete", "body", "title_text", "body_text")


class PostgresRanking:
    """Newest first among equal ranks (stock breaks ties by primary key only)."""

    def _apply_ordering_and_scoring(self, queryset, rank_expression, start, stop, score_field=None):
        if not self.order_by_relevance:
            return super()._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)
        queryset = queryset.order_by(rank_expression.desc(), *tie_breakers(queryset.model))
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]


class PostgresSearchQueryCompiler(AnalysedQuery, PostgresRanking, postgres.PostgresSearchQueryCompiler):
    pass


class PostgresAutocompleteQueryCompiler(AnalysedQuery, PostgresRanking, postgres.PostgresAutocompleteQueryCompiler):
    pass


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    """The analysing backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        return PostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        return SQLiteSearchBackend(params)
    raise NotImplementedError(f"The Chinese search backend supports SQLite and PostgreSQL, not {connection.vendor}.")
