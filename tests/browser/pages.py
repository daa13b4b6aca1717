"""One page of every public page type of the demo, in one list: the accessibility run and the
layout screenshots both visit them (tests/browser/test_accessibility.py, test_page_layouts.py)."""

from playwright.sync_api import expect

# (what it is, the page model it shows or None for a route or view, address, and a
# link to follow from there when the address of a record is not fixed).
PUBLIC_PAGES = [
    ("home", "HomePage", "/zh-hans/", None),
    ("standard page", "StandardPage", "/zh-hans/projects/", None),
    ("site map", "SitemapPage", "/zh-hans/sitemap/", None),
    ("news list", "ArticleIndexPage", "/zh-hans/news/", None),
    ("article", "ArticlePage", "/zh-hans/news/", "main .text-list li a"),
    ("notice list", "NoticeIndexPage", "/zh-hans/notices/", None),
    ("notice", "NoticePage", "/zh-hans/notices/2026-assessment-notice/", None),
    ("disclosure notice", "NoticePage", "/zh-hans/notices/project-shortlist-disclosure/", None),
    ("policy list", "PolicyIndexPage", "/zh-hans/policies/", None),
    ("policy", "PolicyPage", "/zh-hans/policies/charity-law/", None),
    ("guide finder", "GuideIndexPage", "/zh-hans/guides/", None),
    ("guide", "GuidePage", "/zh-hans/guides/social-group-registration/", None),
    ("guide checklist", None, "/zh-hans/guides/social-group-registration/checklist/", None),
    ("guided journey", "GuideJourneyPage", "/zh-hans/guides/start-an-organization/", None),
    ("service map", "ServiceMapPage", "/zh-hans/service-map/", None),
    ("organization directory", "OrganizationIndexPage", "/zh-hans/database/organizations/?grade=5A", None),
    ("transparency page", None, "/zh-hans/database/organizations/", "main .directory-table tbody th a"),
    ("volunteer projects", "ProjectIndexPage", "/zh-hans/projects/volunteer-projects/", None),
    ("project with sign-up form", None, "/zh-hans/projects/volunteer-projects/", "main .record h2 a"),
    ("sign-up cancellation", None, "/zh-hans/projects/volunteer-projects/cancel/", None),
    ("needs", "NeedIndexPage", "/zh-hans/projects/collaboration/", None),
    ("need", None, "/zh-hans/projects/collaboration/", "main .record h2 a"),
    ("need submission form", None, "/zh-hans/projects/collaboration/submit/", None),
    ("talent", "TalentIndexPage", "/zh-hans/database/talent/", None),
    ("talent record", None, "/zh-hans/database/talent/", "main .record h2 a"),
    ("open data", "OpenDataPage", "/zh-hans/database/open-data/", None),
    ("donors", "DonorsPage", "/zh-hans/charity/donors/", None),
    ("search results", None, "/zh-hans/search/?q=成立登记", None),
    ("error report form", None, "/zh-hans/report-error/", None),
    ("page not found", None, "/zh-hans/no-such-page/", None),
]


def visit(page, base_url, language, address, follow):
    """Open a public page in the language given; the English address comes from the language switcher."""
    page.goto(base_url + address)
    if follow:
        page.goto(base_url + page.locator(follow).first.get_attribute("href"))
    chinese = page.url.removeprefix(base_url)
    if language == "en":
        page.goto(base_url + page.locator("a[hreflang=en]").get_attribute("href"))
        expect(page.locator("html")).to_have_attribute("lang", "en")
        # Every demo page has an English version under the same slugs: the switcher
        # must land on it, record path and filters included, not on the English home.
        assert page.url.removeprefix(base_url) == chinese.replace("/zh-hans/", "/en/", 1)
    return page.url.removeprefix(base_url)
