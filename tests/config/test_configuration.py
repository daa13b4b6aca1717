"""Start-up configuration: production refuses to run half-configured, an unreachable
database is named in one line, and the project has no pending migrations."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {**os.environ, **env}
    environment.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DATABASE_URL": "sqlite:///:memory:",
    "PUBLIC_URL": "https://www.example.org",
}


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", **PRODUCTION, SECRET_KEY="", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert result.stderr.strip() == "Production settings: the environment variable SECRET_KEY must be set."


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", **PRODUCTION, SECRET_KEY="x" * 50, ALLOWED_HOSTS="")
    assert result.returncode != 0
    assert result.stderr.strip() == "Production settings: the environment variable ALLOWED_HOSTS must be set."


def test_production_refuses_to_start_without_public_url():
    result = run_manage("check", **{**PRODUCTION, "PUBLIC_URL": ""}, SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert result.stderr.strip() == "Production settings: the environment variable PUBLIC_URL must be set."


@pytest.mark.parametrize("address", ["www.example.org", "https://www.example.org/portal/", "https://example.org:8443"])
def test_a_public_url_wagtail_cannot_write_stops_start_up_in_one_line(address):
    result = run_manage("check", PUBLIC_URL=address)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "PUBLIC_URL must be the site's address, http(s)://host or http://host:port (https on port 443 only), "
        f"without a path: {address!r} is not."
    ]


def test_production_starts_when_configured():
    result = run_manage("check", **PRODUCTION, SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr


def test_unreachable_postgresql_is_reported_in_one_line_naming_database_url():
    # Port 1 on loopback: nothing listens there, so the connection is really refused.
    url = "postgres://someone:secret@127.0.0.1:1/nodb"
    result = run_manage("migrate", DATABASE_URL=url)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Cannot connect to the database (DATABASE_URL=postgres://someone:***@127.0.0.1:1/nodb)")
    assert "secret" not in lines[0]


def test_unopenable_sqlite_file_is_reported_in_one_line_naming_database_url(tmp_path):
    url = f"sqlite:///{tmp_path}/missing-folder/db.sqlite3"
    result = run_manage("migrate", DATABASE_URL=url)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"Cannot connect to the database (DATABASE_URL={url})")


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


def debug_of_dev_settings(**env):
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_make_run_shows_the_sites_own_error_pages_unless_debug_is_asked_for():
    """`make run` serves dev settings: a newcomer sees the designed 404, not Django's list of URL patterns."""
    assert debug_of_dev_settings(DEBUG="") == "False"
    assert debug_of_dev_settings(DEBUG="1") == "True"
    # Without DEBUG, runserver serves the static files only when told to.
    assert "runserver --insecure" in (ROOT / "Makefile").read_text()
