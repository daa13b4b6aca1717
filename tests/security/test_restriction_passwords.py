"""Passwords of restricted pages and documents cannot be guessed without limit: after 10 wrong tries
from one address in 15 minutes, that address is refused (even with the right password) for that restriction."""

import pytest

from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.home.factories import StandardPageFactory
from tests.notices.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PASSWORD = "secret-2026"
TOO_MANY = "Too many attempts. Please try again later."


@pytest.fixture
def restricted_page(home):
    page = StandardPageFactory(parent=home, title="内部资料")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return f"/zh-hans/_util/authenticate_with_password/{restriction.pk}/{page.pk}/", page.url


@pytest.fixture
def restricted_document(db):
    collection = Collection.get_first_root_node().add_child(name="内部文件")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    document = DocumentFactory(collection=collection)
    return f"/documents/authenticate_with_password/{restriction.pk}/", document.url


def attempt(client, form_url, return_url, password):
    return client.post(form_url, {"password": password, "return_url": return_url})


@pytest.mark.parametrize("restricted", ["restricted_page", "restricted_document"])
def test_after_ten_wrong_passwords_even_the_right_one_is_refused(restricted, request):
    form_url, return_url = request.getfixturevalue(restricted)
    guesser = Client(REMOTE_ADDR="198.51.100.7")
    for n in range(10):
        assert attempt(guesser, form_url, return_url, f"guess-{n}").status_code == 200
    refused = attempt(guesser, form_url, return_url, PASSWORD)
    assert refused.status_code == 429
    assert "尝试次数过多，请稍后再试" in refused.text  # the site's language; the form is shown again
    assert 'name="password"' in refused.text
    assert attempt(Client(REMOTE_ADDR="198.51.100.8"), form_url, return_url, PASSWORD).status_code == 302


@pytest.mark.parametrize("restricted", ["restricted_page", "restricted_document"])
def test_the_right_password_before_the_limit_opens_it(restricted, request):
    form_url, return_url = request.getfixturevalue(restricted)
    visitor = Client(REMOTE_ADDR="198.51.100.9")
    for n in range(9):
        attempt(visitor, form_url, return_url, f"typo-{n}")
    response = attempt(visitor, form_url, return_url, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == return_url


def test_the_limit_counts_the_client_behind_the_proxy(restricted_page, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    form_url, return_url = restricted_page
    for n in range(10):
        attempt(Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5"), form_url, return_url, f"g{n}")
    behind = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert attempt(behind, form_url, return_url, PASSWORD).status_code == 429
    other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert attempt(other, form_url, return_url, PASSWORD).status_code == 302


def test_the_message_is_translated():
    with translation.override("zh-hans"):
        assert gettext(TOO_MANY) == "尝试次数过多，请稍后再试。"
