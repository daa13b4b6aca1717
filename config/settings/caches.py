"""The caches (config/settings/base.py sets CACHES from these): Redis when REDIS_URL is set,
otherwise local memory in each server process."""

import os
import tempfile
from pathlib import Path


def redis_cache(location, prefix="", **options):
    """Settings of a Redis cache that fails open.

    django-redis rather than Django's own RedisCache because it can ignore a dead
    Redis: each cache call then gives up within half a second, counts as a miss and
    is logged, and the page is built from the database. A Redis outage makes the
    site slower, never down. https://github.com/jazzband/django-redis#memcached-exceptions-behavior
    """
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": prefix,
        "TIMEOUT": 600,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True, **options},
    }


def cache_settings(redis_url, page_cache_dir=None):
    """The CACHES setting: in Redis at redis_url, or in local memory when it is None
    (the page cache's generation then in files under page_cache_dir)."""
    if redis_url:
        return {
            "default": redis_cache(redis_url),
            "pages": redis_cache(redis_url, "pages", SOCKET_CONNECT_TIMEOUT=0.2, SOCKET_TIMEOUT=0.2),
            "renditions": redis_cache(redis_url, "renditions"),
        }
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
        # Each server process has pages of its own, but the generation that makes them
        # stale must be one for all (core/pagecache.py): a file on this machine. In Redis
        # it sits beside the pages instead.
        "page_generation": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": page_cache_dir or Path(tempfile.gettempdir()) / f"socialorg-page-cache-{os.getuid()}",
        },
    }
