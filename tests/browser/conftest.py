"""Browser tests: Debian's Chromium, driven by Playwright, against a real server.

One server process per test session serves the demo site (`load_demo`) from its
own database: a SQLite file, or a fresh PostgreSQL database beside the one in
DATABASE_URL. Chromium must be installed (`make test` installs it as root); a
missing browser fails the tests, it never skips them.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import dj_database_url
import pytest
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
OUTPUT = Path(os.environ.get("TEST_OUTPUT_DIR", ROOT / "test-output"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url(tmp_dir):
    """A database of the server's own, on the same engine as the test run."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_dir}/browser.sqlite3"
    import psycopg

    config = dj_database_url.parse(url)
    name = f"{config['NAME']}_browser"
    admin = psycopg.connect(
        host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"], dbname="postgres", autocommit=True
    )
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def server_env(tmp_path_factory):
    """The environment of the test server's manage.py: its settings, its database, its media.
    A test that must see or change the server's data runs manage.py with it."""
    tmp_dir = tmp_path_factory.mktemp("browser-site")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _browser_database_url(tmp_dir),
        "MEDIA_ROOT": str(tmp_dir / "media"),
        "SERVE_MEDIA": "1",
    }


@pytest.fixture(scope="session")
def base_url(server_env):
    env = server_env
    tmp_dir = Path(env["MEDIA_ROOT"]).parent
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    log = open(tmp_dir / "server.log", "w")  # noqa: SIM115 - closed when the session ends
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", "--insecure", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail(f"The test server did not start; see {tmp_dir / 'server.log'}")
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: run `apt-get install chromium` (make test does it as root).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def test_output():
    """The folder CI keeps: screenshots, printed PDFs and the accessibility reports."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def screenshots(test_output):
    folder = test_output / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def sign_in(browser, base_url):
    """Logs a demo account in to the admin, each in a browser context of its own."""
    contexts = []

    def sign_in(username):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        contexts.append(context)
        tab = context.new_page()
        tab.goto(f"{base_url}/admin/login/")
        tab.locator("#id_username").fill(username)
        tab.locator("#id_password").fill(f"demo-{username}-2026")
        tab.get_by_role("button", name="登录").click()
        expect(tab).to_have_url(f"{base_url}/admin/")
        return tab

    yield sign_in
    for context in contexts:
        context.close()
