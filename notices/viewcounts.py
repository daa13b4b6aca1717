"""Counting page views: durable, shared by every server process, never serialising traffic.

A page's script reports a view once it has loaded (so pages served from the page
cache are counted too). Each report inserts one `PendingView` row: an insert waits
for no other view's lock, and the row is in the database, so a restarted worker or
Redis loses nothing and every worker sees the same total. `manage.py
flush_view_counts` (cron, e.g. every 5 minutes) adds the pending rows into each
page's `PageViews` total and deletes them in the same transaction; it claims rows
with SELECT … FOR UPDATE SKIP LOCKED, so several machines running it at once each
add different rows and none is counted twice (SQLite has one writer at a time).
A page's total is its `PageViews` row plus its pending rows. Crawlers are not counted.
"""

import re

from django.db import transaction
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce

from wagtail.models import Page

from .models.pageviews import PageViews, PendingView

# Rows one flush transaction claims: bounded so a backlog never holds locks for long.
FLUSH_BATCH = 5000
# Without the cron job the rows would pile up: every FLUSH_EVERY-th view also adds a batch.
FLUSH_EVERY = 1000
BOT_USER_AGENT = re.compile(
    r"bot|spider|crawl|slurp|archiver|fetch|scan|monitor|preview|headless|curl|wget|python|java/|go-http|okhttp",
    re.IGNORECASE,
)


def is_crawler(user_agent: str) -> bool:
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def record_view(page_id: int) -> None:
    if PendingView.objects.create(page_id=page_id).pk % FLUSH_EVERY == 0:
        _flush_batch()


def total_views(page_id: int) -> int:
    """The views added up so far plus those still pending, in one query."""
    saved = PageViews.objects.filter(page_id=OuterRef("pk")).values("views")
    pending = PendingView.objects.filter(page_id=OuterRef("pk")).values("page_id").annotate(n=Count("pk")).values("n")
    total = Coalesce(Subquery(saved), 0) + Coalesce(Subquery(pending), 0)
    return Page.objects.filter(pk=page_id).annotate(total=total).values_list("total", flat=True).first() or 0


def flush_pending() -> int:
    """Add every pending view into its page's total; returns how many were added."""
    written = 0
    while added := _flush_batch():
        written += added
    return written


def _flush_batch() -> int:
    with transaction.atomic():
        claimed = list(
            PendingView.objects.select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:FLUSH_BATCH]
        )
        if not claimed:
            return 0
        per_page = PendingView.objects.filter(pk__in=claimed).values("page_id").annotate(views=Count("pk"))
        for row in per_page:
            _add(row["page_id"], row["views"])
        PendingView.objects.filter(pk__in=claimed).delete()
        return len(claimed)


def _add(page_id, views):
    if not PageViews.objects.filter(page_id=page_id).update(views=F("views") + views):
        PageViews.objects.get_or_create(page_id=page_id)
        PageViews.objects.filter(page_id=page_id).update(views=F("views") + views)
