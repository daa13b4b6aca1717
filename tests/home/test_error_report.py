"""我为网站找错: visitors' reports are stored for editors, bad input is explained."""

import pytest

from home.models import ErrorReport

pytestmark = pytest.mark.django_db

URL = "/zh-hans/report-error/"


def test_form_is_prefilled_with_the_page_the_visitor_came_from(client, home):
    html = client.get(URL, {"url": "/zh-hans/center/"}).text
    assert 'value="/zh-hans/center/"' in html
    assert "我为网站找错" in html


def test_valid_report_is_stored_and_thanked(client, home):
    response = client.post(
        URL,
        {"page_url": "/zh-hans/center/", "description": "办公电话已经变更，请更新。", "contact": "13800000000"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == URL
    assert "感谢您的反馈" in response.text
    report = ErrorReport.objects.get()
    assert report.description == "办公电话已经变更，请更新。"
    assert report.language == "zh-hans"
    assert report.status == ErrorReport.Status.NEW


def test_empty_description_is_refused_with_a_chinese_message(client, home):
    response = client.post(URL, {"page_url": "/zh-hans/", "description": ""})
    assert response.status_code == 200
    assert "请描述存在的问题。" in response.text
    assert not ErrorReport.objects.exists()


def test_short_description_is_refused_with_an_english_message_on_english_pages(client, english_home):
    response = client.post("/en/report-error/", {"page_url": "/en/", "description": "bad"})
    assert "Please describe the problem in at least 5 characters." in response.text
    assert not ErrorReport.objects.exists()


def test_outside_address_is_refused_and_the_text_is_kept(client, home):
    response = client.post(URL, {"page_url": "http://spam.example/", "description": "这是一条很长的描述内容"})
    assert "请填写本站页面地址" in response.text
    assert "这是一条很长的描述内容" in response.text  # nothing the visitor typed is lost
    assert not ErrorReport.objects.exists()


def test_honeypot_submissions_are_not_stored(client, home):
    response = client.post(URL, {"description": "买彩票 上某某娱乐城", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ErrorReport.objects.exists()


def test_reports_appear_in_the_admin_for_editors(admin_client, home):
    ErrorReport.objects.create(page_url="/zh-hans/", description="首页图片无法显示")
    response = admin_client.get("/admin/snippets/home/errorreport/")
    assert response.status_code == 200
    assert "首页图片无法显示" in response.text
