"""The APIs and the Wagtail admin search through the same Chinese analysis as the site."""

import pytest

from tests.guides.factories import GuidePageFactory
from tests.orgdirectory.factories import OrganizationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_pages_api_search_finds_a_word_inside_a_title(client, home):
    GuidePageFactory(parent=home, title="社会组织成立登记")
    GuidePageFactory(parent=home, title="慈善组织认定")
    response = client.get("/api/v2/pages/", {"search": "社會組織"})
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["社会组织成立登记"]


def test_pages_api_search_with_nothing_searchable_is_an_empty_list(client, home):
    GuidePageFactory(parent=home, title="社会组织成立登记")
    response = client.get("/api/v2/pages/", {"search": '"'})
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_directory_api_keyword_uses_the_analysis(client, db):
    OrganizationFactory(name="广州市越秀区长者关爱协会")
    OrganizationFactory(name="广州市工会")
    names = [org["name"] for org in client.get("/api/directory/organizations/", {"q": "長者關愛"}).json()["results"]]
    assert names == ["广州市越秀区长者关爱协会"]


def test_directory_api_keyword_still_matches_an_exact_credit_code(client, db):
    organization = OrganizationFactory(name="广州市越秀区长者关爱协会")
    response = client.get("/api/directory/organizations/", {"q": organization.credit_code.lower()})
    assert [org["name"] for org in response.json()["results"]] == ["广州市越秀区长者关爱协会"]


def test_project_list_keyword_finds_traditional_characters(client, db):
    ProjectFactory(title="社区长者助餐志愿服务")
    ProjectFactory(title="青少年编程夏令营")
    titles = [p["title"] for p in client.get("/api/directory/projects/", {"q": "長者助餐"}).json()["results"]]
    assert titles == ["社区长者助餐志愿服务"]


def test_admin_page_search_finds_chinese(admin_client, home):
    GuidePageFactory(parent=home, title="社会组织成立登记")
    response = admin_client.get("/admin/pages/search/", {"q": "组织成立"})
    assert response.status_code == 200
    assert "社会组织成立登记" in response.text


def test_admin_snippet_search_finds_chinese(admin_client, db):
    OrganizationFactory(name="广州市越秀区长者关爱协会")
    OrganizationFactory(name="广州市工会")
    response = admin_client.get("/admin/snippets/orgdirectory/organization/", {"q": "长者关爱"})
    assert response.status_code == 200
    assert "广州市越秀区长者关爱协会" in response.text
    assert "广州市工会" not in response.text
