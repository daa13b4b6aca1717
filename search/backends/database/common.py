"""What the SQLite and PostgreSQL backends share: analysed indexing and querying."""

import time
from contextlib import contextmanager, nullcontext
from functools import lru_cache

from django.db import OperationalError, connections, transaction

from modelsearch.conf import get_app_config

from search import analysis, boilerplate
from search.backends.query import analyse

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)


def has_publication_date(model):
    """Pages carry their first publication date: the newer wins a tie."""
    return any(field.name == "first_published_at" for field in model._meta.get_fields())


# The indexers read every field once per column they fill (title, body,
# autocomplete, and on PostgreSQL two plain-text columns): analyse each text once.
index_text = lru_cache(maxsize=1024)(analysis.index_text)


class AnalysedValues:
    """Indexer mixin: every text leaf is stored analysed, and the plain fields without their
    model's common tokens (`common`, set by the index for each batch: search/boilerplate.py)."""

    common = frozenset()

    def prepare_value(self, value):
        if isinstance(value, (list, dict)):
            return super().prepare_value(value)  # recurses into this method per item
        return index_text(super().prepare_value(value))

    def prepare_field(self, obj, field):
        for prepared in super().prepare_field(obj, field):  # (field, value), or (field, weight, value)
            if self.common and boilerplate.is_plain(prepared[0]):
                prepared = (*prepared[:-1], boilerplate.without(prepared[-1], self.common))
            yield prepared


def analysed_indexers(indexer_class, model, objs, backend):
    """One indexer per object, knowing the model's common tokens (looked up once for the batch)."""
    common = boilerplate.common_tokens(model)
    indexers = [indexer_class(obj, backend) for obj in objs]
    for indexer in indexers:
        indexer.common = common
    return indexers


class AnalysedQuery:
    """Query compiler mixin: compiles the analysed query, without the words the searched model's
    plain fields are indexed without (search/boilerplate.py)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = analyse(self.query, common=boilerplate.common_tokens(self.queryset.model))


class RankedResults:
    """Results mixin: ranked results come from one scoring pass over the index, then one query for the records shown.

    The compiler provides `ranks()` (is this search ranked by relevance?) and
    `ranked(config, start, stop)`: [(object id, score, number of all matches)],
    best first. Scoring every match is most of a search's cost, and a page
    asks for the count first, then for its slice: so the count fetches the
    first HEAD hits with it, and a slice within them costs no second pass.
    """

    HEAD = 50

    def _head(self):
        """(the first HEAD hits, the number of all matches), one pass per search, shared by its slices."""
        compiler = self.query_compiler
        if not hasattr(compiler, "ranked_head"):
            rows = compiler.ranked(compiler.get_config(self.backend), 0, self.HEAD)
            compiler.ranked_head = ([row[:2] for row in rows], rows[0][2] if rows else 0)
        return compiler.ranked_head

    def _hits(self):
        """[(object id, score)] from `start` to `stop`."""
        compiler = self.query_compiler
        head, total = getattr(compiler, "ranked_head", (None, None))
        if head is not None and (len(head) == total or (self.stop is not None and self.stop <= len(head))):
            return head[self.start : self.stop]
        return [row[:2] for row in compiler.ranked(compiler.get_config(self.backend), self.start, self.stop)]

    def _do_count(self):
        if not self.query_compiler.ranks():
            return super()._do_count()
        _, total = self._head()
        stop = total if self.stop is None else min(total, self.stop)
        return max(0, stop - self.start)

    def _do_search(self):
        compiler = self.query_compiler
        if not compiler.ranks():
            return super()._do_search()
        ranked = self._hits()
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


@contextmanager
def time_limit(connection, seconds):
    """Statements run inside are cancelled after `seconds` (OperationalError): PostgreSQL's
    statement_timeout for this transaction, SQLite's progress handler.

    PostgreSQL compiles a costly statement just in time (JIT) before running it, and cannot be
    interrupted while it compiles: 2.5 s for the any-word search of a long query of common words
    at province scale, so the statement ran 3.5 s under a 1 s limit. JIT is off for the
    transaction; the statement then stops at the limit.
    """
    if connection.vendor == "postgresql":
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            timeout = f"{max(1, int(seconds * 1000))}ms"  # 0 would mean no limit
            cursor.execute(
                "SELECT set_config('statement_timeout', %s, true), set_config('jit', 'off', true)", [timeout]
            )
            yield
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        deadline = time.monotonic() + seconds
        connection.connection.set_progress_handler(lambda: time.monotonic() > deadline, 1_000)
        try:
            yield
        finally:
            connection.connection.set_progress_handler(None, 0)
    else:
        yield


class RankTogether:
    """Backend mixin: the heads of several ranked searches (`RankedResults._head`) in one query.

    The search page ranks every searchable type for one query; each type is a
    search of its own (a queryset of one model), and their scoring passes run
    here as parts of one statement rather than one round trip each. Results
    already ranked, or not ranked by relevance, are left alone.
    """

    def rank_together(self, searches, seconds=None):
        """Rank `searches` in one statement; with `seconds`, give up after that long and leave
        them empty. Returns False when it gave up."""
        waiting = [
            results
            for results in searches
            if isinstance(results, RankedResults)
            and results.query_compiler.ranks()
            and not hasattr(results.query_compiler, "ranked_head")
        ]
        if not waiting:
            return True
        parts, params = [], []
        for number, results in enumerate(waiting):
            compiler = results.query_compiler
            sql, part_params = compiler.ranked_sql(compiler.get_config(self), 0, RankedResults.HEAD)
            # Each part keeps its own order: its rows are numbered as they come out of its ORDER BY.
            parts.append(f"SELECT {number} AS part, ROW_NUMBER() OVER () AS position, part.* FROM ({sql}) part")  # noqa: S608 - SQL compiled by the backend
            params += part_params
        sql = " UNION ALL ".join(parts) + " ORDER BY part, position"
        connection = connections[waiting[0].query_compiler.queryset.db]
        try:
            with time_limit(connection, seconds) if seconds else nullcontext(), connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
        except OperationalError:  # cancelled: statement_timeout, or SQLite's progress handler
            for results in waiting:
                results.query_compiler.ranked_head = ([], 0)
            return False
        by_part = {number: [] for number in range(len(waiting))}
        for row in rows:
            by_part[row[0]].append(row[2:])
        for number, results in enumerate(waiting):
            head = by_part[number]
            results.query_compiler.ranked_head = ([row[:2] for row in head], head[0][2] if head else 0)
        return True
