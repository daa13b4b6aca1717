"""The search finds every kind of public content in the visitor's language, and nothing else."""

import pytest

from wagtail.models import PageViewRestriction

from tests.guides.factories import GuidePageFactory
from tests.home.factories import StandardPageFactory, publish_translation
from tests.notices.factories import ArticlePageFactory, NoticePageFactory, PolicyPageFactory
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, TalentFactory

pytestmark = pytest.mark.django_db

WORD = "湿地"


def text(words):
    return [("rich_text", f"<p>{words}</p>")]


# Each type made twice: with the word in its title (or name), and with it only in its text.
MAKERS = {
    "guide": lambda s, title, body: GuidePageFactory(parent=s.guides, title=title, summary=body),
    "notice": lambda s, title, body: NoticePageFactory(parent=s.notices, title=title, body=text(body)),
    "policy": lambda s, title, body: PolicyPageFactory(parent=s.policies, title=title, body=text(body)),
    "article": lambda s, title, body: ArticlePageFactory(parent=s.news, title=title, body=text(body)),
    "organization": lambda s, title, body: OrganizationFactory(name=title, description=body),
    "project": lambda s, title, body: ProjectFactory(title=title, description=body),
    "need": lambda s, title, body: NeedFactory(title=title, description=body),
    "talent": lambda s, title, body: TalentFactory(display_name=title, bio=body),
    "page": lambda s, title, body: StandardPageFactory(parent=s.guides.get_parent(), title=title, body=text(body)),
}


def address(slug, record, sections):
    """Where the search should send the visitor for `record`."""
    routes = {
        "organization": lambda: f"{sections.organizations.url}{record.credit_code}/",
        "project": lambda: f"{sections.projects.url}{record.pk}/",
        "need": lambda: f"{sections.needs.url}{record.pk}/",
        "talent": lambda: f"{sections.talent.url}{record.pk}/",
    }
    return routes[slug]() if slug in routes else record.url


def hits(response):
    return list(response.context["search_results"])


@pytest.mark.parametrize("slug", MAKERS)
@pytest.mark.parametrize("where", ["title", "text"])
def test_each_type_is_found_by_a_chinese_word_in_its_title_or_text(client, sections, slug, where):
    """A word inside the title or inside the body text finds the record, labelled with its type, linked to its page."""
    if where == "title":
        title, body = "保护湿地行动", "一段说明文字。"
    else:
        title, body = "保护行动", f"开展{WORD}巡护与观鸟科普。"
    record = MAKERS[slug](sections, title, body)
    response = client.get("/zh-hans/search/", {"q": WORD, "type": slug})
    assert response.status_code == 200
    found = hits(response)
    assert [hit.url for hit in found] == [address(slug, record, sections)]
    assert found[0].title == title
    assert client.get(found[0].url).status_code == 200
    counts = {tab["slug"]: tab["count"] for tab in response.context["tabs"]}
    assert counts[slug] == 1


def test_traditional_characters_find_simplified_text(client, sections):
    """社會組織 (traditional) finds 社会组织 (simplified), and the match is highlighted."""
    summary = "拟成立的社会组织先申请名称核准。"
    GuidePageFactory(parent=sections.guides, title="社会组织名称核准", slug="name-approval", summary=summary)
    response = client.get("/zh-hans/search/", {"q": "社會組織"})
    assert [hit.title for hit in hits(response)] == ["社会组织名称核准"]
    assert "拟成立的<mark>社会组织</mark>先申请名称核准。" in response.text


def test_each_hit_shows_its_type_and_date(client, sections):
    """A notice's hit carries its type label and publication date."""
    NoticePageFactory(parent=sections.notices, title="关于湿地巡护志愿者招募的通知")
    html = client.get("/zh-hans/search/", {"q": WORD}).text
    assert '<time datetime="2026-03-02">2026-03-02</time>' in html
    assert '<span class="hit-type">通知公告</span>' in html


def test_drafts_private_pages_and_other_languages_are_never_found(client, sections, english_home):
    """Only live, public pages of the visitor's language are searched."""
    GuidePageFactory(parent=sections.guides, title="湿地草稿", slug="draft", live=False)
    private = GuidePageFactory(parent=sections.guides, title="湿地内部指南", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    chinese = GuidePageFactory(parent=sections.guides, title="湿地保护许可", slug="wetland")
    publish_translation(sections.guides, title="Guides")
    publish_translation(chinese, title="湿地 permit")

    chinese_hits = hits(client.get("/zh-hans/search/", {"q": WORD}))
    assert [hit.title for hit in chinese_hits] == ["湿地保护许可"]
    english_hits = hits(client.get("/en/search/", {"q": WORD}))
    assert [hit.title for hit in english_hits] == ["湿地 permit"]
    assert english_hits[0].url.startswith("/en/")


def test_unapproved_needs_and_talent_without_consent_are_never_found(client, sections):
    """Needs wait for approval, and people appear only with recorded consent."""
    NeedFactory(title="湿地清淤需求", is_approved=False)
    TalentFactory(display_name="湿地专家", consented_at=None)
    response = client.get("/zh-hans/search/", {"q": WORD})
    assert hits(response) == []
    assert "湿地专家" not in response.text


def test_private_talent_fields_are_not_searchable(client, sections):
    """A profile's phone, email and ID number are never searched or shown."""
    TalentFactory(display_name="湿地专家", phone="13912345678", email="private@example.org")
    for query in ("13912345678", "private@example.org", "440104198001010016"):
        assert hits(client.get("/zh-hans/search/", {"q": query})) == []
    html = client.get("/zh-hans/search/", {"q": WORD}).text
    assert "湿地专家" in html
    assert "13912345678" not in html
    assert "private@example.org" not in html


def test_records_are_found_only_where_a_directory_page_shows_them(client, sections, english_home):
    """The English site has no organization directory here, so its search leaves organizations out."""
    OrganizationFactory(name="湿地保护协会")
    assert len(hits(client.get("/zh-hans/search/", {"q": WORD}))) == 1
    assert hits(client.get("/en/search/", {"q": WORD})) == []


def test_a_chinese_record_on_an_english_page_is_marked_as_chinese(client, sections, english_home):
    """Records without English text keep their Chinese, and say so for screen readers."""
    publish_translation(sections.organizations, title="Organization Directory")
    OrganizationFactory(name="湿地保护协会", description="保护湿地。")
    html = client.get("/en/search/", {"q": WORD}).text
    assert 'lang="zh-Hans">湿地保护协会</a>' in html


def test_a_project_links_to_the_page_for_its_kind(client, sections):
    """With a page per kind of project, a volunteer project links to the volunteer projects page."""
    from orgdirectory.models import ProjectIndexPage

    volunteer = ProjectIndexPage(title="志愿者项目", slug="volunteer", kind="volunteer")
    sections.projects.add_child(instance=volunteer)
    project = ProjectFactory(title="湿地观鸟志愿服务")
    [hit] = hits(client.get("/zh-hans/search/", {"q": WORD}))
    assert hit.url == f"{volunteer.url}{project.pk}/"
