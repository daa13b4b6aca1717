"""The PostgreSQL backend with Chinese analysis, searched from the index side.

Stock modelsearch joins every record of the searched queryset to its index
entry and tests the full-text match row by row, so the full-text index is not
used: 300-400 ms per search at 100,000 items (`make bench-search`, README).
Here the match runs on the index entries (the GIN index of migration
search/0001), then meets the queryset by primary key; ranked results are
scored on the matching entries only and the records shown are fetched by key.
"""

from django.contrib.postgres.search import SearchRank
from django.db.models import Exists, F, OuterRef, Subquery
from django.db.models.functions import Cast

from modelsearch.backends.database.postgres import postgres
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.database.common import (
    AnalysedIndex,
    AnalysedQuery,
    AnalysedValues,
    IndexEntry,
    RankedResults,
    has_publication_date,
)


class PostgresIndexer(AnalysedValues, postgres.ObjectIndexer):
    pass


class PostgresIndex(AnalysedIndex, postgres.PostgresIndex):
    indexer_class = PostgresIndexer
    entry_fields = ("title", "autocomplete", "body", "title_text", "body_text")


class IndexSideSearch:
    """Query compiler mixin: match and rank on the index entries (see the module docstring)."""

    # The index columns a search matches: the first is the title, ranked a second time.
    ENTRY_COLUMNS = ("title", "body")

    def _handled(self):
        return not isinstance(self.query, (MatchAll, Not, Fuzzy))

    def ranks(self):
        return self.order_by_relevance and self._handled()

    def _key(self, object_id):
        """An index entry's object id as the searched model's primary key."""
        pk = self.queryset.model._meta.pk
        return Cast(object_id, output_field=pk.target_field if pk.is_relation else pk)

    def _document(self):
        document = F(self.ENTRY_COLUMNS[0])
        for column in self.ENTRY_COLUMNS[1:]:
            document = document._combine(F(column), "||", False)  # the expression the GIN index holds
        return document

    def _entries(self, config):
        query = self.build_tsquery(self.query, config=config)
        entries = (
            IndexEntry._default_manager.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(_document=self._document())
            .filter(_document=query)
        )
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
        """[(object id, score)] of the matching records, best first, newest first among equals."""
        entries, query = self._entries(config)
        records = self.queryset.order_by().filter(pk=self._key(OuterRef("object_id")))
        rank = SearchRank(self._document(), query, weights=self.sql_weights)
        if len(self.ENTRY_COLUMNS) > 1:
            rank = rank + SearchRank(F(self.ENTRY_COLUMNS[0]), query, weights=self.sql_weights) * F("title_norm")
        entries = entries.filter(Exists(records)).annotate(_rank=rank, _key=self._key("object_id"))
        order = [F("_rank").desc()]
        if has_publication_date(self.queryset.model):
            published = self.queryset.model._base_manager.filter(pk=self._key(OuterRef("object_id")))
            entries = entries.annotate(_published=Subquery(published.values("first_published_at")[:1]))
            order.append(F("_published").desc(nulls_last=True))
        return list(entries.order_by(*order, "-_key").values_list("object_id", "_rank")[start:stop])


class PostgresSearchResults(RankedResults, postgres.PostgresSearchResults):
    pass


class PostgresSearchQueryCompiler(AnalysedQuery, IndexSideSearch, postgres.PostgresSearchQueryCompiler):
    pass


class PostgresAutocompleteQueryCompiler(AnalysedQuery, IndexSideSearch, postgres.PostgresAutocompleteQueryCompiler):
    ENTRY_COLUMNS = ("autocomplete",)


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    results_class = PostgresSearchResults
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
