"""What the SQLite and PostgreSQL backends share: analysed indexing and querying."""

from functools import lru_cache

from django.db.models import F

from modelsearch.conf import get_app_config
from modelsearch.utils import get_content_type_pk

from search import analysis
from search.backends.query import analyse

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)


def tie_breakers(model):
    """Newest first among equal scores: publication date for pages, then primary key."""
    fields = {field.name for field in model._meta.get_fields()}
    if "first_published_at" in fields:
        return [F("first_published_at").desc(nulls_last=True), "-pk"]
    return ["-pk"]


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
