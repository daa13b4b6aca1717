from ..choices import (
    AuthorRole,
    DisclosureAttribute,
    DisclosureStatus,
    NoticeKind,
    NoticeTopic,
    NoticeValidity,
    PolicyLevel,
    PolicyRelationKind,
    PolicyValidity,
)
from .articles import ArticleIndexPage, ArticlePage, ArticleTag, RelatedArticle
from .calendar import Holiday, add_working_days
from .indexnumbers import IndexNumber, IndexNumberSequence
from .notices import NoticeAttachment, NoticeIndexPage, NoticePage
from .pageviews import PageViews, PendingView
from .policies import PolicyAttachment, PolicyIndexPage, PolicyPage, PolicyRelation

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticleTag",
    "AuthorRole",
    "DisclosureAttribute",
    "DisclosureStatus",
    "Holiday",
    "IndexNumber",
    "IndexNumberSequence",
    "NoticeAttachment",
    "NoticeIndexPage",
    "NoticeKind",
    "NoticePage",
    "NoticeTopic",
    "NoticeValidity",
    "PageViews",
    "PendingView",
    "PolicyAttachment",
    "PolicyIndexPage",
    "PolicyLevel",
    "PolicyPage",
    "PolicyRelation",
    "PolicyRelationKind",
    "PolicyValidity",
    "RelatedArticle",
    "add_working_days",
]
