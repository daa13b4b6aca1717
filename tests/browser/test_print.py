"""Guides, notices and policy texts print cleanly: no navigation, and every link's address shown."""

import pytest
from playwright.sync_api import expect

HIDDEN_IN_PRINT = [".main-nav", ".header-tools", ".site-footer", ".breadcrumbs", ".skip-link"]


@pytest.mark.parametrize(
    "name,address",
    [
        ("guide", "/zh-hans/guides/social-group-registration/"),
        ("notice", "/zh-hans/notices/project-shortlist-disclosure/"),
        ("policy", "/zh-hans/policies/charity-law/"),
    ],
)
def test_printed_page_has_no_navigation_and_shows_link_addresses(page, base_url, test_output, name, address):
    page.goto(base_url + address)
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        expect(page.locator(selector)).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    link = page.locator("main a[href^='/']").first
    shown = link.evaluate("element => getComputedStyle(element, '::after').content")
    assert f"({base_url}{link.get_attribute('href')})" in shown
    folder = test_output / "print"
    folder.mkdir(exist_ok=True)
    pdf = folder / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.read_bytes().startswith(b"%PDF")
