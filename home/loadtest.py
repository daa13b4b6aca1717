"""The load of `manage.py loadtest`: simulated visitors and the figures they give.

Each visitor is a thread with its own cookies that, until the deadline, reads a
page, searches or signs up as a volunteer. A sign-up does what a person's browser
does: it fetches the project page, takes the CSRF cookie and the form's hidden
fields as they are (honeypot, tokens), fills in name, phone and consent, and posts.

The visitors run in worker processes of their own (`drive`), apart from the
server and from the command. Only the standard library is used here, so a
spawned worker starts without Django. Targets are loopback addresses only.

The server under load is shared with `manage.py bench` (home/bench.py):
`ProductionServer` runs Gunicorn (config/gunicorn.py) with the production
settings on a free loopback port, in an environment `production_environment`
builds, after `manage` has prepared the database and static files.
"""

import contextlib
import http.client
import ipaddress
import os
import random
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from multiprocessing import get_context
from pathlib import Path
from urllib.parse import urlencode, urlsplit

LOOPBACK_NAMES = {"localhost"}
# The share of each kind of visit; a sign-up is two requests (form, then post).
MIX = [("page", 0.55), ("search", 0.25), ("sign-up", 0.20)]
SEARCH_QUERY = "养老 服务"
REQUEST_TIMEOUT = 30
# However long the run, one visitor stops after this many visits.
MAX_VISITS_PER_VISITOR = 20_000
KIND_ORDER = ["home", "notice list", "guide", "organization", "search", "sign-up form", "sign-up"]
PRODUCTION_SETTINGS = "config.settings.production"
SERVER_START_TIMEOUT = 60


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


@dataclass
class Plan:
    """Where the visitors go: paths on one loopback server."""

    host: str
    port: int
    pages: dict  # label -> path
    search: str
    project: str
    marker: str  # starts the name of every sign-up of this run, to count them in the database
    duration: float
    visitors_per_process: int
    phone_base: int = 0


@dataclass
class Outcome:
    timings: list = field(default_factory=list)  # (kind, seconds, status); status 0: no answer
    signups_accepted: int = 0
    signups_refused: list = field(default_factory=list)  # the form's first error, for the report


class FormFields(HTMLParser):
    """The fields of the page's POST form, with the values the page gives them."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.textarea = {}, False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.in_form = True
        elif self.in_form and tag == "input" and attrs.get("name"):
            if attrs.get("type") not in ("checkbox", "radio", "submit") or "checked" in attrs:
                self.fields[attrs["name"]] = attrs.get("value") or ""
        elif self.in_form and tag == "textarea" and attrs.get("name"):
            self.textarea = attrs["name"]
            self.fields[self.textarea] = ""

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.in_form = False


class FormErrors(HTMLParser):
    """The text of the first error list on a page that refused a form."""

    def __init__(self):
        super().__init__()
        self.depth, self.text = 0, ""

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.depth or ("errorlist" in classes and not self.text):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text += data.strip() + " "


class Visitor:
    """One person: a connection, cookies, and a fresh mobile number per sign-up."""

    def __init__(self, plan, number, outcome, lock):
        self.plan, self.number, self.outcome, self.lock = plan, number, outcome, lock
        self.cookies = {}
        self.connection = http.client.HTTPConnection(plan.host, plan.port, timeout=REQUEST_TIMEOUT)
        self.signups = 0

    def request(self, kind, method, path, body=None, headers=None):
        headers = {"Host": f"{self.plan.host}:{self.plan.port}", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.record(kind, time.perf_counter() - started, 0)
            return 0, {}, b""
        self.record(kind, time.perf_counter() - started, response.status)
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
        return response.status, response.headers, content

    def record(self, kind, seconds, status):
        with self.lock:
            self.outcome.timings.append((kind, seconds, status))

    def read_page(self):
        label, path = random.choice(list(self.plan.pages.items()))  # noqa: S311 - a traffic mix, not a secret
        self.request(label, "GET", path)

    def search(self):
        self.request("search", "GET", f"{self.plan.search}?{urlencode({'q': SEARCH_QUERY})}")

    def sign_up(self):
        status, _headers, content = self.request("sign-up form", "GET", self.plan.project)
        if status != 200:
            return
        form = FormFields()
        form.feed(content.decode("utf-8", "replace"))
        if "phone" not in form.fields:
            return
        self.signups += 1
        phone = (self.plan.phone_base + self.number * 100_000 + self.signups) % 10**9
        fields = {
            **form.fields,  # hidden fields as the page gave them; the honeypot stays empty
            "name": f"{self.plan.marker} {self.number}-{self.signups}",
            "phone": f"19{phone:09d}",
            "consent": "on",
        }
        status, headers, content = self.request(
            "sign-up",
            "POST",
            self.plan.project,
            body=urlencode(fields),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        with self.lock:
            if status == 302 and "/signup/" in (headers.get("Location") or ""):
                self.outcome.signups_accepted += 1
            elif status:
                errors = FormErrors()
                errors.feed(content.decode("utf-8", "replace"))
                self.outcome.signups_refused.append(f"{status} {errors.text.strip()[:120]}")

    def run(self, deadline):
        kinds, weights = zip(*MIX, strict=True)
        visits = {"page": self.read_page, "search": self.search, "sign-up": self.sign_up}
        for _ in range(MAX_VISITS_PER_VISITOR):
            if time.monotonic() >= deadline:
                break
            visits[random.choices(kinds, weights)[0]]()  # noqa: S311
        self.connection.close()


def warm_up(plan, rounds):
    """The plan's paths, warmed (`warm_paths`); the number of requests sent."""
    paths = [*plan.pages.values(), f"{plan.search}?{urlencode({'q': SEARCH_QUERY})}", plan.project]
    warm_paths(plan.host, plan.port, paths, rounds)
    return rounds * len(paths)


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


def run_process(plan, process_number):
    """One worker process: its visitors in threads, until the plan's duration is over."""
    outcome, lock = Outcome(), threading.Lock()
    deadline = time.monotonic() + plan.duration
    visitors = [
        Visitor(plan, process_number * plan.visitors_per_process + i, outcome, lock)
        for i in range(plan.visitors_per_process)
    ]
    threads = [threading.Thread(target=v.run, args=(deadline,)) for v in visitors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcome


def drive(plan, processes):
    """Run the load from `processes` spawned worker processes; their outcomes together."""
    total = Outcome()
    with ProcessPoolExecutor(max_workers=processes, mp_context=get_context("spawn")) as pool:
        for outcome in pool.map(run_process, [plan] * processes, range(processes)):
            total.timings += outcome.timings
            total.signups_accepted += outcome.signups_accepted
            total.signups_refused += outcome.signups_refused
    return total


def percentile(sorted_values, share):
    if not sorted_values:
        return 0.0
    if len(sorted_values) == 1:
        return sorted_values[0]
    return statistics.quantiles(sorted_values, n=100, method="inclusive")[round(share * 100) - 1]


def summary(timings):
    """Per kind and for all: requests, 5xx, no answer, p50/p95/p99 in milliseconds."""
    rows = []
    kinds = sorted({k for k, _s, _st in timings}, key=lambda k: (KIND_ORDER + [k]).index(k))
    for kind in [*kinds, "all"]:
        chosen = [(s, st) for k, s, st in timings if kind in (k, "all")]
        seconds = sorted(s for s, _st in chosen)
        rows.append(
            {
                "kind": kind,
                "requests": len(chosen),
                "5xx": sum(1 for _s, st in chosen if st >= 500),
                "no answer": sum(1 for _s, st in chosen if st == 0),
                **{f"p{p}": round(percentile(seconds, p / 100) * 1000) for p in (50, 95, 99)},
            }
        )
    return rows


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
