"""Absolute addresses: every one the site writes starts with settings.PUBLIC_URL, never with
the Host a request came with (config/settings/base.py)."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute(path):
    """`path` ("/zh-hans/…") at the site's public address."""
    return settings.PUBLIC_URL + path


def site_address():
    """(hostname, port) of PUBLIC_URL, as Wagtail's Site record holds them."""
    parts = urlsplit(settings.PUBLIC_URL)
    return parts.hostname, parts.port or {"http": 80, "https": 443}[parts.scheme]
