"""The guide finder, guides, journeys and the service map cost a fixed number of queries (issue 8)."""

import itertools

import pytest

from guides.models import GuideJourneyPage, GuideTopic, ItemType, JourneyStep, ServiceMapPage
from taxonomy.models import Audience, Region
from tests.guides.factories import GuidePageFactory, ServicePointFactory, material
from tests.notices.factories import DocumentFactory, PolicyIndexPageFactory, PolicyPageFactory
from tests.querycount import assert_flat, shell  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shell")]
REGION_CODES = ["440104", "440106", "440304", "440604", "440203"]


def add_guides(finder, count, **fields):
    audiences = itertools.cycle(Audience.objects.all())
    regions = itertools.cycle(Region.objects.filter(code__in=REGION_CODES))
    topics, types = itertools.cycle(GuideTopic.values), itertools.cycle(ItemType.values)
    guides = []
    for index in range(count):
        guide = GuidePageFactory(
            parent=finder, topic=next(topics), item_type=next(types), featured=index < 2, visits=index % 2, **fields
        )
        guide.audiences.set([next(audiences), next(audiences)])
        guide.service_points.set([ServicePointFactory(region=next(regions)), ServicePointFactory()])
        guide.save()
        guides.append(guide)
    return guides


def add_journey(finder, guides):
    journey = GuideJourneyPage(title="成立一个社会组织")
    journey.steps = [JourneyStep(guide=guide) for guide in guides]
    finder.add_child(instance=journey)
    return journey


def test_guide_finder_queries_do_not_grow_with_guides_or_facets(finder):
    add_journey(finder, add_guides(finder, 2))

    def add_more():
        add_journey(finder, add_guides(finder, 18))

    assert_flat("/zh-hans/guides/", 22, add_more)


def test_filtered_guide_finder_queries_do_not_grow(finder):
    add_guides(finder, 2)
    region = Region.objects.get(code="440100")
    url = f"/zh-hans/guides/?topic=registration&city={region.pk}&online=yes&q=办事"
    assert_flat(url, 23, lambda: add_guides(finder, 18))


def material_with_forms(name):
    """A material with a blank form and a sample to download: each a document the page links."""
    document = DocumentFactory()
    return material(name, blank_form=document, sample=document)


def full_guide(finder, policies, count):
    """A guide with `count` of everything it lists: materials, legal bases, points, audiences, journeys."""
    guide = add_guides(finder, 1)[0]
    guide.materials = [material_with_forms(f"材料{n}") for n in range(count)]
    guide.legal_basis = [
        ("reference", {"title": policy.title, "article": "第十条", "policy_page": policy})
        for policy in PolicyPageFactory.create_batch(count, parent=policies)
    ]
    guide.conditions = [("condition", {"text": f"条件{n}"}) for n in range(count)]
    guide.procedure = [("step", {"title": f"步骤{n}", "who": "", "description": ""}) for n in range(count)]
    guide.faq = [("qa", {"question": f"问题{n}", "answer": "答案"}) for n in range(count)]
    guide.service_points.set(ServicePointFactory.create_batch(count))
    guide.save_revision().publish()
    for _ in range(count):
        add_journey(finder, [*add_guides(finder, 1), guide])
    return guide


def test_guide_page_queries_do_not_grow_with_its_materials_points_or_journeys(home, finder):
    policies = PolicyIndexPageFactory(parent=home)
    guide = full_guide(finder, policies, 2)
    guide.slug = "the-guide"
    guide.save_revision().publish()

    def add_more():
        more = full_guide(finder, policies, 12)
        guide.materials, guide.legal_basis = more.materials, more.legal_basis
        guide.service_points.set(more.service_points.all())
        guide.save_revision().publish()
        for _ in range(6):
            add_journey(finder, [*add_guides(finder, 2), guide])

    assert_flat("/zh-hans/guides/the-guide/", 23, add_more)


def test_checklist_queries_do_not_grow_with_materials(home, finder):
    guide = full_guide(finder, PolicyIndexPageFactory(parent=home), 2)
    guide.slug = "the-guide"
    guide.save_revision().publish()

    def add_more():
        guide.materials = [material_with_forms(f"材料{n}") for n in range(15)]
        guide.save_revision().publish()

    assert_flat("/zh-hans/guides/the-guide/checklist/", 17, add_more)


def test_journey_page_queries_do_not_grow_with_its_steps(finder):
    journey = add_journey(finder, add_guides(finder, 2))
    journey.slug = "start"
    journey.save()

    def add_more():
        journey.steps = [JourneyStep(guide=guide) for guide in add_guides(finder, 12)]
        journey.save_revision().publish()

    assert_flat("/zh-hans/guides/start/", 16, add_more)


def test_service_map_queries_do_not_grow_with_points_or_their_guides(home, finder, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    home.add_child(instance=ServiceMapPage(title="服务地图", slug="service-map"))
    add_guides(finder, 2)
    assert_flat("/zh-hans/service-map/", 16, lambda: add_guides(finder, 15))
