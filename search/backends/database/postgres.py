"""The PostgreSQL backend with Chinese analysis; newer items win ties."""

from modelsearch.backends.database.postgres import postgres

from search.backends.database.common import AnalysedIndex, AnalysedQuery, AnalysedValues, tie_breakers


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
