"""The home page's and content pages' blocks render what editors chose."""

import pytest

from django.core.files.base import ContentFile

import wagtail_factories
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from core.blocks import CaptionedImageBlock, LinkBlock
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_standard_page_renders_each_body_block(client, home):
    document = get_document_model().objects.create(
        title="申请表", file=ContentFile(b"%PDF-1.4 demo", name="application-form.pdf")
    )
    StandardPageFactory(
        parent=home,
        slug="incubation",
        title="孵化中心",
        intro="为初创期社会组织提供支持",
        body=[
            ("rich_text", RichText("<h2>入驻条件</h2><p>依法登记成立不满三年。</p>")),
            ("callout", {"tone": "warning", "title": "注意", "text": RichText("<p>申请截止日期为6月30日。</p>")}),
            ("documents", {"heading": "下载", "documents": [{"document": document, "title": ""}]}),
            (
                "table",
                {"data": [["服务", "时间"], ["培训", "每月"]], "first_row_is_table_header": True},
            ),
        ],
    )
    html = client.get("/zh-hans/incubation/").text
    assert "<h1>孵化中心</h1>" in html
    assert "为初创期社会组织提供支持" in html
    assert "<h2>入驻条件</h2>" in html
    assert 'class="callout callout-warning"' in html and "申请截止日期为6月30日。" in html
    assert "申请表</a>" in html and "(PDF" in html
    assert "<th" in html and "培训" in html


def test_standard_page_lists_its_live_children(client, home):
    section = StandardPageFactory(parent=home, slug="center", title="中心建设")
    StandardPageFactory(parent=section, title="服务宗旨")
    StandardPageFactory(parent=section, title="未发布页面", live=False)
    html = client.get("/zh-hans/center/").text
    assert "本栏目内容" in html
    assert "服务宗旨" in html
    assert "未发布页面" not in html


def test_link_block_requires_exactly_one_target(home):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "两个都填", "page": home.pk, "url": "https://example.org"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "都不填", "page": None, "url": ""}))
    assert block.clean(block.to_python({"label": "首页", "page": home.pk, "url": ""}))["page"].pk == home.pk


def test_site_map_lists_the_page_tree_in_order(client, home):
    from home.models import SitemapPage

    center = StandardPageFactory(parent=home, title="中心建设", slug="center")
    StandardPageFactory(parent=center, title="服务宗旨", slug="mission")
    StandardPageFactory(parent=home, title="草稿页面", live=False)
    home.add_child(instance=SitemapPage(title="站点地图", slug="sitemap"))
    html = client.get("/zh-hans/sitemap/").text
    tree = html[html.index('class="sitemap-tree"') :]
    assert tree.index("中心建设") < tree.index("服务宗旨")
    assert 'class="level-2"><a href="/zh-hans/center/mission/">服务宗旨' in tree
    assert "草稿页面" not in tree


def test_an_image_in_the_body_cannot_be_saved_without_its_alternative_text():
    block = CaptionedImageBlock()
    image = wagtail_factories.ImageFactory()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert "alt_text" in refused.value.block_errors
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "服务大厅窗口", "caption": ""}))
