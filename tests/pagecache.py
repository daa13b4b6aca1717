"""Viewing pages as an anonymous visitor and telling hits from misses (core/pagecache.py)."""

from django.test import Client

from core.pagecache import HIT_HEADER


def view(url, client=None, **headers):
    """An anonymous GET (or `client`'s); the response with its page-cache state."""
    return (client or Client()).get(url, **headers)


def cached(url, client=None):
    """View `url` twice and prove the second view came from the cache; the body."""
    first = view(url, client)
    assert first.status_code == 200
    assert first.get(HIT_HEADER) == "miss"
    again = view(url, client)
    assert again.get(HIT_HEADER) == "hit", "the page was not cached"
    assert again.content == first.content
    return again.text
