"""A production server on this machine, for the measuring commands (`manage.py loadtest`,
`manage.py bench`), and the check that keeps their load on loopback.

`ProductionServer` runs Gunicorn (config/gunicorn.py) with the production settings
on a free loopback port, in an environment `production_environment` builds, after
`manage` has prepared the database and static files. Only the standard library is
used, so a load generator's worker process can import it without Django.
"""

import contextlib
import http.client
import ipaddress
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK_NAMES = {"localhost"}
PRODUCTION_SETTINGS = "config.settings.production"
# What load_demo runs under: the demo app is not installed in production.
DEVELOPMENT_SETTINGS = "config.settings.dev"
SERVER_START_TIMEOUT = 60
REQUEST_TIMEOUT = 30


def loopback_target(url):
    """(host, port) of an http:// URL on this machine; ValueError for anything else."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"{url!r}: give an http:// address on this machine, such as http://127.0.0.1:8000")
    host = parts.hostname
    if host.lower() not in LOOPBACK_NAMES:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ValueError(f"{url!r} is not a loopback address: the load test only targets 127.0.0.1 or localhost.")
    return host, parts.port or 80


def warm_paths(host, port, paths, rounds):
    """Each path `rounds` times from as many threads, so every server worker has
    loaded its templates before the clock starts; not counted."""

    def visit(_round):
        connection = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
        for path in paths:
            connection.request("GET", path)
            connection.getresponse().read()
            connection.close()

    with ThreadPoolExecutor(rounds) as pool:
        list(pool.map(visit, range(rounds)))


class ServerError(Exception):
    """The production server could not be prepared, started or reached."""


@contextlib.contextmanager
def work_folder(prefix, keep, say):
    """A temporary folder for one run (database, static files, server logs): removed
    afterwards unless `keep`, then `say` where it is."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        if keep:
            say(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(database_url, static_root, bind, workers=None, **extra):
    """This process's environment with what the production settings require, for a
    server on loopback over plain HTTP; `extra` variables are added last."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": PRODUCTION_SETTINGS,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PUBLIC_URL": f"http://{bind}",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(static_root),
        "BIND": bind,
        # Plain HTTP on loopback: no redirect to HTTPS.
        "SECURE_SSL_REDIRECT": "0",
        **extra,
    }
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    return env


def manage(base_dir, env, *arguments):
    """Run one of our manage.py commands in `env`; its standard output."""
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=base_dir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise ServerError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


class ProductionServer:
    """Gunicorn (config/gunicorn.py) in `env`, on the loopback address in env["BIND"],
    logging to `log_path`; `start()` returns once /healthz answers."""

    def __init__(self, base_dir, env, log_path):
        self.base_dir, self.env, self.log_path = base_dir, env, log_path
        self.host, port = env["BIND"].rsplit(":", 1)
        self.port = int(port)
        self.process = None

    @property
    def pid(self):
        return self.process.pid

    def start(self):
        with open(self.log_path, "a") as log:
            self.process = subprocess.Popen(  # noqa: S603 - Gunicorn from our own virtualenv
                [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py"],
                cwd=self.base_dir,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"Gunicorn stopped at start:\n{self.log()}")
            try:
                urllib.request.urlopen(f"http://{self.host}:{self.port}/healthz", timeout=5).close()  # noqa: S310
                return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        self.stop()
        raise ServerError(f"Gunicorn did not answer within {SERVER_START_TIMEOUT} s:\n{self.log()}")

    def stop(self):
        """SIGTERM (Gunicorn's graceful stop), then SIGKILL after 30 s; safe to call twice."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log(self, last=3000):
        with open(self.log_path, errors="replace") as log:
            return log.read()[-last:]
