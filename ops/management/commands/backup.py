"""`python manage.py backup`: one dated archive of the database and the media files.

The archive (socialorg-YYYYMMDD-HHMMSS.tar.gz) goes to BACKUP_DIR, or backups/ beside
manage.py; `restore` reads it back. What it holds and how: ops/backups.py.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backups import BackupError, backup, backup_dir


class Command(BaseCommand):
    help = "Back up the database and MEDIA_ROOT into a dated .tar.gz in BACKUP_DIR (default: backups/)."

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, metavar="DIR", help="Where to write the archive (default BACKUP_DIR).")

    def handle(self, *args, dir=None, **options):
        try:
            archive = backup(dir or backup_dir())
        except (BackupError, OSError) as error:
            raise CommandError(f"Backup failed, no archive written: {error}") from None
        self.stdout.write(f"Backup written: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
