"""The directory's JSON API: the page's filters, paginated, read-only."""

import datetime
from decimal import Decimal

import pytest

from orgdirectory.models import FundingSource, Grade
from taxonomy.models import Region
from tests.orgdirectory.factories import FundingRecordFactory, OrganizationFactory, award

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(db):
    shenzhen = Region.objects.get(code="440300")
    a = award(OrganizationFactory(name="越秀长者服务中心"), Grade.A5, datetime.date.today())
    b = OrganizationFactory(name="深圳社区服务社", region=shenzhen)
    FundingRecordFactory(organization=a, year=2024, amount=Decimal("1000.10"))
    FundingRecordFactory(organization=b, year=2023, source=FundingSource.FISCAL_SUBSIDY, amount=Decimal("2000"))
    return a, b


def test_organizations_endpoint_filters_like_the_page(client, data):
    body = client.get("/api/directory/organizations/", {"grade": "5A"}).json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["name"] == "越秀长者服务中心"
    assert item["grade"] == "5A"
    assert item["city"] == "广州市"
    assert item["funding_total"] == "1000.10"


def test_organization_detail_by_credit_code(client, data):
    a, _ = data
    assert client.get(f"/api/directory/organizations/{a.credit_code}/").json()["credit_code"] == a.credit_code
    assert client.get("/api/directory/organizations/NOPE/").status_code == 404


def test_funding_endpoint_filters_by_year_source_and_organization_filters(client, data):
    _, b = data
    assert client.get("/api/directory/funding/").json()["count"] == 2
    assert client.get("/api/directory/funding/", {"funding_year": "2023"}).json()["count"] == 1
    assert client.get("/api/directory/funding/", {"source": "fiscal_subsidy"}).json()["count"] == 1
    shenzhen = client.get("/api/directory/funding/", {"city": b.city_id}).json()
    assert [r["organization"] for r in shenzhen["results"]] == ["深圳社区服务社"]
    assert shenzhen["results"][0]["amount"] == "2000.00"


def test_api_is_paginated_and_read_only(client, data):
    OrganizationFactory.create_batch(25)
    body = client.get("/api/directory/organizations/").json()
    assert len(body["results"]) == 20 and body["next"]
    assert client.post("/api/directory/organizations/", {}).status_code == 405


def test_bad_parameters_do_not_break_the_api(client, data):
    response = client.get("/api/directory/funding/", {"funding_year": "abc", "source": "x", "grade": "9Z"})
    assert response.status_code == 200
