"""A visitor who uses only the keyboard finds the guide for registering a social group,
opens its materials checklist and ticks a material; on a phone the menu opens by keyboard."""

from playwright.sync_api import expect

# The focused element: its accessible text, and whether its focus ring shows.
FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        text: (element.innerText || element.getAttribute("aria-label") || element.value || "").trim(),
        ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    };
}"""


def tab_to(page, text, limit=120):
    """Press Tab until the element named `text` has focus; every stop on the way shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["ring"], f"no visible focus on {focused['text']!r}"
        if focused["text"] == text:
            return
    raise AssertionError(f"{text!r} cannot be reached with the Tab key")


def test_keyboard_only_visitor_finds_the_registration_guide(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="跳到主要内容")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()

    page.goto(f"{base_url}/zh-hans/")
    tab_to(page, "组织建设")  # the submenu opens for keyboard focus, not only for the mouse
    expect(page.get_by_role("navigation", name="主导航").get_by_role("link", name="办事指南")).to_be_visible()
    tab_to(page, "办事指南")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("办事指南")

    tab_to(page, "社会团体成立登记")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("社会团体成立登记")
    tab_to(page, "材料清单")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("材料清单")
    first = page.get_by_role("checkbox").first
    tab_to(page, first.get_attribute("aria-label"))
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    page.screenshot(path=str(screenshots / "keyboard-checklist.png"), full_page=True)


def test_phone_menu_opens_and_is_walked_with_the_keyboard(browser, base_url):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{base_url}/zh-hans/")
    services = page.get_by_role("navigation", name="主导航").get_by_role("link", name="服务公告", exact=True)
    expect(services).to_be_hidden()
    tab_to(page, "栏目导航")
    page.keyboard.press("Enter")
    expect(services).to_be_visible()
    tab_to(page, "服务公告")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("服务公告")
    context.close()
