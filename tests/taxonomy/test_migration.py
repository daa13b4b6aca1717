"""A database built before the restructuring migrates to the new layout with every row kept,
and setup_site then takes over what the old load_demo had made.

The fixture is the demo database of commit 677dd47, the last one before regions, service areas
and audiences moved to taxonomy/: `migrate` and `load_demo` with the test settings, then VACUUM
and `xz -9e` (tests/taxonomy/fixtures/README.md). It runs in a database of its own, a SQLite
file, through manage.py in a child process, as an operator would upgrade.
"""

import json
import lzma
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "demo-677dd47.sqlite3.xz"
# Tables whose rows migrate adds to: its own record, and the content types and permissions of new models.
GROWS = {"django_migrations", "django_content_type", "auth_permission"}
MOVED = {"region": "orgdirectory", "servicearea": "orgdirectory", "audience": "guides"}

CHECK = """
import json
from django.contrib.contenttypes.models import ContentType
from django.contrib.auth.models import Permission
from guides.models import GuidePage
from orgdirectory.models import Organization
from taxonomy.models import Audience, Region, ServiceArea
print(json.dumps({
    "regions": Region.objects.count(),
    "cities": Region.objects.cities().count(),
    "service_areas": ServiceArea.objects.count(),
    "audiences": Audience.objects.count(),
    "organizations_in_a_region": Organization.objects.filter(region__isnull=False).count(),
    "organization_areas": Organization.service_areas.through.objects.count(),
    "guide_audiences": GuidePage.audiences.through.objects.count(),
    "content_types": {
        model: [ct.app_label, ct.pk] for model in ("region", "servicearea", "audience")
        for ct in ContentType.objects.filter(model=model)
    },
    "taxonomy_permissions": sorted(
        Permission.objects.filter(content_type__app_label="taxonomy").values_list("pk", flat=True)
    ),
}))
"""


def rows(path):
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        ]
        # The names come from sqlite_master, not from outside.
        return {table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608


def query(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def manage(database, *arguments):
    """manage.py in a child process on `database`: a SQLite file, or a database URL."""
    url = database if str(database).startswith("postgres") else f"sqlite:///{database}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": url}
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    """(rows before, rows after, the old database, the upgraded one, what setup_site printed twice)."""
    folder = tmp_path_factory.mktemp("upgrade")
    old, new = folder / "old.sqlite3", folder / "new.sqlite3"
    with lzma.open(FIXTURE) as packed, open(old, "wb") as unpacked:
        shutil.copyfileobj(packed, unpacked)
    shutil.copy(old, new)
    before = rows(old)
    manage(new, "migrate", "--noinput")
    after = rows(new)
    first, second = manage(new, "setup_site"), manage(new, "setup_site")
    return before, after, old, new, first, second


def test_every_row_of_every_table_is_still_there(upgraded):
    before, after, *_ = upgraded
    assert set(before) <= set(after)
    assert {table: (before[table], after[table]) for table in before if after[table] < before[table]} == {}
    changed = {table for table in before if after[table] != before[table]} - GROWS
    assert changed == set()


def test_the_moved_tables_keep_their_names_and_rows(upgraded):
    before, after, *_ = upgraded
    for table in ("orgdirectory_region", "orgdirectory_servicearea", "guides_audience"):
        assert after[table] == before[table] > 0
    assert not {table for table in after if table.startswith("taxonomy_")}


def test_the_new_models_read_every_row_and_relation(upgraded):
    before, _after, old, new, *_ = upgraded
    found = json.loads(manage(new, "shell", "--no-imports", "-c", CHECK))
    assert found["regions"] == before["orgdirectory_region"]
    assert found["service_areas"] == before["orgdirectory_servicearea"]
    assert found["audiences"] == before["guides_audience"]
    assert found["organization_areas"] == before["orgdirectory_organization_service_areas"]
    assert found["guide_audiences"] == before["guides_guidepage_audiences"]
    in_a_region = query(old, "SELECT COUNT(*) FROM orgdirectory_organization WHERE region_id IS NOT NULL")[0][0]
    assert found["organizations_in_a_region"] == in_a_region > 0


def test_content_types_and_permissions_move_with_the_models(upgraded):
    _before, _after, old, new, *_ = upgraded
    found = json.loads(manage(new, "shell", "--no-imports", "-c", CHECK))
    old_ids = dict(
        query(old, "SELECT model, id FROM django_content_type WHERE model IN ('region', 'servicearea', 'audience')")
    )
    for model in MOVED:
        assert found["content_types"][model] == ["taxonomy", old_ids[model]]
    old_permissions = query(
        old,
        "SELECT p.id FROM auth_permission p JOIN django_content_type c ON p.content_type_id = c.id "
        "WHERE c.model IN ('region', 'servicearea', 'audience') ORDER BY p.id",
    )
    assert found["taxonomy_permissions"] == [pk for (pk,) in old_permissions]


def test_setup_site_takes_over_the_old_demos_sections_groups_and_workflows(upgraded):
    *_, new, first, second = upgraded
    assert "Adopted the existing section /home/notices/" in first
    assert "Renamed the group Moderators to 初审." in first
    assert "Renamed the group Final reviewers to 终审." in first
    # The only sections the old demo lacked: the county news and the open-data page (issue 26).
    created = ("Created the section /home/news/county-news/", "Created the section /home/database/open-data/")
    for line in created:
        first = first.replace(line, "")
    assert "Created the section" not in first
    assert second == ""
    groups = {name for (name,) in query(new, "SELECT name FROM auth_group")}
    assert {"编辑", "初审", "终审", "志愿服务协调员"} <= groups


# The move itself, reversed and replayed on the engine the suite runs on (PostgreSQL in CI's
# second run: its foreign keys and many-to-many tables must survive both ways).

SEED = """
from taxonomy.models import Region, ServiceArea
from tests.orgdirectory.factories import OrganizationFactory
areas = list(ServiceArea.objects.order_by("pk")[:3])  # the data migration's
organization = OrganizationFactory(region=Region.objects.get(code="440106"))
organization.service_areas.set(areas)
organization.save()  # a ParentalManyToManyField is written when its record is saved
print(organization.service_areas.count())
"""


@pytest.fixture
def scratch_database(tmp_path):
    """An empty database of the suite's engine, dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield tmp_path / "scratch.sqlite3"
        return
    import psycopg

    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_migration"
    admin = psycopg.connect(
        host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"], dbname="postgres", autocommit=True
    )
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(
        host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"], dbname="postgres", autocommit=True
    ) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_move_reverses_and_replays_with_every_row(scratch_database):
    manage(scratch_database, "migrate", "--noinput", "-v0")
    assert manage(scratch_database, "shell", "--no-imports", "-c", SEED).strip() == "3"
    moved = json.loads(manage(scratch_database, "shell", "--no-imports", "-c", CHECK))
    assert moved["organization_areas"] == 3 and moved["organizations_in_a_region"] == 1

    manage(scratch_database, "migrate", "taxonomy", "zero", "--noinput", "-v0")
    back = json.loads(manage(scratch_database, "shell", "--no-imports", "-c", BACK))
    assert back == {model: [app, moved["content_types"][model][1]] for model, app in MOVED.items()}

    manage(scratch_database, "migrate", "--noinput", "-v0")
    again = json.loads(manage(scratch_database, "shell", "--no-imports", "-c", CHECK))
    assert again == moved


# The content types as they stand with taxonomy unapplied: in their old apps, with their old ids.
BACK = """
import json
from django.contrib.contenttypes.models import ContentType
print(json.dumps({
    ct.model: [ct.app_label, ct.pk]
    for ct in ContentType.objects.filter(model__in=["region", "servicearea", "audience"]).exclude(app_label="taxonomy")
}))
"""
