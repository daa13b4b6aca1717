import pytest

from django.core.cache import cache

from home.models import SiteSettings
from tests.home.factories import chinese_home, publish_translation


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters and cached pages must not leak from one test into another."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return chinese_home()


@pytest.fixture
def english_home(home):
    return publish_translation(home, title="Home")


@pytest.fixture
def site_settings(home):
    settings = SiteSettings.for_site(home.get_site())
    settings.site_name = "省社会组织服务中心"
    settings.site_name_en = "Provincial Social Organization Service Center"
    settings.sponsor = "省民政厅"
    settings.sponsor_en = "Provincial Department of Civil Affairs"
    settings.phone = "020-8600 1200"
    settings.site_code = "4400000099"
    settings.icp_number = "粤ICP备20260000号-1"
    settings.police_number = "粤公网安备 44010602000000号"
    settings.save()
    return settings
