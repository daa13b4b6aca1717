"""`python manage.py compile_catalogs`: build the .mo files from the .po catalogs.

Django's own `compilemessages` needs GNU gettext's msgfmt; this uses polib, so a
fresh machine with only Python can serve the site in both languages.
`--fill-english` first copies each source string into the English catalog, whose
source language is English already.
"""

from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the translation catalogs (.po to .mo) without GNU gettext."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fill-english", action="store_true", help="Copy source strings into empty English entries first."
        )

    def handle(self, *args, fill_english=False, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                catalog = polib.pofile(str(po_path))
                if fill_english and po_path.parts[-3] == "en":
                    self.fill_english(catalog)
                    catalog.save()
                catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(f"{po_path}: {len(catalog.translated_entries())} messages compiled")

    @staticmethod
    def fill_english(catalog):
        for entry in catalog:
            # A fuzzy entry holds msgmerge's guess from a similar string: never right here.
            fuzzy = "fuzzy" in entry.flags
            if fuzzy:
                entry.flags.remove("fuzzy")
            if entry.msgid_plural:
                if fuzzy or not any(entry.msgstr_plural.values()):
                    entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            elif fuzzy or not entry.msgstr:
                entry.msgstr = entry.msgid
