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
from tests.facets import facet_counts
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
    counts = facet_counts(facet_states, nonzero=True)
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


def kept(store):
    """A keeper for FacetedList.keep backed by `store`, as kept_until_next_write is on a page."""

    def keep(key, build):
        if key not in store:
            store[key] = build()
        return store[key]

    return keep


@pytest.mark.parametrize(
    "params",
    ["", "type=social_service", "city=1&standing=normal", "city=1&type=social_group&standing=abnormal", "grade=5A"],
)
def test_counts_from_the_summary_are_those_of_the_records(organizations, params):
    from tests.orgdirectory.factories import award

    for organization in Organization.objects.order_by("pk")[:5]:
        award(organization, "5A", datetime.date.today() - datetime.timedelta(days=30))
        organization.refresh_summary()
    params = params.replace("city=1", f"city={Region.objects.get(code='440300').pk}")
    listing = organization_list(QueryDict(params))
    listing.keep = kept({})
    assert set(listing._summarized()) == {"city", "type", "standing", "grade"}
    summarized = listing.facet_states()
    plain = organization_list(QueryDict(params))
    counted = plain.facet_states()
    assert [(s.facet.param, s.options) for s in summarized] == [(s.facet.param, s.options) for s in counted]
    assert listing.count(summarized) == plain.count(counted) == plain.results().count()


def test_the_summary_answers_only_while_every_chosen_filter_is_its_own(organizations):
    area = ServiceArea.objects.first()
    for params in ["year=2012", f"area={area.slug}", "q=社会组织", "type=social_service&year=2012"]:
        listing = organization_list(QueryDict(params))
        listing.keep = kept({})
        assert listing._summarized() == {}, params


def test_the_summary_saves_the_queries_of_its_facets_and_is_built_once(organizations):
    store = {}
    with CaptureQueriesContext(connection) as first:
        listing = organization_list(QueryDict("type=social_service&standing=normal"))
        listing.keep = kept(store)
        listing.facet_states()
    three = QueryDict(f"city={Region.objects.get(code='440300').pk}&type=social_service&standing=normal")
    with CaptureQueriesContext(connection) as another_combination:
        listing = organization_list(three)
        listing.keep = kept(store)
        listing.facet_states()
    with CaptureQueriesContext(connection) as without:
        organization_list(three).facet_states()
    assert len(store) == 1
    # Region, type, standing and grade from the summary, where each was a query of its own:
    # only the area and the year are counted from the records.
    assert len(without) - len(another_combination) == 4
    assert len(first) == len(another_combination) + 1  # the summary's one query, once


def test_only_a_facet_whose_options_never_overlap_groups_the_records_on_one_option():
    """A summary groups each record under one option: overlapping ones (a project both this
    weekend and this month) have none, and asking for it is a programming error, said at once."""
    from orgdirectory.filters import PROJECT_FACETS

    when = next(facet for facet in PROJECT_FACETS if facet.param == "when")
    with pytest.raises(ValueError, match="overlap"):
        when.grouping()


def test_a_summary_refuses_a_facet_across_a_relation():
    """A guide with two audiences would be two rows of a summary grouped on the audience, and
    counted twice under every other facet's options: such a facet is counted from the records."""
    from core.faceted import CountsSummary
    from guides.filters import GUIDE_FACETS

    audience = next(facet for facet in GUIDE_FACETS if facet.param == "audience")
    with pytest.raises(ValueError, match="across a relation"):
        CountsSummary.of([audience], lambda: "key", lambda: None)
