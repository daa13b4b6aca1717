"""The W3C Nu HTML checker (vnu) over one page of every public page type, in both languages.

The pages are saved as the server sends them (not as scripts leave the DOM) and checked in
one run of the checker: one JVM start for them all. `make test` installs the checker (npm's
`vnu-jar`, its official distribution, by `make vnu`) and Java; a missing checker fails the
test, it never skips it. The pages and a report with the timings stay in the test output.
"""

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .accessibility import save_report
from .pages import PUBLIC_PAGES, visit

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / ".tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"

# The checker's errors the site keeps on purpose: (pattern of the message, why).
ALLOWED = [
    (
        r"^The “role” attribute must not be used on a “(tr|th|td)” element which has a “table” ancestor",
        "The record tables that stack into cards on phones (.stack-table) repeat their table roles: "
        "Safari's VoiceOver drops a table's semantics once CSS changes its display (site.css). The "
        "checker calls a role the element already has an error; it harms no reader.",
    ),
]


def allowed(message):
    return any(re.search(pattern, message) for pattern, _why in ALLOWED)


@pytest.fixture(scope="module")
def vnu():
    if not VNU_JAR.exists():
        pytest.fail(f"No Nu HTML checker at {VNU_JAR}: run `make vnu` (make test does it).")
    if not shutil.which("java"):
        pytest.fail("No Java for the Nu HTML checker: run `apt-get install default-jre-headless` (make vnu does it).")
    return ["java", "-jar", str(VNU_JAR)]


def save_pages(page, base_url, folder):
    """Every public page type in Chinese and in English, each saved to a file: {file: address}."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    # Only the documents are checked: styles, scripts, images and fonts are not fetched.
    page.route("**/*", lambda route: route.continue_() if route.request.resource_type == "document" else route.abort())
    files = {}
    for language in ("zh-hans", "en"):
        for index, (name, _, address, follow) in enumerate(PUBLIC_PAGES):
            url = visit(page, base_url, language, address, follow)
            response = page.request.get(base_url + url)
            assert response.headers["content-type"] == "text/html; charset=utf-8", url
            path = folder / f"{language}-{index:02d}-{name.replace(' ', '-')}.html"
            path.write_bytes(response.body())
            files[path] = url
    return files


def test_every_public_page_type_is_valid_html_in_both_languages(page, base_url, vnu, test_output):
    started = time.monotonic()
    files = save_pages(page, base_url, test_output / "html")
    fetched = time.monotonic()
    # The JSON report, on stderr, decides; not the exit status.
    run = subprocess.run(
        [*vnu, "--format", "json", "--errors-only", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    messages = json.loads(run.stderr)["messages"]
    checked = time.monotonic()

    # One entry per distinct error: the pages it is on, and where on the first of them.
    urls = {path.name: url for path, url in files.items()}
    found = {}
    for message in messages:
        # "non-document-error": a file the checker could not read.
        if message["type"] != "info" and not allowed(message["message"]):
            url = urls.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url"))
            where = f"{url} line {message.get('lastLine')}: {message.get('extract', '').strip()!r}"
            found.setdefault(message["message"], {}).setdefault(url, where)
    save_report(
        test_output / "html" / "vnu-report.json",
        {
            "pages": len(files),
            "seconds_fetching": round(fetched - started, 1),
            "seconds_checking": round(checked - fetched, 1),
            "allowed_errors": sum(message["type"] == "error" and allowed(message["message"]) for message in messages),
            "errors": {text: list(pages) for text, pages in found.items()},
        },
    )
    problems = [
        f"{text}\n    on {len(pages)} page(s), e.g. {next(iter(pages.values()))}" for text, pages in found.items()
    ]
    assert not problems, "\n".join(problems)
