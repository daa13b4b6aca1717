"""The directory's admin screens open and save for editors with the right permissions."""

import pytest

from django.urls import reverse

from orgdirectory.models import Need, SignupStatus
from orgdirectory.signups import sign_up
from tests.orgdirectory.factories import (
    FundingRecordFactory,
    NeedFactory,
    OrganizationFactory,
    ProjectFactory,
    TalentFactory,
)

pytestmark = pytest.mark.django_db

MODELS = [
    "organization",
    "fundingrecord",
    "donation",
    "project",
    "volunteersignup",
    "need",
    "talent",
]


def test_every_directory_listing_and_form_opens(admin_client, home):
    organization = OrganizationFactory()
    FundingRecordFactory(organization=organization)
    project = ProjectFactory()
    sign_up(project, name="甲", phone="13900000001")
    NeedFactory()
    TalentFactory()
    for model in MODELS:
        listing = admin_client.get(f"/admin/snippets/orgdirectory/{model}/")
        assert listing.status_code == 200, model
        assert admin_client.get(f"/admin/snippets/orgdirectory/{model}/", {"export": "xlsx"}).status_code == 200
    assert admin_client.get(f"/admin/snippets/orgdirectory/organization/edit/{organization.pk}/").status_code == 200
    assert admin_client.get("/admin/snippets/orgdirectory/organization/add/").status_code == 200
    assert admin_client.get(f"/admin/snippets/orgdirectory/project/edit/{project.pk}/").status_code == 200


def test_declining_in_the_admin_moves_the_waiting_list_up(admin_client, home):
    project = ProjectFactory(places=1)
    first = sign_up(project, name="甲", phone="13900000001")
    second = sign_up(project, name="乙", phone="13900000002")
    url = reverse("wagtailsnippets_orgdirectory_volunteersignup:edit", args=[first.pk])
    response = admin_client.post(url, {"status": SignupStatus.DECLINED, "hours_served": ""})
    assert response.status_code == 302, response.content[:500]
    second.refresh_from_db()
    assert second.status == SignupStatus.PENDING
    project.refresh_from_db()
    assert project.places_taken == 1


def test_editor_approves_a_submitted_need(admin_client, home):
    need = NeedFactory(is_approved=False)
    response = admin_client.get("/admin/snippets/orgdirectory/need/", {"is_approved": "false"})
    assert need.title in response.text
    assert Need.objects.filter(is_approved=False).count() == 1
