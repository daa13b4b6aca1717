"""Wagtail search backends with the site's Chinese analysis (search/analysis.py).

`search.backends.database` serves SQLite and PostgreSQL, `search.backends.elasticsearch`
Elasticsearch 9, falling back to the database when the cluster is unreachable.
"""
