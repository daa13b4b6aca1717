"""The shared vocabularies are kept in the admin under one menu item."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["region", "servicearea", "audience"])
def test_every_vocabulary_lists_exports_and_adds(admin_client, model):
    url = f"/admin/snippets/taxonomy/{model}/"
    assert admin_client.get(url).status_code == 200
    assert admin_client.get(url, {"export": "xlsx"}).status_code == 200
    assert admin_client.get(f"{url}add/").status_code == 200


def test_the_vocabularies_are_one_menu_item_in_chinese(admin_client):
    """The sidebar (JSON in the page, so Chinese is escaped) has 词表 with the three lists."""
    page = admin_client.get("/admin/").content.decode("unicode_escape")
    assert "词表" in page
    for url in ("/admin/snippets/taxonomy/region/", "/admin/snippets/taxonomy/servicearea/"):
        assert url in page
