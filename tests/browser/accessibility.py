"""axe-core in the browser tests: Deque's rules, from the axe-playwright-python package.

`page.evaluate` runs axe in the page itself, so the site's strict Content-Security-Policy
stays on while it checks: the page is checked as visitors get it.
"""

import json

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.0 and 2.1, levels A and AA, and Deque's best practices (landmarks, one h1, …).
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# The elderly-friendly mode promises more: text contrast of 7:1 (AAA).
WCAG_AAA_CONTRAST = [*WCAG_AA, "wcag2aaa"]

_axe = Axe()


def violations(page, tags=WCAG_AA):
    """axe's violations on the page as loaded, one dict per broken rule."""
    options = {"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]}
    return _axe.run(page, options=options).response["violations"]


def describe(url, found):
    """One line per broken rule and element, for a failure message a developer can act on."""
    lines = []
    for rule in found:
        for node in rule["nodes"]:
            lines.append(
                f"{url}: {rule['id']} ({rule['impact']}) at {', '.join(map(str, node['target']))}: {rule['help']}"
            )
    return lines


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def save_report(path, report):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
