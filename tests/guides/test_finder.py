"""The guide finder: facets that combine with counts, a plain summary, the service map."""

from urllib.parse import urlencode

import pytest

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from guides.models import GuideTopic, ServiceMapPage
from taxonomy.models import Audience, Region
from tests.facets import facet_counts
from tests.guides.factories import GuidePageFactory, ServicePointFactory

pytestmark = pytest.mark.django_db
URL = "/zh-hans/guides/"


@pytest.fixture
def guides(finder):
    shenzhen = ServicePointFactory(region=Region.objects.get(code="440304"))  # 深圳市福田区
    founders = Audience.objects.get(slug="founder")
    online = GuidePageFactory(parent=finder, title="社会组织名称核准", visits=0, featured=True)
    online.audiences.add(founders)
    online.save_revision().publish()
    GuidePageFactory(parent=finder, title="社会团体成立登记", visits=1)
    in_shenzhen = GuidePageFactory(parent=finder, title="基金会成立登记", visits=0)
    in_shenzhen.service_points.add(shenzhen)
    in_shenzhen.save_revision().publish()
    GuidePageFactory(parent=finder, title="年度工作报告报送", topic=GuideTopic.ANNUAL, visits=0)
    return finder


def titles(response):
    return sorted(g.title for g in response.context["results"])


def test_fully_online_registration_guides(client, guides):
    response = client.get(URL, {"topic": "registration", "online": "yes"})
    assert titles(response) == ["基金会成立登记", "社会组织名称核准"]
    assert "共 2 项 · 主题: 登记 · 办理方式: 全程网办" in response.text
    assert f'<a href="{URL}">清除全部筛选</a>' in response.text


def test_facet_counts_under_combined_filters(client, guides):
    response = client.get(URL, {"topic": "registration", "online": "yes"})
    facets = facet_counts(response.context["facets"])
    assert facets["topic"]["registration"] == 2 and facets["topic"]["annual"] == 1
    assert facets["online"]["yes"] == 2
    assert facets["audience"]["founder"] == 1
    shenzhen = str(Region.objects.get(code="440300").pk)
    assert facets["city"][shenzhen] == 1


@pytest.mark.parametrize(
    "params",
    [{}, {"topic": "registration", "online": "yes"}, {"type": "licence"}, {"online": "yes", "topic": "annual"}],
)
def test_counts_from_the_section_summary_are_those_of_the_guides(client, guides, params):
    """Topic, item type and 全程网办 are counted from the finder's summary (core.faceted.listed_counts);
    audience and region, through relations, from the guides the filters leave: together the
    same counts as every facet counted from the guides."""
    response = client.get(URL, params)
    assert set(response.context["listing"]._summarized()) == {"topic", "type", "online"}
    counted = guides.get_listing(QueryDict(urlencode(params))).facet_states()
    assert facet_counts(response.context["facets"]) == facet_counts(counted)
    assert response.context["results"].paginator.count == len(
        guides.get_listing(QueryDict(urlencode(params))).results()
    )


def test_city_of_service_point_and_audience_filters(client, guides):
    shenzhen = Region.objects.get(code="440300").pk
    assert titles(client.get(URL, {"city": shenzhen})) == ["基金会成立登记"]
    assert titles(client.get(URL, {"audience": "founder"})) == ["社会组织名称核准"]


def test_popular_guides_are_featured_first(client, guides):
    html = client.get(URL).text
    assert "热门事项" in html and html.index("社会组织名称核准") < html.index("基金会成立登记")


def test_popular_guides_are_links_loaded_without_their_bodies_and_not_at_all_once_filtered(client, guides):
    featured = list(client.get(URL).context["featured"])
    assert [guide.title for guide in featured] == ["社会组织名称核准"]
    assert {"materials", "procedure", "faq"} <= featured[0].get_deferred_fields()
    filtered = client.get(URL, {"topic": "registration"})
    assert "热门事项" not in filtered.text
    assert filtered.context["featured"]._result_cache is None  # never asked of the database


def test_finder_query_count_is_constant(client, guides, finder):
    params = {"topic": "registration"}
    client.get(URL, params)
    with CaptureQueriesContext(connection) as small:
        client.get(URL, params)
    GuidePageFactory.create_batch(15, parent=finder)
    with CaptureQueriesContext(connection) as large:
        client.get(URL, params)
    assert len(large) == len(small)


def test_guide_page_query_count_is_constant(client, guides, finder):
    guide = GuidePageFactory(parent=finder, slug="counted")
    client.get("/zh-hans/guides/counted/")
    with CaptureQueriesContext(connection) as small:
        client.get("/zh-hans/guides/counted/")
    for point in ServicePointFactory.create_batch(4):
        guide.service_points.add(point)
    guide.save_revision().publish()
    client.get("/zh-hans/guides/counted/")
    with CaptureQueriesContext(connection) as large:
        client.get("/zh-hans/guides/counted/")
    assert len(large) == len(small)


@pytest.fixture
def service_map(home):
    page = ServiceMapPage(title="服务地图", slug="service-map")
    home.add_child(instance=page)
    ServicePointFactory(name="有坐标的窗口", latitude=23.13, longitude=113.32)
    ServicePointFactory(name="无坐标的窗口")
    return page


def test_service_map_without_tiles_is_a_plain_list(client, service_map, settings):
    settings.MAP_TILE_URL = ""
    html = client.get("/zh-hans/service-map/").text
    assert "有坐标的窗口" in html and "无坐标的窗口" in html
    assert "leaflet" not in html and 'id="service-map"' not in html


def test_service_map_lists_the_services_offered_at_each_point(client, service_map, finder):
    from guides.models import ServicePoint

    guide = GuidePageFactory(parent=finder, title="基金会成立登记", slug="foundation")
    guide.service_points.add(ServicePoint.objects.get(name="有坐标的窗口"))
    guide.save_revision().publish()
    html = client.get("/zh-hans/service-map/").text
    assert "提供的服务" in html and 'href="/zh-hans/guides/foundation/">基金会成立登记</a>' in html


def test_service_map_with_tiles_loads_the_packaged_leaflet(client, service_map, settings):
    settings.MAP_TILE_URL = "https://tiles.intranet.example/{z}/{x}/{y}.png"
    html = client.get("/zh-hans/service-map/").text
    assert "/static/leaflet/leaflet.js" in html and 'id="service-map"' in html
    assert '"lat": 23.13' in html and "无坐标的窗口" in html
    from django.contrib.staticfiles import finders

    assert finders.find("leaflet/leaflet.js")  # from the xstatic-leaflet package, not a copy in the repo
