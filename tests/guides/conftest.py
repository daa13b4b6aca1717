import pytest

from guides.models import GuideIndexPage


@pytest.fixture
def finder(home):
    page = GuideIndexPage(title="办事指南", slug="guides")
    home.add_child(instance=page)
    return page
