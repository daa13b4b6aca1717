"""The SQLite (FTS5) backend with Chinese analysis and title-weighted ranking."""

from django.db import connections
from django.db.models.expressions import RawSQL

from modelsearch.backends.database.sqlite import query as sqlite_query
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.backends.database.common import (
    AnalysedQuery,
    AnalysedValues,
    IndexEntry,
    RankedResults,
    RankTogether,
    analysed_indexers,
    has_publication_date,
)

# FTS5 columns are (autocomplete, body, title): a title match weighs five body matches.
SQLITE_COLUMN_WEIGHTS = (1.0, 1.0, 5.0)


class SQLiteIndexer(AnalysedValues, sqlite.ObjectIndexer):
    pass


class SQLiteIndex(sqlite.SQLiteIndex):
    """Writes entries with the analysing indexer, one upsert per batch."""

    COLUMNS = ("title", "autocomplete", "body")

    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        content_type_id = get_content_type_pk(model)
        entries = []
        for indexer in analysed_indexers(SQLiteIndexer, model, objs, self.backend):
            values = {column: getattr(indexer, column) for column in self.COLUMNS}
            entries.append(IndexEntry(content_type_id=content_type_id, object_id=indexer.id, title_norm=1.0, **values))
        IndexEntry._default_manager.using(self.write_connection.alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=[*self.COLUMNS, "title_norm"],
        )
        self._refresh_title_norms()


class WeightedBM25(sqlite_query.BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
        return f"bm25({sqlite_query.SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class SQLiteRanking:
    """Title-weighted BM25 (lower is better in SQLite), one full-text pass per query.

    Stock modelsearch joins the full-text table to the index entries and
    scores each result in a correlated subquery, so SQLite evaluates the MATCH
    again for every index row and every result: seconds to minutes per search
    at 100,000 items (`make bench-search`, docs/search.md). Here the MATCH runs once:
    as an ``IN`` subquery to filter and count, and as one materialized pass
    that scores every match when results are ranked. bm25() scores the whole
    MATCH expression at once (stock multiplied (1 + score) over the words of a
    query, which with SQLite's negative scores sorted the best matches last).
    """

    def _matching(self, config):
        """(full-text rows matching the query, negated), or (None, negated) for match-all."""
        query = sqlite_query.normalize(self.query)
        negated = isinstance(query, Not)
        if negated:
            query = query.subquery
        if isinstance(query, MatchAll):
            return None, negated
        match = sqlite_query.MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        return sqlite_query.SQLiteFTSIndexEntry.objects.filter(match), negated

    def _entries(self, matching):
        content_types = get_descendants_content_types_pks(self.queryset.model)
        return IndexEntry._default_manager.filter(
            content_type_id__in=content_types, id__in=matching.values("index_entry_id")
        )

    def search(self, config, start, stop, score_field=None):
        """The matching records, unranked: what counts, facets and keyword filters need."""
        matching, negated = self._matching(config)
        if matching is None:
            return (self.queryset.none() if negated else self.queryset)[start:stop]
        object_ids = self._entries(matching).values("object_id")
        if negated:
            return self.queryset.exclude(pk__in=object_ids).order_by("-pk")[start:stop]
        queryset = self.queryset.filter(pk__in=object_ids)
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # stable pages, as stock (wagtail#3729)
        return queryset[start:stop]

    def ranks(self):
        return self.order_by_relevance and not isinstance(sqlite_query.normalize(self.query), (MatchAll, Not))

    def ranked(self, config, start, stop):
        """[(object id, score, number of matches)] of the matching records, best first, from `start` to `stop`."""
        sql, params = self.ranked_sql(config, start, stop)
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def ranked_sql(self, config, start, stop):
        """The SQL of `ranked()`, and its parameters, to run alone or with other searches' (common.rank_together)."""
        matching, _ = self._matching(config)
        scored_sql, scored_params = (
            matching.annotate(score=WeightedBM25()).values("index_entry_id", "score").query.sql_with_params()
        )
        # A record of the queryset, looked up by key for each match (cheaper than listing them all).
        this_entry = RawSQL("CAST(entry.object_id AS INTEGER)", [])
        records_sql, records_params = (
            self.queryset.order_by().filter(pk=this_entry).values("pk").query.sql_with_params()
        )
        content_types = list(get_descendants_content_types_pks(self.queryset.model))
        sql = f"""
            WITH matched(entry_id, score) AS MATERIALIZED ({scored_sql})
            SELECT entry.object_id, matched.score * (1 + entry.title_norm) AS rank, COUNT(*) OVER () AS total
            FROM matched JOIN {IndexEntry._meta.db_table} entry ON entry.id = matched.entry_id
            WHERE entry.content_type_id IN ({", ".join(["%s"] * len(content_types))})
              AND EXISTS ({records_sql})
            ORDER BY rank, {self._newest_first_sql()} CAST(entry.object_id AS INTEGER) DESC
            LIMIT %s OFFSET %s
        """  # noqa: S608 - only table and column names from the models are interpolated
        limit = -1 if stop is None else stop - start
        return sql, [*scored_params, *content_types, *records_params, limit, start]

    def _newest_first_sql(self):
        """Newest first among equal scores: publication date of pages, then (after this) key."""
        if not has_publication_date(self.queryset.model):
            return ""
        field = self.queryset.model._meta.get_field("first_published_at")
        owner = field.model._meta
        lookup = f"SELECT {field.column} FROM {owner.db_table} WHERE {owner.pk.column} = "  # noqa: S608 - model names
        return f"({lookup}CAST(entry.object_id AS INTEGER)) DESC NULLS LAST, "


class SQLiteSearchResults(RankedResults, sqlite.SQLiteSearchResults):
    pass


class SQLiteSearchQueryCompiler(AnalysedQuery, SQLiteRanking, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteAutocompleteQueryCompiler(AnalysedQuery, SQLiteRanking, sqlite.SQLiteAutocompleteQueryCompiler):
    pass


class SQLiteSearchBackend(RankTogether, sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    results_class = SQLiteSearchResults
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
