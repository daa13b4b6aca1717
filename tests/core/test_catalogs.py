"""Both translation catalogs are complete and cover every interface string in the code."""

import re
from pathlib import Path

import polib
import pytest

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGS = {code: ROOT / "site" / "locale" / code / "LC_MESSAGES" / "django.po" for code in ("zh_Hans", "en")}
SOURCE_DIRS = [*settings.PROJECT_APPS, "config", "site"]

# Literal strings marked for translation: {% translate "…" %}, {% trans '…' %}, _("…"), gettext("…").
TEMPLATE_STRING = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")
PYTHON_STRING = re.compile(r"""\b(?:_|gettext|gettext_lazy)\(\s*(["'])(.+?)(?<!\\)\1\s*[,)]""")
CONTEXT_STRING = re.compile(r"""\bpgettext(?:_lazy)?\(\s*["'][^"']+["']\s*,\s*(["'])(.+?)(?<!\\)\1\s*\)""")


def marked_strings():
    found = set()
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if "migrations" in path.parts or path.suffix not in (".py", ".html"):
                continue
            text = path.read_text(encoding="utf-8")
            patterns = [TEMPLATE_STRING] if path.suffix == ".html" else [PYTHON_STRING, CONTEXT_STRING]
            for pattern in patterns:
                found.update(match.group(2) for match in pattern.finditer(text))
    return found


@pytest.mark.parametrize("code", CATALOGS)
def test_catalog_has_no_untranslated_or_fuzzy_entries(code):
    catalog = polib.pofile(str(CATALOGS[code]))
    assert [e.msgid for e in catalog.untranslated_entries()] == []
    assert [e.msgid for e in catalog.fuzzy_entries()] == []


def test_catalogs_hold_the_same_strings():
    chinese, english = (polib.pofile(str(path)) for path in CATALOGS.values())
    assert {e.msgid for e in chinese if not e.obsolete} == {e.msgid for e in english if not e.obsolete}


def test_every_marked_string_is_in_the_catalog():
    catalog = {e.msgid for e in polib.pofile(str(CATALOGS["zh_Hans"]))}
    strings = marked_strings()
    assert len(strings) > 50  # the scanner sees the code
    assert sorted(strings - catalog) == []


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
