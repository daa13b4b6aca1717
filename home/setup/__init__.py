"""`setup_site`: what every install of the site needs, converged from the configuration here.

- tree.py: the languages, the site's root and the old site's section tree, in both languages;
- access.py: the groups and their permissions, the collections, the review workflows.

`run()` is idempotent and safe on a production database: it creates no user and no content
beyond the empty sections, and reports each change it makes (nothing when nothing changed).
`make serve` runs it after `migrate`, and `load_demo` before the demo content. Two runs at
once (two servers deployed together) take turns: on PostgreSQL the second waits for an
advisory lock, on SQLite for the write lock its transaction takes.
"""

from contextvars import ContextVar

from django.db import connection, transaction

from .access import ensure_access
from .records import Changes
from .tree import ensure_tree

# Set while run() runs: the signal handlers (signals.py) leave the work to it, so that it
# reports everything it does.
RUNNING = ContextVar("setup_site_running", default=False)
LOCK_ID = 7_466_120_017  # any number of our own; pg_advisory_xact_lock's key


def run():
    """Converge the database; returns the Changes, a line each."""
    changes = Changes()
    token = RUNNING.set(True)
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])
            ensure_tree(changes)
            ensure_access(changes)
    finally:
        RUNNING.reset(token)
    return changes
