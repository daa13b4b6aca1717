import pytest

from orgdirectory.models import DonorsPage, OrganizationIndexPage
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
