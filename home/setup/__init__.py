"""`setup_site`: what every install of the site needs, converged from the configuration here.

- tree.py: the languages, the site's root and the old site's section tree, in both languages;
- access.py: the groups and their permissions, the collections, the review workflows.

`run()` is idempotent and safe on a production database: it creates no user and no content
beyond the empty sections, and reports each change it makes (nothing when nothing changed).
`make serve` runs it after `migrate`, and `load_demo` before the demo content.
"""

from django.db import transaction

from .access import ensure_access
from .records import Changes
from .tree import ensure_tree


def run():
    """Converge the database; returns the changes made, one line each."""
    changes = Changes()
    with transaction.atomic():
        ensure_tree(changes)
        ensure_access(changes)
    return changes.lines
