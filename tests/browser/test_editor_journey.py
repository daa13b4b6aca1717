"""An editor drafts a notice and submits it to moderation; once the reviews approve it,
the notice is on the home page, which an anonymous visitor had seen without it."""

import re
import uuid

from playwright.sync_api import expect


def latest_notices(page):
    """The home page's list of the latest notices."""
    return page.locator("section.home-block-latest").filter(has=page.get_by_role("heading", name="服务公告"))


def test_submitted_notice_appears_on_the_home_page_once_both_reviews_approve(page, base_url, sign_in, screenshots):
    title = f"关于测试审核流程的通知 {uuid.uuid4().hex[:8]}"

    # A visitor sees the home page first: a page cache would now hold it without the notice.
    page.goto(f"{base_url}/zh-hans/")
    expect(latest_notices(page).get_by_role("listitem")).not_to_have_count(0)
    expect(page.get_by_text(title)).to_have_count(0)
    page.screenshot(path=str(screenshots / "editor-journey-home-before.png"), full_page=True)

    editor = sign_in("editor")
    editor.goto(f"{base_url}/admin/pages/")
    editor.get_by_role("link", name="查看'首页'的子页面").click()
    editor.get_by_role("link", name="查看'服务公告'的子页面").click()
    editor.get_by_role("link", name="添加子页面").click()  # a notice is the only page type allowed here
    editor.locator("#id_title").fill(title)
    editor.get_by_role("textbox", name="摘要").fill("浏览器测试：编辑起草、提交审核，审核通过后出现在首页。")
    editor.get_by_role("tab", name="信息公开属性").click()
    editor.get_by_role("textbox", name="发布机构").fill("省社会组织服务中心")
    editor.get_by_role("tab", name="公告", exact=True).click()
    editor.get_by_role("button", name="保存草稿").click()
    expect(editor.locator(".messages")).to_contain_text(f"页面'{title}'已创建")
    editor.screenshot(animations="disabled", path=str(screenshots / "editor-journey-draft-saved.png"), full_page=True)

    editor.get_by_role("button", name="更多动作").click()
    editor.locator('button[name="action-submit"]').click()
    expect(editor.locator(".messages")).to_contain_text("已经提交进行审核")
    editor.screenshot(animations="disabled", path=str(screenshots / "editor-journey-submitted.png"), full_page=True)

    # 初审: a moderator approves from the dashboard.
    moderator = sign_in("moderator")
    review = moderator.locator("#awaiting-review-content tr").filter(has_text=title)
    expect(review).to_be_visible()
    moderator.screenshot(path=str(screenshots / "editor-journey-moderator-dashboard.png"), full_page=True)
    review.get_by_role("button", name="动作").click()
    review.get_by_role("button", name="批准", exact=True).click()
    expect(review).to_have_count(0)

    page.reload()
    expect(page.get_by_text(title)).to_have_count(0)  # one approval of two: not published yet

    # 终审: the final reviewer approves and publishes from the page editor.
    reviewer = sign_in("reviewer")
    reviewer.locator("#awaiting-review-content tr").filter(has_text=title).get_by_role("link", name=title).click()
    reviewer.get_by_role("button", name="更多动作").click()
    reviewer.get_by_role("button", name=re.compile(r"^批准\s*[和并]\s*发布$")).click()
    expect(reviewer.get_by_role("row").filter(has_text=title)).to_contain_text("在用")  # live
    reviewer.screenshot(animations="disabled", path=str(screenshots / "editor-journey-approved.png"), full_page=True)

    page.reload()
    notice = latest_notices(page).get_by_role("link", name=title)
    expect(notice).to_be_visible()
    page.screenshot(path=str(screenshots / "editor-journey-home-after.png"), full_page=True)
    notice.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.screenshot(path=str(screenshots / "editor-journey-notice.png"), full_page=True)
