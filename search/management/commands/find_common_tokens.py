"""`python manage.py find_common_tokens [--dry-run]`: measure the boilerplate of every searchable
model (search/boilerplate.py) and re-index the models whose common tokens changed.

Run it after a bulk import (`import_directory`) and weekly from cron; `load_demo` and `seed_bench`
run it. A model with fewer than MIN_RECORDS records has none.
"""

from itertools import islice

from django.core.management.base import BaseCommand
from django.db import connection

from modelsearch.index import get_indexed_models

from core.indexing import index_in_bulk
from search import boilerplate
from search.backends.database.common import IndexEntry

CHUNK = 5000


class Command(BaseCommand):
    help = "Find the tokens most records of each searchable model share, and index those models without them."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print what was found; change nothing.")

    def handle(self, *args, dry_run, **options):
        changed = False
        for model in get_indexed_models():
            shares = boilerplate.measure(model)
            if shares:
                top = sorted(shares.items(), key=lambda item: (-item[1], item[0]))
                listed = ", ".join(f"{token} {share:.0%}" for token, share in top[:12])
                more = f" and {len(top) - 12} more" if len(top) > 12 else ""
                self.stdout.write(f"{model._meta.label}: {len(shares)} common token(s): {listed}{more}")
            if dry_run or not boilerplate.store(model, shares):
                continue
            changed = True
            records = model.get_indexed_objects().iterator(chunk_size=CHUNK)
            indexed = 0
            while batch := list(islice(records, CHUNK)):
                index_in_bulk(batch)
                indexed += len(batch)
            self.stdout.write(f"{model._meta.label}: re-indexed {indexed} record(s).")
        if changed:
            # The planner's statistics still describe the index as it was, when every record matched
            # the common words: without fresh ones PostgreSQL scanned it all (2.1 s for 社会组织, 0.6 s after).
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}")
            self.stdout.write("Restart the site's processes: each reads the common tokens once.")
