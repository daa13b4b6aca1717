"""The demo site runs under its strict Content-Security-Policy without the browser refusing anything."""

import pytest
from playwright.sync_api import expect

# Chromium reports a violation both as a console message and as an event; the
# event is recorded by a script of Playwright's own, which the policy cannot block.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
    window.cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


@pytest.fixture
def watched_page(page):
    """A tab that collects every Content-Security-Policy violation it sees."""
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)

    def violations():
        refused = [text for text in messages if "Content Security Policy" in text]
        return refused + page.evaluate("window.cspViolations")

    page.violations = violations
    return page


@pytest.mark.parametrize("path", ["/zh-hans/", "/zh-hans/search/?q=社会组织", "/zh-hans/service-map/"])
def test_page_loads_without_policy_violations(watched_page, base_url, path):
    response = watched_page.goto(f"{base_url}{path}")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    watched_page.wait_for_load_state("networkidle")
    assert watched_page.violations() == []


def test_search_suggestions_work_under_the_policy(watched_page, base_url):
    watched_page.goto(f"{base_url}/zh-hans/")
    box = watched_page.get_by_role("combobox", name="站内搜索")
    box.click()
    box.press_sequentially("社会团", delay=50)
    expect(watched_page.get_by_role("listbox", name="搜索建议")).to_be_visible()
    assert watched_page.violations() == []
