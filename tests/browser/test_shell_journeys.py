"""A visitor's first steps on the demo site, in a real browser."""

import re

from playwright.sync_api import expect

from .accessibility import horizontal_overflow


def test_home_page_in_chinese_then_english(page, base_url):
    page.goto(f"{base_url}/")
    expect(page).to_have_url(f"{base_url}/zh-hans/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.locator(".brand-name")).to_have_text("省社会组织服务中心")
    expect(page.get_by_role("navigation", name="主导航").get_by_role("link", name="服务动态")).to_be_visible()
    page.goto(f"{base_url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("navigation", name="Main navigation").get_by_role("link", name="News")).to_be_visible()


def test_visitor_reaches_a_center_page_through_the_menu(page, base_url):
    page.goto(f"{base_url}/zh-hans/")
    nav = page.get_by_role("navigation", name="主导航")
    nav.get_by_role("link", name="中心建设", exact=True).hover()
    nav.get_by_role("link", name="服务宗旨").click()
    expect(page).to_have_url(f"{base_url}/zh-hans/center/mission/")
    expect(page.get_by_role("heading", level=1)).to_have_text("服务宗旨")
    breadcrumbs = page.get_by_role("navigation", name="当前位置")
    expect(breadcrumbs.get_by_role("link", name="中心建设")).to_be_visible()


def test_language_switch_keeps_the_visitor_on_the_same_page(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/center/mission/")
    page.get_by_role("navigation", name="语言").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{base_url}/en/center/mission/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.screenshot(path=str(screenshots / "language-switch-english.png"), full_page=True)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(f"{base_url}/zh-hans/center/mission/")


def test_unknown_address_shows_the_404_page(page, base_url):
    response = page.goto(f"{base_url}/zh-hans/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("页面未找到")
    page.get_by_role("link", name="返回首页").click()
    expect(page).to_have_url(f"{base_url}/zh-hans/")


def test_home_page_screenshots_at_desktop_and_mobile_widths(browser, base_url, screenshots):
    for name, width in (("desktop", 1280), ("mobile", 375)):
        context = browser.new_context(viewport={"width": width, "height": 900})
        tab = context.new_page()
        tab.goto(f"{base_url}/zh-hans/")
        path = screenshots / f"home-{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        # Nothing wider than the screen: no sideways scrolling on a phone.
        assert horizontal_overflow(tab) == 0
        if name == "mobile":
            menu = tab.locator(".nav-toggle")
            expect(menu).not_to_have_attribute("open", re.compile(".*"))
            tab.get_by_text("栏目导航").click()
            expect(tab.locator(".main-nav").get_by_role("link", name="服务公告")).to_be_visible()
        context.close()
