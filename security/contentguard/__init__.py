"""The content guard: one scanner for gambling spam, hidden links and foreign scripts.

docs/architecture.md: spam and defacement patterns live in one data file (patterns.toml here,
extended by the file the CONTENT_GUARD_EXTRA_PATTERNS setting names), read by one
scanner, used by the editor hook, the legacy importer and scan_content. Scripts and
frames are allowed from this site and from the hosts in CONTENT_GUARD_ALLOWED_HOSTS.
"""

from .normalise import normalise
from .patterns import load_patterns
from .scanner import (
    Finding,
    Kind,
    clean_html,
    clean_soup,
    scan_html,
    scan_public_text,
    scan_text,
    strip_spam,
    visible_lines,
)

__all__ = [
    "Finding",
    "Kind",
    "clean_html",
    "clean_soup",
    "load_patterns",
    "normalise",
    "scan_html",
    "scan_public_text",
    "scan_text",
    "strip_spam",
    "visible_lines",
]
