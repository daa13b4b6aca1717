"""Two-factor authentication in the admin: required of whom TWO_FACTOR_REQUIRED says (production: every
admin user; development and tests: superusers), optional for the others."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", password=PASSWORD)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def log_in(username):
    client = Client()
    assert client.post("/admin/login/", {"username": username, "password": PASSWORD}).status_code == 302
    return client


def test_superuser_without_a_device_is_sent_to_setup(superuser):
    client = log_in("boss")
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('twofactor:setup')}?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/").status_code == 302


def test_setup_shows_the_qr_code_and_key_and_a_valid_code_confirms_it(superuser):
    client = log_in("boss")
    response = client.get(reverse("twofactor:setup"), {"next": "/admin/pages/"})
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)
    assert "<svg" in response.text
    assert response.context["secret"].replace(" ", "") in response.text.replace(" ", "")

    response = client.post(reverse("twofactor:setup"), {"token": current_code(device), "next": "/admin/pages/"})
    assert response.status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    codes = response.context["codes"]
    assert len(codes) == 10
    assert all(code in response.text for code in codes)
    assert StaticToken.objects.filter(device__user=superuser).count() == 10
    assert client.get("/admin/pages/").status_code == 200


def test_setup_refuses_a_wrong_code(superuser):
    client = log_in("boss")
    client.get(reverse("twofactor:setup"))
    response = client.post(reverse("twofactor:setup"), {"token": "000000"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not TOTPDevice.objects.get(user=superuser).confirmed


@pytest.fixture
def enrolled(superuser):
    device = TOTPDevice.objects.create(user=superuser, name="authenticator", confirmed=True)
    backup = StaticDevice.objects.create(user=superuser, name="backup")
    backup.token_set.create(token="backup01")
    return device


def test_next_login_asks_for_the_code(enrolled):
    client = log_in("boss")
    response = client.get("/admin/pages/")
    assert response["Location"] == f"{reverse('twofactor:verify')}?next=%2Fadmin%2Fpages%2F"


def test_a_wrong_code_is_refused(enrolled):
    client = log_in("boss")
    data = {"otp_device": enrolled.persistent_id, "otp_token": "000000", "next": "/admin/pages/"}
    response = client.post(reverse("twofactor:verify"), data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert client.get("/admin/pages/").status_code == 302


def test_the_right_code_opens_the_admin(enrolled):
    client = log_in("boss")
    data = {"otp_device": enrolled.persistent_id, "otp_token": current_code(enrolled), "next": "/admin/pages/"}
    response = client.post(reverse("twofactor:verify"), data)
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_backup_code_works_once(enrolled):
    backup = StaticDevice.objects.get(user=enrolled.user)
    client = log_in("boss")
    data = {"otp_device": backup.persistent_id, "otp_token": "backup01"}
    assert client.post(reverse("twofactor:verify"), data).status_code == 302
    assert client.get("/admin/pages/").status_code == 200
    assert not backup.token_set.exists()


def test_verify_goes_only_to_pages_of_this_site(enrolled):
    client = log_in("boss")
    data = {"otp_device": enrolled.persistent_id, "otp_token": current_code(enrolled), "next": "https://evil.example/"}
    assert client.post(reverse("twofactor:verify"), data)["Location"] == reverse("wagtailadmin_home")


def test_an_editor_without_a_device_is_not_forced(editor):
    client = log_in("editor")
    assert client.get("/admin/").status_code == 200
    account = client.get(reverse("wagtailadmin_account"))
    assert reverse("twofactor:setup") in account.text


def test_an_editor_who_opted_in_is_asked_for_the_code(editor):
    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    client = log_in("editor")
    assert client.get("/admin/")["Location"].startswith(reverse("twofactor:verify"))


@pytest.fixture
def coordinator(django_user_model, roles):
    user = django_user_model.objects.create_user("coordinator", password=PASSWORD)
    user.groups.add(roles["coordinators"])
    return user


def test_with_all_required_every_admin_user_is_sent_to_setup(coordinator, django_user_model, roles, settings):
    """TWO_FACTOR_REQUIRED=all (production's default): no admin page before enrolling, whatever the role."""
    settings.TWO_FACTOR_REQUIRED = "all"
    django_user_model.objects.create_user("reviewer", password=PASSWORD).groups.add(roles["final_review"])
    for username in ("coordinator", "reviewer"):
        client = log_in(username)
        response = client.get("/admin/snippets/orgdirectory/volunteersignup/")
        assert response["Location"] == (
            f"{reverse('twofactor:setup')}?next=%2Fadmin%2Fsnippets%2Forgdirectory%2Fvolunteersignup%2F"
        )
        assert client.get("/admin/")["Location"].startswith(reverse("twofactor:setup"))
        assert client.get(reverse("twofactor:setup")).status_code == 200


def test_with_superusers_required_a_coordinator_is_not_forced(coordinator, settings):
    settings.TWO_FACTOR_REQUIRED = "superusers"
    assert log_in("coordinator").get("/admin/").status_code == 200


def test_with_two_factor_off_nobody_is_forced_but_enrolled_users_still_give_their_code(superuser, editor, settings):
    settings.TWO_FACTOR_REQUIRED = "off"
    assert log_in("boss").get("/admin/").status_code == 200
    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    assert log_in("editor").get("/admin/")["Location"].startswith(reverse("twofactor:verify"))


def test_a_user_without_admin_access_is_not_sent_to_setup(django_user_model, settings):
    """A signed-in account that may not use the admin is refused by Wagtail, not asked to enrol."""
    settings.TWO_FACTOR_REQUIRED = "all"
    django_user_model.objects.create_user("visitor", password=PASSWORD)
    client = Client()
    client.post("/admin/login/", {"username": "visitor", "password": PASSWORD})
    response = client.get("/admin/")
    assert not response.get("Location", "").startswith(reverse("twofactor:setup"))


def test_an_unknown_setting_value_stops_the_request(superuser, settings):
    settings.TWO_FACTOR_REQUIRED = "everyone"
    client = log_in("boss")
    with pytest.raises(ImproperlyConfigured, match="TWO_FACTOR_REQUIRED"):
        client.get("/admin/")


def test_a_second_device_cannot_be_added_before_verifying(enrolled):
    """Someone with only the password cannot replace the authenticator app."""
    client = log_in("boss")
    response = client.get(reverse("twofactor:setup"))
    assert response["Location"].startswith(reverse("twofactor:verify"))
    assert TOTPDevice.objects.filter(user=enrolled.user).count() == 1


def test_superuser_resets_another_users_devices(admin_client, enrolled):
    user = enrolled.user
    assert reverse("twofactor:reset", args=[user.pk]) in admin_client.get(reverse("wagtailusers_users:index")).text
    assert admin_client.post(reverse("twofactor:reset", args=[user.pk])).status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()


def test_editors_cannot_reset_devices(client, editor, enrolled):
    client.force_login(editor)
    assert client.post(reverse("twofactor:reset", args=[enrolled.user.pk])).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=enrolled.user).exists()
