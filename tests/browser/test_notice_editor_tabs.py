"""The notice editor shows its 公示 tab only while the notice is a 公示, as the editor picks the kind."""

from playwright.sync_api import expect


def test_the_disclosure_tab_follows_the_kind_the_editor_picks(base_url, sign_in, screenshots):
    editor = sign_in("editor")
    editor.goto(f"{base_url}/admin/pages/")
    editor.get_by_role("link", name="查看'首页'的子页面").click()
    editor.get_by_role("link", name="查看'服务公告'的子页面").click()
    editor.get_by_role("link", name="添加子页面").click()
    disclosure_tab = editor.get_by_role("tab", name="公示", exact=True)
    expect(editor.get_by_role("tab", name="信息公开属性")).to_be_visible()
    expect(disclosure_tab).to_be_hidden()

    editor.locator("#id_kind").select_option("disclosure")
    expect(disclosure_tab).to_be_visible()
    disclosure_tab.click()
    expect(editor.locator("#id_disclosure_start")).to_be_visible()
    editor.screenshot(animations="disabled", path=str(screenshots / "notice-editor-disclosure-tab.png"), full_page=True)

    editor.get_by_role("tab", name="公告", exact=True).click()
    editor.locator("#id_kind").select_option("notice")
    expect(disclosure_tab).to_be_hidden()
    # The tabs' arrow keys pass over the hidden tab: from the metadata tab they go on to 推广.
    editor.get_by_role("tab", name="信息公开属性").click()
    editor.keyboard.press("ArrowRight")
    focused = editor.evaluate("document.activeElement.textContent")
    assert "公示" not in focused and focused.strip()
