import pytest

from tests.notices.factories import ArticleIndexPageFactory, NoticeIndexPageFactory, PolicyIndexPageFactory


@pytest.fixture
def news(home):
    return ArticleIndexPageFactory(parent=home, slug="news", title="服务动态")


@pytest.fixture
def notice_list(home):
    return NoticeIndexPageFactory(parent=home, slug="notices", title="服务公告")


@pytest.fixture
def policy_list(home):
    return PolicyIndexPageFactory(parent=home, slug="policies", title="政策法规")
