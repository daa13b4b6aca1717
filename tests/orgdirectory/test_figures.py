"""The directory's figures on the home page: counts by type and valid grade in one query."""

import datetime

import pytest

from django.template import Context, Template

from orgdirectory.models import Grade, OrgType
from tests.orgdirectory.factories import OrganizationFactory, award

pytestmark = pytest.mark.django_db
RECENT = datetime.date.today() - datetime.timedelta(days=30)


def render():
    return Template("{% load directory_tags %}{% directory_figures %}").render(Context())


def test_figures_count_organizations_by_type_and_valid_grade(django_assert_num_queries):
    award(OrganizationFactory(org_type=OrgType.SOCIAL_GROUP), Grade.A5, RECENT)
    award(OrganizationFactory(org_type=OrgType.SOCIAL_GROUP), Grade.A5, RECENT)
    award(OrganizationFactory(org_type=OrgType.FOUNDATION), Grade.A3, RECENT)
    award(OrganizationFactory(), Grade.A4, datetime.date(2015, 1, 1))  # expired long ago
    with django_assert_num_queries(1):
        html = render()
    assert '<span class="figure-number">4</span>' in html
    assert '<th scope="row">5A</th><td>2</td>' in html
    assert '<th scope="row">4A</th><td>0</td>' in html
    assert '<th scope="row">3A</th><td>1</td>' in html


def test_figures_take_one_query_however_many_organizations(django_assert_num_queries):
    for index, organization in enumerate(OrganizationFactory.create_batch(40)):
        award(organization, list(Grade)[index % 5], RECENT)
    with django_assert_num_queries(1):
        render()
