"""`backup` and `restore` round-trip the demo site, and refuse archives or targets that would damage a site.

Every command runs in a subprocess against throwaway databases of the test run's engine:
SQLite files, or (when DATABASE_URL points at PostgreSQL) fresh PostgreSQL databases
dropped at the end. The demo site is built and backed up once for the whole module.
"""

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN_URL = os.environ.get("DATABASE_URL", "")
POSTGRES = RUN_URL.startswith(("postgres://", "postgresql://"))
# Models the round trip must carry, with rows in the demo site: pages and their revisions,
# images and documents, the directory's snippets, notices' snippets, settings, people.
CARRIED_MODELS = [
    "wagtailcore.page",
    "wagtailcore.revision",
    "wagtailimages.image",
    "wagtaildocs.document",
    "orgdirectory.organization",
    "orgdirectory.fundingrecord",
    "orgdirectory.project",
    "orgdirectory.need",
    "orgdirectory.talent",
    "orgdirectory.volunteersignup",
    "notices.holiday",
    "home.sitesettings",
    "auth.user",
    "auth.group",
]


@dataclass
class Site:
    """A database and a media folder that manage.py is pointed at."""

    database_url: str
    media_root: Path

    def manage(self, *args, check=True) -> subprocess.CompletedProcess:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": self.database_url,
            "MEDIA_ROOT": str(self.media_root),
            "PYTHONIOENCODING": "utf-8",
        }
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, encoding="utf-8"
        )
        if check and result.returncode != 0:
            pytest.fail(f"manage.py {' '.join(map(str, args))} failed:\n{result.stderr}")
        return result

    def table_count(self) -> int:
        if not POSTGRES:
            path = Path(dj_database_url.parse(self.database_url)["NAME"])
            if not path.exists():
                return 0
            with sqlite3.connect(path) as db:
                return db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        import psycopg

        with psycopg.connect(self.database_url) as db:
            query = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            return db.execute(query).fetchone()[0]

    def media_hashes(self) -> dict[str, str]:
        if not self.media_root.exists():
            return {}
        return {
            path.relative_to(self.media_root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(self.media_root.rglob("*"))
            if path.is_file()
        }

    def dump(self) -> dict[str, list]:
        """Every row of the database, by model, with foreign keys by natural key."""
        rows = json.loads(self.manage("dumpdata", "--natural-foreign").stdout)
        models = {}
        for row in rows:
            models.setdefault(row["model"], []).append(row)
        return models


@pytest.fixture(scope="module")
def new_site(tmp_path_factory):
    """Make sites with a new, empty database (of the test run's engine) and no media folder."""
    admin_config = dj_database_url.parse(RUN_URL) if POSTGRES else None
    created = []

    def make(label: str) -> Site:
        folder = tmp_path_factory.mktemp(label)
        if not POSTGRES:
            return Site(f"sqlite:///{folder / 'db.sqlite3'}", folder / "media")
        name = f"socialorg_backup_{uuid.uuid4().hex[:10]}_{label}"
        postgres_admin(admin_config).execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return Site(RUN_URL.rsplit("/", 1)[0] + "/" + name, folder / "media")

    yield make
    if created:
        with postgres_admin(admin_config) as admin:
            for name in created:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def postgres_admin(config):
    import psycopg

    return psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


@pytest.fixture(scope="module")
def demo_site(new_site):
    site = new_site("demo")
    site.manage("migrate", "--noinput", "-v0")
    site.manage("load_demo")
    return site


@pytest.fixture(scope="module")
def demo_archive(demo_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("backups")
    result = demo_site.manage("backup", "--dir", folder)
    (archive,) = folder.glob("socialorg-*.tar.gz")
    assert str(archive) in result.stdout
    return archive


def rewritten(archive: Path, change, extra: dict[str, bytes] | None = None) -> Path:
    """A copy of the archive with each member passed through change(name, data) -> (name, data)."""
    copy = archive.with_name(f"altered-{uuid.uuid4().hex[:8]}.tar.gz")
    with tarfile.open(archive) as source, tarfile.open(copy, "w:gz") as target:
        members = [(m.name, source.extractfile(m).read()) for m in source.getmembers() if m.isfile()]
        for name, data in [*(change(n, d) for n, d in members), *(extra or {}).items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            target.addfile(info, io.BytesIO(data))
    return copy


def assert_refused(result: subprocess.CompletedProcess, message: str):
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("CommandError: Restore failed:") and message in lines[0], lines[0]


def assert_untouched(site: Site):
    assert site.table_count() == 0
    assert site.media_hashes() == {}


def test_backup_archive_lists_every_file_with_its_checksum(demo_site, demo_archive):
    """The manifest names the vendor, versions, migration state, and each file's size and SHA-256."""
    with tarfile.open(demo_archive) as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
        sizes = {m.name: m.size for m in archive.getmembers() if m.name != "manifest.json"}
    assert manifest["database"]["vendor"] == ("postgresql" if POSTGRES else "sqlite")
    assert set(manifest["versions"]) >= {"django", "wagtail"}
    assert manifest["migrations"]["orgdirectory"].startswith("00")
    assert {entry["path"]: entry["size"] for entry in manifest["files"]} == sizes
    media = {e["path"].removeprefix("media/"): e["sha256"] for e in manifest["files"] if e["path"].startswith("media/")}
    assert media == demo_site.media_hashes() != {}
    assert demo_archive.stat().st_mode & 0o077 == 0  # personal data: readable by its owner only


def test_restore_reproduces_the_demo_site_in_an_empty_database(demo_site, demo_archive, new_site):
    """Every row (pages, revisions, images, documents, snippets, settings, users) and media file comes back."""
    restored = new_site("restored")
    result = restored.manage("restore", demo_archive)
    assert "Restored" in result.stdout
    with ThreadPoolExecutor(2) as pool:
        original, copy = pool.map(Site.dump, [demo_site, restored])
    for model in CARRIED_MODELS:
        assert original.get(model), f"the demo site has no {model} rows to compare"
    assert copy.keys() == original.keys()
    for model, rows in original.items():
        assert copy[model] == rows, f"{model} differs after the restore"
    assert restored.media_hashes() == demo_site.media_hashes()


def test_restore_refuses_a_database_that_is_not_empty(demo_site, demo_archive, tmp_path):
    """A restore never overwrites a site: the operator is told to create an empty database."""
    target = Site(demo_site.database_url, tmp_path / "media")
    assert_refused(target.manage("restore", demo_archive, check=False), "create an empty database")
    assert target.media_hashes() == {}


def test_restore_refuses_media_root_with_files(demo_archive, new_site):
    site = new_site("media")
    (site.media_root / "images").mkdir(parents=True)
    (site.media_root / "images" / "kept.jpg").write_bytes(b"someone's photo")
    assert_refused(site.manage("restore", demo_archive, check=False), "already holds files")
    assert site.table_count() == 0
    assert site.media_hashes() == {"images/kept.jpg": hashlib.sha256(b"someone's photo").hexdigest()}


def test_restore_refuses_a_missing_archive(new_site, tmp_path):
    site = new_site("missing")
    assert_refused(site.manage("restore", tmp_path / "nowhere.tar.gz", check=False), "No backup archive at")
    assert_untouched(site)


def test_restore_refuses_a_truncated_archive(demo_archive, new_site):
    site = new_site("truncated")
    truncated = demo_archive.with_name("truncated.tar.gz")
    truncated.write_bytes(demo_archive.read_bytes()[: demo_archive.stat().st_size // 2])
    assert_refused(site.manage("restore", truncated, check=False), "not a readable backup archive")
    assert_untouched(site)


def test_restore_refuses_a_tampered_media_file(demo_archive, new_site):
    """A media file whose bytes no longer match the manifest's SHA-256 stops the whole restore."""
    site = new_site("tampered")
    tampered_name = None

    def tamper(name, data):
        nonlocal tampered_name
        if name.startswith("media/") and tampered_name is None:
            tampered_name, data = name, bytes([data[0] ^ 1]) + data[1:]  # one bit, same size
        return name, data

    archive = rewritten(demo_archive, tamper)
    assert_refused(site.manage("restore", archive, check=False), f"checksum mismatch for {tampered_name}")
    assert_untouched(site)


def test_restore_refuses_a_path_traversal_member(demo_archive, new_site, tmp_path):
    site = new_site("traversal")
    escaped = site.media_root.parent.parent / "escaped.txt"
    archive = rewritten(demo_archive, lambda name, data: (name, data), {"media/../../escaped.txt": b"planted"})
    assert_refused(site.manage("restore", archive, check=False), "unsafe member path")
    assert not escaped.exists()
    assert_untouched(site)


def test_restore_refuses_an_archive_of_another_database_vendor(demo_archive, new_site):
    """A SQLite archive is not restored into PostgreSQL, nor the other way round, and the message says so."""
    site = new_site("vendor")
    ours, other = ("postgresql", "sqlite") if POSTGRES else ("sqlite", "postgresql")
    files = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}

    def swap_vendor(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["database"] = {"vendor": other, "file": files[other]}
            for entry in manifest["files"]:
                entry["path"] = files[other] if entry["path"] == files[ours] else entry["path"]
            return name, json.dumps(manifest).encode()
        return (files[other] if name == files[ours] else name), data

    archive = rewritten(demo_archive, swap_vendor)
    other_name = "PostgreSQL" if other == "postgresql" else "SQLite"
    assert_refused(site.manage("restore", archive, check=False), f"holds a {other_name} database")
    assert_untouched(site)
