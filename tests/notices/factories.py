"""Factories for articles, notices, policy texts and their section indexes."""

import datetime

import factory

import wagtail_factories
from wagtail.documents import get_document_model

from notices.models import (
    ArticleIndexPage,
    ArticlePage,
    NoticeAttachment,
    NoticeIndexPage,
    NoticeKind,
    NoticePage,
    PolicyIndexPage,
    PolicyPage,
)


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"服务动态{n}")
    show_in_menus = True

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"中心举办社会组织能力建设培训班（第{n}期）")
    summary = "培训围绕财务管理与项目设计展开。"
    date = datetime.date(2026, 3, 2)
    authors = "张晓明 李芳"

    class Meta:
        model = ArticlePage


class NoticeIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"服务公告{n}")
    organization_code = "11440000MB2C12345X"

    class Meta:
        model = NoticeIndexPage


class NoticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"关于开展2026年度社会组织等级评估工作的通知（{n}）")
    kind = NoticeKind.NOTICE
    issuing_body = "广东省社会组织服务中心"
    document_number = factory.Sequence(lambda n: f"粤社服〔2026〕{n + 1}号")
    date = datetime.date(2026, 3, 2)

    class Meta:
        model = NoticePage

    class Params:
        disclosure = factory.Trait(
            kind=NoticeKind.DISCLOSURE,
            disclosure_start=datetime.date(2026, 3, 2),
            disclosure_end=datetime.date(2026, 3, 6),
            objection_phone="020-86001200",
        )


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"附件{n}")
    file = factory.django.FileField(filename="attachment.pdf", data=b"%PDF-1.4\n% demo\n")

    class Meta:
        model = get_document_model()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()  # size and hash, as the admin's upload form sets them
        document.save()
        return document


class NoticeAttachmentFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = NoticeAttachment


class PolicyIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"政策法规{n}")

    class Meta:
        model = PolicyIndexPage


class PolicyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"广东省社会组织管理办法（{n}）")
    issuing_authority = "广东省民政厅"
    issued_on = datetime.date(2024, 5, 10)
    date = datetime.date(2024, 5, 12)

    class Meta:
        model = PolicyPage
