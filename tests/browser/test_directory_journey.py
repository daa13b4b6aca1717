"""A visitor finds the 5A organizations of one city and reads one's transparency page."""

from playwright.sync_api import expect


def test_visitor_finds_5a_organizations_of_a_city_and_opens_a_ledger(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/")
    nav = page.get_by_role("navigation", name="主导航")
    nav.get_by_role("link", name="数据库", exact=True).hover()
    nav.get_by_role("link", name="组织库").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("组织库")

    city = page.get_by_label("地区")
    guangzhou = city.locator("option", has_text="广州市").first.get_attribute("value")
    city.select_option(guangzhou)
    page.get_by_label("评估等级").select_option("5A")
    page.get_by_role("button", name="显示结果").click()

    assert f"city={guangzhou}" in page.url and "grade=5A" in page.url  # a shareable address
    summary = page.get_by_role("status")
    expect(summary).to_contain_text("地区: 广州市")
    expect(summary).to_contain_text("评估等级: 5A")
    rows = page.locator(".directory-table tbody tr")
    assert rows.count() >= 1
    for index in range(rows.count()):
        expect(rows.nth(index).locator("td").nth(2)).to_have_text("5A")
    page.screenshot(path=str(screenshots / "directory-guangzhou-5a.png"), full_page=True)

    first = rows.first.get_by_role("link")
    name = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_role("heading", name="收到的资金")).to_be_visible()
    expect(page.locator(".funding-chart svg")).to_be_visible()
    expect(page.get_by_role("link", name="下载资金记录（CSV）")).to_be_visible()
    page.screenshot(path=str(screenshots / "organization-ledger.png"), full_page=True)
