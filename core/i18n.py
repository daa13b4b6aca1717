"""Choosing between a Chinese field and its English twin (`name` / `name_en`); text as visitors type it."""

import unicodedata

from django.conf import settings
from django.utils.translation import get_language, to_locale

# Han characters, as a regular-expression character class: CJK Unified Ideographs with
# extension A, compatibility ideographs and 〇; assigned code points only (U+FA6E,
# U+FA6F and U+FADA-U+FAFF are not characters). Search segments by it; the templates
# mark Chinese text on English pages by it.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9"


def localized(obj, name):
    """Return `obj.<name>_en` on English pages when it is filled, else `obj.<name>`."""
    if obj is None:
        return ""
    if (get_language() or "").startswith("en"):
        english = getattr(obj, f"{name}_en", "")
        if english:
            return english
    return getattr(obj, name, "")


def hreflang(code):
    """The BCP 47 tag of a Django language code, as hreflang writes it: zh-hans → zh-Hans."""
    return to_locale(code).replace("_", "-")


def alternates(urls):
    """The hreflang alternates of one document from {language code: its absolute URL}: each
    language it exists in, and x-default, the first language's (Chinese) version. None for a
    document in one language: an alternate needs another language to point to."""
    if len(urls) < 2:
        return []
    links = [
        {"lang_code": hreflang(code), "location": urls[code]} for code, _name in settings.LANGUAGES if code in urls
    ]
    if settings.LANGUAGE_CODE in urls:
        links.append({"lang_code": "x-default", "location": urls[settings.LANGUAGE_CODE]})
    return links


def one_line(text, limit):
    """What a visitor typed in a one-line box, fit to show and store: lone surrogates (which a
    browser can send in a URL) and control characters (NUL) dropped, white space collapsed, at
    most `limit` characters. The search box and every list's keyword box read their text so."""
    text = text.encode("utf-8", "ignore").decode("utf-8")
    text = "".join(char for char in text if unicodedata.category(char)[0] != "C" or char == " ")
    return " ".join(text.split())[:limit]
