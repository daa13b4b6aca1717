"""Every admin screen opens, for every demo role and a superuser: no server error on any page
type or snippet type, in either language.

The page and snippet types come from Wagtail's registries, so a new type is covered without
editing this file; the demo site must hold one page of each page type in each language and
one record of each snippet type (load_demo), or the test says which is missing.
"""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from notices.models import ArticlePage
from tests.conftest import VerifiedClient

pytestmark = pytest.mark.django_db

DEMO_ROLES = ["editor", "moderator", "reviewer", "coordinator", "yuexiu", "nanhai"]
LANGUAGES = ["zh-hans", "en"]


def page_types():
    return [model for model in get_page_models() if model is not Page]


def page_screens(page):
    """Each admin screen of one page: edit, explorer, history, preview, translation."""
    revision = page.latest_revision
    screens = [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_explore", args=[page.pk]),
        reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
    ]
    if revision is not None:
        screens.append(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))
    return screens


def page_actions(page):
    """The screens of what may be done to a page: add one like it, copy, move, delete, unpublish."""
    parent = page.get_parent()
    screens = [
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        reverse("wagtailadmin_pages:move", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
    ]
    if page.live:
        screens.append(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    if type(page).can_create_at(parent):  # not a second home page, site map or directory
        screens.append(reverse("wagtailadmin_pages:add", args=[page._meta.app_label, page._meta.model_name, parent.pk]))
    return screens


def snippet_screens(model):
    obj = model.objects.order_by("pk").first()
    assert obj is not None, f"load_demo has no {model._meta.label}: add one so its admin is checked"
    name = f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}"
    return [
        reverse(f"{name}:list"),
        reverse(f"{name}:add"),
        reverse(f"{name}:edit", args=[obj.pk]),
        reverse(f"{name}:history", args=[obj.pk]),
    ]


def setting_screens(site_id):
    return [
        reverse("wagtailsettings:edit", args=[*model._meta.label_lower.split("."), site_id])
        for model in settings_registry
    ]


def demo_pages():
    """One page of every page type in each language, the first in tree order."""
    for model in page_types():
        for language in LANGUAGES:
            page = model.objects.filter(locale__language_code=language).order_by("path").first()
            assert page is not None, f"load_demo has no {model._meta.label} in {language}"
            yield page


@pytest.fixture
def screens(demo_site, db):
    urls = [reverse("wagtailadmin_home"), reverse("wagtail_localize:translations_report")]
    for page in demo_pages():
        urls += page_screens(page)
    for model in get_snippet_models():
        urls += snippet_screens(model)
    urls += setting_screens(Page.objects.get(depth=2, locale__language_code="zh-hans").get_site().pk)
    return urls


def opened(client, urls):
    """{url: status} of every screen."""
    return {url: client.get(url).status_code for url in urls}


@pytest.mark.parametrize("username", DEMO_ROLES)
def test_no_admin_screen_fails_for_a_demo_role(screens, username):
    client = VerifiedClient()
    client.force_login(get_user_model().objects.get(username=username))
    statuses = opened(client, screens)
    assert {url: status for url, status in statuses.items() if status >= 500} == {}
    assert statuses[reverse("wagtailadmin_home")] == 200  # every role works in the admin


def test_every_admin_screen_opens_for_a_superuser(screens, admin_client):
    """The superuser opens everything, the actions on every page type too."""
    urls = [*screens, *(url for page in demo_pages() for url in page_actions(page))]
    statuses = opened(admin_client, urls)
    assert {url: status for url, status in statuses.items() if status != 200} == {}


def test_every_page_and_snippet_type_is_checked(screens):
    """The registries name the types this test reaches: its list is not written by hand."""
    checked = " ".join(screens)
    for model in get_snippet_models():
        assert f"/{model._meta.app_label}/{model._meta.model_name}/" in checked
    edited = {Page.objects.get(pk=int(url.split("/")[3])).specific_class for url in screens if url.endswith("/edit/")}
    assert edited == set(page_types())
    assert ArticlePage in edited  # whose editor answered a server error before
