"""Reading patterns.toml (and the operator's extra file) into compiled patterns, once per process."""

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

from .normalise import normalise

PATTERNS_FILE = Path(__file__).with_name("patterns.toml")
EXTRA_FILE_SETTING = "CONTENT_GUARD_EXTRA_PATTERNS"
# Table -> key: the lists a pattern file may hold.
LISTS = {
    "spam": ("terms", "regex"),
    "ads": ("terms", "regex"),
    "hidden": ("styles",),
    "script": ("elements", "inline"),
    "redirect": ("inline",),
}
PLAIN_LISTS = {("spam", "terms"), ("ads", "terms"), ("script", "elements")}  # the others are regular expressions

# What may stand between the characters of a spread-out term (澳 门 新 葡 京, b.e.t.3.6.5): white space
# other than a line break, or punctuation. A term never spans two lines.
GAP = r"(?:[^\S\n]|[-.·•*_|/\\,、~★☆])"


@dataclass(frozen=True)
class Patterns:
    terms: re.Pattern  # every spam term in one alternation, longest first; group "t<n>" is term_names[n]
    term_names: tuple[str, ...]
    spam: tuple[re.Pattern, ...]
    ads: tuple[re.Pattern, ...]  # [ads] terms (spread out as spam terms may be) and regular expressions
    hidden_styles: tuple[re.Pattern, ...]
    active_elements: frozenset[str]
    script_inline: tuple[re.Pattern, ...]
    redirect_inline: tuple[re.Pattern, ...]


def term_regex(term: str, number: int) -> str:
    """A regular expression for `term` that tolerates spreading its characters out.

    Latin words must be spread evenly (the same gap between every two characters) and match
    whole words only, so "to gel" is not "togel"; Chinese terms allow any short gap.
    """
    free = any(not character.isascii() for character in term)
    words = []
    for index, word in enumerate(term.split()):
        if free or len(word) == 1:
            words.append((GAP + "{0,3}").join(map(re.escape, word)))
        else:
            gap = f"g{number}_{index}"
            first, *rest = map(re.escape, word)
            words.append(f"{first}(?P<{gap}>{GAP}{{0,3}})" + f"(?P={gap})".join(rest))
    body = (GAP + "{1,3}").join(words)
    if term[0].isascii() and term[0].isalnum():
        body = "(?<![a-z0-9])" + body
    if term[-1].isascii() and term[-1].isalnum():
        body += ("s?" if term[-1].isalpha() else "") + "(?![a-z0-9])"
    return f"(?P<t{number}>{body})"


def read_pattern_file(path: Path) -> dict[str, dict[str, list[str]]]:
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ImproperlyConfigured(f"Content guard patterns: cannot read {path}: {error}") from error
    for table, keys in data.items():
        if table not in LISTS or not isinstance(keys, dict):
            raise ImproperlyConfigured(f"Content guard patterns: {path} has an unknown table [{table}].")
        for key, values in keys.items():
            if key not in LISTS[table] or not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ImproperlyConfigured(f"Content guard patterns: {path}: [{table}] {key} must be a list of text.")
    return data


def compile_all(path: Path, expressions: list[str]) -> list[re.Pattern]:
    compiled = []
    for expression in expressions:
        try:
            compiled.append(re.compile(expression))
        except re.error as error:
            raise ImproperlyConfigured(
                f"Content guard patterns: {path}: bad pattern {expression!r}: {error}"
            ) from error
    return compiled


@cache
def load_patterns() -> Patterns:
    """The patterns of patterns.toml plus those of the CONTENT_GUARD_EXTRA_PATTERNS file, if set."""
    files = [PATTERNS_FILE]
    if extra := getattr(settings, EXTRA_FILE_SETTING, None):
        files.append(Path(extra))
    lists = {(table, key): [] for table, keys in LISTS.items() for key in keys}
    for path in files:
        for table, keys in read_pattern_file(path).items():
            for key, values in keys.items():
                plain = (table, key) in PLAIN_LISTS
                lists[table, key].extend(values if plain else compile_all(path, values))
    names = sorted({normalise(term) for term in lists["spam", "terms"] if term.strip()}, key=len, reverse=True)
    ads = {normalise(term) for term in lists["ads", "terms"] if term.strip()}
    return Patterns(
        terms=re.compile("|".join(term_regex(name, number) for number, name in enumerate(names)) or "(?!)"),
        term_names=tuple(names),
        spam=tuple(lists["spam", "regex"]),
        ads=(*(re.compile(term_regex(term, 0)) for term in sorted(ads)), *lists["ads", "regex"]),
        hidden_styles=tuple(lists["hidden", "styles"]),
        active_elements=frozenset(name.casefold() for name in lists["script", "elements"]),
        script_inline=tuple(lists["script", "inline"]),
        redirect_inline=tuple(lists["redirect", "inline"]),
    )


@receiver(setting_changed)
def forget_patterns(setting, **kwargs):
    """Tests that override the extra pattern file get it read afresh."""
    if setting == EXTRA_FILE_SETTING:
        load_patterns.cache_clear()
