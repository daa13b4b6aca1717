"""Whatever a robot puts in a public list's or API's parameters, the answer is a page, an empty
result, a 400 or a 404: never a server error (issue 22).

The addresses and their parameters are collected from the site itself: every list page of the
section tree with every parameter its list reads (facets, keyword, sort, page), the search page and
its suggestions, the directory API's endpoints with theirs, and the Wagtail API's endpoints with
the parameters they know. A list or parameter added later is covered without editing this file.
"""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from django.test import override_settings
from django.urls import reverse

from wagtail.models import get_page_models

from config.api import api_router
from core.models import ListingPage
from orgdirectory import api as directory_api
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

# Text the parsers of numbers, dates, choices and keywords meet in the wild.
NASTY = [
    "\x00",
    "a\x00b",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999",
    "-1",
    "0",
    "1e309",
    "NaN",
    "２０２５",
    "2025-13-45",
    "%00",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "社" * 500,
    "",
]
VALUES = st.one_of(st.sampled_from(NASTY), st.text(max_size=40), st.integers().map(str))
# Bytes that are no UTF-8 (a lone surrogate, a stray continuation byte), sent as the raw query string.
BROKEN_BYTES = "%ED%A0%80%FF"

DIRECTORY_LISTS = [
    ("api_organizations", directory_api.OrganizationListAPI),
    ("api_funding", directory_api.FundingRecordListAPI),
    ("api_projects", directory_api.ProjectListAPI),
    ("api_needs", directory_api.NeedListAPI),
]
WAGTAIL_API_PAGES = {"pages": ["find/", "1/"], "images": [], "documents": []}


def list_pages():
    """(address, its parameters) of every live list page of the section tree."""
    found = []
    for model in get_page_models():
        if issubclass(model, ListingPage) and not model._meta.abstract:
            for page in model.objects.live():
                listing = page.get_listing({})
                found.append((page.url, sorted({*listing.accepted_parameters(), "page"})))
    return found


def directory_api_addresses():
    found = []
    for name, view in DIRECTORY_LISTS:
        endpoint = view()
        params = {**endpoint.get_listing({}).accepted_parameters(), **view.pagination_class.parameters}
        params.update(endpoint.extra_parameters())
        found.append((reverse(name), sorted(params)))
    found.append((reverse("api_organization", args=["51440000MJL000001X"]), ["format"]))
    return found


def wagtail_api_addresses():
    found = []
    for name, endpoint in api_router._endpoints.items():
        params = sorted(endpoint.known_query_parameters)
        found.append((f"/api/v2/{name}/", params))
        found.extend((f"/api/v2/{name}/{tail}", params) for tail in WAGTAIL_API_PAGES.get(name, []))
    return found


@pytest.fixture
def addresses(site):
    OrganizationFactory(credit_code="51440000MJL000001X")
    search = [("/zh-hans/search/", ["q", "type", "page"]), ("/zh-hans/search/suggest/", ["q"])]
    found = list_pages() + search + directory_api_addresses() + wagtail_api_addresses()
    assert len(found) >= 20, found  # the section tree's lists are there, not just the APIs
    return found


def assert_answered(response, address):
    assert response.status_code in (200, 400, 404), f"{address}: {response.status_code}"
    if response["Content-Type"].startswith("text/html"):
        assert "\x00" not in response.text


@override_settings(PAGE_CACHE_TIMEOUT=0)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
@example(data=None)
def test_any_value_of_any_parameter_is_answered(client, addresses, data):
    """Up to three parameters of one address at a time, each with a hostile or random value."""
    if data is None:  # the issue's own cases, every time
        cases = [
            ("/api/v2/pages/", {"locale": "\x00"}),
            ("/api/v2/pages/find/", {"html_path": "\x00"}),
            ("/api/v2/pages/", {"offset": "9223372036854775808"}),
            ("/api/directory/funding/", {"credit_code": "\x00"}),
            ("/api/directory/organizations/", {"q": "\x00"}),
        ]
        for address, query in cases:
            assert_answered(client.get(address, query), address)
        assert_answered(client.get("/api/directory/organizations/%00/"), "/api/directory/organizations/%00/")
        return
    address, params = data.draw(st.sampled_from(addresses), label="address")
    chosen = data.draw(st.lists(st.sampled_from(params), min_size=1, max_size=3, unique=True), label="parameters")
    query = {param: data.draw(VALUES, label=param) for param in chosen}
    assert_answered(client.get(address, query), address)


@override_settings(PAGE_CACHE_TIMEOUT=0)
def test_bytes_that_are_no_text_in_any_parameter_are_answered(client, addresses):
    for address, params in addresses:
        for param in params:
            assert_answered(client.get(address, QUERY_STRING=f"{param}={BROKEN_BYTES}"), f"{address}?{param}")
