"""PostgreSQL: searches match the `body` column alone, kept in the row.

The backend now stores each entry's title in `body` too and matches that one
column, which modelsearch's own GIN index covers, so the `title || body`
index of search/0001 goes. Bodies of a few kilobytes were moved to TOAST
storage, and reading them back is what checking a phrase costs most: 123 ms
for the 15,000 matches of a broad query at 100,000 items, 26 ms with the rows
whole (`make bench-search`, README). The table now keeps rows up to 8 kB whole.

Entries written before this migration lack the title in `body` until
`manage.py update_index` rewrites them. SQLite keeps its own full-text table.
"""

from django.db import migrations


OLD_INDEX = "search_indexentry_document_gin"
ROW_TARGET = 8160  # bytes, PostgreSQL's largest toast_tuple_target (default 2032)


def table(apps):
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def keep_in_row(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")
        schema_editor.execute(f"ALTER TABLE {table(apps)} SET (toast_tuple_target = {ROW_TARGET})")


def back(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {table(apps)} RESET (toast_tuple_target)")
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {table(apps)} USING gin ((title || body))")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_indexentry_document_index")]

    operations = [migrations.RunPython(keep_in_row, back)]
