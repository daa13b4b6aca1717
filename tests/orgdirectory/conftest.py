import pytest

from orgdirectory.models import DonorsPage, NeedIndexPage, OrganizationIndexPage, ProjectIndexPage, TalentIndexPage
from tests.home.factories import StandardPageFactory


@pytest.fixture
def directory(home):
    database = StandardPageFactory(parent=home, title="数据库", slug="database")
    page = OrganizationIndexPage(title="组织库", slug="organizations")
    database.add_child(instance=page)
    return page


@pytest.fixture
def donors_page(home):
    charity = StandardPageFactory(parent=home, title="招善引慈", slug="charity")
    page = DonorsPage(title="捐赠者", slug="donors")
    charity.add_child(instance=page)
    return page


@pytest.fixture
def projects_section(home):
    return StandardPageFactory(parent=home, title="项目平台", slug="projects")


@pytest.fixture
def volunteer_page(projects_section):
    page = ProjectIndexPage(title="志愿者项目", slug="volunteer-projects", kind="volunteer")
    projects_section.add_child(instance=page)
    return page


@pytest.fixture
def all_projects_page(projects_section):
    page = ProjectIndexPage(title="全部项目", slug="all")
    projects_section.add_child(instance=page)
    return page


@pytest.fixture
def needs_page(home):
    page = NeedIndexPage(title="需求库", slug="needs")
    home.add_child(instance=page)
    return page


@pytest.fixture
def talent_page(home):
    page = TalentIndexPage(title="人才库", slug="talent")
    home.add_child(instance=page)
    return page


@pytest.fixture
def coordinator(client, django_user_model, roles):
    """The test client signed in as a member of 志愿服务协调员 (sign-ups and talent)."""
    user = django_user_model.objects.create_user("coordinator", password="x" * 12)
    user.groups.add(roles["coordinators"])
    client.force_login(user)
    return client
