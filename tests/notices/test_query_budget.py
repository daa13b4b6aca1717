"""Articles, notices, policy texts, their lists and feeds cost a fixed number of queries (issue 8)."""

import datetime
import itertools

import pytest

from django.utils import timezone

import wagtail_factories
from wagtail.rich_text import RichText

from notices.models import NoticeKind, NoticeTopic, PolicyAttachment, PolicyRelation, PolicyRelationKind, RelatedArticle
from taxonomy.models import Region
from tests.notices.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    DocumentFactory,
    NoticeAttachmentFactory,
    NoticePageFactory,
    PolicyPageFactory,
)
from tests.querycount import assert_flat, shell  # noqa: F401 - a fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shell")]
DAY = datetime.timedelta(days=1)
REGION_CODES = ["440104", "440106", "440304", "440100", "440604"]


def regions():
    return itertools.cycle(Region.objects.filter(code__in=REGION_CODES))


def add_articles(parent, count):
    years = itertools.cycle([2024, 2025, 2026])
    for article, region, year in zip(
        ArticlePageFactory.create_batch(count, parent=parent), regions(), years, strict=False
    ):
        article.region, article.date = region, datetime.date(year, 3, 2)
        article.tags.add("培训", f"标签{article.pk}")
        article.save()


def test_article_list_queries_do_not_grow_with_articles_or_sections(news):
    center = ArticleIndexPageFactory(parent=news, slug="center-news")
    add_articles(center, 2)

    def add_more():
        county = ArticleIndexPageFactory(parent=news, slug="county-news")
        add_articles(county, 10)
        add_articles(ArticleIndexPageFactory(parent=county, slug="yuexiu"), 10)

    assert_flat("/zh-hans/news/", 18, add_more)


def test_filtered_article_list_queries_do_not_grow(news):
    add_articles(news, 2)
    region = Region.objects.get(code="440100")
    assert_flat(f"/zh-hans/news/?city={region.pk}&year=2024&q=培训", 19, lambda: add_articles(news, 20))


def article_body(count):
    images = wagtail_factories.ImageFactory.create_batch(count)
    return [
        ("rich_text", RichText("<p>培训围绕财务管理展开。</p>")),
        *[("image", {"image": image, "alt_text": "培训现场", "caption": ""}) for image in images],
    ]


def test_article_page_queries_do_not_grow_with_images_tags_or_related_articles(news):
    article = ArticlePageFactory(
        parent=news, slug="middle", cover_image=wagtail_factories.ImageFactory(), cover_image_alt="现场"
    )
    ArticlePageFactory(parent=news, date=article.date - DAY)
    ArticlePageFactory(parent=news, date=article.date + DAY)

    def relate(count):
        for other in ArticlePageFactory.create_batch(count, parent=news, date=article.date - 30 * DAY):
            RelatedArticle.objects.create(page=article, article=other)
            article.tags.add(f"标签{other.pk}")
        article.body = article_body(count)
        article.save_revision().publish()

    relate(2)
    # 24: the cover image is read on its own, not joined: Wagtail's admin cannot list an article's
    # translations when its default manager joins it (notices/models/articles.py).
    assert_flat("/zh-hans/news/middle/", 23, lambda: relate(15))


def add_notices(parent, count):
    today = timezone.localdate()
    for index, region in zip(range(count), regions(), strict=False):
        NoticePageFactory(
            parent=parent,
            region=region,
            topic=list(NoticeTopic)[index % len(NoticeTopic)],
            pinned=index == 0,
            date=today - index * DAY,
            **(
                {"disclosure": True, "disclosure_start": today - DAY, "disclosure_end": today + 5 * DAY}
                if index % 2
                else {"kind": NoticeKind.ANNOUNCEMENT}
            ),
        )


def test_notice_list_queries_do_not_grow_with_notices(notice_list):
    add_notices(notice_list, 3)
    assert_flat("/zh-hans/notices/", 17, lambda: add_notices(notice_list, 20))


def test_open_disclosures_list_queries_do_not_grow(notice_list):
    add_notices(notice_list, 3)
    assert_flat("/zh-hans/notices/?status=open&kind=disclosure", 17, lambda: add_notices(notice_list, 20))


def test_notice_page_queries_do_not_grow_with_attachments(notice_list):
    today = timezone.localdate()
    notice = NoticePageFactory(
        parent=notice_list, slug="disclosure", disclosure=True, disclosure_start=today, disclosure_end=today + DAY
    )
    NoticeAttachmentFactory.create_batch(2, page=notice)
    assert_flat("/zh-hans/notices/disclosure/", 17, lambda: NoticeAttachmentFactory.create_batch(15, page=notice))


def test_policy_list_queries_do_not_grow_with_texts(policy_list):
    PolicyPageFactory.create_batch(2, parent=policy_list)
    assert_flat("/zh-hans/policies/", 16, lambda: PolicyPageFactory.create_batch(20, parent=policy_list))


def test_policy_page_queries_do_not_grow_with_relations_or_attachments(policy_list):
    policy = PolicyPageFactory(parent=policy_list, slug="base")

    def relate(count):
        for kind in PolicyRelationKind:
            for other in PolicyPageFactory.create_batch(count, parent=policy_list):
                PolicyRelation.objects.create(page=other, kind=kind, target=policy)
        for other in PolicyPageFactory.create_batch(count, parent=policy_list):
            PolicyRelation.objects.create(page=policy, kind=PolicyRelationKind.AMENDS, target=other)
        for document in DocumentFactory.create_batch(count):
            PolicyAttachment.objects.create(page=policy, document=document)

    relate(1)
    # 22: the texts it relates to are checked for live and public in one query (core.querysets.listed).
    assert_flat("/zh-hans/policies/base/", 21, lambda: relate(8))


def test_section_feed_queries_do_not_grow(notice_list):
    add_notices(notice_list, 2)
    # 11: one of them the site's settings, for the feed's author (the site's name).
    assert_flat("/zh-hans/notices/feed/rss/", 11, lambda: add_notices(notice_list, 20))


def test_feed_of_all_notices_queries_do_not_grow(notice_list):
    add_notices(notice_list, 2)
    # 6: two of them the request's site and its settings, for the feed's author (the site's name).
    assert_flat("/zh-hans/feeds/notices/atom/", 6, lambda: add_notices(notice_list, 20))
