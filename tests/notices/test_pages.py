"""Article and policy pages, the home page's latest texts, and scheduled publishing."""

import datetime
import re

import pytest

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone, translation

import wagtail_factories

from notices.models import NoticePage, PolicyRelation, PolicyRelationKind, PolicyValidity
from tests.notices.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    NoticeAttachmentFactory,
    NoticePageFactory,
    PolicyPageFactory,
)

pytestmark = pytest.mark.django_db
D = datetime.date


def test_article_page_shows_source_dates_views_byline_and_neighbours(client, news):
    section = ArticleIndexPageFactory(parent=news, slug="center-news", title="中心动态")
    ArticlePageFactory(parent=section, title="上一篇文章", date=D(2026, 3, 1))
    ArticlePageFactory(
        parent=section, slug="middle", title="本篇文章", date=D(2026, 3, 2), source="南方社会报", authors="张晓明 李芳"
    )
    ArticlePageFactory(parent=section, title="下一篇文章", date=D(2026, 3, 3))
    html = client.get("/zh-hans/news/center-news/middle/").text
    assert "南方社会报" in html
    assert "2026-03-02" in html
    assert "张晓明 李芳" in html
    assert 'rel="prev">上一篇文章' in html and 'rel="next">下一篇文章' in html
    assert "data-view-count=" in html
    assert 'href="/zh-hans/news/">服务动态</a>' in html  # breadcrumb


def test_cover_image_needs_a_description_and_shows_it_as_alt_text(client, news):
    article = ArticlePageFactory(parent=news, slug="with-cover")
    article.cover_image = wagtail_factories.ImageFactory()
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            article.full_clean()
        assert refused.value.message_dict["cover_image_alt"] == [
            "Describe the cover image for visitors who cannot see it."
        ]
    article.cover_image_alt = "志愿者在社区广场为老人测量血压"
    article.full_clean()
    article.save_revision().publish()
    assert 'alt="志愿者在社区广场为老人测量血压"' in client.get("/zh-hans/news/with-cover/").text


def test_article_without_source_names_this_site(client, news):
    ArticlePageFactory(parent=news, slug="own", source="")
    assert "本站" in client.get("/zh-hans/news/own/").text


def test_notice_attachments_are_listed_with_type_and_size(client, notice_list):
    notice = NoticePageFactory(parent=notice_list, slug="with-file")
    NoticeAttachmentFactory(page=notice, title="评估结果名单")
    html = client.get("/zh-hans/notices/with-file/").text
    assert "评估结果名单" in html
    assert "(PDF, 16" in html  # 16 bytes
    assert "download" in html


def test_notice_metadata_pairs_each_label_with_its_value_in_a_description_list(client, notice_list):
    """Two label/value pairs a table row left the values without headers (pa11y H43.HeadersRequired)."""
    NoticePageFactory(
        parent=notice_list, slug="metadata", document_number="粤社服〔2026〕7号", written_on=D(2026, 2, 27)
    )
    html = client.get("/zh-hans/notices/metadata/").text
    metadata = html[html.index('<dl class="disclosure-metadata">') : html.index("</dl>")]
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", metadata)
    assert dict(pairs)["文号"] == "粤社服〔2026〕7号"
    assert dict(pairs)["成文日期"] == "2026-02-27"
    assert len(pairs) == 8
    assert "<table" not in html[: html.index("<h1")]


def test_a_disclosures_objection_phone_dials_the_number_without_its_spaces(client, notice_list):
    NoticePageFactory(parent=notice_list, slug="shortlist", disclosure=True, objection_phone="020-8600 1236")
    html = client.get("/zh-hans/notices/shortlist/").text
    assert '<a href="tel:02086001236">020-8600 1236</a>' in html


def test_a_texts_update_time_is_a_valid_html_datetime_to_the_second(client, notice_list):
    """Django's "c" format gave six digits of a second, which HTML refuses (at most three)."""
    notice = NoticePageFactory(parent=notice_list, slug="updated")
    notice.save_revision().publish()  # last_published_at: now, microseconds and all
    html = client.get("/zh-hans/notices/updated/").text
    [updated] = re.findall(r'更新时间： <time datetime="([^"]+)">', html)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", updated)


def test_repealed_policy_stays_readable_with_a_banner_to_its_replacement(client, policy_list):
    old = PolicyPageFactory(
        parent=policy_list, slug="old", validity=PolicyValidity.REPEALED, repealed_on=D(2024, 5, 10)
    )
    new = PolicyPageFactory(parent=policy_list, slug="new", title="广东省社会组织管理办法（2024年修订）")
    PolicyRelation.objects.create(page=new, kind=PolicyRelationKind.REPLACES, target=old)
    html = client.get("/zh-hans/policies/old/").text
    assert "banner-repealed" in html
    assert 'href="/zh-hans/policies/new/">广东省社会组织管理办法（2024年修订）' in html
    assert "banner-repealed" not in client.get("/zh-hans/policies/new/").text


def test_policy_shows_amendments_and_interpretations_both_ways(client, policy_list):
    base = PolicyPageFactory(parent=policy_list, slug="base", validity=PolicyValidity.AMENDED)
    amendment = PolicyPageFactory(parent=policy_list, slug="amendment", title="关于修改管理办法的决定")
    reading = PolicyPageFactory(parent=policy_list, slug="reading", title="管理办法政策解读")
    PolicyRelation.objects.create(page=amendment, kind=PolicyRelationKind.AMENDS, target=base)
    PolicyRelation.objects.create(page=reading, kind=PolicyRelationKind.INTERPRETS, target=base)
    html = client.get("/zh-hans/policies/base/").text
    assert "关于修改管理办法的决定" in html and "管理办法政策解读" in html
    assert base.title in client.get("/zh-hans/policies/amendment/").text


def test_a_policy_page_shows_one_publication_date_the_date_it_was_issued(client, policy_list):
    """The editor sets the date of issue; the date every text has for lists and feeds follows it."""
    policy = PolicyPageFactory(parent=policy_list, slug="dated", issued_on=D(2024, 5, 10), date=D(2024, 5, 12))
    assert policy.date == D(2024, 5, 10)
    html = client.get("/zh-hans/policies/dated/").text
    article = html[html.index("<article") : html.index("</article>")]
    assert article.count("发布日期") == 1
    assert "2024-05-10" in article and "2024-05-12" not in html


def test_a_policy_text_with_no_date_of_issue_gets_an_error_not_a_crash(policy_list):
    policy = PolicyPageFactory.build(issued_on=None, repealed_on=D(2024, 5, 10))
    with pytest.raises(ValidationError) as error:
        policy.full_clean()
    assert "issued_on" in error.value.message_dict


def test_repealed_policy_needs_its_repeal_date(policy_list):
    from django.core.exceptions import ValidationError

    policy = PolicyPageFactory.build(issued_on=D(2020, 1, 1), validity=PolicyValidity.REPEALED)
    with pytest.raises(ValidationError):
        policy.clean()


def test_home_block_lists_newest_texts_under_a_section_pinned_first(client, home, news):
    section = ArticleIndexPageFactory(parent=news)
    ArticlePageFactory(parent=section, title="旧消息", date=D(2026, 1, 1))
    ArticlePageFactory(parent=section, title="最新消息", date=D(2026, 3, 1))
    ArticlePageFactory(parent=section, title="置顶消息", date=D(2025, 1, 1), pinned=True)
    home.body = [("latest", {"title": "服务动态", "section": news, "count": 2})]
    home.save()
    page = client.get("/zh-hans/").text
    html = page[page.index('class="home-blocks"') :]
    assert html.index("置顶消息") < html.index("最新消息")
    assert "旧消息" not in html


def test_scheduled_notice_goes_live_and_expires_on_time(notice_list):
    notice = NoticePageFactory(parent=notice_list, live=False)
    notice.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    notice.save_revision().publish()
    notice.refresh_from_db()
    assert not notice.live  # scheduled, not published
    # Let the hour pass: the revision's go-live time is now in the past.
    revision = notice.latest_revision
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    notice.refresh_from_db()
    assert notice.live
    NoticePage.objects.filter(pk=notice.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    notice.refresh_from_db()
    assert not notice.live and notice.expired


def test_latest_texts_of_a_plain_page_merge_every_text_type(home, news, notice_list):
    from notices.templatetags.notices_tags import latest_texts

    ArticlePageFactory(parent=news, title="文章", date=D(2026, 3, 1))
    NoticePageFactory(parent=notice_list, title="通知", date=D(2026, 3, 5))
    assert [page.title for page in latest_texts(home, 5)] == ["通知", "文章"]
