"""From a legacy file on disk to its lines of text, cleaned of spam by the content guard.

Pages come as saved HTML (.html, .htm) or as plain-text renderings of it (.txt),
in UTF-8 or in the GBK family the old CMS used. HTML is decoded with the charset
its <meta> declares, then UTF-8, then GB18030 (a superset of GBK and GB2312);
text with UTF-8, then GB18030.
"""

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from security.contentguard import Finding, clean_soup, strip_spam, visible_lines

HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = HTML_SUFFIXES | {".txt"}
DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.IGNORECASE)
# Names legacy pages give the GBK family; GB18030 decodes them all.
GBK_NAMES = frozenset({"gb2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "gb18030"})


class LegacyFileError(Exception):
    """A legacy file that cannot be imported; the message says why, for the operator."""


@dataclass(frozen=True)
class LegacyPage:
    lines: list[str]
    legacy_url: str
    removed: list[Finding]


def legacy_files(paths: Iterable[str]) -> list[Path]:
    """The files to import: each path that is a file, and the .html, .htm and .txt files in each folder."""
    files = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(
                sorted(found for found in path.rglob("*") if found.suffix.lower() in SUFFIXES and found.is_file())
            )
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def read_legacy_file(path: Path) -> LegacyPage:
    """The lines of a legacy page with spam, hidden links and scripts removed, and what was removed."""
    if path.suffix.lower() not in SUFFIXES:
        raise LegacyFileError("not an .html, .htm or .txt file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LegacyFileError("no such file or folder") from None
    except OSError as error:
        raise LegacyFileError(f"cannot be read: {error.strerror}") from None
    if not data.strip():
        raise LegacyFileError("the file is empty")
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html(decode(data, declared_charset(data)))
    text, removed = strip_spam(decode(data))
    return LegacyPage([" ".join(line.split()) for line in text.splitlines() if line.strip()], "", removed)


def read_html(markup: str) -> LegacyPage:
    soup = BeautifulSoup(markup, "html.parser")
    canonical = soup.find("link", rel="canonical", href=True) or soup.find("meta", property="og:url", content=True)
    legacy_url = str(canonical.get("href") or canonical.get("content")).strip() if canonical else ""
    removed = clean_soup(soup)
    return LegacyPage(visible_lines(soup), legacy_url, removed)


def declared_charset(data: bytes) -> str | None:
    match = DECLARED_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode(data: bytes, declared: str | None = None) -> str:
    if data.startswith(codecs.BOM_UTF8):
        declared, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise LegacyFileError("a binary file, not a page")
    if declared in GBK_NAMES:
        declared = "gb18030"
    for encoding in dict.fromkeys(filter(None, [declared, "utf-8", "gb18030"])):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    tried = f"the declared {declared}, UTF-8 or GB18030" if declared else "UTF-8 or GB18030"
    raise LegacyFileError(f"cannot be decoded as {tried}")
