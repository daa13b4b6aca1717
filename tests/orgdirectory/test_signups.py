"""Volunteer sign-up: stored first, never overbooked, waiting list, duplicates, cancellation."""

import threading

import pytest

from django.db import connection
from django.test import Client

from orgdirectory.models import ProjectStatus, SignupStatus, VolunteerSignup
from orgdirectory.signups import SignupRefused, cancel, change_status, sign_up
from tests.home.factories import publish_translation
from tests.orgdirectory.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def url(project):
    return f"/zh-hans/projects/volunteer-projects/{project.pk}/"


def form(phone="13900001111", **changes):
    return {"name": "王小明", "phone": phone, "email": "", "message": "", "consent": "on", **changes}


def test_signup_is_stored_and_confirmed_with_a_reference(client, volunteer_page):
    project = ProjectFactory(places=2)
    response = client.post(url(project), form(phone="139 0000-1111"), follow=True)
    signup = VolunteerSignup.objects.get()
    assert signup.phone == "13900001111"
    assert signup.status == SignupStatus.PENDING
    assert response.redirect_chain[-1][0].endswith(f"/signup/{signup.reference}/")
    assert signup.reference in response.text and "已为您保留名额" in response.text
    project.refresh_from_db()
    assert project.places_taken == 1 and project.places_left == 1


def test_missing_consent_and_bad_phone_are_explained_and_nothing_is_stored(client, volunteer_page):
    project = ProjectFactory()
    response = client.post(url(project), form(phone="12345", consent=""))
    assert "请输入 11 位手机号码" in response.text
    assert "请同意隐私说明后再报名" in response.text
    assert 'value="王小明"' in response.text  # what the visitor typed is kept
    assert not VolunteerSignup.objects.exists()


def test_english_visitors_get_english_messages(client, volunteer_page, english_home):
    publish_translation(volunteer_page.get_parent(), title="Projects")
    publish_translation(volunteer_page, title="Volunteer projects")
    project = ProjectFactory()
    response = client.post(f"/en/projects/volunteer-projects/{project.pk}/", form(phone="12345", consent=""))
    assert "Enter an 11-digit mainland mobile number" in response.text
    assert "Please agree to the privacy notice to sign up." in response.text


def test_same_phone_twice_is_told_not_stored_twice(client, volunteer_page):
    project = ProjectFactory()
    client.post(url(project), form())
    response = client.post(url(project), form(name="王小明（重复提交）"))
    assert "此手机号码已报名本项目" in response.text
    assert VolunteerSignup.objects.count() == 1


def test_full_project_offers_the_waiting_list(client, volunteer_page):
    project = ProjectFactory(places=1)
    sign_up(project, name="甲", phone="13900000001")
    html = client.get(url(project)).text
    assert "名额已满" in html and "加入候补名单" in html
    client.post(url(project), form(phone="13900000002"))
    assert VolunteerSignup.objects.get(phone="13900000002").status == SignupStatus.WAITLISTED


def test_full_project_says_full_with_waiting_list_not_recruiting_on_list_and_page(client, volunteer_page):
    project = ProjectFactory(places=1)
    sign_up(project, name="甲", phone="13900000001")
    for html in (client.get(volunteer_page.url).text, client.get(url(project)).text):
        assert "已满 · 可候补" in html and "共 1 个名额，已满" in html
        assert ">招募中</span>" not in html and "尚余 0" not in html


def test_full_project_says_full_in_english(client, volunteer_page, english_home):
    publish_translation(volunteer_page.get_parent(), title="Projects")
    english = publish_translation(volunteer_page, title="Volunteer projects")
    project = ProjectFactory(places=1)
    sign_up(project, name="甲", phone="13900000001")
    for html in (client.get(english.url).text, client.get(f"{english.url}{project.pk}/").text):
        assert "Full · waiting list open" in html and "The only place is taken" in html
        assert ">Recruiting<" not in html


def test_waiting_list_confirmation_is_headed_as_such_with_the_position(client, volunteer_page):
    project = ProjectFactory(places=1)
    sign_up(project, name="甲", phone="13900000001")
    sign_up(project, name="乙", phone="13900000002")
    response = client.post(url(project), form(phone="13900000003"), follow=True)
    assert "<h1>已进入候补名单</h1>" in response.text and "报名成功" not in response.text
    assert "排第 2 位" in response.text
    held = client.get(f"{url(project)}signup/{VolunteerSignup.objects.get(phone='13900000001').reference}/")
    assert "<h1>报名成功</h1>" in held.text
    assert "no-cache" in held["Cache-Control"]  # the position moves as others cancel: never kept


def test_waiting_position_counts_only_those_still_waiting_ahead(volunteer_page):
    project = ProjectFactory(places=1)
    sign_up(project, name="甲", phone="13900000001")
    second = sign_up(project, name="乙", phone="13900000002")
    third = sign_up(project, name="丙", phone="13900000003")
    assert (second.waiting_position, third.waiting_position) == (1, 2)
    cancel(second.reference, "13900000002")
    assert third.waiting_position == 1


def test_next_on_the_waiting_list_moves_up_when_someone_cancels(volunteer_page):
    project = ProjectFactory(places=1)
    first = sign_up(project, name="甲", phone="13900000001")
    second = sign_up(project, name="乙", phone="13900000002")
    third = sign_up(project, name="丙", phone="13900000003")
    assert [second.status, third.status] == [SignupStatus.WAITLISTED] * 2
    cancel(first.reference.lower(), "13900000001")
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == SignupStatus.PENDING  # oldest on the list first
    assert third.status == SignupStatus.WAITLISTED
    project.refresh_from_db()
    assert project.places_taken == 1


def test_declining_a_signup_frees_its_place(volunteer_page):
    project = ProjectFactory(places=1)
    first = sign_up(project, name="甲", phone="13900000001")
    second = sign_up(project, name="乙", phone="13900000002")
    change_status(first, SignupStatus.DECLINED)
    second.refresh_from_db()
    assert second.status == SignupStatus.PENDING


def test_cancellation_needs_the_matching_phone(client, volunteer_page):
    project = ProjectFactory()
    signup = sign_up(project, name="甲", phone="13900000001")
    with pytest.raises(SignupRefused):
        cancel(signup.reference, "13900000009")
    response = client.post(
        "/zh-hans/projects/volunteer-projects/cancel/",
        {"reference": signup.reference, "phone": "13900000001"},
        follow=True,
    )
    assert "报名已取消" in response.text
    signup.refresh_from_db()
    assert signup.status == SignupStatus.CANCELLED


def test_finished_projects_take_no_signups(client, volunteer_page):
    project = ProjectFactory(status=ProjectStatus.COMPLETED)
    assert "本项目不接受报名" in client.get(url(project)).text
    with pytest.raises(SignupRefused):
        sign_up(project, name="甲", phone="13900000001")


def test_honeypot_posts_are_dropped(client, volunteer_page):
    project = ProjectFactory()
    client.post(url(project), form(website="http://spam.example"))
    assert not VolunteerSignup.objects.exists()


def test_signups_are_rate_limited_per_address(client, volunteer_page):
    project = ProjectFactory(places=50)
    for n in range(10):
        client.post(url(project), form(phone=f"1390000{n:04d}"))
    response = client.post(url(project), form(phone="13900009999"))
    assert "报名过于频繁" in response.text
    assert VolunteerSignup.objects.count() == 10


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs real concurrent connections: the SQLite test database is one shared in-memory file",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_last_places_are_never_overbooked_under_concurrent_requests(volunteer_page):
    project = ProjectFactory(places=3)
    attempts = 8
    barrier = threading.Barrier(attempts)
    statuses = []

    def attempt(n):
        try:
            barrier.wait()
            response = Client(REMOTE_ADDR=f"10.0.0.{n}").post(url(project), form(phone=f"1390000{n:04d}"))
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * attempts  # everyone got an answer: a place or the waiting list
    assert VolunteerSignup.objects.filter(status=SignupStatus.PENDING).count() == 3
    assert VolunteerSignup.objects.filter(status=SignupStatus.WAITLISTED).count() == attempts - 3
    project.refresh_from_db()
    assert project.places_taken == 3
