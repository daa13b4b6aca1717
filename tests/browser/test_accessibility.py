"""WCAG 2.1 AA on every public page type, in both languages, at desktop and phone widths.

axe-core checks each page in Chromium; on phones the page must also fit a 320 px
screen without sideways scrolling. The elderly-friendly mode is held to AAA contrast.
A JSON report per run is kept in the test output folder.
"""

import re

import pytest
from playwright.sync_api import expect

from wagtail.models import Page, get_page_models

from .accessibility import WCAG_AA, WCAG_AAA_CONTRAST, describe, horizontal_overflow, save_report, violations

# (what it is, the page model it shows or None for a route or view, address, and a
# link to follow from there when the address of a record is not fixed).
PUBLIC_PAGES = [
    ("home", "HomePage", "/zh-hans/", None),
    ("standard page", "StandardPage", "/zh-hans/projects/", None),
    ("site map", "SitemapPage", "/zh-hans/sitemap/", None),
    ("news list", "ArticleIndexPage", "/zh-hans/news/", None),
    ("article", "ArticlePage", "/zh-hans/news/", "main .text-list li a"),
    ("notices filtered to open disclosures", "NoticeIndexPage", "/zh-hans/notices/?status=open", None),
    ("notice", "NoticePage", "/zh-hans/notices/project-shortlist-disclosure/", None),
    ("policy list", "PolicyIndexPage", "/zh-hans/policies/", None),
    ("policy", "PolicyPage", "/zh-hans/policies/charity-law/", None),
    ("guide finder", "GuideIndexPage", "/zh-hans/guides/?topic=registration", None),
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


def test_every_public_page_type_is_checked():
    """A new page type cannot ship without joining the accessibility run."""
    checked = {model for _, model, _, _ in PUBLIC_PAGES if model}
    assert checked == {model.__name__ for model in get_page_models() if model is not Page}


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


def check_pages(browser, base_url, output, *, language, width, tags, elderly=False):
    context = browser.new_context(viewport={"width": width, "height": 900})
    if elderly:
        context.add_cookies([{"name": "elderly_mode", "value": "1", "url": base_url}])
    page = context.new_page()
    problems, report = [], {}
    for name, _, address, follow in PUBLIC_PAGES:
        url = visit(page, base_url, language, address, follow)
        found = violations(page, tags)
        problems += describe(url, found)
        report[name] = {"url": url, "violations": [rule["id"] for rule in found]}
        if width < 1000:
            # The narrowest phones in use: the page may reflow, never scroll sideways.
            page.set_viewport_size({"width": 320, "height": 900})
            overflow = horizontal_overflow(page)
            if overflow > 0:
                problems.append(f"{url}: {overflow} px wider than a 320 px screen")
            report[name]["overflow_at_320px"] = overflow
            page.set_viewport_size({"width": width, "height": 900})
    context.close()
    mode = "elderly" if elderly else "standard"
    save_report(output / "accessibility" / f"{mode}-{language}-{width}px.json", report)
    return problems


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_public_pages_have_no_axe_violations(browser, base_url, test_output, language, width):
    problems = check_pages(browser, base_url, test_output, language=language, width=width, tags=WCAG_AA)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_elderly_mode_pages_meet_aaa_contrast_on_phones(browser, base_url, test_output, language):
    problems = check_pages(
        browser, base_url, test_output, language=language, width=375, tags=WCAG_AAA_CONTRAST, elderly=True
    )
    assert not problems, "\n".join(problems)


def test_form_errors_are_announced_with_their_field(page, base_url):
    """A refused sign-up names the problem in the field's own description, and still passes axe."""
    page.goto(f"{base_url}/zh-hans/projects/volunteer-projects/")
    page.locator("main .record h2 a").first.click()
    page.get_by_label("姓名").fill("测试志愿者")
    page.get_by_label("手机号码").fill("123")
    page.get_by_label("我同意中心按照隐私说明保存以上信息").check()
    page.get_by_role("button", name="立即报名").click()
    phone = page.get_by_label("手机号码")
    expect(phone).to_have_attribute("aria-invalid", "true")
    expect(phone).to_have_accessible_description(re.compile("11 位手机号码"))
    expect(page.get_by_label("姓名")).to_have_value("测试志愿者")  # nothing typed is lost
    assert not describe(page.url, violations(page))
