"""Addresses of the publishing section that are not pages (inside i18n_patterns)."""

from django.urls import path

from .views import AllNoticesAtomFeed, AllNoticesRssFeed

urlpatterns = [
    path("feeds/notices/rss/", AllNoticesRssFeed(), name="notices_rss"),
    path("feeds/notices/atom/", AllNoticesAtomFeed(), name="notices_atom"),
]
