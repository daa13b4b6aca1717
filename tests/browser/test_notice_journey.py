"""A visitor filters the notices to open public disclosures (公示) and downloads an attachment."""

from playwright.sync_api import expect


def test_visitor_filters_open_disclosures_and_downloads_an_attachment(page, base_url, screenshots, tmp_path):
    page.goto(f"{base_url}/zh-hans/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="服务公告", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("服务公告")

    page.get_by_label("公示：", exact=True).select_option("open")
    page.get_by_role("button", name="显示结果").click()
    assert "status=open" in page.url  # a shareable address
    expect(page.get_by_role("status")).to_contain_text("公示: 公示中")
    items = page.locator(".text-list li")
    assert items.count() >= 2
    for index in range(items.count()):
        expect(items.nth(index).locator(".badge-disclosure-open")).to_have_text("公示中")
        expect(items.nth(index)).to_contain_text("还剩")
    page.screenshot(path=str(screenshots / "notices-open-disclosures.png"), full_page=True)

    items.first.get_by_role("link").first.click()
    expect(page.locator("#disclosure-heading")).to_contain_text("公示期")
    expect(page.get_by_role("heading", name="异议反映方式")).to_be_visible()
    expect(page.locator(".disclosure-metadata")).to_contain_text("索引号")
    attachment = page.locator(".attachments a").first
    expect(attachment).to_be_visible()
    with page.expect_download() as download_info:
        attachment.click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.stat().st_size > 0
    assert saved.suffix.lower() in {".pdf", ".xlsx", ".docx"}
    page.screenshot(path=str(screenshots / "notice-disclosure.png"), full_page=True)
