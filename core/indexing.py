"""Search indexing in bulk, for writers that bypass save() (load_demo's directory, seed_bench).

Wagtail indexes a record on each save through its signal handlers; a bulk_create
sends no signal, so the writer indexes the new records itself, a batch per model,
in every backend that follows saves.
"""

from wagtail.search.backends import get_search_backends


def index_in_bulk(objects):
    """Add `objects` (of any indexed models) to the search index.

    The database backend ends each batch by recomputing every entry's title norm,
    a scan of the whole index: call this once per chunk, not once per record type
    of a chunk's share."""
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for backend in get_search_backends(with_auto_update=True):
        for model, batch in by_model.items():
            backend.add_bulk(model, batch)
