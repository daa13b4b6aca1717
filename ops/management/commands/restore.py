"""`python manage.py restore ARCHIVE`: restore a `backup` archive into an empty site.

The database of DATABASE_URL must be empty (no tables) and MEDIA_ROOT empty or absent:
a restore never overwrites a site. The archive is checked whole before anything is
written (ops/backups.py).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backups import VENDOR_NAMES, BackupError, migrations_behind, restore


class Command(BaseCommand):
    help = "Restore a backup archive into an empty database and an empty or absent MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="The .tar.gz written by `manage.py backup`.")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore(archive)
        except (BackupError, OSError) as error:
            raise CommandError(f"Restore failed: {error}") from None
        media = sum(1 for entry in manifest["files"] if entry["path"].startswith("media/"))
        self.stdout.write(
            f"Restored {archive} (made {manifest['created_at']}, Wagtail {manifest['versions']['wagtail']}): "
            f"the {VENDOR_NAMES[manifest['database']['vendor']]} database and {media} media files."
        )
        if behind := migrations_behind(manifest):
            self.stdout.write(f"The code has newer migrations for {', '.join(behind)}: run `manage.py migrate`.")
