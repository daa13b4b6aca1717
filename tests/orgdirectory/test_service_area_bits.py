"""An organization's service areas kept as one column, a bit per area (taxonomy
ServiceArea.bit, Organization.service_area_bits): the directory filters and counts by
area from it, so it must always say what the links say."""

import random

import pytest

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from orgdirectory.filters import organization_list
from orgdirectory.models import Organization
from taxonomy.models import Region, ServiceArea
from tests.orgdirectory.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def bits_of(organization):
    organization.refresh_from_db()
    return organization.service_area_bits


def with_areas(*areas, **fields):
    organization = OrganizationFactory(**fields)
    organization.service_areas.set(areas)
    organization.save()  # commits the in-memory relation of the clusterable model
    return organization


def test_saving_an_organization_keeps_its_areas_as_bits():
    elderly, children = ServiceArea.objects.get(slug="elderly-care"), ServiceArea.objects.get(slug="children")
    organization = with_areas(elderly, children)
    assert bits_of(organization) == elderly.mask | children.mask
    organization.service_areas.set([children])
    organization.save()
    assert bits_of(organization) == children.mask


def test_counts_and_filters_by_area_are_those_of_the_links():
    """Random organizations in random areas: every area's count and list, alone and with a
    city, equal what the link table says."""
    rng = random.Random(7)  # noqa: S311 - a repeatable sample, not a secret
    areas = list(ServiceArea.objects.all())
    regions = list(Region.objects.filter(code__in=["440104", "440304", "440604"]))
    for _ in range(30):
        with_areas(*rng.sample(areas, rng.randint(0, 3)), region=rng.choice(regions))
    for city in [None, regions[0].city]:
        organizations = Organization.objects.filter(city=city) if city else Organization.objects.all()
        params = f"city={city.pk}" if city else ""
        listing = organization_list(QueryDict(params))
        counted = {s.facet.param: s for s in listing.facet_states()}["area"]
        for option in counted.options:
            linked = organizations.filter(service_areas__slug=option.value)
            assert option.count == linked.count(), option.value
            chosen = organization_list(QueryDict(f"{params}&area={option.value}"))
            assert set(chosen.results()) == set(linked)


def test_an_editor_changing_areas_in_the_admin_changes_the_directory(admin_client, directory):
    """The editor's journey: the organization's edit form saved with another area."""
    elderly, children = ServiceArea.objects.get(slug="elderly-care"), ServiceArea.objects.get(slug="children")
    organization = with_areas(elderly)
    url = reverse("wagtailsnippets_orgdirectory_organization:edit", args=[organization.pk])
    data = form_data(admin_client.get(url).context["form"])
    data["service_areas"] = [str(children.pk)]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert bits_of(organization) == children.mask
    page = admin_client.get("/zh-hans/database/organizations/", {"area": "children"})
    assert [o.pk for o in page.context["results"]] == [organization.pk]


def form_data(form):
    """What the browser posts back for an unchanged Wagtail edit form, formsets included."""
    data = {}

    def add(bound_form):
        for field in bound_form:
            value = field.value()
            if value is None or value is False:
                continue
            data[field.html_name] = [str(v) for v in value] if isinstance(value, list | tuple) else value

    add(form)
    for formset in form.formsets.values():
        add(formset.management_form)
        for child in formset.forms:
            add(child)
    return data


def test_a_deleted_area_leaves_no_bit_for_the_area_that_takes_it_next():
    doomed = ServiceArea.objects.get(slug="legal-aid")
    organization = with_areas(doomed, ServiceArea.objects.get(slug="children"))
    freed = doomed.bit
    doomed.delete()
    assert bits_of(organization) == ServiceArea.objects.get(slug="children").mask
    newcomer = ServiceArea.objects.create(name="乡村振兴", name_en="Rural revitalisation", slug="rural")
    assert newcomer.bit == freed  # the lowest free bit
    listing = organization_list(QueryDict())
    counted = {s.facet.param: s for s in listing.facet_states()}["area"]
    assert {o.value: o.count for o in counted.options}["rural"] == 0


def test_no_more_areas_than_bits_with_a_message_in_chinese():
    existing = ServiceArea.objects.count()
    ServiceArea.objects.bulk_create(
        ServiceArea(name=f"领域{n}", slug=f"area-{n}", bit=bit)
        for n, bit in enumerate(range(existing, ServiceArea.MAX_AREAS))
    )
    extra = ServiceArea(name="多出来的领域", slug="one-too-many")
    with translation.override("zh-hans"), pytest.raises(ValidationError) as refused:
        extra.full_clean()
    assert "服务领域最多 63 个" in str(refused.value)
