"""Benchmark pages in bulk (`seed_bench`): rows written as Wagtail writes a
published page, a chunk of pages at a time.

`parent.add_child()` then `save_revision().publish()` costs some twenty queries
a page, hours at province scale. `publish_pages` writes the same rows in a
handful of statements per chunk: the tree columns treebeard would compute
(path in steps of four base-36 digits, depth, the parent's numchild), the page
and specific-model rows, one revision per page set as latest and live, and a
publish log entry; `core.indexing.index_in_bulk` adds the search index entries. What a page's
own save() or clean() would add (NoticePage's index number, CityFromRegion's
city) is the caller's to set, since only the section app knows it. Not written:
reference index rows (benchmark pages point at no image, document or page;
`rebuild_references_index` adds any) and the content guard's scan on publish
(the generated text is known clean).

Benchmark pages are the ones whose slug starts with BENCH_PREFIX: reruns count
them to create only what is missing, and `delete_pages` removes them.
"""

import uuid
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.db.models import CASCADE, F, ManyToManyField
from django.db.models.functions import Greatest

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends

BENCH_PREFIX = "bench-"
# The log entry that marks a benchmark database (seed_bench), registered in wagtail_hooks.
MARKER_ACTION = "home.seed_bench"
DELETE_CHUNK = 1000


def bench_slugs(parent):
    """The slugs of the benchmark pages already below `parent`."""
    return set(Page.objects.child_of(parent).filter(slug__startswith=BENCH_PREFIX).values_list("slug", flat=True))


def insert_rows(model, objs, fields, returning_fields=None):
    """INSERT `objs` into `model`'s own table in batches the database accepts; the returned rows, if asked."""
    size = max(1, connection.ops.bulk_batch_size(fields, objs))
    rows = []
    for start in range(0, len(objs), size):
        batch = objs[start : start + size]
        result = model._base_manager._insert(batch, fields=fields, returning_fields=returning_fields)
        rows.extend(result or [])
    return rows


def publish_pages(parent, pages):
    """Add `pages` (unsaved instances of one specific page model, fields, title, slug and
    first_published_at set) as the last children of `parent`, live, each with one published
    revision. Call inside a transaction, with index_in_bulk: a chunk is written whole or not at all."""
    if not pages:
        return []
    model = type(pages[0])
    if list(model._meta.parents) != [Page]:
        raise TypeError(f"{model.__name__} must inherit directly from Page.")
    # Re-read and lock the parent: its path and last child decide the new paths.
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last = Page.objects.child_of(parent).order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    page_type = ContentType.objects.get_for_model(model)
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.latest_revision_created_at = page.first_published_at
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.content_type = page_type

    page_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
    ids = insert_rows(Page, pages, page_fields, returning_fields=[Page._meta.pk])
    for page, (page_id,) in zip(pages, ids, strict=True):
        page.id = page.page_ptr_id = page_id
    insert_rows(model, pages, model._meta.local_concrete_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    base_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=page_type,
                base_content_type=base_type,
                object_id=str(page.pk),
                created_at=page.first_published_at,
                object_str=str(page),
                content=page.serializable_data(),
            )
            for page in pages
        ]
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = page.live_revision = revision
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=page.pk,
                content_type=page_type,
                label=page.title,
                action="wagtail.publish",
                timestamp=page.first_published_at,
                revision=page.live_revision,
                content_changed=True,
            )
            for page in pages
        ]
    )
    return pages


def delete_pages(queryset, chunk=DELETE_CHUNK):
    """Delete the pages of `queryset` (leaves: benchmark pages have no children) with
    everything that hangs on them, a chunk per transaction. Returns how many went."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), chunk):
        batch = ids[start : start + chunk]
        with transaction.atomic():
            try:
                with transaction.atomic():
                    delete_leaves(batch)
            except IntegrityError:
                # Something this module does not know points at a page (the
                # database refused): let Django's collector find it, slowly.
                Page.objects.filter(pk__in=batch).delete()
    return len(ids)


def delete_leaves(ids):
    """Delete the leaf pages `ids` in a few statements per table.

    Django's collector sends a signal per page and its handlers query per page
    (some twenty queries each, minutes for 20,000 pages); here the rows those
    handlers would touch are deleted in bulk: index entries, references, log
    entries, revisions. Tables that point at pages with ON DELETE CASCADE in
    Django (child rows, many-to-many rows, view counts) are emptied first.
    """
    pages = list(Page.objects.filter(pk__in=ids).values_list("pk", "path", "depth", "content_type_id"))
    if not pages:
        return
    object_ids = [str(pk) for pk, _path, _depth, _type in pages]
    content_types = {type_id for *_rest, type_id in pages}
    models = [ContentType.objects.get_for_id(type_id).model_class() for type_id in content_types]
    page_type = ContentType.objects.get_for_model(Page)

    for backend in get_search_backends():
        for model in models:
            index = backend.get_index_for_model(model)
            if hasattr(index, "entries"):  # the database backends' table of entries
                index.entries.filter(content_type__in=content_types, object_id__in=object_ids)._raw_delete(
                    index.entries.db
                )
            else:
                for page in model.objects.filter(pk__in=ids):
                    backend.delete(page)
    ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=object_ids).delete()
    PageLogEntry.objects.filter(page_id__in=ids).delete()
    for model in [*models, Page]:
        for relation in model._meta.related_objects:
            if relation.parent_link or relation.on_delete is not CASCADE:
                continue
            related = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": ids})
            if related.exists():
                related.delete()
        for field in model._meta.local_many_to_many:
            if not isinstance(field, ManyToManyField):
                continue  # tags: their through rows are child rows, emptied above
            field.remote_field.through._base_manager.filter(**{f"{field.m2m_field_name()}__in": ids}).delete()

    Page.objects.filter(pk__in=ids).update(latest_revision=None, live_revision=None)
    Revision.objects.filter(base_content_type=page_type, object_id__in=object_ids).delete()
    for model in models:
        model._base_manager.filter(pk__in=ids)._raw_delete(connection.alias)
    Page._base_manager.filter(pk__in=ids)._raw_delete(connection.alias)
    lost = Counter(Page._get_basepath(path, depth - 1) for _pk, path, depth, _type in pages)
    for parent_path, count in lost.items():
        Page.objects.filter(path=parent_path).update(numchild=Greatest(F("numchild") - count, 0))
