import io
from contextlib import contextmanager

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from wagtail.models import Locale

from home import setup
from home.models import SiteSettings
from home.setup.access import ensure_roles
from home.setup.records import Changes
from search import boilerplate
from tests.home.factories import chinese_home, publish_translation
from tests.notices.factories import ArticleIndexPageFactory, NoticeIndexPageFactory, PolicyIndexPageFactory


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters, cached pages and the search's common tokens must not leak from one test into another."""
    for cache in caches.all():
        cache.clear()
    boilerplate.forget()
    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()
    boilerplate.forget()


class VerifiedClient(Client):
    """A test client whose force_login() also passes the second factor when the user has an
    authenticator app, as if they had entered its code (security/twofactor requires it of superusers)."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is not None:
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()


@pytest.fixture
def client():
    return VerifiedClient()


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app superusers must have."""
    TOTPDevice.objects.create(user=admin_user, name="authenticator", confirmed=True)
    return admin_user


@pytest.fixture
def admin_client(admin_user):
    client = VerifiedClient()
    client.force_login(admin_user)
    return client


@contextmanager
def built_once(django_db_blocker, build):
    """Data built once for a test module, inside a transaction rolled back after the module's
    last test. Each test runs in a savepoint of its own inside it (pytest-django's `db`), so
    what a test changes is undone and the next test finds the data as built."""
    with django_db_blocker.unblock(), transaction.atomic():
        build()
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def installed_site(django_db_setup, django_db_blocker):
    """What `setup_site` builds on an empty database, once per module: use `site` in tests."""
    with built_once(django_db_blocker, setup.run):
        yield


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site (`load_demo`), once per module."""
    with built_once(django_db_blocker, lambda: call_command("load_demo", stdout=io.StringIO())):
        yield


@pytest.fixture
def site(installed_site, db):
    """The Chinese home page of a site as `setup_site` leaves it."""
    return setup.tree.section_page("home")


@pytest.fixture
def english(db):
    """The English locale."""
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def roles(db):
    """The groups setup_site makes, with their permissions but without the section tree:
    {role key: group} (home/setup/access.py)."""
    return ensure_roles(Changes())


@pytest.fixture
def home(db):
    return chinese_home()


@pytest.fixture
def english_home(home):
    return publish_translation(home, title="Home")


@pytest.fixture
def news(home):
    """The news section (服务动态) under the Chinese home page."""
    return ArticleIndexPageFactory(parent=home, slug="news", title="服务动态")


@pytest.fixture
def notice_list(home):
    """The notices section (服务公告)."""
    return NoticeIndexPageFactory(parent=home, slug="notices", title="服务公告")


@pytest.fixture
def policy_list(home):
    """The policy texts section (政策法规)."""
    return PolicyIndexPageFactory(parent=home, slug="policies", title="政策法规")


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
