"""Importing articles from the legacy CMS (`import_legacy`): saved pages (.html, .htm)
or plain-text renderings of them (.txt), a file or a folder at a time.

reading.py decodes a file and has the content guard (security.contentguard) remove
injected spam, hidden links and scripts; parsing.py finds the article among the
site chrome; writing.py creates, updates or skips its page, each file in a
transaction of its own, so a file that fails leaves nothing behind.
"""

from .parsing import LegacyArticle, parse_article
from .reading import LegacyFileError, LegacyPage, legacy_files, read_legacy_file
from .writing import FileResult, LegacyImport, Outcome

__all__ = [
    "FileResult",
    "LegacyArticle",
    "LegacyFileError",
    "LegacyImport",
    "LegacyPage",
    "Outcome",
    "legacy_files",
    "parse_article",
    "read_legacy_file",
]
