"""Builds the publishing section's demo data under the home demo's sections: the
holiday list, articles, notices (公示 among them, open ones dated from today),
policy texts with their relations, attachments, and English versions of some of each.

Deterministic and safe to run again: holidays are keyed on their date, documents
on their title, pages on their slug under their section; only what is missing is
added and nothing that exists is touched."""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from core.blocks import stream_body
from demo.home.images import demo_image
from demo.texts import load as load_texts
from notices.models import (
    ArticleIndexPage,
    ArticlePage,
    Holiday,
    NoticeAttachment,
    NoticeIndexPage,
    NoticePage,
    PolicyAttachment,
    PolicyIndexPage,
    PolicyPage,
    PolicyRelation,
    RelatedArticle,
)
from taxonomy.models import Region

from .attachments import demo_document

CONTENT = load_texts("notices")
CHINESE, ENGLISH = "zh-hans", "en"


class PublishingDemo:
    def __init__(self, stdout):
        self.stdout = stdout
        self.today = timezone.localdate()
        self.counts = dict.fromkeys(["holidays", "documents", "articles", "notices", "policies", "translations"], 0)
        self.documents = {}
        self.regions = {}

    def load(self):
        chinese = Locale.objects.filter(language_code=CHINESE).first()
        sections = {
            slug: ArticleIndexPage.objects.filter(locale=chinese, slug=slug).first()
            for slug in {spec["section"] for spec in CONTENT["articles"]}
        }
        notice_list = NoticeIndexPage.objects.filter(locale=chinese, slug="notices").first()
        policy_list = PolicyIndexPage.objects.filter(locale=chinese, slug="policies").first()
        missing = [slug for slug, page in sections.items() if page is None]
        missing += [slug for slug, page in (("notices", notice_list), ("policies", policy_list)) if page is None]
        if missing:
            self.stdout.write(f"Publishing demo: no Chinese section pages {', '.join(sorted(missing))}; nothing added.")
            return
        self.english = Locale.objects.filter(language_code=ENGLISH).first()
        with transaction.atomic():
            self.add_holidays()
            articles = self.add_pages(
                "articles", CONTENT["articles"], lambda spec: sections[spec["section"]], self.article
            )
            notices = self.add_pages("notices", CONTENT["notices"], lambda spec: notice_list, self.notice)
            policies = self.add_pages("policies", CONTENT["policies"], lambda spec: policy_list, self.policy)
            self.translate(CONTENT["articles"], articles, self.english_article)
            self.translate(CONTENT["notices"], notices, self.english_notice)
            self.translate(CONTENT["policies"], policies, self.english_policy)
        added = ", ".join(f"{count} {name}" for name, count in self.counts.items())
        self.stdout.write(f"Publishing demo: {sum(self.counts.values())} new items ({added}).")

    # ------------------------------------------------------------------ helpers

    def day(self, value):
        """A date of the content: ISO text, or a number of days from today (for 公示
        that must be open, or about to open, whenever the demo is loaded)."""
        if isinstance(value, int):
            return self.today + datetime.timedelta(days=value)
        return datetime.date.fromisoformat(value) if value else None

    def region(self, code):
        if not code:
            return None
        if code not in self.regions:
            self.regions[code] = Region.objects.get(code=code)
        return self.regions[code]

    def document(self, title):
        if title not in self.documents:
            document, created = demo_document(title, CONTENT["attachments"][title])
            self.counts["documents"] += created
            self.documents[title] = document
        return self.documents[title]

    def attachments(self, model, titles, labels=None):
        """Attachment rows for the documents `titles`: the Chinese page shows the
        documents' own titles, the English one the English `labels`."""
        labels = labels or [""] * len(titles)
        return [
            model(document=self.document(title), title=label, sort_order=order)
            for order, (title, label) in enumerate(zip(titles, labels, strict=True))
        ]

    def add_holidays(self):
        """The holiday list that disclosure periods in working days skip."""
        for name, first, last, workdays in CONTENT["holidays"]:
            days_off = []
            day = datetime.date.fromisoformat(first)
            while day <= datetime.date.fromisoformat(last):
                if day.weekday() < 5:
                    days_off.append((day, name, False))
                day += datetime.timedelta(days=1)
            make_up = [(datetime.date.fromisoformat(workday), f"{name}调休上班", True) for workday in workdays]
            for date, label, is_working_day in days_off + make_up:
                _holiday, created = Holiday.objects.get_or_create(
                    date=date, defaults={"name": label, "is_working_day": is_working_day}
                )
                self.counts["holidays"] += created

    # ------------------------------------------------------------------ pages

    def add_pages(self, kind, specs, parent_of, build):
        """Create the missing pages of `specs`, then, once every page exists, the links
        between the new ones and the pages they name, published as a new revision."""
        pages, new = {}, []
        for spec in specs:
            parent = parent_of(spec)
            existing = parent.get_children().filter(slug=spec["slug"]).first()
            if existing:
                pages[spec["slug"]] = existing.specific
                continue
            page = build(spec)
            parent.add_child(instance=page)  # validates the page (full_clean, NoticePage.clean) as it saves
            page.save_revision().publish()
            self.counts[kind] += 1
            pages[spec["slug"]] = page
            new.append((page, spec))
        for page, spec in new:
            if self.link(page, spec, pages):
                page.save_revision().publish()
        return pages

    def link(self, page, spec, pages, locale=None):
        """Point `page` at the articles or texts `spec` names (in `locale`, skipping
        those without a translation there). Returns whether there were any."""

        def target(slug):
            page = pages[slug]
            return page.get_translation_or_none(locale) if locale else page

        if isinstance(page, ArticlePage):
            links = [RelatedArticle(article=found) for slug in spec.get("related", []) if (found := target(slug))]
            page.related_articles = links
        elif isinstance(page, PolicyPage):
            links = [
                PolicyRelation(kind=kind, target=found)
                for kind, slug in spec.get("relations", [])
                if (found := target(slug))
            ]
            page.relations = links
        else:
            links = []
        return bool(links)

    def article(self, spec):
        page = ArticlePage(
            title=spec["title"],
            slug=spec["slug"],
            date=self.day(spec["date"]),
            summary=spec["summary"],
            body=stream_body(spec["body"]),
            source=spec.get("source", ""),
            author_role=spec.get("author_role", "writer"),
            authors=spec.get("authors", ""),
            region=self.region(spec.get("region")),
            pinned=spec.get("pinned", False),
        )
        if "cover" in spec:
            page.cover_image = demo_image(spec["cover"]["title"], spec["cover"]["drawing"])
            page.cover_image_alt = spec["cover"]["alt"]
        page.tags.set(spec.get("tags", []))
        return page

    def notice(self, spec):
        date = self.day(spec["date"])
        page = NoticePage(
            title=spec["title"].format(year=date.year),
            slug=spec["slug"],
            date=date,
            summary=spec["summary"],
            body=stream_body(spec["body"]),
            kind=spec["kind"],
            document_number=spec.get("document_number", "").format(year=date.year),
            issuing_body=spec.get("issuing_body", CONTENT["center"]),
            written_on=self.day(spec.get("written_on", spec["date"])),
            topic=spec["topic"],
            disclosure_attribute=spec.get("disclosure_attribute", "proactive"),
            validity=spec.get("validity", "valid"),
            effective_on=self.day(spec.get("effective_on")),
            expires_on=self.day(spec.get("expires_on")),
            region=self.region(spec.get("region")),
            pinned=spec.get("pinned", False),
        )
        if spec["kind"] == "disclosure":
            page.disclosure_start = self.day(spec["disclosure_start"])
            page.disclosure_end = self.day(spec.get("disclosure_end"))
            page.disclosure_working_days = spec.get("disclosure_working_days")
            page.objection_phone = CONTENT["objections"]["phone"]
            page.objection_email = CONTENT["objections"]["email"]
            page.objection_address = CONTENT["objections"]["address"]
        page.attachments = self.attachments(NoticeAttachment, spec.get("attachments", []))
        return page

    def policy(self, spec):
        page = PolicyPage(
            title=spec["title"],
            slug=spec["slug"],
            date=self.day(spec["date"]),
            summary=spec["summary"],
            body=stream_body(spec["body"]),
            issuing_authority=spec["issuing_authority"],
            document_number=spec.get("document_number", ""),
            level=spec["level"],
            issued_on=self.day(spec["issued_on"]),
            effective_on=self.day(spec.get("effective_on")),
            repealed_on=self.day(spec.get("repealed_on")),
            validity=spec.get("validity", "current"),
            region=self.region(spec.get("region")),
            pinned=spec.get("pinned", False),
        )
        page.attachments = self.attachments(PolicyAttachment, spec.get("attachments", []))
        return page

    # ------------------------------------------------------------- translations

    def translate(self, specs, pages, fill):
        """Publish the English versions `specs` give, under the English sections the
        home demo made. All copies are made first, so that links can point at any
        English page; a link to a page without an English version is dropped."""
        if self.english is None:
            return
        copies = []
        for spec in specs:
            page = pages[spec["slug"]]
            if "en" not in spec or page.get_translation_or_none(self.english) is not None:
                continue
            if page.get_parent().get_translation_or_none(self.english) is None:
                continue  # no English section to put it in
            # copy_for_translation re-reads the English section from the database,
            # so no stale numchild of ours is written back.
            copies.append((page.copy_for_translation(self.english).specific, spec))
        for english, spec in copies:
            texts = spec["en"]
            english.title = english.draft_title = texts["title"].format(year=english.date.year)
            english.summary = texts["summary"]
            english.body = stream_body(texts["body"])
            fill(english, spec, texts)
            self.link(english, spec, pages, locale=self.english)
            english.save_revision().publish()
            self.counts["translations"] += 1

    def english_article(self, page, spec, texts):
        page.cover_image_alt = texts.get("cover_alt", page.cover_image_alt)
        page.authors = texts.get("authors", "")
        page.source = texts.get("source", "")
        page.tags.set(texts.get("tags", []))

    def english_notice(self, page, spec, texts):
        page.issuing_body = texts.get("issuing_body", CONTENT["center_en"])
        if page.is_disclosure:
            page.objection_address = CONTENT["objections"]["address_en"]
        page.attachments = self.attachments(NoticeAttachment, spec.get("attachments", []), texts.get("attachments"))

    def english_policy(self, page, spec, texts):
        page.issuing_authority = texts["issuing_authority"]
        page.attachments = self.attachments(PolicyAttachment, spec.get("attachments", []), texts.get("attachments"))


def load(stdout):
    PublishingDemo(stdout).load()
