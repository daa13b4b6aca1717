"""A first reviewer (初审, `moderator`) writes a notice and finds no way to publish it: no 发布 in
the editor's menu, and bulk publishing from the explorer leaves it a draft."""

import uuid

from playwright.sync_api import expect


def notices_explorer(tab, base_url):
    tab.goto(f"{base_url}/admin/pages/")
    tab.get_by_role("link", name="查看'首页'的子页面").click()
    tab.get_by_role("link", name="查看'服务公告'的子页面").click()


def test_a_first_reviewer_cannot_publish_a_notice(base_url, sign_in, screenshots):
    title = f"初审人员直接发布的测试通知 {uuid.uuid4().hex[:8]}"
    moderator = sign_in("moderator")
    notices_explorer(moderator, base_url)
    moderator.get_by_role("link", name="添加子页面").click()
    moderator.locator("#id_title").fill(title)  # and nothing else: no body, as in the report
    moderator.get_by_role("tab", name="信息公开属性").click()
    moderator.get_by_role("textbox", name="发布机构").fill("省社会组织服务中心")
    moderator.get_by_role("tab", name="公告", exact=True).click()
    moderator.get_by_role("button", name="更多动作").click()
    expect(moderator.locator('button[name="action-publish"]')).to_have_count(0)
    expect(moderator.locator('button[name="action-submit"]')).to_be_visible()
    moderator.screenshot(animations="disabled", path=str(screenshots / "review-journey-no-publish.png"), full_page=True)
    moderator.keyboard.press("Escape")
    moderator.get_by_role("button", name="保存草稿").click()
    expect(moderator.locator(".messages")).to_contain_text(f"页面'{title}'已创建")

    # Bulk actions in the explorer offer no 发布; the bulk publish address, typed in, refuses it.
    notices_explorer(moderator, base_url)
    row = moderator.get_by_role("row").filter(has_text=title)
    row.get_by_role("checkbox").check()
    bulk = moderator.locator(".bulk-actions-buttons")
    expect(bulk.get_by_role("link", name="移动")).to_be_visible()
    expect(bulk.get_by_role("link", name="发布", exact=True)).to_have_count(0)
    page_id = row.get_by_role("link", name=title).get_attribute("href").split("/")[3]
    moderator.goto(f"{base_url}/admin/bulk/wagtailcore/page/publish/?id={page_id}")
    expect(moderator.get_by_text("你没有权限来发布这些页面")).to_be_visible()
    expect(moderator.get_by_role("button", name="是，发布")).to_have_count(0)
    moderator.screenshot(animations="disabled", path=str(screenshots / "review-journey-bulk.png"), full_page=True)

    notices_explorer(moderator, base_url)
    expect(moderator.get_by_role("row").filter(has_text=title)).to_contain_text("草稿")
