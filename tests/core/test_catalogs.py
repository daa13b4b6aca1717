"""Both translation catalogs are complete and cover every interface string in the code."""

import re
from pathlib import Path

import polib
import pytest

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGS = {code: ROOT / "site" / "locale" / code / "LC_MESSAGES" / "django.po" for code in ("zh_Hans", "en")}
SOURCE_DIRS = [*settings.PROJECT_APPS, "config", "site"]

# Literal strings marked for translation, with their context if they have one:
# {% translate "…" %}, {% trans '…' context "…" %}, _("…"), gettext("…"), pgettext("…", "…").
TEMPLATE_STRING = re.compile(
    r"""{%\s*(?:translate|trans)\s+(["'])(?P<msgid>.+?)\1(?:\s+context\s+(["'])(?P<context>.+?)\3)?"""
)
PYTHON_STRING = re.compile(r"""\b(?:_|gettext|gettext_lazy)\(\s*(["'])(?P<msgid>.+?)(?<!\\)\1\s*[,)]""")
CONTEXT_STRING = re.compile(
    r"""\bpgettext(?:_lazy)?\(\s*(["'])(?P<context>[^"']+)\1\s*,\s*(["'])(?P<msgid>.+?)(?<!\\)\3\s*\)"""
)


def marked_messages():
    """{(context or None, msgid)} of every literal string the code marks for translation."""
    found = set()
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if "migrations" in path.parts or path.suffix not in (".py", ".html"):
                continue
            text = path.read_text(encoding="utf-8")
            patterns = [TEMPLATE_STRING] if path.suffix == ".html" else [PYTHON_STRING, CONTEXT_STRING]
            for pattern in patterns:
                found.update((match.groupdict().get("context"), match["msgid"]) for match in pattern.finditer(text))
    return found


@pytest.mark.parametrize("code", CATALOGS)
def test_catalog_has_no_untranslated_or_fuzzy_entries(code):
    catalog = polib.pofile(str(CATALOGS[code]))
    assert [e.msgid for e in catalog.untranslated_entries()] == []
    assert [e.msgid for e in catalog.fuzzy_entries()] == []


def test_catalogs_hold_the_same_strings():
    chinese, english = (polib.pofile(str(path)) for path in CATALOGS.values())
    assert {(e.msgctxt, e.msgid) for e in chinese if not e.obsolete} == {
        (e.msgctxt, e.msgid) for e in english if not e.obsolete
    }


def test_every_marked_string_is_in_the_catalog():
    """Under its context too: a string marked with a context is translated by that entry only."""
    catalog = {(e.msgctxt, e.msgid) for e in polib.pofile(str(CATALOGS["zh_Hans"]))}
    messages = marked_messages()
    assert len(messages) > 50  # the scanner sees the code
    assert any(context for context, _msgid in messages)  # and the contexts
    assert sorted(messages - catalog, key=str) == []


def test_chinese_catalog_translates_into_chinese():
    """Every phrase has Chinese words; punctuation alone (a label's colon) has Chinese punctuation."""
    catalog = polib.pofile(str(CATALOGS["zh_Hans"]))
    cjk = re.compile(r"[\u4e00-\u9fff]")
    chinese_punctuation = re.compile(r"^[\u3000-\u303f\uff00-\uffef]+$")
    wrong = [
        e.msgid
        for e in catalog
        if not e.msgid_plural
        and not cjk.search(e.msgstr)
        and not (re.fullmatch(r"\W+", e.msgid) and chinese_punctuation.match(e.msgstr))
    ]
    assert wrong == []


def test_english_catalog_shows_the_source_strings():
    """The source language is English, so no English entry may differ from its msgid
    (a guess from msgmerge's fuzzy matching once put "Public donations" on a notice)."""
    wrong = [
        entry.msgid
        for entry in polib.pofile(str(CATALOGS["en"]))
        if (entry.msgstr_plural.get(0) if entry.msgid_plural else entry.msgstr) != entry.msgid
    ]
    assert wrong == []
