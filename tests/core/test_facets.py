"""Facet counts (core/facets.py): the facets nobody chose, counted together in one grouped query,
give exactly the counts each would give alone."""

import datetime

import pytest

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from core.facets import years_since
from orgdirectory.choices import OrgType, Standing
from orgdirectory.filters import organization_list, project_list
from orgdirectory.models import Organization
from taxonomy.models import Region, ServiceArea
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizations():
    regions = list(Region.objects.filter(code__in=["440104", "440304", "440604"]))
    for index in range(12):
        OrganizationFactory(
            region=regions[index % 3],
            org_type=[OrgType.SOCIAL_SERVICE, OrgType.SOCIAL_GROUP][index % 2],
            standing=[Standing.NORMAL, Standing.ABNORMAL, Standing.NORMAL, Standing.NORMAL][index % 4],
            registered_on=datetime.date(2010 + index % 5, 1, 1),
        )


def states(params, together=True):
    """{param: {value: count}} and the result count of the directory's facets for `params`."""
    listing = organization_list(QueryDict(params))
    if not together:
        listing.COMBINATIONS = 1  # every facet counted alone
    facet_states = listing.facet_states()
    counts = {state.facet.param: {o.value: o.count for o in state.options if o.count} for state in facet_states}
    return counts, listing.count(facet_states)


@pytest.mark.parametrize("params", ["", "type=social_service", "city=1&standing=normal", "year=2012"])
def test_facets_counted_together_count_what_each_counts_alone(organizations, params):
    params = params.replace("city=1", f"city={Region.objects.get(code='440300').pk}")
    assert states(params) == states(params, together=False)


def test_the_facets_nobody_chose_share_one_query(organizations):
    listing = organization_list(QueryDict("type=social_service"))
    with CaptureQueriesContext(connection) as together:
        listing.facet_states()
    listing.COMBINATIONS = 1
    with CaptureQueriesContext(connection) as alone:
        listing.facet_states()
    # Region and standing (few combinations) share one query; registration year, with one
    # option a year since 1980, would make too many combinations and is counted alone.
    assert len(alone) - len(together) == 1


def test_no_facet_is_counted_together_while_a_chosen_filter_joins_other_rows():
    """Grouped without DISTINCT, a record repeated by the join would count once per related row."""
    area = ServiceArea.objects.first()
    assert project_list(QueryDict())._counted_together()
    assert project_list(QueryDict(f"area={area.slug}"))._counted_together() == {}


def test_a_year_facet_offers_every_year_back_to_its_first_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        years = years_since(2020)
    this_year = datetime.date.today().year
    assert [value for value, _label in years] == [str(year) for year in range(this_year, 2019, -1)]


def test_a_year_facet_groups_the_records_own_date_without_distinct(organizations):
    """A year is a transform of the record's own column, not a relation: counted by grouping,
    each record once, with no COUNT(DISTINCT …) and no join."""
    listing = organization_list(QueryDict("type=social_service"))
    with CaptureQueriesContext(connection) as queries:
        states = {state.facet.param: state for state in listing.facet_states()}
    assert not any("DISTINCT" in query["sql"] for query in queries.captured_queries)
    years = {option.value: option.count for option in states["year"].options if option.count}
    expected = {}
    for organization in Organization.objects.filter(org_type=OrgType.SOCIAL_SERVICE):
        year = str(organization.registered_on.year)
        expected[year] = expected.get(year, 0) + 1
    assert years == expected
