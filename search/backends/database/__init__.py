"""Wagtail's database search backend with Chinese analysis, for SQLite and PostgreSQL.

Configure it like Wagtail's own (``"BACKEND": "search.backends.database"``).
The backends in this package subclass modelsearch's SQLite and PostgreSQL backends and
change three things, nothing else:

- **indexing**: every text value is stored as `analysis.index_text` (bigrams,
  then unigrams), so the databases' own word splitting (which cuts only at
  spaces and punctuation) sees one token per bigram;
- **querying**: the query is rewritten by `search.backends.query.analyse`
  before it is compiled, so it holds the same tokens; a query with nothing
  searchable in it matches nothing instead of failing;
- **ranking**: SQLite weights title matches above body matches (stock
  SQLite gives both the same weight); on both, newer items win ties.

https://docs.wagtail.org/en/stable/topics/search/backends.html
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    """The analysing backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        from search.backends.database.postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from search.backends.database.sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    raise NotImplementedError(f"The Chinese search backend supports SQLite and PostgreSQL, not {connection.vendor}.")
