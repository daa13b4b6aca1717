"""The directory's figures on the home page: counts by type and grade in one query."""

import pytest

from django.template import Context, Template

from orgdirectory.credit_code import check_character
from orgdirectory.models import Grade, Organization, OrgType

pytestmark = pytest.mark.django_db


def make(n, org_type, grade=""):
    body = f"5{'123'[list(OrgType).index(org_type)]}440000MJ{n:07d}"
    return Organization.objects.create(
        name=f"组织{n}", credit_code=body + check_character(body), org_type=org_type, grade=grade
    )


def render():
    return Template("{% load directory_tags %}{% directory_figures %}").render(Context())


def test_figures_count_organizations_by_type_and_grade(django_assert_num_queries):
    make(1, OrgType.SOCIAL_GROUP, Grade.A5)
    make(2, OrgType.SOCIAL_GROUP, Grade.A5)
    make(3, OrgType.FOUNDATION, Grade.A3)
    make(4, OrgType.SOCIAL_SERVICE)
    with django_assert_num_queries(1):
        html = render()
    assert '<span class="figure-number">4</span>' in html
    assert '<th scope="row">5A</th><td>2</td>' in html
    assert '<th scope="row">3A</th><td>1</td>' in html
    assert '<th scope="row">1A</th><td>0</td>' in html


def test_figures_take_one_query_however_many_organizations(django_assert_num_queries):
    for n in range(40):
        make(n, list(OrgType)[n % 3], list(Grade)[n % 5])
    with django_assert_num_queries(1):
        render()
