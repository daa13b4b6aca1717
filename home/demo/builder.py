"""Builds the demo site: the section tree in Chinese and English, the home page,
site settings and demo accounts. Safe to run again: it only adds what is missing
and never touches a page or setting that already has content."""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Site

from home.blocks import stream_body
from home.models import SiteSettings

from . import content
from .accounts import demo_account
from .images import demo_image

ENGLISH = "en"

DEMO_ACCOUNTS = [
    # username, password, group, first name, last name
    ("editor", "demo-editor-2026", "Editors", "演示", "编辑"),
    ("moderator", "demo-moderator-2026", "Moderators", "演示", "审核员"),
]


def translate_page(page, english_locale, fields):
    """Publish the English translation of `page` with the given fields, unless it exists."""
    existing = page.get_translation_or_none(english_locale)
    if existing:
        return existing, False
    translation = page.copy_for_translation(english_locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation, True


class DemoBuilder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0
        self.pages = {}  # slug -> (chinese page, english page)

    def log(self, message):
        self.stdout.write(message)

    def run(self):
        with transaction.atomic():
            self.english = Locale.objects.get_or_create(language_code=ENGLISH)[0]
            site = Site.objects.get(is_default_site=True)
            home = site.root_page.specific
            english_home, created = translate_page(home, self.english, {"title": content.HOME["title_en"]})
            self.created += created
            self.pages["home"] = (home, english_home.specific)
            for spec in content.SECTIONS:
                self.add_section(home, spec)
            self.fill_home_pages()
            self.fill_settings(site)
            self.add_accounts()
        self.log(f"Demo site: {self.created} new items.")

    def add_section(self, parent, spec):
        page = parent.get_children().filter(slug=spec["slug"]).first()
        model = apps.get_model(spec.get("type", "home.StandardPage"))
        if page is None:
            fields = {"show_in_menus": True, **spec.get("fields", {}), **self.content(model, spec, "")}
            page = model(title=spec["title"], slug=spec["slug"], **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        page = page.specific
        english, created = translate_page(
            page, self.english, {"title": spec["title_en"], **self.content(model, spec, "_en")}
        )
        self.created += created
        self.pages[spec["slug"]] = (page, english.specific)
        for child in spec.get("children", []):
            self.add_section(page, child)

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
        home = content.HOME
        suffix = "_en" if language_index else ""
        labels = {
            "news": ("服务动态", "News"),
            "notices": ("服务公告", "Notices"),
            "figures": ("社会组织数据", "Social organizations in figures"),
            "featured": ("中心建设", "About the center"),
        }

        def page(slug):
            return self.pages[slug][language_index]

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
            ("latest", {"title": labels["news"][language_index], "section": page("news"), "count": 5}),
            ("latest", {"title": labels["notices"][language_index], "section": page("notices"), "count": 5}),
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
            (
                "featured",
                {
                    "title": labels["featured"][language_index],
                    "pages": [page(slug) for slug in ("mission", "service-areas", "departments", "functions")],
                },
            ),
            ("directory_figures", {"title": labels["figures"][language_index]}),
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
        for name, value in content.SITE_SETTINGS.items():
            setattr(settings, name, value)
        settings.logo = demo_image("中心标志 Center logo", "logo")
        settings.wechat_qr = demo_image("微信公众号二维码(演示) WeChat QR code (demo)", "qr")
        settings.save()
        self.created += 1

    def add_accounts(self):
        for username, password, group_name, first_name, last_name in DEMO_ACCOUNTS:
            group = Group.objects.get(name=group_name)
            self.created += demo_account(group, username, password, first_name, last_name)


def load(stdout):
    DemoBuilder(stdout).run()
