"""The public forms (volunteer sign-up, cancellation, need submission, error report) resist
forgery, bots, floods, double clicks and a broken mail server, and explain bad input."""

import logging
import re
import socket

import pytest

from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from home.models import ErrorReport
from orgdirectory.models import Need, VolunteerSignup
from orgdirectory.signups import cancel, sign_up
from tests.home.factories import publish_translation
from tests.orgdirectory.factories import ProjectFactory, need_form

pytestmark = pytest.mark.django_db

NEED_URL = "/zh-hans/needs/submit/"
CANCEL_URL = "/zh-hans/projects/volunteer-projects/cancel/"
REPORT_URL = "/zh-hans/report-error/"
MANAGERS = [("编辑部", "editors@example.org")]


def project_url(project):
    return f"/zh-hans/projects/volunteer-projects/{project.pk}/"


def signup_form(phone="13900001111", **changes):
    return {"name": "王小明", "phone": phone, "email": "", "message": "", "consent": "on", **changes}


def report_form(**changes):
    return {"page_url": "/zh-hans/center/", "description": "办公电话已经变更，请更新。", "contact": "", **changes}


def submission_key(html):
    """The hidden key of the form as the browser received it."""
    return re.search(r'name="submission_key" value="([0-9a-f-]{36})"', html).group(1)


@pytest.fixture
def refusing_mail_server(settings):
    """An SMTP server address where nothing listens: every e-mail fails with a refused connection."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    settings.MANAGERS = MANAGERS
    return port


# CSRF


def test_every_public_form_refuses_a_post_without_the_csrf_token(volunteer_page, needs_page):
    project = ProjectFactory()
    signup = sign_up(project, name="甲", phone="13900000001")
    forged = Client(enforce_csrf_checks=True)
    posts = [
        (project_url(project), signup_form()),
        (CANCEL_URL, {"reference": signup.reference, "phone": "13900000001"}),
        (NEED_URL, need_form()),
        (REPORT_URL, report_form()),
    ]
    for url, data in posts:
        assert forged.post(url, data).status_code == 403, url
    assert VolunteerSignup.objects.count() == 1 and VolunteerSignup.objects.get().status == "pending"
    assert not Need.objects.exists() and not ErrorReport.objects.exists()


def test_a_visitor_with_the_csrf_token_signs_up_normally(volunteer_page):
    project = ProjectFactory()
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(project_url(project))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = browser.post(project_url(project), signup_form(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert VolunteerSignup.objects.count() == 1


# Honeypot


def test_honeypot_is_hidden_from_people_without_inline_style(client, volunteer_page, needs_page):
    project = ProjectFactory()
    for url in (project_url(project), CANCEL_URL, NEED_URL, REPORT_URL):
        html = client.get(url).text
        honeypot = re.search(r'<div class="hp-field" aria-hidden="true">.*?</div>', html, re.S).group(0)
        assert 'name="website"' in honeypot and 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot, url
        assert "style=" not in honeypot


def test_filled_honeypot_is_answered_as_a_success_and_nothing_is_stored(client, volunteer_page, needs_page):
    project = ProjectFactory()
    signup = sign_up(project, name="甲", phone="13900000001")
    bot = {"website": "http://spam.example"}
    assert client.post(project_url(project), signup_form(**bot)).status_code == 302
    need = client.post(NEED_URL, need_form(**bot), follow=True)
    assert "审核通过后将予以发布" in need.text
    report = client.post(REPORT_URL, report_form(**bot), follow=True)
    assert "感谢您的反馈" in report.text
    client.post(CANCEL_URL, {"reference": signup.reference, "phone": "13900000001", **bot})
    assert VolunteerSignup.objects.get().status == "pending"  # the cancellation was not carried out either
    assert not Need.objects.exists() and not ErrorReport.objects.exists()


# Rate limits


def test_need_submissions_are_limited_per_address_with_429(client, needs_page):
    for n in range(10):
        assert client.post(NEED_URL, need_form(title=f"需求{n}")).status_code == 302
    response = client.post(NEED_URL, need_form(title="第十一条需求"))
    assert response.status_code == 429
    assert "提交过于频繁" in response.text
    assert "第十一条需求" in response.text  # what the visitor typed is kept
    assert Need.objects.count() == 10
    assert Client(REMOTE_ADDR="10.0.0.2").post(NEED_URL, need_form(title="另一地址")).status_code == 302


def test_signups_beyond_the_limit_get_429(client, volunteer_page):
    project = ProjectFactory(places=50)
    for n in range(10):
        client.post(project_url(project), signup_form(phone=f"1390000{n:04d}"))
    assert client.post(project_url(project), signup_form(phone="13900009999")).status_code == 429


def test_cancellation_attempts_are_limited_per_address(client, volunteer_page):
    for _ in range(10):
        client.post(CANCEL_URL, {"reference": "VS-XXXXXXXX", "phone": "13900000001"})
    response = client.post(CANCEL_URL, {"reference": "VS-XXXXXXXX", "phone": "13900000001"})
    assert response.status_code == 429
    assert "操作过于频繁" in response.text


def test_error_reports_are_limited_to_five_an_hour_per_address(client, home):
    for n in range(5):
        assert client.post(REPORT_URL, report_form(description=f"第{n}处错误：电话号码已变更")).status_code == 302
    response = client.post(REPORT_URL, report_form(description="第六处错误：地址已变更"))
    assert response.status_code == 429
    with translation.override("zh-hans"):
        assert gettext("Too many reports from your network. Please try again in an hour.") in response.text
    assert "第六处错误：地址已变更" in response.text
    assert ErrorReport.objects.count() == 5


def test_rate_limits_count_the_client_behind_the_proxy_not_the_proxy(home, settings):
    """The limits key on security.accounts.addresses.client_ip (RATELIMIT_IP_META_KEY)."""
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    first, second = (Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}") for n in (1, 2))
    for n in range(5):
        first.post(REPORT_URL, report_form(description=f"第{n}处错误：电话号码已变更"))
    assert first.post(REPORT_URL, report_form(description="第六处错误")).status_code == 429
    assert second.post(REPORT_URL, report_form(description="另一位访客的报告")).status_code == 302


def test_a_direct_client_cannot_escape_the_rate_limit_with_a_forged_header(home, settings):
    """Not from a trusted proxy: a new X-Forwarded-For per request is ignored, the address is counted."""
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    for n in range(5):
        Client(REMOTE_ADDR="198.51.100.9", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").post(
            REPORT_URL, report_form(description=f"第{n}处错误：电话号码已变更")
        )
    forged = Client(REMOTE_ADDR="198.51.100.9", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert forged.post(REPORT_URL, report_form(description="第六处错误")).status_code == 429


# Validation in the visitor's language, tied to the field


def test_need_errors_are_in_chinese_next_to_their_field(client, needs_page):
    response = client.post(NEED_URL, need_form(contact_phone="abc", title=""))
    assert response.status_code == 200
    phone_error = re.search(r'<p class="field-error" id="id_contact_phone_error">(.*?)</p>', response.text).group(1)
    assert "请输入 11 位手机号码" in phone_error
    assert 'id="id_title_error"' in response.text
    assert not Need.objects.exists()


def test_need_errors_are_in_english_on_english_pages(client, needs_page, english_home):
    publish_translation(needs_page, title="Needs")
    response = client.post("/en/needs/submit/", need_form(contact_phone="abc", title=""))
    phone_error = re.search(r'<p class="field-error" id="id_contact_phone_error">(.*?)</p>', response.text).group(1)
    assert "Enter an 11-digit mainland mobile number" in phone_error
    assert "This field is required." in re.search(r'id="id_title_error">(.*?)</p>', response.text).group(1)


def test_cancellation_errors_are_tied_to_their_field(client, volunteer_page):
    response = client.post(CANCEL_URL, {"reference": "", "phone": "12345"})
    assert 'id="id_reference_error"' in response.text
    assert "请输入 11 位手机号码" in re.search(r'id="id_phone_error">(.*?)</p>', response.text).group(1)


# The same form sent twice


def test_signup_form_sent_twice_makes_one_signup_and_the_same_success_page(client, volunteer_page):
    project = ProjectFactory()
    data = signup_form(submission_key=submission_key(client.get(project_url(project)).text))
    first = client.post(project_url(project), data)
    second = client.post(project_url(project), data)
    signup = VolunteerSignup.objects.get()
    assert first.status_code == second.status_code == 302
    assert first.url == second.url and first.url.endswith(f"/signup/{signup.reference}/")
    project.refresh_from_db()
    assert project.places_taken == 1


def test_same_key_with_another_phone_is_a_new_signup_not_a_repeat(client, volunteer_page):
    """A cached or copied form must never show one person the other's reference."""
    project = ProjectFactory()
    key = submission_key(client.get(project_url(project)).text)
    client.post(project_url(project), signup_form(submission_key=key))
    response = client.post(project_url(project), signup_form(phone="13900002222", submission_key=key))
    other = VolunteerSignup.objects.get(phone="13900002222")
    assert response.url.endswith(f"/signup/{other.reference}/")
    assert VolunteerSignup.objects.count() == 2


def test_old_form_sent_again_after_cancelling_signs_up_anew(client, volunteer_page):
    project = ProjectFactory()
    data = signup_form(submission_key=submission_key(client.get(project_url(project)).text))
    first = VolunteerSignup.objects.get(reference=client.post(project_url(project), data).url.split("/")[-2])
    cancel(first.reference, first.phone)
    again = client.post(project_url(project), data)
    assert again.status_code == 302 and first.reference not in again.url
    assert VolunteerSignup.objects.filter(status="pending").count() == 1


def test_each_showing_of_a_form_has_a_new_key(client, volunteer_page):
    project = ProjectFactory()
    first, second = (submission_key(client.get(project_url(project)).text) for _ in range(2))
    assert first != second


def test_need_form_sent_twice_makes_one_need_and_the_same_success_page(client, needs_page):
    data = need_form(submission_key=submission_key(client.get(NEED_URL).text))
    first = client.post(NEED_URL, data, follow=True)
    second = client.post(NEED_URL, data, follow=True)
    assert Need.objects.count() == 1
    assert first.redirect_chain == second.redirect_chain
    assert "审核通过后将予以发布" in second.text


def test_error_report_sent_twice_is_stored_once(client, home):
    first = client.post(REPORT_URL, report_form(), follow=True)
    second = client.post(REPORT_URL, report_form(), follow=True)
    assert ErrorReport.objects.count() == 1
    assert first.redirect_chain == second.redirect_chain
    assert "感谢您的反馈" in second.text


# E-mail after the commit, and a mail server that fails


def test_volunteer_gets_the_reference_by_email_after_signing_up(
    client, volunteer_page, django_capture_on_commit_callbacks
):
    project = ProjectFactory()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(project_url(project), signup_form(email="xiaoming@example.org"))
    signup = VolunteerSignup.objects.get()
    [message] = mail.outbox
    assert message.to == ["xiaoming@example.org"]
    assert signup.reference in message.body and "已为您保留名额" in message.body
    assert "/zh-hans/projects/volunteer-projects/cancel/" in message.body


def test_repeated_signup_form_sends_no_second_email(client, volunteer_page, django_capture_on_commit_callbacks):
    project = ProjectFactory()
    key = submission_key(client.get(project_url(project)).text)
    data = signup_form(email="xiaoming@example.org", submission_key=key)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(project_url(project), data)
        client.post(project_url(project), data)
    assert len(mail.outbox) == 1


def test_editors_are_told_of_a_new_need_and_a_new_error_report(
    client, needs_page, settings, django_capture_on_commit_callbacks
):
    settings.MANAGERS = MANAGERS
    with django_capture_on_commit_callbacks(execute=True):
        client.post(NEED_URL, need_form())
        client.post(REPORT_URL, report_form())
    need, report = Need.objects.get(), ErrorReport.objects.get()
    assert [m.to for m in mail.outbox] == [["editors@example.org"]] * 2
    assert "社区长者助浴服务" in mail.outbox[0].subject
    assert f"/admin/snippets/orgdirectory/need/edit/{need.pk}/" in mail.outbox[0].body
    assert f"/admin/snippets/home/errorreport/edit/{report.pk}/" in mail.outbox[1].body


def test_no_email_is_sent_when_the_record_is_not_committed(client, needs_page, settings):
    """Inside the test's own transaction nothing commits, so nothing may be sent yet."""
    settings.MANAGERS = MANAGERS
    client.post(NEED_URL, need_form())
    assert Need.objects.exists() and mail.outbox == []


def mail_sent_after(callbacks):
    """The on-commit callbacks that send e-mail (the page cache adds one of its own)."""
    return [callback for callback in callbacks if callback.__module__ != "core.pagecache"]


def test_refused_mail_server_loses_no_signup(
    client, volunteer_page, refusing_mail_server, django_capture_on_commit_callbacks, caplog
):
    project = ProjectFactory()
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(project_url(project), signup_form(email="xiaoming@example.org"))
    signup = VolunteerSignup.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"/signup/{signup.reference}/")
    assert len(mail_sent_after(callbacks)) == 1  # the e-mail was tried, after the commit
    assert "confirm_signup failed" in caplog.text and "ConnectionRefusedError" in caplog.text
    assert client.get(response.url).status_code == 200


def test_refused_mail_server_loses_no_need(
    client, needs_page, refusing_mail_server, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(NEED_URL, need_form(), follow=True)
    assert "审核通过后将予以发布" in response.text
    assert Need.objects.count() == 1 and len(mail_sent_after(callbacks)) == 1
    assert "announce_need failed" in caplog.text and "ConnectionRefusedError" in caplog.text


def test_refused_mail_server_loses_no_error_report(
    client, home, refusing_mail_server, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(REPORT_URL, report_form(), follow=True)
    assert "感谢您的反馈" in response.text
    assert ErrorReport.objects.count() == 1 and len(mail_sent_after(callbacks)) == 1
    assert "E-mail about error report" in caplog.text and "ConnectionRefusedError" in caplog.text
