"""Builds the demo site's shell on the sections setup_site made: their texts in Chinese and
English, the demo's own pages (the center's pages, two county news sections), the home
page's blocks and the site settings. Safe to run again: it only adds what is missing and
never touches a page or setting that already has content."""

from django.apps import apps
from django.db import transaction

from wagtail.models import Locale, Site

from core.blocks import stream_body
from demo.texts import load as load_texts
from home.models import ErrorReport, SiteSettings
from home.setup.tree import section_page

from .images import demo_image

CONTENT = load_texts("home")
ENGLISH = "en"


class DemoBuilder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0
        self.pages = {}  # slug -> (chinese page, english page)

    def log(self, message):
        self.stdout.write(message)

    def run(self):
        with transaction.atomic():
            self.english = Locale.objects.get(language_code=ENGLISH)
            site = Site.objects.get(is_default_site=True)
            home = section_page("home")
            self.pages["home"] = (home, section_page("home", self.english))
            for spec in CONTENT["sections"]:
                self.add_section(home, spec)
            self.fill_home_pages()
            self.fill_settings(site)
            self.add_error_reports()
        self.log(f"Demo site: {self.created} new items.")

    def add_section(self, parent, spec):
        """The section setup_site made for `spec` (or, for the demo's own pages, one made here),
        with the demo's texts in both languages unless an editor has written some."""
        model = apps.get_model(spec.get("type", "home.StandardPage"))
        page = section_page(spec["slug"]) or parent.get_children().filter(slug=spec["slug"]).first()
        if page is None:
            fields = {"show_in_menus": True, **spec.get("fields", {})}
            page = model(title=spec["title"], slug=spec["slug"], **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
        page = page.specific
        self.fill(page, self.content(model, spec, ""))
        english = page.get_translation_or_none(self.english)
        if english is None:
            english = page.copy_for_translation(self.english)
            english.title = english.draft_title = spec["title_en"]
            english.save_revision().publish()
        english = english.specific
        self.fill(english, self.content(model, spec, "_en"))
        self.pages[spec["slug"]] = (page, english)
        for child in spec.get("children", []):
            self.add_section(page, child)

    def fill(self, page, fields):
        """Give an empty page the demo's texts, as a published revision."""
        if not fields or any(getattr(page, name) for name in fields):
            return
        page = type(page).objects.get(pk=page.pk)  # fresh: numchild may have changed below it
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        self.created += 1

    @staticmethod
    def content(model, spec, suffix):
        """The intro and body of a section in one language, for the fields its page type has."""
        names = {field.name for field in model._meta.get_fields()}
        fields = {"intro": spec["intro" + suffix]} if "intro" in names else {}
        if "body" in names:
            fields["body"] = stream_body(spec["body" + suffix])
        return fields

    def home_body(self, language_index):
        """The home page's blocks, linking to the pages of one language (0 Chinese, 1 English)."""
        home = CONTENT["home"]
        suffix = "_en" if language_index else ""
        labels = {
            "news": ("服务动态", "News"),
            "notices": ("服务公告", "Notices"),
            "policies": ("政策法规", "Policies & Regulations"),
            "image_news": ("图片新闻", "In pictures"),
            "popular": ("热门办事", "Popular services"),
            "figures": ("社会组织数据", "Social organizations in figures"),
            "featured": ("中心建设", "About the center"),
        }

        def page(slug):
            return self.pages[slug][language_index]

        def latest(label, section, count, display="list"):
            value = {"title": labels[label][language_index], "section": section, "count": count, "display": display}
            return ("latest", value)

        return [
            (
                "hero",
                {
                    "title": home["hero_title" + suffix],
                    "text": home["hero_text" + suffix],
                    "image": demo_image("首页横幅 Home banner", "banner"),
                    "link": {"label": labels["featured"][language_index], "page": page("center"), "url": ""},
                },
            ),
            latest("notices", page("notices"), 3, "strip"),
            latest("image_news", page("news"), 1, "picture"),
            latest("news", page("news"), 6),
            latest("policies", page("policies"), 6),
            ("popular_guides", {"title": labels["popular"][language_index], "count": 8}),
            (
                "quick_links",
                {
                    "title": home["quick_links_title" + suffix],
                    "links": [
                        {"label": link["label" + suffix], "page": page(link["slug"]), "url": ""}
                        for link in home["quick_links"]
                    ],
                },
            ),
            ("directory_figures", {"title": labels["figures"][language_index]}),
            (
                "featured",
                {
                    "title": labels["featured"][language_index],
                    "pages": [page(slug) for slug in ("mission", "service-areas", "departments", "functions")],
                },
            ),
        ]

    def fill_home_pages(self):
        for index, stale in enumerate(self.pages["home"]):
            # Re-read: adding translated children changed numchild in the database,
            # and publishing a stale copy would write the old count back.
            home = stale.specific_class.objects.get(pk=stale.pk)
            if len(home.body):
                continue
            home.body = self.home_body(index)
            home.save_revision().publish()
            self.created += 1

    def fill_settings(self, site):
        settings = SiteSettings.for_site(site)
        if settings.site_name:
            return
        for name, value in CONTENT["site_settings"].items():
            setattr(settings, name, value)
        settings.logo = demo_image("中心标志 Center logo", "logo")
        settings.wechat_qr = demo_image("微信公众号二维码(演示) WeChat QR code (demo)", "qr")
        settings.save()
        self.created += 1

    def add_error_reports(self):
        """A few of the visitors' reports (我为网站找错) that editors work through."""
        for spec in CONTENT["error_reports"]:
            _report, created = ErrorReport.objects.get_or_create(
                page_url=spec["page_url"], description=spec["description"], defaults=spec
            )
            self.created += created


def load(stdout):
    DemoBuilder(stdout).run()
