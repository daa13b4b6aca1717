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


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        ("organizations", "grade", "Z"),
        ("organizations", "type", "nope"),
        ("organizations", "sort", "nope"),
        ("organizations", "city", "abc"),
        ("organizations", "year", "abc"),
        ("organizations", "standing", "x"),
        ("organizations", "area", "nowhere"),
        ("funding", "source", "bogus"),
        ("funding", "grade", "9Z"),
        ("projects", "kind", "bogus"),
        ("projects", "when", "bogus"),
        ("projects", "status", "bogus"),
        ("needs", "status", "bogus"),
        ("needs", "sort", "budget"),
    ],
)
def test_a_value_the_filter_does_not_offer_is_refused_with_the_values_it_does(client, data, path, parameter, value):
    response = client.get(f"/api/directory/{path}/", {parameter: value})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid_parameter"
    assert (body["parameter"], body["value"]) == (parameter, value)
    assert body["allowed"] and value not in body["allowed"]
    assert parameter in body["message"]


def test_the_allowed_values_are_the_ones_the_directory_page_offers(client, data):
    """One declaration: the API lists what the page's form lists."""
    page_grades = [str(value) for value, _label in Grade.choices]
    assert client.get("/api/directory/organizations/", {"grade": "Z"}).json()["allowed"] == page_grades
    cities = client.get("/api/directory/organizations/", {"city": "abc"}).json()["allowed"]
    assert str(data[1].city_id) in cities
    assert client.get("/api/directory/organizations/", {"city": data[1].city_id}).status_code == 200


def test_an_unknown_parameter_is_refused_with_the_parameters_the_endpoint_reads(client, data):
    body = client.get("/api/directory/organizations/", {"grades": "5A"}).json()
    assert body["error"] == "invalid_parameter" and body["parameter"] == "grades"
    assert {"grade", "city", "q", "sort", "page", "page_size"} <= set(body["allowed"])
    assert "funding_year" not in body["allowed"]  # the funding endpoint's, not this one's
    assert client.get("/api/directory/funding/", {"funding_year": "2024"}).status_code == 200


def test_an_empty_value_means_no_filter_as_on_the_page(client, data):
    assert client.get("/api/directory/organizations/", {"grade": "", "q": ""}).json()["count"] == 2


def test_funding_year_must_be_a_year(client, data):
    body = client.get("/api/directory/funding/", {"funding_year": "abc"}).json()
    assert (body["error"], body["parameter"], body["allowed"]) == ("invalid_parameter", "funding_year", None)


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("page", "abc"), ("page", "9223372036854775808"), ("page", "0"), ("page_size", "0"), ("page_size", "1000")],
)
def test_page_numbers_and_sizes_out_of_range_are_refused(client, data, parameter, value):
    response = client.get("/api/directory/organizations/", {parameter: value})
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize("query", ["q=%00", "credit_code=A%00", "grade%00=5A"])
def test_a_nul_character_is_refused_not_a_server_error(client, data, query):
    response = client.get(f"/api/directory/funding/?{query}")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_parameter"


def test_errors_are_json_in_the_one_shape(client, data):
    missing = client.get("/api/directory/organizations/NOPE/", HTTP_ACCEPT_LANGUAGE="en")
    assert missing.status_code == 404
    assert missing.json() == {"error": "not_found", "message": "There is nothing at this address."}
    wrong_method = client.post("/api/directory/organizations/", HTTP_ACCEPT_LANGUAGE="en")
    assert wrong_method.status_code == 405
    assert wrong_method.json() == {
        "error": "method_not_allowed",
        "message": "This address does not accept this method; it accepts GET, HEAD, OPTIONS.",
    }
    unknown = client.get("/api/directory/nosuch/")
    assert unknown.status_code == 404 and unknown["Content-Type"] == "application/json"
    assert unknown.json()["error"] == "not_found"


def test_error_messages_are_in_the_request_language(client, data):
    english = client.get("/api/directory/nosuch/", HTTP_ACCEPT_LANGUAGE="en").json()["message"]
    chinese = client.get("/api/directory/nosuch/", HTTP_ACCEPT_LANGUAGE="zh-hans").json()["message"]
    assert english == "There is nothing at this address."
    assert chinese != english
