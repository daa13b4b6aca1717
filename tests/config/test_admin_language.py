"""The admin's language: Chinese by default whatever the browser asks, the account's own choice
once signed in; and a page that could not be created says only that."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def test_the_admin_login_page_is_in_chinese_even_for_an_english_browser(client):
    response = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert response["Content-Language"] == "zh-hans"
    assert "密码" in response.text
    assert "Password" not in response.text


def test_the_dashboard_is_in_chinese_for_an_account_without_a_preference(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="zh-hans"' in response.text


def test_an_account_that_chose_english_gets_the_admin_in_english(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert '<html lang="en"' in response.text


def test_a_page_that_could_not_be_created_is_not_autosaved_behind_the_error(admin_client, home):
    """Wagtail's autosave saved a draft, required fields deferred, right after the explicit
    save had failed: the editor read "could not be created" beside "Saved"."""
    add = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    response = admin_client.post(add, nested_form_data({"title": "", "body": streamfield([])}))
    assert response.status_code == 200
    assert "页面未能创建：有内容未通过验证。" in response.text  # Wagtail's catalog lacks it; ours has it
    assert "data-w-autosave-interval-value" not in response.text  # the form does not autosave
