"""Counting page views without serialising traffic.

A page's script reports a view once it has loaded (so pages served from the page
cache are counted too). The report only increments a counter in the cache; every
FLUSH_EVERY-th view of a page adds the batch to the database with one UPDATE, and
`manage.py flush_view_counts` (run from cron) writes the remainders. Crawlers are
not counted. With the local-memory cache a restarted worker loses at most
FLUSH_EVERY - 1 uncounted views per page: acceptable for a click counter.
"""

import re

from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from .models.pageviews import PageViews

FLUSH_EVERY = 10
PENDING_KEY = "views:pending:{}"
PENDING_INDEX = "views:pending-pages"
BOT_USER_AGENT = re.compile(
    r"bot|spider|crawl|slurp|archiver|fetch|scan|monitor|preview|headless|curl|wget|python|java/|go-http|okhttp",
    re.IGNORECASE,
)


def is_crawler(user_agent: str) -> bool:
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def record_view(page_id: int) -> None:
    key = PENDING_KEY.format(page_id)
    if cache.add(key, 1, timeout=None):
        _remember(page_id)
        pending = 1
    else:
        try:
            pending = cache.incr(key)
        except ValueError:  # evicted between add and incr
            cache.add(key, 1, timeout=None)
            pending = 1
    if pending is None:  # the cache is down (its errors are ignored, settings CACHES): count straight in
        add_views(page_id, 1)
        return
    # Only the request that reaches the threshold writes, so a batch is written once.
    if pending >= FLUSH_EVERY and pending % FLUSH_EVERY == 0:
        cache.decr(key, FLUSH_EVERY)
        add_views(page_id, FLUSH_EVERY)


def _remember(page_id):
    pages = cache.get(PENDING_INDEX, set())
    pages.add(page_id)
    cache.set(PENDING_INDEX, pages, timeout=None)


def add_views(page_id: int, views: int) -> None:
    with transaction.atomic():
        if not PageViews.objects.filter(page_id=page_id).update(views=F("views") + views):
            PageViews.objects.get_or_create(page_id=page_id)
            PageViews.objects.filter(page_id=page_id).update(views=F("views") + views)


def total_views(page_id: int) -> int:
    """Views written to the database plus those still pending in the cache."""
    saved = PageViews.objects.filter(page_id=page_id).values_list("views", flat=True).first() or 0
    return saved + cache.get(PENDING_KEY.format(page_id), 0)


def flush_pending() -> int:
    """Write every page's pending views to the database; returns how many."""
    written = 0
    for page_id in cache.get(PENDING_INDEX, set()):
        key = PENDING_KEY.format(page_id)
        pending = cache.get(key, 0)
        if pending:
            cache.decr(key, pending)
            add_views(page_id, pending)
            written += pending
    return written
