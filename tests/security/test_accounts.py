"""Admin accounts: login lockout (django-axes), session expiry, password rules and the audit log."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from wagtail.log_actions import registry
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.users.models import UserProfile

from security.accounts.addresses import client_ip
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def log_in(client, username, password, address="10.0.0.1", forwarded_for=None):
    """An admin login from `address`, through a proxy reporting `forwarded_for` when given."""
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def test_five_failures_lock_the_username_out_from_every_address(client, editor):
    """After 5 wrong passwords for one user, even the right one is refused, from any address."""
    for attempt in range(4):
        assert log_in(client, "editor", "wrong-password", address=f"10.0.1.{attempt}").status_code == 200
    assert log_in(client, "editor", "wrong-password", address="10.0.1.4").status_code == 429  # the fifth
    response = log_in(client, "editor", PASSWORD, address="10.0.2.1")
    assert response.status_code == 429
    assert "登录失败次数过多" in response.text  # "Too many failed logins": the admin is in Chinese
    assert "30 分钟" in response.text
    assert "_auth_user_id" not in client.session


def test_five_failures_from_one_address_lock_the_address_out(client, editor):
    """5 failures with different usernames from one address lock that address, not the others."""
    for number in range(5):
        log_in(client, f"guess{number}", "wrong-password", address="10.0.0.9")
    assert log_in(client, "editor", PASSWORD, address="10.0.0.9").status_code == 429
    assert log_in(client, "editor", PASSWORD, address="10.0.0.10").status_code == 302


def test_a_successful_login_clears_the_count(client, editor):
    for _attempt in range(4):
        log_in(client, "editor", "wrong-password")
    assert log_in(client, "editor", PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        log_in(client, "editor", "wrong-password")
    assert log_in(client, "editor", PASSWORD).status_code == 302


def test_client_address_behind_a_trusted_proxy_is_the_one_the_proxy_saw(client, editor, settings):
    """Behind a trusted proxy the rightmost X-Forwarded-For entry that is no proxy is the client."""
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7, 10.1.2.3")
    assert client_ip(request) == "203.0.113.7"
    client.post(
        "/admin/login/",
        {"username": "editor", "password": "wrong-password"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("", "127.0.0.1"),  # no header: the proxy itself
        ("not-an-address", "127.0.0.1"),  # malformed: ignored, never used as a key
        ("203.0.113.7, junk", "127.0.0.1"),  # a malformed entry stops the walk: nothing left of it is believed
        ("10.0.0.5, 127.0.0.1", "10.0.0.5"),  # only proxies: the furthest one the chain vouches for
        ("2001:db8::1", "2001:db8::1"),
    ],
)
def test_forwarded_header_is_read_safely(settings, forwarded, expected):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.2", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert settings.TRUSTED_PROXIES == []
    assert client_ip(request) == "198.51.100.2"


def test_a_client_reaching_the_server_directly_cannot_forge_its_address(client, editor, settings):
    """Proxies are trusted by their address: a direct client sending a new X-Forwarded-For each try stays locked out."""
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for attempt in range(5):
        log_in(client, f"guess{attempt}", "wrong-password", "198.51.100.9", forwarded_for=f"203.0.113.{attempt}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.9"}
    assert log_in(client, "editor", PASSWORD, "198.51.100.9", forwarded_for="203.0.113.99").status_code == 429


def test_behind_the_proxy_each_client_is_locked_out_on_its_own(client, editor, settings):
    """Five failures from one client behind the proxy lock that client, not the proxy's other visitors."""
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for attempt in range(5):
        log_in(client, f"guess{attempt}", "wrong-password", "127.0.0.1", forwarded_for="203.0.113.7")
    assert log_in(client, "editor", PASSWORD, "127.0.0.1", forwarded_for="203.0.113.7").status_code == 429
    assert log_in(client, "editor", PASSWORD, "127.0.0.1", forwarded_for="203.0.113.8").status_code == 302


def test_administrators_see_and_clear_attempts_in_the_admin(client, admin_client, editor):
    """A superuser lists the lockouts and the failures, and deleting the attempt unlocks the account."""
    for attempt in range(5):
        log_in(client, "editor", "wrong-password", address=f"10.0.3.{attempt}")
    assert log_in(client, "editor", PASSWORD, address="10.0.4.1").status_code == 429
    listing = admin_client.get(reverse("accessattempt:index"))
    assert listing.status_code == 200
    assert "editor" in listing.text
    assert "editor" in admin_client.get(reverse("accessfailurelog:index")).text
    assert AccessFailureLog.objects.filter(username="editor").count() >= 5
    for attempt in AccessAttempt.objects.filter(username="editor"):
        assert admin_client.post(reverse("accessattempt:delete", args=[attempt.pk])).status_code == 302
    assert log_in(client, "editor", PASSWORD, address="10.0.4.1").status_code == 302


def test_attempts_are_for_superusers_only(client, editor):
    """Editors may not see, add or edit lockout records."""
    client.force_login(editor)  # before the failure: a login clears the user's attempts
    log_in(Client(), "editor", "wrong-password")
    assert client.get(reverse("accessattempt:index")).status_code in (302, 403)
    attempt = AccessAttempt.objects.get()
    assert client.post(reverse("accessattempt:delete", args=[attempt.pk])).status_code in (302, 403)
    assert AccessAttempt.objects.exists()


def test_nobody_adds_or_edits_attempts(admin_client, client, editor):
    log_in(client, "editor", "wrong-password")
    attempt = AccessAttempt.objects.get()
    assert admin_client.get(reverse("accessattempt:add")).status_code in (302, 403)
    assert admin_client.get(reverse("accessattempt:edit", args=[attempt.pk])).status_code in (302, 403)


def test_sessions_end_after_eight_idle_hours():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST


def test_passwords_shorter_than_twelve_characters_are_refused(editor):
    with pytest.raises(ValidationError):
        validate_password("Xq7#kLm2pW9", editor)  # 11 characters
    validate_password("demo-editor-2026")  # the demo accounts' passwords still pass


# The audit log


def entries(action, **filters):
    return ModelLogEntry.objects.filter(action=action, **filters)


def test_login_failed_login_and_logout_are_logged_with_the_address(client, editor):
    log_in(client, "editor", "wrong-password", address="10.0.5.1")
    log_in(client, "nobody", "wrong-password", address="10.0.5.2")
    log_in(client, "editor", PASSWORD, address="10.0.5.3")
    client.post("/admin/logout/", REMOTE_ADDR="10.0.5.3")
    failed = entries("socialorg.login_failed", object_id=str(editor.pk)).get()
    assert failed.data["address"] == "10.0.5.1"
    assert entries("socialorg.login_failed", label="nobody").get().data["address"] == "10.0.5.2"
    login = entries("socialorg.login", object_id=str(editor.pk)).get()
    assert (login.user_id, login.data["address"]) == (editor.pk, "10.0.5.3")
    assert entries("socialorg.logout", object_id=str(editor.pk)).exists()


def test_group_membership_changes_are_logged(editor):
    moderators = Group.objects.get(name="Moderators")
    editor.groups.add(moderators)
    moderators.user_set.remove(editor)
    logged = [entry.data for entry in entries("socialorg.groups", object_id=str(editor.pk)).order_by("pk")]
    assert {"added": ["Moderators"]} in logged
    assert {"removed": ["Moderators"]} in logged


def test_groups_loaded_as_stored_are_not_logged_as_changes(tmp_path):
    """loaddata, or a test database restored (serialized rollback), writes what was: no change to log.
    Logging it broke the restore, the log entry pointing at content types not yet restored."""
    from django.contrib.auth.models import Permission
    from django.core import serializers
    from django.core.management import call_command

    group = Group.objects.create(name="导入的组")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    fixture = tmp_path / "groups.json"
    fixture.write_text(serializers.serialize("json", [group]), encoding="utf-8")
    group.permissions.clear()
    ModelLogEntry.objects.all().delete()
    call_command("loaddata", fixture, verbosity=0)  # puts the permission back as stored
    assert group.permissions.filter(codename="access_admin").exists()
    assert not entries("socialorg.group_permissions").exists()
    group.permissions.clear()  # a real change afterwards is still logged
    assert entries("socialorg.group_permissions", object_id=str(group.pk)).exists()


def test_group_permission_changes_are_logged(home):
    from django.contrib.auth.models import Permission

    from wagtail.models import GroupPagePermission

    group = Group.objects.create(name="审核员")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=home, permission_type="publish")
    logged = [entry.data for entry in entries("socialorg.group_permissions", object_id=str(group.pk))]
    assert {"added": ["Wagtail admin | Can access Wagtail admin"]} in logged or any(
        "access_admin" in str(data) or "Can access Wagtail admin" in str(data) for data in logged
    )
    assert any("publish_page" in str(data) for data in logged)


def test_superuser_changes_are_logged(editor):
    editor.is_superuser = True
    editor.save()
    entry = entries("socialorg.account_status", object_id=str(editor.pk)).get()
    assert entry.data == {"changes": {"is_superuser": [False, True]}}
    editor.last_login = None
    editor.save(update_fields=["last_login"])
    assert entries("socialorg.account_status").count() == 1


def test_publishing_is_logged(home, admin_user):
    page = StandardPageFactory(parent=home, live=False)
    page.save_revision().publish(user=admin_user)
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_account_entries_are_listed_in_site_history(admin_client, admin_user, client, editor):
    """Reports → Site history names the new actions and shows the entries."""
    log_in(client, "nobody", "wrong-password")
    log_in(client, "editor", PASSWORD)
    with translation.override("en"):
        assert registry.get_action_label("socialorg.login") == "Log in"
    profile = UserProfile.get_for_user(admin_user)  # the admin in English: the account's choice
    profile.preferred_language = "en"
    profile.save()
    response = admin_client.get("/admin/reports/site-history/")
    assert response.status_code == 200
    assert "Logged in from 10.0.0.1" in response.text
    assert "Failed login from 10.0.0.1" in response.text
