"""Demo data of the directory, run by load_demo after the site's pages exist:
organizations and their records, then the project platform, then the group
that may see volunteers' personal data."""

from django.contrib.auth.models import Group, Permission

from home.demo.accounts import demo_account

from .organizations import DirectoryDemo
from .projects import load as load_projects

PERSONAL_DATA_MODELS = ["volunteersignup", "talent"]
COORDINATOR = ("coordinator", "demo-coordinator-2026")


def add_coordinators(stdout):
    """The only group that sees (and exports) volunteers' and talent's personal data."""
    group, created = Group.objects.get_or_create(name="Volunteer coordinators")
    if created:
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
            *Permission.objects.filter(
                content_type__app_label="orgdirectory",
                content_type__model__in=[*PERSONAL_DATA_MODELS, "project"],
                codename__regex=r"^(view|change)_",
            ),
        )
    username, password = COORDINATOR
    if demo_account(group, username, password, "演示", "志愿服务协调员"):
        stdout.write("Directory: demo coordinator account added.")


def load(stdout):
    DirectoryDemo(stdout).load()
    load_projects(stdout)
    add_coordinators(stdout)
