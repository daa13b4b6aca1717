"""The site's languages, its root and the section tree of the old site, in both languages.

Each section is created once, published and empty (a title, and for directory pages the
kind of record they list); editors write its text. A section is found again by its record
(records.py), so one that an editor renamed, moved or gave another slug stays as the editor
left it, and one an editor deleted is not brought back. On a database made before these
records existed, a section is adopted where it was created: the page of the right type with
the section's slug under its parent.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError

from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.models import Locale, Page, Site

from core.addresses import site_address
from notices.models import ArticleIndexPage

from ..models import HomePage, SetupRecord
from .records import MISSING, record, recorded

HOME_KEY = "section:home"


@dataclass(frozen=True)
class Section:
    """A page of the section tree: `key` is its identity and the slug it is created with."""

    key: str
    model: str  # "app_label.ModelName"
    title: str
    title_en: str
    children: tuple = ()
    fields: dict = field(default_factory=dict)
    show_in_menus: bool = True


def articles(key, title, title_en, children=()):
    return Section(key, "notices.ArticleIndexPage", title, title_en, children)


def standard(key, title, title_en, children=()):
    return Section(key, "home.StandardPage", title, title_en, children)


def projects(key, title, title_en, kind):
    return Section(key, "orgdirectory.ProjectIndexPage", title, title_en, fields={"kind": kind})


HOME = Section("home", "home.HomePage", "首页", "Home")
# The old site's sections, in menu order. County news sections go under `county-news`, one
# per county office that publishes its own news (access.py gives each its editors' group).
SECTIONS = (
    articles(
        "news",
        "服务动态",
        "News",
        (
            articles("media", "媒体报道", "In the Media"),
            articles("center-news", "中心动态", "Center News"),
            articles("county-news", "县区动态", "News from the Districts"),
            articles("exchange", "经验交流", "Sharing Experience"),
        ),
    ),
    articles("experience", "经验集萃", "Good Practice"),
    Section("notices", "notices.NoticeIndexPage", "服务公告", "Notices"),
    Section("policies", "notices.PolicyIndexPage", "政策法规", "Policies & Regulations"),
    Section("guides", "guides.GuideIndexPage", "办事指南", "Service Guides"),
    standard(
        "projects",
        "项目平台",
        "Project Platform",
        (
            projects("government-projects", "政府项目", "Government Projects", "government"),
            projects("charity-projects", "公益项目", "Charity Projects", "charity"),
            projects("volunteer-projects", "志愿者项目", "Volunteer Projects", "volunteer"),
            Section("collaboration", "orgdirectory.NeedIndexPage", "项目协同", "Project Collaboration"),
        ),
    ),
    standard(
        "database",
        "数据库",
        "Databases",
        (
            Section("organizations", "orgdirectory.OrganizationIndexPage", "组织库", "Organization Directory"),
            Section("talent", "orgdirectory.TalentIndexPage", "人才库", "Talent Pool"),
            Section("needs", "orgdirectory.NeedIndexPage", "需求库", "Needs Directory"),
            Section("open-data", "orgdirectory.OpenDataPage", "开放数据", "Open Data"),
        ),
    ),
    standard(
        "center",
        "中心建设",
        "About the Center",
        (
            standard("mission", "服务宗旨", "Our Mission"),
            standard("service-areas", "服务领域", "Service Areas"),
            standard("departments", "内设机构", "Departments"),
            standard("functions", "职能职责", "Functions & Responsibilities"),
        ),
    ),
    standard(
        "org-building",
        "组织建设",
        "Organization Development",
        (standard("incubation", "孵化中心", "Incubation Center"), standard("showcase", "展示大厅", "Exhibition Hall")),
    ),
    standard(
        "family",
        "家庭建设",
        "Family Development",
        (standard("family-values", "家风建设", "Family Values"), standard("mediation", "关系调解", "Family Mediation")),
    ),
    Section("service-map", "guides.ServiceMapPage", "服务地图", "Service Map"),
    standard(
        "charity",
        "招善引慈",
        "Charitable Giving",
        (standard("donate", "捐赠窗口", "Donate"), Section("donors", "orgdirectory.DonorsPage", "捐赠者", "Donors")),
    ),
    Section("sitemap", "home.SitemapPage", "站点地图", "Site map", show_in_menus=False),
)
COUNTY_NEWS = "county-news"


def all_sections(sections=SECTIONS):
    for section in sections:
        yield section
        yield from all_sections(section.children)


def primary_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def other_locales():
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)


def section_page(key, locale=None):
    """The live or draft page of section `key` (a Section's key, or "home") in `locale`
    (default: the site's first language); None if it does not exist."""
    source = recorded(f"section:{key}", Page.objects.all())
    if source in (None, MISSING):
        return None
    if locale is None or source.locale_id == locale.pk:
        return source.specific
    translation = source.get_translation_or_none(locale)
    return translation.specific if translation else None


def structure_pages():
    """Every page of the section tree setup_site made or adopted, in every language."""
    made = SetupRecord.objects.filter(key__startswith="section:").values_list("object_id", flat=True)
    return Page.objects.filter(translation_key__in=Page.objects.filter(pk__in=made).values("translation_key"))


def ensure_locales(changes):
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if Locale.objects.get_or_create(language_code=code)[1]:
            changes.add(f"Added the locale {code}.")


def ensure_home(changes):
    """The home page of the first language, root of the default site; returns it."""
    home = recorded(HOME_KEY, HomePage.objects.all())
    if home is MISSING or home is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = site.root_page.specific if site and isinstance(site.root_page.specific, HomePage) else None
        home = home or HomePage.objects.filter(locale=primary_locale()).first()
        if home is None:
            home = HomePage(title=HOME.title, slug=HOME.key, show_in_menus=False, locale=primary_locale())
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            changes.add(f"Created the home page {home.title}.")
        record(HOME_KEY, home)
    if not Site.objects.filter(is_default_site=True).exists():
        hostname, port = site_address()
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
        changes.add("Created the default site.")
    return home


def ensure_address(changes):
    """The default site's hostname and port are PUBLIC_URL's. Page links (page.full_url: the
    sitemaps, the feeds, the API's html_url) come from the Site record and the rest from
    PUBLIC_URL, so the configuration wins over a change in the admin's Sites screen, which
    would otherwise split them: the address is changed by changing PUBLIC_URL."""
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return
    if Site.objects.filter(hostname=hostname, port=port).exists():
        changes.warn(
            f"Another site already has the address of PUBLIC_URL ({hostname}:{port}); the default site kept its own."
        )
    else:
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])  # clears the page cache (core.pagecache)
        changes.add(f"Set the default site's address to {site.root_url} (PUBLIC_URL).")


def ensure_translations(page, section, changes):
    """Publish `page`'s missing translations, titled in English for English."""
    for locale in other_locales():
        if page.get_translation_or_none(locale) is not None:
            continue
        try:
            translation = page.copy_for_translation(locale).specific
        except (ParentNotTranslatedError, ValidationError) as error:
            # An editor moved the section under a page with no translation, or took its slug.
            changes.warn(f"Could not make the {locale.language_code} version of {page.url_path}: {error}")
            continue
        if locale.language_code == "en":
            translation.title = translation.draft_title = section.title_en
        translation.save_revision().publish()
        changes.add(f"Created the {locale.language_code} version of {page.title}: {translation.title}.")


def ensure_section(section, parent, changes):
    """Section `section` under `parent` (its first-language page), then its children."""
    key = f"section:{section.key}"
    page = recorded(key, Page.objects.all())
    if page is None:
        return  # an editor deleted it: so be it
    if page is MISSING:
        model = apps.get_model(section.model)
        page = model.objects.child_of(parent).filter(slug=section.key).first()
        if page is None:
            page = model(title=section.title, slug=section.key, show_in_menus=section.show_in_menus, **section.fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            changes.add(f"Created the section {page.url_path}: {page.title}.")
        else:
            changes.add(f"Adopted the existing section {page.url_path}: {page.title}.")
        record(key, page)
    page = page.specific
    ensure_translations(page, section, changes)
    for child in section.children:
        ensure_section(child, page, changes)


def ensure_tree(changes):
    ensure_locales(changes)
    home = ensure_home(changes)
    ensure_address(changes)
    ensure_translations(home, HOME, changes)
    for section in SECTIONS:
        ensure_section(section, home, changes)


def county_sections():
    """The county news sections that exist: the article sections right below 县区动态."""
    parent = section_page(COUNTY_NEWS)
    if parent is None:
        return []
    return list(ArticleIndexPage.objects.child_of(parent))
