"""A visitor narrows the guide finder to fully-online registration guides, opens one
and prints its materials checklist."""

from playwright.sync_api import expect


def test_visitor_finds_an_online_registration_guide_and_prints_its_checklist(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="办事指南", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("办事指南")

    page.get_by_label("主题").select_option("registration")
    page.get_by_label("办理方式").select_option("yes")
    page.get_by_role("button", name="显示结果").click()
    summary = page.get_by_role("status")
    expect(summary).to_contain_text("主题: 登记")
    expect(summary).to_contain_text("办理方式: 全程网办")
    guides = page.locator(".record-list .record")
    assert guides.count() >= 2
    for index in range(guides.count()):
        expect(guides.nth(index)).to_contain_text("全程网办")
    page.screenshot(path=str(screenshots / "guides-online-registration.png"), full_page=True)

    title = guides.first.get_by_role("link").inner_text()
    guides.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("heading", name="申请材料")).to_be_visible()
    page.get_by_role("link", name="材料清单").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("材料清单")
    boxes = page.get_by_role("checkbox")
    assert boxes.count() >= 2
    boxes.first.check()
    page.emulate_media(media="print")
    expect(page.locator(".main-nav")).to_be_hidden()
    expect(page.get_by_role("button", name="打印清单")).to_be_hidden()
    expect(boxes.first).to_be_visible()
    pdf = screenshots / "guide-checklist.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.read_bytes().startswith(b"%PDF")
    page.screenshot(path=str(screenshots / "guide-checklist-print.png"), full_page=True)
