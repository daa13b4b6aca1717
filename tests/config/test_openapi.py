"""The OpenAPI description (config/openapi.yaml): valid, served, and true: every documented
operation's live answers, errors included, validate against it (openapi-core)."""

import datetime
from decimal import Decimal

import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from django.http import QueryDict
from django.urls import resolve

from config.api import OPENAPI_PATH
from guides.models import GuideIndexPage, GuideJourneyPage, JourneyStep
from orgdirectory.models import Grade
from taxonomy.models import Region
from tests.guides.factories import GuidePageFactory, ServicePointFactory, material
from tests.notices.factories import (
    DocumentFactory,
    NoticeAttachmentFactory,
    NoticeIndexPageFactory,
    NoticePageFactory,
    PolicyIndexPageFactory,
    PolicyPageFactory,
)
from tests.orgdirectory.factories import (
    FundingRecordFactory,
    NeedFactory,
    OrganizationFactory,
    ProjectFactory,
    award,
)

pytestmark = pytest.mark.django_db
SCHEMA = yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8"))
OPENAPI = OpenAPI.from_dict(SCHEMA)
DIRECTORY_LISTS = [
    "/api/directory/organizations/",
    "/api/directory/funding/",
    "/api/directory/projects/",
    "/api/directory/needs/",
]


@pytest.fixture
def content(home, english):
    organization = award(OrganizationFactory(name="越秀长者服务中心"), Grade.A5, datetime.date.today())
    FundingRecordFactory(organization=organization, year=2024, amount=Decimal("1000.10"))
    ProjectFactory(budget=Decimal("5000"))
    NeedFactory()
    finder = GuideIndexPage(title="办事指南", slug="guides")
    home.add_child(instance=finder)
    guide = GuidePageFactory(
        parent=finder,
        materials=[material(blank_form=DocumentFactory()), material(name="章程")],
        faq=[("qa", {"question": "要多久？", "answer": "二十个工作日。"})],
        service_points=[ServicePointFactory()],
    )
    journey = GuideJourneyPage(title="成立一个社会组织", slug="start")
    journey.steps.add(JourneyStep(guide=guide, label="名称核准"))
    journey.steps.add(JourneyStep(guide=guide))
    finder.add_child(instance=journey)
    notices = NoticeIndexPageFactory(parent=home, slug="notices")
    notice = NoticePageFactory(parent=notices, slug="assessment", region=Region.objects.get(code="440106"))
    NoticeAttachmentFactory(page=notice)
    policy = PolicyPageFactory(parent=PolicyIndexPageFactory(parent=home))
    return {"organization": organization, "guide": guide, "journey": journey, "notice": notice, "policy": policy}


def components_validator(schema):
    """A validator of `schema`, whose $refs point into the description's components."""
    return OAS31Validator({**schema, "components": SCHEMA["components"]})


def cases(content):
    """(documented path, method, address, expected status): every operation, its errors too."""
    code = content["organization"].credit_code
    guide, notice, policy = content["guide"].pk, content["notice"].pk, content["policy"].pk
    return [
        ("/api/directory/organizations/", "get", "/api/directory/organizations/?grade=5A&sort=funding", 200),
        ("/api/directory/organizations/", "get", "/api/directory/organizations/?grade=Z", 400),
        ("/api/directory/organizations/", "get", "/api/directory/organizations/?colour=red", 400),
        ("/api/directory/organizations/", "get", "/api/directory/organizations/?page=abc", 400),
        ("/api/directory/organizations/{credit_code}/", "get", f"/api/directory/organizations/{code}/", 200),
        ("/api/directory/organizations/{credit_code}/", "get", "/api/directory/organizations/NOPE/", 404),
        ("/api/directory/funding/", "get", "/api/directory/funding/?funding_year=2024&source=government_purchase", 200),
        ("/api/directory/funding/", "get", "/api/directory/funding/?funding_year=abc", 400),
        ("/api/directory/projects/", "get", "/api/directory/projects/?kind=volunteer&when=places", 200),
        ("/api/directory/projects/", "get", "/api/directory/projects/?when=bogus", 400),
        ("/api/directory/needs/", "get", "/api/directory/needs/?status=open", 200),
        ("/api/directory/needs/", "get", "/api/directory/needs/?status=bogus", 400),
        ("/api/v2/pages/", "get", "/api/v2/pages/?type=guides.GuidePage&fields=*", 200),
        ("/api/v2/pages/", "get", "/api/v2/pages/?type=notices.NoticePage&fields=*", 200),
        ("/api/v2/pages/", "get", "/api/v2/pages/?locale=en", 200),
        ("/api/v2/pages/", "get", "/api/v2/pages/?colour=red", 400),
        ("/api/v2/pages/", "get", "/api/v2/pages/?locale=fr", 400),
        ("/api/v2/pages/", "get", "/api/v2/pages/?type=nope.Nope", 400),
        ("/api/v2/pages/{id}/", "get", f"/api/v2/pages/{guide}/", 200),
        ("/api/v2/pages/{id}/", "get", f"/api/v2/pages/{notice}/", 200),
        ("/api/v2/pages/{id}/", "get", f"/api/v2/pages/{content['journey'].pk}/", 200),
        ("/api/v2/pages/{id}/", "get", f"/api/v2/pages/{policy}/", 200),
        ("/api/v2/pages/{id}/", "get", "/api/v2/pages/999999/", 404),
        ("/api/v2/pages/find/", "get", "/api/v2/pages/find/?html_path=/zh-hans/notices/assessment/", 302),
        ("/api/v2/pages/find/", "get", "/api/v2/pages/find/?html_path=/zh-hans/nothing/", 404),
        ("/api/page-views/{id}/", "post", f"/api/page-views/{notice}/", 200),
        ("/api/page-views/{id}/", "post", "/api/page-views/999999/", 404),
        ("/api/page-views/{id}/", "get", f"/api/page-views/{notice}/", 405),
        ("/api/v2/pages/", "post", "/api/v2/pages/", 405),
        ("/api/directory/needs/", "delete", "/api/directory/needs/", 405),
        ("/api/openapi.yaml", "get", "/api/openapi.yaml", 200),
        ("/api/openapi.json", "get", "/api/openapi.json", 200),
    ]


def test_the_description_is_valid_openapi():
    validate(SCHEMA)


def test_the_served_description_is_the_file(client):
    assert client.get("/api/openapi.json").json() == SCHEMA
    response = client.get("/api/openapi.yaml")
    assert response["Content-Type"].startswith("application/yaml")
    assert yaml.safe_load(response.content) == SCHEMA


def test_every_documented_operation_answers_as_documented(client, content):
    tried = set()
    for documented, method, address, status in cases(content):
        response = getattr(client, method)(address)
        assert response.status_code == status, address
        if status == 405:  # no operation: the method is the one the address does not take
            method_not_allowed = SCHEMA["components"]["responses"]["MethodNotAllowed"]["content"]
            components_validator(method_not_allowed["application/json"]["schema"]).validate(response.json())
            assert response["Allow"]
            continue
        OPENAPI.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))
        tried.add((documented, method))
    documented = {(path, method) for path, item in SCHEMA["paths"].items() for method in item}
    assert documented <= tried, f"not tried: {documented - tried}"


@pytest.mark.parametrize(
    ("page", "schema"),
    [("guide", "GuidePage"), ("journey", "GuideJourneyPage"), ("notice", "NoticePage"), ("policy", "PolicyPage")],
)
def test_each_page_type_answers_with_its_documented_fields(client, content, page, schema):
    """The detail answer matches its own type's schema, not only the any-page fallback."""
    data = client.get(f"/api/v2/pages/{content[page].pk}/").json()
    components_validator(SCHEMA["components"]["schemas"][schema]).validate(data)
    required = {name for part in SCHEMA["components"]["schemas"][schema]["allOf"] for name in part.get("required", [])}
    assert required <= data.keys()


def test_a_not_modified_answer_is_documented(client, content):
    first = client.get("/api/directory/needs/")
    again = client.get("/api/directory/needs/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    OPENAPI.validate_response(DjangoOpenAPIRequest(again.wsgi_request), DjangoOpenAPIResponse(again))


@pytest.mark.parametrize("path", DIRECTORY_LISTS)
def test_the_documented_filters_are_the_ones_the_directory_reads(path, home):
    """The description lists the parameters and values the facet declarations accept, no more, no fewer."""
    view = resolve(path).func.view_class()
    listing = view.get_listing(QueryDict())
    accepted = {**listing.accepted_parameters(), **view.pagination_class.parameters, **view.extra_parameters()}
    documented = {}
    for parameter in SCHEMA["paths"][path]["get"]["parameters"]:
        if "$ref" in parameter:
            parameter = SCHEMA["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        documented[parameter["name"]] = parameter["schema"].get("enum")
    assert documented.keys() == accepted.keys()
    for name, enum in documented.items():
        if enum is not None:
            assert enum == accepted[name], name
