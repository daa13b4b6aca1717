"""A volunteer finds an open volunteer project in Guangzhou this month and signs up."""

import re

from playwright.sync_api import expect


def test_volunteer_finds_a_project_this_month_in_a_city_and_signs_up(page, base_url, screenshots):
    page.goto(f"{base_url}/zh-hans/")
    nav = page.get_by_role("navigation", name="主导航")
    nav.get_by_role("link", name="项目平台", exact=True).hover()
    nav.get_by_role("link", name="志愿者项目").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("志愿者项目")

    city = page.get_by_label("地区")
    city.select_option(city.locator("option", has_text="广州市").first.get_attribute("value"))
    page.get_by_label("活动时间").select_option("month")
    page.get_by_label("状态").select_option("recruiting")
    page.get_by_role("button", name="显示结果").click()
    expect(page.get_by_role("status")).to_contain_text("活动时间: 本月")
    results = page.locator(".record-list .record")
    assert results.count() >= 1
    page.screenshot(path=str(screenshots / "volunteer-projects-guangzhou-this-month.png"), full_page=True)

    # The first project with a free place.
    with_places = results.filter(has_text="尚余").filter(has_not_text="尚余 0 个")
    with_places.first.get_by_role("link").first.click()
    page.get_by_label("姓名").fill("测试志愿者")
    page.get_by_label("手机号码").fill("139 0000 7777")
    page.get_by_label("我同意中心按照隐私说明保存以上信息").check()
    page.get_by_role("button", name="立即报名").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("报名成功")
    expect(page.locator(".reference")).to_have_text(re.compile(r"^VS-[A-Z2-9]{8}$"))
    expect(page.get_by_text("已为您保留名额")).to_be_visible()
    page.screenshot(path=str(screenshots / "volunteer-signup-received.png"), full_page=True)
