"""The SQLite (FTS5) backend with Chinese analysis and title-weighted ranking."""

from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import Not, Phrase, PlainText

from search.backends.database.common import AnalysedIndex, AnalysedQuery, AnalysedValues, tie_breakers

# FTS5 columns are (autocomplete, body, title): a title match weighs five body matches.
SQLITE_COLUMN_WEIGHTS = (1.0, 1.0, 5.0)


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
