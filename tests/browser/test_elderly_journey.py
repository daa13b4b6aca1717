"""A visitor turns the elderly-friendly mode (长者模式) on, reads on, and turns it off."""

from playwright.sync_api import expect

from .accessibility import horizontal_overflow

ELDERLY_CSS = "link[href$='elderly.css']"


def text_size(page):
    return page.evaluate("parseFloat(getComputedStyle(document.querySelector('main p, main li')).fontSize)")


def columns(page, selector):
    return page.evaluate(
        f"getComputedStyle(document.querySelector('{selector}')).gridTemplateColumns.split(' ').length"
    )


def test_visitor_switches_elderly_mode_on_across_pages_and_off(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/")
    normal = text_size(page)
    assert columns(page, ".home-blocks") == 3
    # The switch returns to the same address, so wait for the new page to load, styles included.
    with page.expect_navigation():
        page.get_by_role("link", name="长者模式", exact=True).click()
    expect(page).to_have_url(f"{base_url}/zh-hans/")
    expect(page.locator(ELDERLY_CSS)).to_have_count(1)
    assert text_size(page) >= 1.5 * normal
    assert columns(page, ".home-blocks") == 1
    search = page.get_by_role("button", name="搜索", exact=True)
    assert search.bounding_box()["height"] >= 44  # a target an unsteady hand can hit
    page.screenshot(path=str(screenshots / "elderly-mode-home.png"), full_page=True)

    # Remembered on the next page, and in the other language.
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="办事指南", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("办事指南")
    expect(page.locator(ELDERLY_CSS)).to_have_count(1)
    assert columns(page, ".facet-form") == 1
    select_size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.facet-form select')).fontSize)")
    assert select_size >= 1.5 * normal
    page.screenshot(path=str(screenshots / "elderly-mode-guides.png"), full_page=True)
    page.get_by_role("navigation", name="语言").get_by_role("link", name="English").click()
    expect(page.locator(ELDERLY_CSS)).to_have_count(1)

    page.get_by_role("link", name="Exit elderly mode").click()
    expect(page).to_have_url(f"{base_url}/en/guides/")
    expect(page.locator(ELDERLY_CSS)).to_have_count(0)
    expect(page.get_by_role("link", name="Elderly mode", exact=True)).to_be_visible()
    page.screenshot(path=str(screenshots / "elderly-mode-off.png"), full_page=True)


def test_elderly_mode_works_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{base_url}/zh-hans/notices/")
    with page.expect_navigation():
        page.get_by_role("link", name="长者模式", exact=True).click()
    expect(page).to_have_url(f"{base_url}/zh-hans/notices/")
    expect(page.locator(ELDERLY_CSS)).to_have_count(1)
    assert horizontal_overflow(page) == 0
    context.close()
