"""The PostgreSQL backend with Chinese analysis, searched from the index side.

Stock modelsearch joins every record of the searched queryset to its index
entry and tests the full-text match row by row, so the full-text index is not
used: 300-400 ms per search at 100,000 items (`make bench-search`, docs/search.md).
Here the match runs on the index entries, then meets the queryset by primary
key; ranked results are scored on the matching entries only and the records
shown are fetched by key.

Stock matches `title || body`, which no index holds and which PostgreSQL must
rebuild for every row it checks. Here the `body` column holds the title too,
so a search matches one indexed column; the `title` column stays, to rank
title matches higher. Migration search/0002 keeps that column in the row
rather than in TOAST storage, where reading it back cost most of a search.
"""

from django.contrib.postgres.search import SearchRank
from django.db import connections
from django.db.models import DateTimeField, Exists, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast
from django.utils.functional import cached_property

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import AutocompleteField, SearchField
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

WEIGHTS = "ABCD"
COLUMNS = ("title", "autocomplete", "body")


def _name(column, weight):
    """The name of one column's text of one weight in the batch upsert."""
    return f"{column}_{weight.lower()}"


class PostgresIndexer(AnalysedValues, postgres.ObjectIndexer):
    """An object's analysed text per index column, grouped by weight, every field read once.

    Each column is stored as one vector per weight (A to D, in that order), so
    every entry is written by the same statement. Stock fuzzy search's plain
    text columns stay empty: over analysed text they would compare bigrams, and
    fuzzy queries are analysed instead (search.backends.query).
    """

    @cached_property
    def columns(self):
        """{column: [text of weight A, B, C, D]}; `body` holds the title too (module docstring)."""
        texts = {column: {weight: [] for weight in WEIGHTS} for column in COLUMNS}
        for field in self.search_fields:
            for current, weight, value in self.prepare_field(self.obj, field):
                if not value.strip():
                    continue
                if isinstance(current, AutocompleteField):
                    texts["autocomplete"][weight].append(value)
                elif isinstance(current, SearchField):
                    texts["body"][weight].append(value)
                    if current.field_name == "title":
                        texts["title"][weight].append(value)
        return {column: [" ".join(texts[column][weight]) for weight in WEIGHTS] for column in COLUMNS}


class PostgresIndex(postgres.PostgresIndex):
    """Writes a batch of entries in one statement; PostgreSQL builds the vectors from arrays of text.

    Stock compiles a Django expression for every text of every object, which
    took longer than the database's own work (`make bench-search`, docs/search.md).
    """

    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        indexers = analysed_indexers(PostgresIndexer, model, objs, self.backend)
        sql, configs = self._insert_sql()
        texts = [
            [indexer.columns[column][i] for indexer in indexers] for column in COLUMNS for i in range(len(WEIGHTS))
        ]
        with self.write_connection.cursor() as cursor:
            cursor.execute(sql, [get_content_type_pk(model), *configs, [indexer.id for indexer in indexers], *texts])
        self._refresh_title_norms()

    def _insert_sql(self):
        """The upsert of a batch, and its configuration parameters (the rest are arrays, one per text column)."""
        vectors, configs = [], []
        for column in COLUMNS:
            config = self.backend.autocomplete_config if column == "autocomplete" else self.backend.config
            parse = "to_tsvector(%s::regconfig, item.{})" if config else "to_tsvector(item.{})"
            vectors.append(" || ".join(f"setweight({parse.format(_name(column, w))}, '{w}')" for w in WEIGHTS))
            configs += [config] * len(WEIGHTS) if config else []
        names = ["object_id", *(_name(column, weight) for column in COLUMNS for weight in WEIGHTS)]
        table = IndexEntry._meta.db_table
        sql = f"""
            INSERT INTO {table}
                (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
            SELECT %s, item.object_id, {", ".join(vectors)}, 1.0, '', ''
            FROM unnest({", ".join(["%s::text[]"] * len(names))}) AS item({", ".join(names)})
            ON CONFLICT (content_type_id, object_id) DO UPDATE SET
                title = EXCLUDED.title, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
                title_norm = 1.0, title_text = '', body_text = ''
        """  # noqa: S608 - table and column names from the models, values as parameters
        return sql, configs


class IndexSideSearch:
    """Query compiler mixin: match and rank on the index entries (see the module docstring)."""

    DOCUMENT = "body"  # the column a search matches
    TITLE = "title"  # ranked a second time, when the document has a title

    def _handled(self):
        return not isinstance(self.query, (MatchAll, Not))

    def ranks(self):
        return self.order_by_relevance and self._handled()

    def _key(self, object_id):
        """An index entry's object id as the searched model's primary key."""
        pk = self.queryset.model._meta.pk
        return Cast(object_id, output_field=pk.target_field if pk.is_relation else pk)

    def _entries(self, config):
        query = self.build_tsquery(self.query, config=config)
        entries = IndexEntry._default_manager.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
        ).filter(**{self.DOCUMENT: query})
        return entries, query

    def search(self, config, start, stop, score_field=None, backend=None):
        """The matching records, unranked: what counts, facets and keyword filters need."""
        if not self._handled():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        entries, _ = self._entries(config)
        queryset = self.queryset.filter(pk__in=entries.annotate(_key=self._key("object_id")).values("_key"))
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # stable pages, as stock (wagtail#3729)
        return queryset[start:stop]

    def ranked(self, config, start, stop):
        """[(object id, score, number of matches)] of the matching records, best first, newest first among equals."""
        sql, params = self.ranked_sql(config, start, stop)
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def ranked_sql(self, config, start, stop):
        """The SQL of `ranked()`, and its parameters, to run alone or with other searches' (`rank_together`).

        The matches are scored in a materialized subquery that keeps only keys
        and scores: counting them in the same query would otherwise buffer
        every matching row, its whole index vector included.
        """
        entries, query = self._entries(config)
        records = self.queryset.order_by().filter(pk=self._key(OuterRef("object_id")))
        rank = SearchRank(F(self.DOCUMENT), query, weights=self.sql_weights)
        if self.TITLE:
            rank = rank + SearchRank(F(self.TITLE), query, weights=self.sql_weights) * F("title_norm")
        hits = entries.filter(Exists(records)).annotate(
            rank=rank, key=self._key("object_id"), published=Value(None, output_field=DateTimeField())
        )
        if has_publication_date(self.queryset.model):
            published = self.queryset.model._base_manager.filter(pk=self._key(OuterRef("object_id")))
            hits = hits.annotate(published=Subquery(published.values("first_published_at")[:1]))
        sql, params = hits.values("object_id", "rank", "key", "published").query.sql_with_params()
        limit = "ALL" if stop is None else int(stop - start)
        sql = f"""
            WITH hits AS MATERIALIZED ({sql})
            SELECT object_id, rank, COUNT(*) OVER () FROM hits
            ORDER BY rank DESC, published DESC NULLS LAST, key DESC
            LIMIT {limit} OFFSET %s
        """  # noqa: S608 - the subquery is compiled by the ORM, the limit is an int
        return sql, [*params, int(start)]


class PostgresSearchResults(RankedResults, postgres.PostgresSearchResults):
    pass


class PostgresSearchQueryCompiler(AnalysedQuery, IndexSideSearch, postgres.PostgresSearchQueryCompiler):
    pass


class PostgresAutocompleteQueryCompiler(AnalysedQuery, IndexSideSearch, postgres.PostgresAutocompleteQueryCompiler):
    DOCUMENT = "autocomplete"
    TITLE = None


class PostgresSearchBackend(RankTogether, postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    results_class = PostgresSearchResults
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
