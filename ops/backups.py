"""Backups of the whole site: the database and the media files in one dated archive.

`manage.py backup` and `manage.py restore` (and `make backup`, `make restore`) call this
module. An archive is a .tar.gz holding

- the database, consistent as of one moment while the site keeps running: PostgreSQL's
  `pg_dump --format=custom` (one snapshot by itself), or SQLite's online backup API;
- every file under MEDIA_ROOT, below `media/`;
- manifest.json: when, which database vendor, the Django and Wagtail versions, the latest
  applied migration of each app, and each file's size and SHA-256.

A restore goes into an empty database and an empty or absent MEDIA_ROOT only, so it never
mixes two sites. It checks the whole archive first (member paths, checksums, vendor) in a
temporary folder, and only then writes: pg_restore in a single transaction, SQLite's
backup API in one step, then the media files moved into place.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zlib
from contextlib import closing
from pathlib import Path

import django
from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

import wagtail

ARCHIVE_PREFIX = "socialorg"
FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
VENDOR_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is one line for the operator."""


def backup_dir() -> Path:
    """BACKUP_DIR from the environment, or backups/ beside manage.py (git-ignored)."""
    return Path(os.environ.get("BACKUP_DIR") or Path(settings.BASE_DIR) / "backups")


# Backup


def backup(directory: Path | None = None, using: str = "default") -> Path:
    """Write a dated archive of the database and MEDIA_ROOT into `directory`; return its path."""
    directory = Path(directory or backup_dir())
    # The archive holds password hashes and personal data: readable by its owner only.
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    connection = connections[using]
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    media_root = Path(settings.MEDIA_ROOT)
    created_at = timezone.localtime()
    target = unused_path(directory, f"{ARCHIVE_PREFIX}-{created_at:%Y%m%d-%H%M%S}")
    with tempfile.TemporaryDirectory(dir=directory, prefix=".backup-") as staging:
        dump = Path(staging) / DATABASE_FILES[connection.vendor]
        if connection.vendor == "postgresql":
            migrations = dump_postgresql(connection, dump)
        else:
            migrations = dump_sqlite(connection, dump)
        partial = Path(staging) / "archive.tar.gz"
        files = []
        with open_private(partial) as stream, tarfile.open(fileobj=stream, mode="w:gz") as archive:
            files.append(add_file(archive, dump, dump.name))
            for path in media_files(media_root):
                files.append(add_file(archive, path, f"{MEDIA}/{path.relative_to(media_root).as_posix()}"))
            manifest = {
                "format": FORMAT,
                "created_at": created_at.isoformat(timespec="seconds"),
                "database": {"vendor": connection.vendor, "file": dump.name},
                "versions": {
                    "django": django.get_version(),
                    "wagtail": wagtail.__version__,
                    "python": sys.version.split()[0],
                },
                "migrations": migrations,
                "files": files,
            }
            add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False).encode())
            stream.flush()
            os.fsync(stream.fileno())
        # Renamed within one folder, so the dated name never shows a half-written archive.
        os.replace(partial, target)
    return target


def unused_path(directory: Path, stem: str) -> Path:
    path, number = directory / f"{stem}.tar.gz", 1
    while path.exists():
        number += 1
        path = directory / f"{stem}-{number}.tar.gz"
    return path


def open_private(path: Path):
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def dump_postgresql(connection, dump: Path) -> dict[str, str]:
    """pg_dump the database; the migration state is read in the very snapshot pg_dump dumps."""
    pg_dump = client_program("pg_dump")
    connection.close()  # a fresh connection, whose first statement opens the transaction below
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        # https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-SNAPSHOT-SYNCHRONIZATION
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        migrations = latest_migrations(cursor)
        run_client([pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={dump}"], connection)
    return migrations


def dump_sqlite(connection, dump: Path) -> dict[str, str]:
    """Copy the database with SQLite's online backup API: consistent while the site writes."""
    source_path = sqlite_path(connection)
    if not source_path.is_file():
        raise BackupError(f"No SQLite database at {source_path}.")
    # https://docs.python.org/3/library/sqlite3.html#sqlite3.Connection.backup
    source = sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True)
    with closing(source), closing(sqlite3.connect(dump)) as copy:
        source.backup(copy)
    with closing(sqlite3.connect(dump)) as copy:
        return latest_migrations(copy.cursor())


def latest_migrations(cursor) -> dict[str, str]:
    """The latest applied migration of each app: the highest-numbered name (a squashed migration
    is recorded after the ones it replaces, so the order of application would name it)."""
    try:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    except (DatabaseError, sqlite3.DatabaseError) as error:
        raise BackupError(f"The database has no migration table; run `manage.py migrate` first ({error}).") from None
    return dict(cursor.fetchall())  # ordered by name: the last one of each app wins


def media_files(media_root: Path) -> list[Path]:
    """Regular files under MEDIA_ROOT; links are left out, as they may point anywhere."""
    if not media_root.is_dir():
        return []
    return sorted(p for p in media_root.rglob("*") if p.is_file() and not p.is_symlink())


def add_file(archive: tarfile.TarFile, path: Path, name: str) -> dict:
    """Add the file, hashing the very bytes that go into the archive."""
    info = archive.gettarinfo(str(path), arcname=name)
    normalise(info)
    with path.open("rb") as stream:
        reader = HashingReader(stream)
        archive.addfile(info, reader)
    return {"path": name, "size": info.size, "sha256": reader.hash.hexdigest()}


def add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(data), int(timezone.now().timestamp())
    normalise(info)
    archive.addfile(info, io.BytesIO(data))


def normalise(info: tarfile.TarInfo) -> None:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o600


class HashingReader:
    def __init__(self, stream):
        self.stream, self.hash = stream, hashlib.sha256()

    def read(self, size=-1):
        data = self.stream.read(size)
        self.hash.update(data)
        return data


# Restore


def restore(archive_path: Path, using: str = "default") -> dict:
    """Restore the archive into the (empty) database and the (empty or absent) MEDIA_ROOT; return its manifest."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"No backup archive at {archive_path}.")
    connection = connections[using]
    media_root = Path(settings.MEDIA_ROOT)
    refuse_existing_media(media_root)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    # Beside MEDIA_ROOT, so the checked media files are renamed into place, not copied.
    with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".restore-") as staging:
        staging = Path(staging)
        manifest = unpack(archive_path, staging)
        vendor = manifest["database"]["vendor"]
        if vendor != connection.vendor:
            raise BackupError(
                f"This archive holds a {VENDOR_NAMES.get(vendor, vendor)} database, but the target "
                f"(DATABASE_URL) is {VENDOR_NAMES.get(connection.vendor, connection.vendor)}: "
                f"restore it into a {VENDOR_NAMES.get(vendor, vendor)} database."
            )
        dump = staging / manifest["database"]["file"]
        if vendor == "postgresql":
            restore_postgresql(connection, dump)
        else:
            restore_sqlite(connection, dump)
        move_media(staging / MEDIA, media_root)
    return manifest


def unpack(archive_path: Path, staging: Path) -> dict:
    """Extract the archive into `staging` and check it whole: safe paths, manifest, sizes, checksums."""
    try:
        with tarfile.open(archive_path, mode="r:*") as archive:
            members = archive.getmembers()  # reads the whole archive: a truncated one fails here
            for member in members:
                check_member(member, staging)
            archive.extractall(staging, members=members, filter="data")
    except tarfile.FilterError as error:
        raise BackupError(f"Refused {archive_path}: unsafe member path ({error}).") from None
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(f"Cannot read {archive_path}: not a readable backup archive ({error}).") from None
    try:
        manifest = json.loads((staging / MANIFEST).read_text("utf-8"))
        listed = {entry["path"]: entry for entry in manifest["files"]}
        database_file = manifest["database"]["file"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"Cannot read {archive_path}: no valid {MANIFEST} ({error}).") from None
    if DATABASE_FILES.get(manifest["database"]["vendor"]) != database_file:
        raise BackupError(f"Refused {archive_path}: unexpected database file {database_file!r} in {MANIFEST}.")
    present = {m.name for m in members if m.isfile() and m.name != MANIFEST}
    if missing := sorted(listed.keys() - present):
        raise BackupError(f"Refused {archive_path}: {len(missing)} files of {MANIFEST} are missing, e.g. {missing[0]}.")
    if extra := sorted(present - listed.keys()):
        raise BackupError(f"Refused {archive_path}: {len(extra)} files are not in {MANIFEST}, e.g. {extra[0]}.")
    for name, entry in sorted(listed.items()):
        path = staging / name
        if path.stat().st_size != entry["size"] or file_sha256(path) != entry["sha256"]:
            raise BackupError(
                f"Refused {archive_path}: checksum mismatch for {name}; the archive is damaged or was altered."
            )
    return manifest


def check_member(member: tarfile.TarInfo, staging: Path) -> None:
    """Only regular files and folders, named manifest.json, database.* or media/…, inside `staging`."""
    tarfile.data_filter(member, str(staging))  # raises FilterError: absolute paths, "..", links leaving staging
    top = member.name.split("/", 1)[0]
    if not (member.isfile() or member.isdir()) or top not in (MANIFEST, MEDIA, *DATABASE_FILES.values()):
        raise tarfile.FilterError(f"{member.name!r} is not a file of a backup")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def refuse_existing_media(media_root: Path) -> None:
    if media_root.is_dir() and any(p.is_file() or p.is_symlink() for p in media_root.rglob("*")):
        raise BackupError(f"MEDIA_ROOT ({media_root}) already holds files: restore into an empty or absent folder.")


def refuse_non_empty_database(tables: list[str], where: str) -> None:
    if tables:
        raise BackupError(
            f"The target database ({where}) is not empty ({len(tables)} tables, e.g. {tables[0]}): "
            "create an empty database, point DATABASE_URL at it, and restore again."
        )


def restore_postgresql(connection, dump: Path) -> None:
    """pg_restore into the empty database, all or nothing (one transaction, stop at the first error)."""
    pg_restore = client_program("pg_restore")
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    refuse_non_empty_database(sorted(tables), f"PostgreSQL database {connection.settings_dict['NAME']}")
    connection.close()
    # --no-owner and --no-privileges: the objects belong to DATABASE_URL's user, whatever roles the source had.
    command = [pg_restore, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
    run_client([*command, f"--dbname={connection.settings_dict['NAME']}", str(dump)], connection)


def restore_sqlite(connection, dump: Path) -> None:
    """Copy the checked database into place with the backup API, in one step: all or nothing."""
    target = sqlite_path(connection)
    if target.exists():
        with closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as existing:
            tables = [row[0] for row in existing.execute("SELECT name FROM sqlite_master ORDER BY name")]
        refuse_non_empty_database(tables, f"SQLite file {target}")
    connection.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"{dump.as_uri()}?mode=ro", uri=True)
    with closing(source), closing(sqlite3.connect(target)) as destination:
        source.backup(destination)


def move_media(source: Path, media_root: Path) -> None:
    if not source.is_dir():
        return
    if not media_root.exists():
        source.rename(media_root)
        return
    for path in sorted(source.rglob("*")):
        if path.is_file():
            destination = media_root / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(path, destination)


def migrations_behind(manifest: dict) -> list[str]:
    """Apps whose latest migration in the code is not the archive's: `migrate` may be due."""
    latest = {}
    for app, name in MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes():
        latest[app] = max(latest.get(app, ""), name)
    archived = manifest.get("migrations", {})
    return sorted(app for app, name in latest.items() if archived.get(app) != name)


# Helpers


def sqlite_path(connection) -> Path:
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):
        raise BackupError(f"Cannot back up or restore an in-memory SQLite database ({name}).")
    return Path(name).resolve()


def client_program(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is not installed: install PostgreSQL's client programs (postgresql-client).")
    return path


def client_environment(connection) -> dict[str, str]:
    """libpq's variables for DATABASE_URL's connection: the password never appears in `ps`."""
    config = connection.settings_dict
    values = {
        "PGHOST": config.get("HOST"),
        "PGPORT": config.get("PORT"),
        "PGUSER": config.get("USER"),
        "PGPASSWORD": config.get("PASSWORD"),
        "PGDATABASE": config.get("NAME"),
        "PGSSLMODE": config.get("OPTIONS", {}).get("sslmode"),
    }
    return {**os.environ, **{key: str(value) for key, value in values.items() if value}}


def run_client(command: list[str], connection) -> None:
    result = subprocess.run(  # noqa: S603 - our own arguments, no shell
        command, env=client_environment(connection), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        reason = next((line for line in lines if "error" in line.lower()), lines[0] if lines else "no message")
        raise BackupError(f"{Path(command[0]).name} failed: {reason.strip()}")
