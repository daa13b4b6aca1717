"""Personal data of volunteers and talent (PIPL): seen only by coordinators, every export
audited, sign-ups anonymised after their retention period with the counts kept."""

import datetime
import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db.models import Count, Sum
from django.utils import timezone

from wagtail.models import ModelLogEntry

from orgdirectory.models import SignupStatus, VolunteerSignup
from orgdirectory.signups import change_status, sign_up
from orgdirectory.wagtail_hooks import EXPORT_PERSONAL_DATA
from tests.orgdirectory.factories import ProjectFactory, TalentFactory

pytestmark = pytest.mark.django_db

XHR = {"x-requested-with": "XMLHttpRequest"}


def logged_in(client, django_user_model, group):
    user = django_user_model.objects.create_user(f"in-{group.pk}", password="x" * 12)
    user.groups.add(group)
    client.force_login(user)
    return client


def personal_data_views():
    signup = sign_up(ProjectFactory(), name="王小明", phone="13900001111", email="xiaoming@example.org")
    talent = TalentFactory(display_name="未公开的黄老师", consented_at=None, phone="13800009999")
    return [
        "/admin/snippets/orgdirectory/volunteersignup/",
        "/admin/snippets/orgdirectory/volunteersignup/results/",
        "/admin/snippets/orgdirectory/volunteersignup/?export=csv",
        "/admin/snippets/orgdirectory/volunteersignup/?export=xlsx",
        f"/admin/snippets/orgdirectory/volunteersignup/edit/{signup.pk}/",
        "/admin/snippets/choose/orgdirectory/volunteersignup/",
        "/admin/snippets/orgdirectory/talent/",
        "/admin/snippets/orgdirectory/talent/?export=csv",
        f"/admin/snippets/orgdirectory/talent/edit/{talent.pk}/",
        "/admin/snippets/choose/orgdirectory/talent/",
        f"/admin/snippets/choose/orgdirectory/talent/chosen/{talent.pk}/",
    ]


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


# Who sees it


def test_coordinators_open_list_edit_export_and_chooser(coordinator, home):
    for url in personal_data_views():
        assert coordinator.get(url).status_code == 200, url
    assert "王小明" in coordinator.get("/admin/snippets/orgdirectory/volunteersignup/").text
    export = coordinator.get("/admin/snippets/orgdirectory/talent/", {"export": "csv"})
    assert "13800009999" in content(export).decode()


@pytest.mark.parametrize("role", ["editors", "first_review", "final_review"])
def test_editors_and_reviewers_are_refused_every_personal_data_view(client, django_user_model, role, roles, home):
    """Wagtail answers a refused page with a redirect and a message, and a refused XHR with 403."""
    client = logged_in(client, django_user_model, roles[role])
    assert client.get("/admin/").status_code == 200  # they do use the admin
    for url in personal_data_views():
        refused = client.get(url)
        assert refused.status_code == 302 and refused.url == "/admin/", url
        assert client.get(url, headers=XHR).status_code == 403, url
    assert not ModelLogEntry.objects.filter(action=EXPORT_PERSONAL_DATA).exists()


def test_add_permission_alone_does_not_open_the_list(client, django_user_model, home):
    from django.contrib.auth.models import Permission

    group = Group.objects.create(name="Sign-up clerks")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="add_volunteersignup")
    )
    client = logged_in(client, django_user_model, group)
    listing = "/admin/snippets/orgdirectory/volunteersignup/"
    assert client.get(listing, headers=XHR).status_code == 403
    assert client.get(listing, {"export": "csv"}, headers=XHR).status_code == 403


# Exports are audited


def test_export_is_logged_with_user_model_filters_and_row_count(coordinator, home):
    project = ProjectFactory(places=5)
    for n in range(3):
        sign_up(project, name=f"志愿者{n}", phone=f"1390000{n:04d}")
    change_status(VolunteerSignup.objects.first(), SignupStatus.CONFIRMED)
    response = coordinator.get(
        "/admin/snippets/orgdirectory/volunteersignup/", {"export": "csv", "status": SignupStatus.PENDING}
    )
    assert content(response).decode().count("1390000") == 2
    entry = ModelLogEntry.objects.get(action=EXPORT_PERSONAL_DATA)
    assert entry.user.username == "coordinator"
    assert entry.data == {
        "model": "orgdirectory.volunteersignup",
        "format": "csv",
        "filters": {"status": ["pending"]},
        "rows": 2,
    }
    assert entry.label == "志愿者报名"
    assert "2" in entry.message and "CSV" in entry.message and "status=pending" in entry.message


def test_every_export_format_of_both_models_is_logged(coordinator, home):
    TalentFactory()
    coordinator.get("/admin/snippets/orgdirectory/talent/", {"export": "xlsx"})
    coordinator.get("/admin/snippets/orgdirectory/talent/", {"export": "csv"})
    coordinator.get("/admin/snippets/orgdirectory/talent/")  # looking is not exporting
    logged = ModelLogEntry.objects.filter(action=EXPORT_PERSONAL_DATA).order_by("pk")
    assert [(e.data["model"], e.data["format"], e.data["rows"]) for e in logged] == [
        ("orgdirectory.talent", "xlsx", 1),
        ("orgdirectory.talent", "csv", 1),
    ]


def test_export_log_is_readable_in_site_history_by_superusers(admin_client, coordinator, home):
    coordinator.get("/admin/snippets/orgdirectory/volunteersignup/", {"export": "csv"})
    history = admin_client.get("/admin/reports/site-history/", {"action": EXPORT_PERSONAL_DATA})
    assert history.status_code == 200
    assert "导出个人信息" in history.text or "Export personal data" in history.text


# Purge after the retention period


def signups_aged(project, *ages_in_days):
    signups = []
    for n, age in enumerate(ages_in_days):
        signup = sign_up(project, name=f"志愿者{n}", phone=f"1390000{n:04d}", email=f"v{n}@example.org", message="备注")
        VolunteerSignup.objects.filter(pk=signup.pk).update(created_at=timezone.now() - datetime.timedelta(days=age))
        signups.append(signup)
    return signups


def counts_per_project():
    return list(
        VolunteerSignup.objects.order_by("project")
        .values("project", "status")
        .annotate(count=Count("pk"), hours=Sum("hours_served"))
    )


def purge(*args):
    out = io.StringIO()
    call_command("purge_personal_data", *args, stdout=out)
    return out.getvalue()


def test_purge_anonymises_old_signups_only_and_keeps_the_counts(home):
    project = ProjectFactory(places=2)
    old, older, recent = signups_aged(project, 400, 800, 10)
    change_status(old, SignupStatus.CONFIRMED, hours_served=3)
    before = counts_per_project()
    output = purge("--older-than", "365")
    assert output.startswith("Anonymised 2 sign-up(s) in 1 project(s) created before")
    for signup in (old, older):
        signup.refresh_from_db()
        assert (signup.name, signup.phone, signup.email, signup.message) == ("", "", "", "")
        assert signup.anonymised_at is not None
    recent.refresh_from_db()
    assert (recent.name, recent.phone, recent.email) == ("志愿者2", "13900000002", "v2@example.org")
    assert recent.anonymised_at is None
    assert counts_per_project() == before
    project.refresh_from_db()
    assert project.places_taken == 2  # the old, still active sign-ups keep their places
    assert "Anonymised 0 sign-up(s)" in purge("--older-than", "365")  # nothing left to do


def test_purged_volunteer_can_sign_up_again_with_the_same_phone(home):
    project = ProjectFactory(places=5)
    signups_aged(project, 400)
    purge("--older-than", "365")
    assert sign_up(project, name="志愿者0", phone="13900000000").status == SignupStatus.PENDING


def test_dry_run_changes_nothing(home):
    project = ProjectFactory()
    signups_aged(project, 400, 10)
    before = list(VolunteerSignup.objects.values())
    assert purge("--older-than", "365", "--dry-run").startswith("Would anonymise 1 sign-up(s) in 1 project(s)")
    assert list(VolunteerSignup.objects.values()) == before


@pytest.mark.parametrize("days", ["0", "-5"])
def test_purge_refuses_less_than_one_day(days, home):
    signups_aged(ProjectFactory(), 400)
    with pytest.raises(CommandError, match="at least 1 day"):
        purge("--older-than", days)
    assert not VolunteerSignup.objects.filter(anonymised_at__isnull=False).exists()
