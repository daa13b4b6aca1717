"""A visitor searches the demo site in Chinese from the header's box, narrows the
results to service guides and opens one; the box suggests pages as they type."""

import re

from playwright.sync_api import expect


def test_visitor_searches_in_chinese_filters_to_guides_and_opens_one(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/")
    box = page.get_by_role("combobox", name="站内搜索")
    box.click()
    box.press_sequentially("社会团", delay=50)

    # Suggestions: a listbox of page titles, chosen with the keyboard.
    suggestions = page.get_by_role("listbox", name="搜索建议")
    expect(suggestions).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(suggestions.get_by_role("option", name="社会团体成立登记")).to_be_visible()
    box.press("ArrowDown")
    first = suggestions.get_by_role("option").first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    page.screenshot(path=str(screenshots / "search-suggestions.png"))
    box.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    # Enter with no suggestion chosen searches.
    box.press_sequentially("体", delay=50)
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/zh-hans/search/\?q=%E7%A4%BE%E4%BC%9A%E5%9B%A2%E4%BD%93$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("搜索")
    expect(page.locator(".result-count")).to_contain_text("“社会团体”")
    tabs = page.get_by_role("navigation", name="结果类型")
    expect(tabs.get_by_role("link", name=re.compile("^全部"))).to_have_attribute("aria-current", "page")
    expect(page.locator(".hit-snippet mark").first).to_have_text("社会团体")

    tabs.get_by_role("link", name=re.compile("^办事指南")).click()
    expect(tabs.get_by_role("link", name=re.compile("^办事指南"))).to_have_attribute("aria-current", "page")
    hits = page.locator(".search-hit")
    assert hits.count() >= 2
    for index in range(hits.count()):
        expect(hits.nth(index).locator(".hit-type")).to_have_text("办事指南")
    page.screenshot(path=str(screenshots / "search-guides.png"), full_page=True)

    hits.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("社会团体成立登记")
    expect(page).to_have_url(f"{base_url}/zh-hans/guides/social-group-registration/")
    expect(page.get_by_role("heading", name="申请材料")).to_be_visible()


def test_the_search_box_works_without_javascript(browser, base_url):
    """With scripts off the box is a plain form: no combobox, and submitting searches."""
    context = browser.new_context(java_script_enabled=False, locale="zh-CN")
    tab = context.new_page()
    tab.goto(f"{base_url}/zh-hans/")
    box = tab.get_by_role("searchbox", name="站内搜索")
    box.fill("成立登记")
    box.press("Enter")
    expect(tab.get_by_role("heading", level=1)).to_have_text("搜索")
    expect(tab.locator(".search-hit").first.get_by_role("link")).to_have_text(re.compile("成立登记"))
    context.close()
