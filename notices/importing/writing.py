"""Turning legacy articles into pages: found again by their legacy address or by title and date,
created in the section the breadcrumb names, or updated; one transaction a file."""

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Q

from wagtail.models import Locale

from core.blocks import stream_body
from security.contentguard import Finding, scan_text

from ..models import ArticleIndexPage, ArticlePage
from .parsing import LegacyArticle, parse_article
from .reading import LegacyFileError, read_legacy_file

# Top-level sections (their slugs) that sections missing from the tree are created under.
EXPERIENCE, NEWS = "experience", "news"
IMPORTED_TEXT_FIELDS = ("title", "source", "authors", "legacy_url")
COMPARED_FIELDS = ("title", "date", "source", "author_role", "authors", "legacy_url", "first_published_at")


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass
class FileResult:
    path: Path
    outcome: Outcome
    detail: str  # where the article went, or why the file failed
    removed: list[Finding] = field(default_factory=list)


class Sections:
    """The live article sections of the default (Chinese) locale by title, read once for a whole import."""

    def __init__(self):
        self.locale = Locale.get_default()
        self.by_title, self.by_slug, self.titles, self.created = {}, {}, {}, []
        sections = ArticleIndexPage.objects.live().filter(locale=self.locale).order_by("depth", "path")
        for pk, title, slug in sections.values_list("pk", "title", "slug"):
            self.by_title.setdefault(title, pk)
            self.by_slug.setdefault(slug, pk)
            self.titles[pk] = title

    def find(self, title: str) -> tuple[int | None, int | None]:
        """The section called `title`, or None and the section to create it under."""
        if title in self.by_title:
            return self.by_title[title], None
        slug = EXPERIENCE if "经验" in title else NEWS
        if slug not in self.by_slug:
            raise LegacyFileError(f"there is no section “{title}”, and no “{slug}” section to create it under")
        return None, self.by_slug[slug]

    def create(self, title: str, parent_pk: int) -> int:
        """Create and publish the section `title` under `parent_pk`; it is remembered until a rollback."""
        # A fresh parent each time: treebeard computes the new path from the parent's child count.
        section = ArticleIndexPage(title=title)
        ArticleIndexPage.objects.get(pk=parent_pk).add_child(instance=section)
        section.save_revision().publish()
        self.by_title[title] = section.pk
        self.created.append(title)
        return section.pk

    def commit(self):
        self.created.clear()

    def rollback(self):
        """Forget the sections created in a transaction that was rolled back."""
        for title in self.created:
            del self.by_title[title]
        self.created.clear()


class LegacyImport:
    """Imports legacy files one at a time; `dry_run` decides everything and writes nothing."""

    def __init__(self, *, draft: bool = False, dry_run: bool = False):
        self.draft, self.dry_run = draft, dry_run
        self.sections = Sections()
        self.locale = self.sections.locale

    def import_file(self, path: Path) -> FileResult:
        removed = []
        try:
            page = read_legacy_file(path)
            removed = page.removed
            article = parse_article(page.lines, page.legacy_url)
            if leftover := [finding for text in article.texts() for finding in scan_text(text)]:
                raise LegacyFileError(f"spam is left after cleaning: {leftover[0]}")
            outcome, detail = self.save(article)
        except LegacyFileError as error:
            return FileResult(path, Outcome.FAILED, str(error), removed)
        except ValidationError as error:
            return FileResult(path, Outcome.FAILED, "; ".join(validation_messages(error)), removed)
        except DatabaseError as error:
            return FileResult(path, Outcome.FAILED, f"the database refused it: {error}", removed)
        return FileResult(path, outcome, detail, removed)

    def save(self, article: LegacyArticle) -> tuple[Outcome, str]:
        page = self.existing_page(article)
        if page is not None:
            before = page_state(page)
            fill(page, article)
            if before == page_state(page) and (self.draft or (page.live and not page.has_unpublished_changes)):
                return Outcome.SKIPPED, f"{page.title}: unchanged"
            outcome, detail, section_pk, parent_pk = Outcome.UPDATED, page.title, None, None
        else:
            page = ArticlePage(live=False)
            fill(page, article)
            section_pk, parent_pk = self.sections.find(article.section)
            new_section = f" (new, under {self.sections.titles[parent_pk]})" if section_pk is None else ""
            outcome, detail = Outcome.IMPORTED, f"{article.section}{new_section} › {article.title}"
        # Check lengths before the tree is touched: PostgreSQL would refuse an
        # overlong value in add_child(), before save_revision(clean=True) can say why.
        page.clean_fields(exclude=[f.name for f in ArticlePage._meta.fields if f.name not in IMPORTED_TEXT_FIELDS])
        if self.dry_run:
            return outcome, detail
        try:
            with transaction.atomic():
                if page.pk is None:
                    section_pk = section_pk or self.sections.create(article.section, parent_pk)
                    ArticleIndexPage.objects.get(pk=section_pk).add_child(instance=page)
                revision = page.save_revision(clean=True)
                if not self.draft:
                    revision.publish()
        except Exception:
            self.sections.rollback()
            raise
        self.sections.commit()
        return outcome, detail + (" (draft)" if self.draft else "")

    def existing_page(self, article: LegacyArticle) -> ArticlePage | None:
        """The page imported before from this legacy address, or else the one with this title and date."""
        same_article = Q(title=article.title, date=article.date, legacy_url__in=["", article.legacy_url])
        if article.legacy_url:
            same_article |= Q(legacy_url=article.legacy_url)
        candidates = list(ArticlePage.objects.filter(same_article, locale=self.locale).order_by("pk")[:10])
        by_address = [page for page in candidates if article.legacy_url and page.legacy_url == article.legacy_url]
        return (by_address or candidates or [None])[0]


def fill(page: ArticlePage, article: LegacyArticle):
    page.title = article.title
    page.date = article.date
    page.first_published_at = article.published
    page.source = article.source
    page.author_role = article.author_role
    page.authors = article.authors
    if article.legacy_url:
        page.legacy_url = article.legacy_url
    page.body = stream_body(article.blocks)


def page_state(page: ArticlePage) -> tuple:
    """What an import sets on a page, in a form that compares equal when nothing changed."""
    body = [(child.block_type, child.block.get_prep_value(child.value)) for child in page.body]
    return tuple(getattr(page, name) for name in COMPARED_FIELDS), body


def validation_messages(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()]
    return error.messages
