"""The load of `manage.py loadtest`: simulated visitors and the figures they give.

Each visitor is a thread with its own cookies that, until the deadline, reads a
page, searches or signs up as a volunteer. A sign-up does what a person's browser
does: it fetches the project page, takes the CSRF cookie and the form's hidden
fields as they are (honeypot, tokens), fills in name, phone and consent, and posts.
A page is read as a new reader would, without cookies, and whether the page cache
answered it is counted; a notice, once read, reports its view as the page's script does.

The visitors run in worker processes of their own (`drive`), apart from the
server and from the command. Only the standard library is used here, so a
spawned worker starts without Django. Targets are loopback addresses only.

The server under load, and the loopback check, are ops/localserver.py's, shared
with `manage.py bench`.
"""

import http.client
import random
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from multiprocessing import get_context
from urllib.parse import urlencode

from ops.localserver import warm_paths

# The share of each kind of visit; a sign-up is two requests (form, then post).
MIX = [("page", 0.55), ("search", 0.25), ("sign-up", 0.20)]
SEARCH_QUERY = "养老 服务"
REQUEST_TIMEOUT = 30
# However long the run, one visitor stops after this many visits.
MAX_VISITS_PER_VISITOR = 20_000
KIND_ORDER = [
    "home",
    "notice list",
    "notice",
    "guide",
    "organization",
    "other project",
    "project list",
    "search",
    "view count",
    "sign-up form",
    "sign-up",
]
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36"


@dataclass
class Plan:
    """Where the visitors go: paths on one loopback server."""

    host: str
    port: int
    pages: dict  # label -> path
    counted: dict  # label -> the path its view is reported to (the page's script)
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
    cache: dict = field(default_factory=dict)  # page label -> [hits, misses]
    views_reported: int = 0  # view reports the server answered 200


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

    def request(self, kind, method, path, body=None, headers=None, cookies=True):
        headers = {"Host": f"{self.plan.host}:{self.plan.port}", "User-Agent": BROWSER, **(headers or {})}
        if cookies and self.cookies:
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
        status, headers, _content = self.request(label, "GET", path, cookies=False)
        state = headers.get("X-Page-Cache") if status == 200 else None
        with self.lock:
            counts = self.outcome.cache.setdefault(label, [0, 0])
            counts[state != "hit"] += 1
        if status == 200 and label in self.plan.counted:
            reported, _headers, _content = self.request("view count", "POST", self.plan.counted[label], cookies=False)
            if reported == 200:
                with self.lock:
                    self.outcome.views_reported += 1

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
            total.views_reported += outcome.views_reported
            for label, (hits, misses) in outcome.cache.items():
                counts = total.cache.setdefault(label, [0, 0])
                counts[0] += hits
                counts[1] += misses
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
