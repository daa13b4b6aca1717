"""Finding and removing spam, hidden links and foreign scripts in text and HTML.

Text is scanned a line at a time: a line is what a reader sees as one, in plain
text a line, in HTML the run of text between two block boundaries or line
breaks. A line that holds spam is removed whole, since injected advertising
comes as lines of its own. In HTML, foreign scripts, frames and redirects are
removed first, then hidden elements that hold text or links, then spam lines.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from django.conf import settings

from .normalise import normalise
from .patterns import load_patterns

ALLOWED_HOSTS_SETTING = "CONTENT_GUARD_ALLOWED_HOSTS"
# Elements that end a line of text. head and title are here so that a spam title is a line of its own.
BLOCK_TAGS = (
    frozenset({"address", "article", "aside", "blockquote", "body", "center", "details", "dir", "div", "fieldset"})
    | frozenset({"figcaption", "figure", "footer", "form", "head", "header", "hr", "html", "main", "nav", "section"})
    | frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "summary", "title", "br"})
    | frozenset({"dd", "dl", "dt", "li", "menu", "ol", "ul"})
    | frozenset({"caption", "table", "tbody", "td", "tfoot", "th", "thead", "tr"})
)
NOT_TEXT = frozenset({"script", "style", "template"})
MEDIA = ["img", "video", "audio", "picture", "svg", "canvas"]
# Left in place when spam removal empties them, so tables keep their shape.
KEPT_WHEN_EMPTY = frozenset({"html", "head", "body", "table", "thead", "tbody", "tfoot", "tr", "td", "th"})
EXCERPT_CONTEXT = 30
ABSOLUTE_ADDRESS = re.compile(r"(?:https?:)?//[^\s'\"<>()]+")
# A line break in the source between two Chinese characters is no space on the screen (CSS Text, segment breaks).
CJK = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
SEGMENT_BREAK = re.compile(rf"(?<={CJK})[^\S\n]*\n\s*(?={CJK})")


class Kind(StrEnum):
    SPAM = "spam"
    AD = "advertising"
    HIDDEN = "hidden"
    SCRIPT = "script"
    REDIRECT = "redirect"


@dataclass(frozen=True)
class Finding:
    """One thing the guard found: its kind, what matched, the text around it, and where (a file, a field)."""

    kind: Kind
    matched: str
    excerpt: str
    where: str = ""

    def __str__(self):
        place = f"{self.where}: " if self.where else ""
        return f"{place}{self.kind} “{self.matched}” in “{self.excerpt}”"


def shorten(text: str, start: int = 0, end: int = 0) -> str:
    """The text around text[start:end], white space collapsed, with … where it was cut."""
    left = max(0, start - EXCERPT_CONTEXT)
    right = max(end + EXCERPT_CONTEXT, left + 2 * EXCERPT_CONTEXT)
    excerpt = " ".join(text[left:right].split())
    return ("…" if left else "") + excerpt + ("…" if right < len(text) else "")


# Plain text


def spam_in_line(line: str, where: str = "") -> list[Finding]:
    """The spam in one line of text: terms first, then regular expressions; overlapping matches count once."""
    patterns = load_patterns()
    text = normalise(line)
    matches = [(m.start(), m.end(), patterns.term_names[int(m.lastgroup[1:])]) for m in patterns.terms.finditer(text)]
    for regex in patterns.spam:
        matches.extend((m.start(), m.end(), " ".join(m.group().split())) for m in regex.finditer(text))
    findings, covered = [], -1
    for start, end, matched in sorted(matches, key=lambda match: (match[0], -match[1])):
        if start >= covered:
            findings.append(Finding(Kind.SPAM, matched, shorten(text, start, end), where))
            covered = end
    return findings


def scan_text(text: str, where: str = "") -> list[Finding]:
    """The spam in plain text, line by line."""
    return [finding for line in text.splitlines() for finding in spam_in_line(line, where)]


def scan_public_text(text: str, where: str = "") -> list[Finding]:
    """Spam, and the advertising of [ads] (contact details, web addresses, fake invoices), in a short text.

    For what anyone can put on a public page (the popular search terms): a
    phone number is no spam in a notice, but no visitor's search term may show one.
    """
    patterns = load_patterns()
    findings = scan_text(text, where)
    for line in text.splitlines():
        normalised = normalise(line)
        findings.extend(
            Finding(Kind.AD, " ".join(match.group().split()), shorten(normalised, *match.span()), where)
            for regex in patterns.ads
            for match in regex.finditer(normalised)
        )
    return findings


def strip_spam(text: str, where: str = "") -> tuple[str, list[Finding]]:
    """`text` without the lines that hold spam, and what was found in them."""
    kept, findings = [], []
    for line in text.splitlines(keepends=True):
        found = spam_in_line(line, where)
        findings.extend(found)
        if not found:
            kept.append(line)
    return "".join(kept), findings


# HTML


def scan_html(markup: str, where: str = "") -> list[Finding]:
    """Spam, hidden text and links, foreign scripts and frames, and redirects in an HTML page or fragment."""
    return clean_html(markup, where)[1]


def clean_html(markup: str, where: str = "") -> tuple[str, list[Finding]]:
    """`markup` without what `scan_html` finds, and the findings."""
    soup = BeautifulSoup(markup, "html.parser")
    findings = clean_soup(soup, where)
    return str(soup), findings


def clean_soup(soup: BeautifulSoup, where: str = "") -> list[Finding]:
    """Remove from a parsed page what `scan_html` finds, and return the findings."""
    return remove_active_content(soup, where) + remove_hidden(soup, where) + remove_spam_lines(soup, where)


def visible_lines(soup: BeautifulSoup) -> list[str]:
    """The page's lines of text as a reader sees them, white space collapsed, empty lines left out."""
    texts = ("".join(node.get_text() for node in line) for _container, line in lines_of(soup))
    return [text for text in (" ".join(SEGMENT_BREAK.sub("", text).split()) for text in texts) if text]


def remove_active_content(soup: BeautifulSoup, where: str) -> list[Finding]:
    """Remove meta refreshes, scripts and frames from other hosts, and inline scripts that redirect or obfuscate."""
    patterns, findings = load_patterns(), []
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        if tag.name == "meta" and str(tag.get("http-equiv", "")).strip().casefold() == "refresh":
            findings.append(Finding(Kind.REDIRECT, "meta refresh", shorten(str(tag.get("content", ""))), where))
            tag.decompose()
            continue
        if tag.name in patterns.active_elements:
            address = str(tag.get("src") or tag.get("data") or "").strip()
            if (address or tag.name != "script") and not on_allowed_host(address):
                findings.append(Finding(Kind.SCRIPT, f"<{tag.name}>", shorten(address or str(tag)), where))
                tag.decompose()
                continue
            if tag.name == "script" and (finding := inline_script_finding(tag.get_text(), where)):
                findings.append(finding)
                tag.decompose()
                continue
        for name, value in list(tag.attrs.items()):
            is_script = name.startswith("on") or str(value).strip().casefold().startswith("javascript:")
            if is_script and (finding := inline_script_finding(str(value), where)):
                findings.append(finding)
                del tag[name]
    return findings


def inline_script_finding(script: str, where: str) -> Finding | None:
    """What is wrong with inline script: obfuscated code, or a redirect to another site.

    A redirect within the site (a menu's onchange, a search box) is the old chrome's, not an attack's.
    """
    patterns, text = load_patterns(), normalise(script)
    offsite = any(not on_allowed_host(address) for address in ABSOLUTE_ADDRESS.findall(text))
    for kind, regexes in (
        (Kind.REDIRECT, patterns.redirect_inline if offsite else ()),
        (Kind.SCRIPT, patterns.script_inline),
    ):
        for regex in regexes:
            if match := regex.search(text):
                return Finding(kind, match.group(), shorten(text, match.start(), match.end()), where)
    return None


def on_allowed_host(address: str) -> bool:
    """Whether `address` is on this site (a relative address) or on a host of CONTENT_GUARD_ALLOWED_HOSTS."""
    if not address:
        return False
    parts = urlsplit(address)
    if not parts.scheme and not parts.netloc:
        return True
    if parts.scheme not in ("", "http", "https"):
        return False  # data:, javascript: …
    host = (parts.hostname or "").rstrip(".")
    allowed = (name.lower().lstrip(".") for name in getattr(settings, ALLOWED_HOSTS_SETTING, ()))
    return any(host == name or host.endswith("." + name) for name in allowed)


def remove_hidden(soup: BeautifulSoup, where: str) -> list[Finding]:
    """Remove elements hidden by their style (or the hidden attribute) that hold text or links."""
    findings = []
    for tag in soup.find_all(True):
        if tag.decomposed or not (style := hiding_style(tag)):
            continue
        text = " ".join(tag.get_text(" ").split())
        links = [str(link["href"]) for link in [tag, *tag.find_all("a")] if link.name == "a" and link.get("href")]
        if text or links:
            findings.append(Finding(Kind.HIDDEN, style, shorten(" ".join([text, *links]).strip()), where))
            tag.decompose()
    return findings


def hiding_style(tag: Tag) -> str | None:
    """The declaration that hides `tag` (display:none …), if one does."""
    if tag.has_attr("hidden"):
        return "hidden"
    style = re.sub(r"\s+", "", normalise(str(tag.get("style", ""))))
    for regex in load_patterns().hidden_styles if style else ():
        if match := regex.search(style):
            return match.group().lstrip(";")
    return None


def remove_spam_lines(soup: BeautifulSoup, where: str) -> list[Finding]:
    """Remove every line that holds spam, and the elements left empty by that."""
    findings = []
    for container, line in list(lines_of(soup)):
        found = spam_in_line("".join(node.get_text() for node in line), where)
        if found:
            findings.extend(found)
            for node in line:
                node.extract()
            prune_empty(container)
    return findings


def lines_of(container: Tag) -> Iterator[tuple[Tag, list[NavigableString | Tag]]]:
    """The lines of text in `container`: each as its parent element and the nodes that make it up."""
    line = []
    for child in list(container.children):
        if isinstance(child, PreformattedString) or (isinstance(child, Tag) and child.name in NOT_TEXT):
            continue  # comments, doctypes, scripts and styles are no one's reading
        if isinstance(child, Tag) and (child.name in BLOCK_TAGS or child.find(BLOCK_TAGS)):
            if line:
                yield container, line
                line = []
            yield from lines_of(child)
        else:
            line.append(child)
    if line:
        yield container, line


def prune_empty(element: Tag) -> None:
    while (
        element.parent is not None
        and element.name not in KEPT_WHEN_EMPTY
        and not element.get_text(strip=True)
        and not element.find(MEDIA)
    ):
        parent = element.parent
        element.extract()
        element = parent
