"""Every place the site search looks, in Chinese, ready for factories to fill."""

from types import SimpleNamespace

import pytest

from guides.models import GuideIndexPage
from orgdirectory.models import NeedIndexPage, OrganizationIndexPage, ProjectIndexPage, TalentIndexPage
from tests.notices.factories import ArticleIndexPageFactory, NoticeIndexPageFactory, PolicyIndexPageFactory


def add(parent, page):
    parent.add_child(instance=page)
    return page


@pytest.fixture
def sections(home):
    """The Chinese site's section pages: guides, news, notices, policies and the four directories."""
    return SimpleNamespace(
        guides=add(home, GuideIndexPage(title="办事指南", slug="guides")),
        news=ArticleIndexPageFactory(parent=home, slug="news", title="服务动态"),
        notices=NoticeIndexPageFactory(parent=home, slug="notices", title="服务公告"),
        policies=PolicyIndexPageFactory(parent=home, slug="policies", title="政策法规"),
        organizations=add(home, OrganizationIndexPage(title="组织库", slug="organizations")),
        projects=add(home, ProjectIndexPage(title="项目平台", slug="projects")),
        needs=add(home, NeedIndexPage(title="需求库", slug="needs")),
        talent=add(home, TalentIndexPage(title="人才库", slug="talent")),
    )
