"""Readable addresses for pages titled in Chinese.

Wagtail makes a page's slug from its title. A Chinese title gives a Chinese slug,
which browsers show and people paste percent-encoded
(`/notices/%E5%85%B3%E4%BA%8E…/`), and with `WAGTAIL_ALLOW_UNICODE_SLUGS = False`
it gives only the title's ASCII part (`2026`). So a page whose title holds Chinese
gets the pinyin of its title instead, one syllable per character, cut at a hyphen
to at most `MAX_LENGTH` characters: 关于开展2026年度社会组织年检工作的通知 →
`guan-yu-kai-zhan-2026-nian-du-she-hui-zu-zhi-nian-jian-gong`.

Why pinyin rather than a dated number (`20261207-1`): it works the same for every
page type (a section or a guide has no date that belongs in its address) and a
Chinese reader can read it. pypinyin picks the reading of a character from the
words around it (银行 → yin-hang), so polyphones come out as a reader says them.
A slug an editor typed is never replaced, and a page that has been published keeps
its address (even a Chinese one from before): links to it keep working.
"""

import re

from pypinyin import lazy_pinyin

from django.utils.text import slugify

from wagtail.models import Page

from .i18n import HAN

MAX_LENGTH = 60
HAN_RE = re.compile(f"[{HAN}]")


def pinyin_slug(title):
    """The title in pinyin, as a slug of at most MAX_LENGTH characters ('' when nothing is left)."""
    slug = slugify(" ".join(lazy_pinyin(title)))
    if len(slug) > MAX_LENGTH:
        slug = slug[: MAX_LENGTH + 1].rsplit("-", 1)[0]
    return slug


def to_replace(slug, title, page):
    """Whether `slug`, of `page` now titled `title`, is to become the title's pinyin: an empty slug,
    or what Wagtail, in the browser or on the server, makes of a Chinese title (the admin's
    title field fills the slug as the editor types, keeping only ASCII; the server fills an
    empty one the same way). A page that has been published keeps its address, even a Chinese
    one it was given before (only an emptied slug is filled again)."""
    if not HAN_RE.search(title or ""):
        return False
    if not slug:
        return True
    return page.first_published_at is None and slug in (slugify(title), slugify(title, allow_unicode=True))


def available_slug(slug, parent, page):
    """`slug`, or `slug-2`, `slug-3` … if a sibling under `parent` has it already (as Wagtail numbers)."""
    candidate, number = slug, 1
    while not Page._slug_is_available(candidate, parent, page):
        number += 1
        candidate = f"{slug}-{number}"
    return candidate
