"""A guide page: every element in a fixed order, empty ones hidden, checks on bad input."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.blocks import StructBlockValidationError

from guides.blocks import ConditionBlock, MaterialBlock
from guides.models import GuideJourneyPage, JourneyStep
from tests.guides.factories import GuidePageFactory, ServicePointFactory, material
from tests.home.factories import StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(finder):
    point = ServicePointFactory(name="省社会组织服务中心窗口", open_on_holidays=False)
    page = GuidePageFactory(
        parent=finder,
        title="社会团体成立登记",
        slug="register-social-group",
        summary="发起人申请成立社会团体。",
        conditions=[("condition", {"text": "有50个以上的个人会员"})],
        materials=[material(), material("住所使用证明", requirement="conditional", condition="住所为租用场地时")],
        procedure=[
            ("step", {"title": "提交申请", "who": "申请人", "description": ""}),
            ("step", {"title": "审查", "who": "登记管理机关", "description": ""}),
        ],
        faq=[("qa", {"question": "需要几个发起人？", "answer": "不少于3个。"})],
        consult_phone="020-86001200",
    )
    page.service_points.add(point)
    page.save_revision().publish()
    return page


def test_elements_render_in_the_standard_order(client, guide):
    html = client.get("/zh-hans/guides/register-social-group/").text
    headings = [
        "基本信息",
        "受理条件",
        "申请材料",
        "办理流程",
        "办理时限",
        "收费标准",
        "办理地点和时间",
        "咨询方式",
        "常见问题",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert "住所为租用场地时" in html
    assert "不收费" in html
    assert "法定节假日不办公" in html


def test_service_point_and_contact_phones_are_links_that_dial_them(client, guide):
    point = guide.service_points.get()
    point.phone = "020-8600 1236"
    point.save()
    html = client.get("/zh-hans/guides/register-social-group/").text
    assert '<a href="tel:02086001236">020-8600 1236</a>' in html
    assert '<a href="tel:02086001200">020-86001200</a>' in html  # the consultation phone


def test_empty_elements_are_hidden(client, finder):
    GuidePageFactory(parent=finder, slug="bare", title="简单指南")
    html = client.get("/zh-hans/guides/bare/").text
    for heading in ("设定依据", "受理条件", "申请材料", "办理流程", "常见问题", "咨询方式"):
        assert f">{heading}</h2>" not in html


def test_fully_online_guides_say_so(client, finder):
    GuidePageFactory(parent=finder, slug="online", visits=0)
    assert "无需到现场，全程网办" in client.get("/zh-hans/guides/online/").text


def test_dangling_policy_link_renders_as_plain_text(client, home, finder):
    policy = StandardPageFactory(parent=home, title="社会团体登记管理条例", slug="policy")
    GuidePageFactory(
        parent=finder,
        slug="with-basis",
        legal_basis=[("reference", {"title": "《社会团体登记管理条例》", "article": "第九条", "policy_page": policy})],
    )
    assert 'href="/zh-hans/policy/"' in client.get("/zh-hans/guides/with-basis/").text
    policy.unpublish()
    html = client.get("/zh-hans/guides/with-basis/").text
    assert "《社会团体登记管理条例》" in html and 'href="/zh-hans/policy/"' not in html


def test_checklist_lists_every_material_with_a_box_to_tick(client, guide):
    html = client.get("/zh-hans/guides/register-social-group/checklist/").text
    assert html.count('type="checkbox"') == 2
    assert "登记申请表" in html and "住所使用证明" in html
    assert '<meta name="robots" content="noindex">' in html


def test_materials_table_keeps_its_roles_and_column_names_when_stacked_on_phones(client, guide):
    """Below 600 px the rows become cards; explicit roles keep the table for every screen reader."""
    html = client.get("/zh-hans/guides/register-social-group/").text
    table = html[html.index('<table class="ledger-table materials stack-table" role="table">') :]
    table = table[: table.index("</table>")]
    assert table.count('<tr role="row">') == 3
    assert '<td role="cell" data-label="份数">1</td>' in table


def test_print_stylesheet_hides_navigation():
    from django.contrib.staticfiles import finders

    text = open(finders.find("css/site.css"), encoding="utf-8").read()  # noqa: SIM115
    print_rules = text[text.index("@media print") :]
    assert ".main-nav" in print_rules and ".no-print" in print_rules


def test_journey_box_highlights_the_current_step(client, finder, guide):
    second = GuidePageFactory(parent=finder, slug="seal", title="印章备案")
    journey = GuideJourneyPage(title="成立一个社会组织", slug="start")
    journey.steps = [JourneyStep(guide=guide, label="成立登记"), JourneyStep(guide=second, label="刻制印章")]
    finder.add_child(instance=journey)
    html = client.get("/zh-hans/guides/seal/").text
    assert "成立一个社会组织" in html
    assert '<li aria-current="step" class="current"><strong>刻制印章</strong></li>' in html
    assert 'href="/zh-hans/guides/register-social-group/">成立登记</a>' in html
    journey_html = client.get("/zh-hans/guides/start/").text
    assert journey_html.index("成立登记") < journey_html.index("刻制印章")


@pytest.fixture
def english_journey(finder, guide, english_home):
    """A journey of two guides in both languages; only the first guide is translated."""
    second = GuidePageFactory(parent=finder, slug="seal", title="印章备案", summary="刻制印章后备案。")
    journey = GuideJourneyPage(title="成立一个社会组织", slug="start")
    journey.steps = [JourneyStep(guide=guide, label="成立登记"), JourneyStep(guide=second)]
    finder.add_child(instance=journey)
    publish_translation(finder, title="Service guides")
    publish_translation(guide, title="Registering a social group", summary="Founders apply.")
    english = publish_translation(journey, title="Starting a social organization")
    # As wagtail-localize leaves it: the copied steps still point at the Chinese guides.
    english.steps.filter(guide=guide).update(label="Registration")
    return english


def test_english_journey_links_each_step_to_its_translation_or_marks_the_chinese_guide(client, english_journey):
    html = client.get(english_journey.url).text
    assert 'href="/en/guides/register-social-group/">Registration</a>' in html
    assert 'href="/zh-hans/guides/seal/" hreflang="zh-hans"><span lang="zh-hans">印章备案</span></a>' in html
    assert '<span class="help"><span lang="zh-hans">刻制印章后备案。</span></span>' in html


def test_a_guide_shows_only_the_journey_in_its_own_language(client, english_journey):
    chinese = client.get("/zh-hans/guides/register-social-group/").text
    assert chinese.count('class="journey-box"') == 1
    assert "成立一个社会组织" in chinese and "Starting a social organization" not in chinese
    english = client.get("/en/guides/register-social-group/").text
    assert english.count('class="journey-box"') == 1
    assert "<strong>Registration</strong>" in english
    assert 'href="/zh-hans/guides/seal/" hreflang="zh-hans">' in english


def test_catch_all_wording_is_refused():
    with pytest.raises(StructBlockValidationError):
        ConditionBlock().clean({"text": "法律法规规定的其他条件"})
    block = MaterialBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(material("其他材料")[1]))


def test_conditional_material_needs_its_condition():
    block = MaterialBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(material(requirement="conditional")[1]))
    assert "condition" in error.value.block_errors


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"statutory_days": 10, "promised_days": 20}, "promised_days"),
        ({"statutory_days": 400}, "statutory_days"),
        ({"is_free": False, "fee_amount": None}, "fee_amount"),
        ({"is_free": False, "fee_amount": -5, "fee_basis": "物价文件"}, "fee_amount"),
        ({"visits": 30}, "visits"),
    ],
)
def test_absurd_time_limits_and_fees_are_refused(finder, changes, field):
    guide = GuidePageFactory.build(**changes)
    errors = {}
    for check in (lambda: guide.clean_fields(exclude=["path", "depth", "slug", "content_type"]), guide.check_limits):
        try:
            check()
        except ValidationError as error:
            errors.update(error.message_dict)
    assert field in errors


def test_service_point_coordinates_must_be_on_earth(db):
    point = ServicePointFactory.build(latitude=123, longitude=500)
    with pytest.raises(ValidationError) as error:
        point.full_clean()
    assert {"latitude", "longitude"} <= set(error.value.message_dict)
