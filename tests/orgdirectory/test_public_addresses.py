"""Absolute addresses, sitemaps, hreflang and robots.txt: everything the site writes for other
systems and crawlers is at PUBLIC_URL, whatever Host a request came with."""

import xml.etree.ElementTree as ET

import pytest

from django.core import mail
from django.utils import timezone

from wagtail.models import Site

from home.setup.records import Changes
from home.setup.tree import ensure_address
from home.sitemap import OrganizationSitemap
from tests.home.factories import publish_translation
from tests.notices.factories import (
    ArticlePageFactory,
    NoticePageFactory,
)
from tests.orgdirectory.factories import NeedFactory, OrganizationFactory, ProjectFactory, TalentFactory, need_form
from tests.orgdirectory.test_form_safety import MANAGERS, NEED_URL, project_url, signup_form

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.example.gov.cn"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"
SECTIONS = ["pages", "organizations", "projects", "needs", "talent"]


def parse(response):
    """The site's own XML output, so the stdlib parser is safe here."""
    assert response.status_code == 200, response
    return ET.fromstring(response.content)  # noqa: S314


@pytest.fixture
def intranet_client(client):
    """A client whose requests carry another Host than the public one, as behind a proxy, and
    prefer English: neither changes what the sitemaps list."""
    client.defaults["HTTP_HOST"] = "10.0.0.5:8000"
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def public_address(settings):
    """PUBLIC_URL set, as the environment would (config/settings/base.py derives the others)."""
    settings.PUBLIC_URL = settings.WAGTAILAPI_BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC


@pytest.fixture
def public_site(public_address, home, english_home):
    """The default site after setup_site's address step."""
    ensure_address(Changes())


@pytest.fixture
def bilingual_directory(directory, english_home, needs_page, talent_page, volunteer_page):
    """Every directory page, published in English too."""
    publish_translation(directory.get_parent().specific, title="Database")
    for page in (directory, needs_page, talent_page, volunteer_page.get_parent().specific, volunteer_page):
        publish_translation(page, title=f"{page.title} (en)")
    return directory


def sitemap_addresses(client):
    """Every <loc> and hreflang address in the index and each file it lists."""
    index = parse(client.get("/sitemap.xml"))
    files = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    addresses = list(files)
    for url in files:
        tree = parse(client.get(url.removeprefix(PUBLIC)))
        addresses += [loc.text for loc in tree.iter(f"{SITEMAP}loc")]
        addresses += [link.get("href") for link in tree.iter(f"{XHTML}link")]
    return addresses


def feed_addresses(client, path):
    tree = parse(client.get(path))
    if tree.tag == f"{ATOM}feed":
        return [link.get("href") for link in tree.iter(f"{ATOM}link")] + [i.text for i in tree.iter(f"{ATOM}id")]
    channel = tree.find("channel")
    return (
        [channel.findtext("link")]
        + [link.get("href") for link in channel.iter(f"{ATOM}link")]
        + [item.findtext("link") for item in channel.iter("item")]
        + [item.findtext("guid") for item in channel.iter("item")]
    )


def test_every_absolute_address_the_site_writes_is_at_public_url(
    intranet_client, public_site, news, notice_list, bilingual_directory
):
    client = intranet_client
    ArticlePageFactory(parent=news, slug="report")
    notice = NoticePageFactory(parent=notice_list, title="关于年度检查的通知")
    organization = OrganizationFactory()
    addresses = sitemap_addresses(client)
    for path in (
        "/zh-hans/news/feed/rss/",
        "/zh-hans/news/feed/atom/",
        "/zh-hans/feeds/notices/rss/",
        "/zh-hans/feeds/notices/atom/",
    ):
        addresses += feed_addresses(client, path)
    listing = client.get("/api/v2/pages/", {"type": "notices.NoticePage"}).json()
    addresses += [listing["items"][0]["meta"]["detail_url"], listing["items"][0]["meta"]["html_url"]]
    detail = client.get(f"/api/v2/pages/{notice.pk}/").json()
    addresses += [detail["meta"]["detail_url"], detail["meta"]["html_url"]]
    found = client.get("/api/v2/pages/find/", {"id": notice.pk})
    assert found.status_code == 302
    addresses.append(found["Location"])
    robots = client.get("/robots.txt").text
    addresses += [line.split(": ", 1)[1] for line in robots.splitlines() if line.startswith("Sitemap:")]
    assert len(addresses) > 30
    assert [address for address in addresses if not address.startswith(f"{PUBLIC}/")] == []
    assert f"{PUBLIC}/zh-hans/news/report/" in addresses
    assert f"{PUBLIC}/zh-hans/database/organizations/{organization.credit_code}/" in addresses
    assert f"{PUBLIC}/zh-hans/feeds/notices/atom/" in addresses


def test_setup_site_gives_the_default_site_the_public_address_once(public_address, home):
    first, second = Changes(), Changes()
    ensure_address(first)
    ensure_address(second)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("www.example.gov.cn", 443, PUBLIC)
    assert first.lines == [f"Set the default site's address to {PUBLIC} (PUBLIC_URL)."]
    assert second.lines == []


def test_sitemap_is_an_index_of_a_file_per_section(client, public_site):
    index = parse(client.get("/sitemap.xml"))
    assert index.tag == f"{SITEMAP}sitemapindex"
    assert [loc.text for loc in index.iter(f"{SITEMAP}loc")] == [f"{PUBLIC}/sitemap-{name}.xml" for name in SECTIONS]


def urls_of(client, path):
    """{<loc>: {hreflang: href}} of a sitemap file."""
    tree = parse(client.get(path))
    return {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        for url in tree.iter(f"{SITEMAP}url")
    }


def test_directory_sitemaps_list_public_records_in_both_languages(client, public_site, bilingual_directory):
    organization = OrganizationFactory()
    approved, waiting = NeedFactory(), NeedFactory(is_approved=False)
    consenting, private = TalentFactory(), TalentFactory(consented_at=None)
    project = ProjectFactory()
    organizations = urls_of(client, "/sitemap-organizations.xml")
    needs = urls_of(client, "/sitemap-needs.xml")
    talent = urls_of(client, "/sitemap-talent.xml")
    projects = urls_of(client, "/sitemap-projects.xml")
    chinese = f"{PUBLIC}/zh-hans/database/organizations/{organization.credit_code}/"
    english = f"{PUBLIC}/en/database/organizations/{organization.credit_code}/"
    assert organizations[chinese] == organizations[english] == {"zh-Hans": chinese, "en": english, "x-default": chinese}
    assert set(needs) == {f"{PUBLIC}/zh-hans/needs/{approved.pk}/", f"{PUBLIC}/en/needs/{approved.pk}/"}
    assert f"/{waiting.pk}/" not in str(needs)
    assert set(talent) == {f"{PUBLIC}/zh-hans/talent/{consenting.pk}/", f"{PUBLIC}/en/talent/{consenting.pk}/"}
    assert f"/{private.pk}/" not in str(talent)
    assert f"{PUBLIC}/zh-hans/projects/volunteer-projects/{project.pk}/" in projects


def test_a_record_is_dated_by_its_last_change(client, public_site, directory):
    organization = OrganizationFactory()
    tree = parse(client.get("/sitemap-organizations.xml"))
    day = timezone.localdate(organization.updated_at)  # the day in the site's time zone
    assert tree.findtext(f"{SITEMAP}url/{SITEMAP}lastmod") == day.isoformat()


def test_a_section_beyond_the_file_limit_continues_in_further_files(client, public_site, directory, monkeypatch):
    first, second = OrganizationFactory(), OrganizationFactory()
    monkeypatch.setattr(OrganizationSitemap, "limit", 1)
    index = [loc.text for loc in parse(client.get("/sitemap.xml")).iter(f"{SITEMAP}loc")]
    page_two = urls_of(client, "/sitemap-organizations.xml?p=2")
    assert f"{PUBLIC}/sitemap-organizations.xml?p=2" in index
    assert list(page_two) == [f"{PUBLIC}/zh-hans/database/organizations/{second.credit_code}/"]
    assert first.credit_code not in str(page_two)


def test_pages_sitemap_links_each_page_to_its_live_translation(client, public_site, news):
    translated = ArticlePageFactory(parent=news, slug="translated")
    ArticlePageFactory(parent=news, slug="chinese-only")
    publish_translation(news, title="News")
    publish_translation(translated, title="In English")
    pages = urls_of(client, "/sitemap-pages.xml")
    chinese, english = f"{PUBLIC}/zh-hans/news/translated/", f"{PUBLIC}/en/news/translated/"
    assert pages[chinese] == pages[english] == {"zh-Hans": chinese, "en": english, "x-default": chinese}
    assert pages[f"{PUBLIC}/zh-hans/news/chinese-only/"] == {}


def test_a_translated_page_names_its_versions_in_the_head(client, public_site, news):
    publish_translation(news, title="News")
    html = client.get("/en/news/").text
    head = html[: html.index("</head>")]
    assert f'<link rel="alternate" hreflang="zh-Hans" href="{PUBLIC}/zh-hans/news/">' in head
    assert f'<link rel="alternate" hreflang="en" href="{PUBLIC}/en/news/">' in head
    assert f'<link rel="alternate" hreflang="x-default" href="{PUBLIC}/zh-hans/news/">' in head


def test_a_page_in_one_language_has_no_hreflang(client, public_site, news):
    html = client.get("/zh-hans/news/").text
    assert "hreflang=" not in html[: html.index("</head>")]


def test_a_record_page_names_its_versions_under_the_translated_directory(client, public_site, bilingual_directory):
    organization = OrganizationFactory()
    html = client.get(f"/zh-hans/database/organizations/{organization.credit_code}/").text
    english = f"{PUBLIC}/en/database/organizations/{organization.credit_code}/"
    assert f'<link rel="alternate" hreflang="en" href="{english}">' in html


def test_robots_txt_names_the_sitemap_index(intranet_client, public_site):
    response = intranet_client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in response.text.splitlines()
    assert "Disallow: /admin/" in response.text.splitlines()


def test_links_in_e_mails_are_at_public_url(
    intranet_client, public_site, volunteer_page, needs_page, settings, django_capture_on_commit_callbacks
):
    settings.MANAGERS = MANAGERS
    project = ProjectFactory()
    with django_capture_on_commit_callbacks(execute=True):
        intranet_client.post(project_url(project), signup_form(email="xiaoming@example.org"))
        intranet_client.post(NEED_URL, need_form())
    confirmation, announcement = mail.outbox
    assert f"{PUBLIC}/zh-hans/projects/volunteer-projects/cancel/" in confirmation.body
    assert f"{PUBLIC}/admin/snippets/orgdirectory/need/edit/" in announcement.body
    assert "10.0.0.5" not in confirmation.body + announcement.body
