"""What the SQLite and PostgreSQL backends share: analysed indexing and querying."""

from functools import lru_cache

from modelsearch.conf import get_app_config
from modelsearch.utils import get_content_type_pk

from search import analysis
from search.backends.query import analyse

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)


def has_publication_date(model):
    """Pages carry their first publication date: the newer wins a tie."""
    return any(field.name == "first_published_at" for field in model._meta.get_fields())


# The indexers read every field once per column they fill (title, body,
# autocomplete, and on PostgreSQL two plain-text columns): analyse each text once.
index_text = lru_cache(maxsize=1024)(analysis.index_text)


class AnalysedValues:
    """Indexer mixin: every text leaf is stored analysed."""

    def prepare_value(self, value):
        if isinstance(value, (list, dict)):
            return super().prepare_value(value)  # recurses into this method per item
        return index_text(super().prepare_value(value))


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


class RankedResults:
    """Results mixin: ranked results come from one scoring query over the index, then one query for the records shown.

    The compiler provides `ranks()` (is this search ranked by relevance?) and
    `ranked(config, start, stop)`: [(object id, score)], best first.
    """

    def _do_search(self):
        compiler = self.query_compiler
        if not compiler.ranks():
            return super()._do_search()
        ranked = compiler.ranked(compiler.get_config(self.backend), self.start, self.stop)
        to_key = compiler.queryset.model._meta.pk.to_python
        records = compiler.queryset.in_bulk([to_key(object_id) for object_id, _ in ranked])
        results = []
        for object_id, score in ranked:
            record = records.get(to_key(object_id))
            if record is not None:
                if self._score_field:
                    setattr(record, self._score_field, score)
                results.append(record)
        return results
