"""Uploaded documents are what their names say they are.

Wagtail checks a document's extension only
(https://docs.wagtail.org/en/stable/reference/settings.html#wagtaildocs-extensions), so a web page
renamed `.pdf` would be stored and served from our own domain. The form below, installed for every
document upload through WAGTAILDOCS_DOCUMENT_FORM_BASE (add, multiple upload, chooser upload and
replacing the file of an existing document all build their form from it), reads the bytes: each
allowed extension has a check of its content, anything that starts like markup a browser would run
is refused whatever its name, ZIP-based files are inspected without being unpacked, and the file
name is made safe to store while Chinese stays readable.

Images need no form of their own: Wagtail opens every upload with Willow, refuses a format that
does not match its extension and enforces WAGTAILIMAGES_MAX_UPLOAD_SIZE and
WAGTAILIMAGES_MAX_IMAGE_PIXELS; settings/base.py leaves SVG out of WAGTAILIMAGES_EXTENSIONS.
"""

import os
import posixpath
import re
import unicodedata
import warnings
import zipfile

from PIL import Image

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from wagtail.documents.forms import BaseDocumentForm

# Archives are inspected from their central directory, never unpacked. A legitimate Office file
# has a few dozen members; a data export a few hundred.
ZIP_MAX_MEMBERS = 1000
ZIP_MAX_UNCOMPRESSED_SIZE = 500 * 1024 * 1024
# Deflate cannot pack ordinary files much beyond 1:100; bombs reach 1:1000 and more.
ZIP_MAX_MEMBER_RATIO = 1000

# Leave room in a file system's 255-byte name for the suffix Django adds on a name clash.
MAX_FILENAME_BYTES = 200

# How a file starts when a browser would render it as a page, SVG or script (compared in lower
# case, after white space and a byte-order mark). The bare HTML tags follow the WHATWG MIME
# sniffing standard and count only when followed by a space or ">".
MARKUP_PREFIXES = ("<svg", "<html", "<!doctype", "<?xml", "<script", "<!--")
SNIFFED_HTML_TAGS = ("head", "body", "iframe", "object", "embed", "style", "title", "table", "div", "a", "p", "b")

OLE_HEADER = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_HEADER = b"PK\x03\x04"
PILLOW_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP", "avif": "AVIF"}

KINDS = {
    "pdf": _("a PDF"),
    "doc": _("a Word document"),
    "docx": _("a Word document"),
    "xls": _("an Excel workbook"),
    "xlsx": _("an Excel workbook"),
    "ppt": _("a PowerPoint presentation"),
    "pptx": _("a PowerPoint presentation"),
    "odt": _("an OpenDocument text document"),
    "ods": _("an OpenDocument spreadsheet"),
    "ofd": _("an OFD document"),
    "zip": _("a ZIP archive"),
    "txt": _("a plain text file in UTF-8 or GB18030"),
    "csv": _("a CSV table in UTF-8 or GB18030"),
}

MESSAGES = {
    "content_mismatch": _("The file's content is not %(kind)s: its extension does not match its content."),
    "extension_not_allowed": _("Files of type .%(extension)s cannot be uploaded. Allowed types: %(allowed)s."),
    # No part of the file is quoted: Wagtail's multiple uploader inserts messages as HTML.
    "markup": _(
        "This file is a web page, an SVG image or a script. "
        "Such files could run in visitors' browsers and cannot be uploaded."
    ),
    "too_many_members": _("The file packs too many files (%(count)s; at most %(max)s)."),
    "too_large_unpacked": _("The file would unpack to %(size)s, more than the %(max)s allowed."),
    "zip_bomb": _("The file is packed suspiciously tightly (a “zip bomb”) and cannot be accepted."),
    "unsafe_member_path": _("The file packs a file whose path leads outside its folder."),
    "too_many_pixels": _("The image has too many pixels (at most %(max)s)."),
}


def safe_filename(name, default_stem="document"):
    """The last part of `name` without control, invisible or shell and markup characters.

    Django keeps only letters, digits, "-", "_" and "." when it stores the file
    (Storage.get_valid_name); this also drops what comes before a Windows "\\", refuses a
    name that is only an extension or starts with a dot, and shortens a long Chinese name
    to what a file system accepts (255 bytes, three bytes a character).
    """
    name = unicodedata.normalize("NFC", re.split(r"[/\\]", str(name))[-1])
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    stem = re.sub(r"[^-\w]+", "_", stem.replace(" ", "_"), flags=re.UNICODE).strip("._-") or default_stem
    extension = re.sub(r"[^A-Za-z0-9]", "", extension).lower()
    suffix = f".{extension}" if extension else ""
    budget = MAX_FILENAME_BYTES - len(suffix)
    while len(stem.encode()) > budget:
        stem = stem[:-1]
    return stem + suffix


def markup_start(head):
    """The markup a browser would run that `head` starts with, or None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    text = text.lstrip("\ufeff \t\r\n\x0c").lower()
    for prefix in MARKUP_PREFIXES:
        if text.startswith(prefix):
            return prefix
    match = re.match(r"<([a-z0-9]+)[ >\t\r\n\x0c]", text)
    if match and match.group(1) in SNIFFED_HTML_TAGS:
        return f"<{match.group(1)}"
    return None


def _mismatch(extension):
    return ValidationError(MESSAGES["content_mismatch"], code="content_mismatch", params={"kind": KINDS[extension]})


def _open_zip(f, extension):
    """The archive's directory, once its size and paths are known to be safe."""
    f.seek(0)
    if f.read(4) != ZIP_HEADER:
        raise _mismatch(extension)
    try:
        archive = zipfile.ZipFile(f)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _mismatch(extension) from None
    if len(members) > ZIP_MAX_MEMBERS:
        raise ValidationError(
            MESSAGES["too_many_members"],
            code="too_many_members",
            params={"count": len(members), "max": ZIP_MAX_MEMBERS},
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > ZIP_MAX_UNCOMPRESSED_SIZE:
        raise ValidationError(
            MESSAGES["too_large_unpacked"],
            code="too_large_unpacked",
            params={"size": filesizeformat(unpacked), "max": filesizeformat(ZIP_MAX_UNCOMPRESSED_SIZE)},
        )
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > ZIP_MAX_MEMBER_RATIO * max(member.compress_size, 1):
            raise ValidationError(MESSAGES["zip_bomb"], code="zip_bomb")
        parts = member.filename.replace("\\", "/").split("/")
        if member.filename.startswith(("/", "\\")) or ".." in parts or re.match(r"[A-Za-z]:", member.filename):
            raise ValidationError(MESSAGES["unsafe_member_path"], code="unsafe_member_path")
    return archive


def check_pdf(f, extension):
    f.seek(0)
    if f.read(5) != b"%PDF-":
        raise _mismatch(extension)


def check_ole(f, extension):
    """Word 97-2003, Excel 97-2003 and PowerPoint 97-2003 files are OLE compound files."""
    f.seek(0)
    if f.read(8) != OLE_HEADER:
        raise _mismatch(extension)


OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}


def check_ooxml(f, extension):
    names = _open_zip(f, extension).namelist()
    folder = OOXML_FOLDERS[extension]
    if "[Content_Types].xml" not in names or not any(name.startswith(folder) for name in names):
        raise _mismatch(extension)


OPENDOCUMENT_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}


def check_opendocument(f, extension):
    archive = _open_zip(f, extension)
    try:
        member = archive.getinfo("mimetype")
    except KeyError:
        raise _mismatch(extension) from None
    if member.file_size > 100 or archive.read(member).strip() != OPENDOCUMENT_MIMETYPES[extension]:
        raise _mismatch(extension)


def check_ofd(f, extension):
    """OFD (GB/T 33190), China's fixed-layout format: a ZIP with OFD.xml at its root."""
    if "OFD.xml" not in _open_zip(f, extension).namelist():
        raise _mismatch(extension)


def check_zip(f, extension):
    _open_zip(f, extension)


def check_text(f, extension):
    f.seek(0)
    data = f.read()
    if b"\x00" in data:
        raise _mismatch(extension)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return
    raise _mismatch(extension)


def check_image(f, extension):
    expected = PILLOW_FORMATS[extension]
    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    too_many_pixels = ValidationError(MESSAGES["too_many_pixels"], code="too_many_pixels", params={"max": max_pixels})
    f.seek(0)
    try:
        with warnings.catch_warnings():
            # We compare the size with our own limit below; Pillow's warning adds nothing.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(f, formats=[expected]) as image:
                width, height = image.size
                image.verify()
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except Exception:  # Pillow raises many kinds of error for a file it cannot read
        raise ValidationError(
            MESSAGES["content_mismatch"],
            code="content_mismatch",
            params={"kind": _("an image in %(format)s format") % {"format": expected}},
        ) from None
    if max_pixels and width * height > max_pixels:
        raise too_many_pixels


CONTENT_CHECKS = {
    "pdf": check_pdf,
    "doc": check_ole,
    "xls": check_ole,
    "ppt": check_ole,
    "docx": check_ooxml,
    "xlsx": check_ooxml,
    "pptx": check_ooxml,
    "odt": check_opendocument,
    "ods": check_opendocument,
    "ofd": check_ofd,
    "zip": check_zip,
    "txt": check_text,
    "csv": check_text,
    **dict.fromkeys(PILLOW_FORMATS, check_image),
}


def allowed_extensions():
    """The extensions both configured in WAGTAILDOCS_EXTENSIONS and checked here."""
    configured = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or CONTENT_CHECKS
    return [extension for extension in configured if extension in CONTENT_CHECKS]


def check_document_file(f):
    """Raise ValidationError unless `f`'s bytes are what its extension says."""
    extension = os.path.splitext(f.name)[1][1:].lower()
    allowed = allowed_extensions()
    if extension not in allowed:
        raise ValidationError(
            MESSAGES["extension_not_allowed"],
            code="extension_not_allowed",
            params={"extension": extension, "allowed": ", ".join(allowed)},
        )
    f.seek(0)
    if markup_start(f.read(1024)):
        raise ValidationError(MESSAGES["markup"], code="markup")
    try:
        CONTENT_CHECKS[extension](f, extension)
    finally:
        f.seek(0)


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose content does not match its type."""

    def clean_file(self):
        f = self.cleaned_data.get("file")
        # An edit that keeps the current file hands back the stored file: nothing new to check.
        if isinstance(f, UploadedFile):
            f.name = safe_filename(f.name)
            check_document_file(f)
        return f

    def _post_clean(self):
        refused = self._errors.get("file")
        refused = refused.copy() if refused else None
        super()._post_clean()
        if refused:
            # The model's own extension check then sees no new file and adds "File extension “”
            # is not allowed"; the reason given by clean_file() is the one that helps.
            self._errors["file"] = refused


def media_image(request, path):
    """An uploaded image, for an install that lets Django serve /media/ (SERVE_MEDIA).

    Images only, judged after the path is normalised (images/../documents/ is a
    document): documents go through /documents/<id>/<name>, served as downloads.
    """
    path = posixpath.normpath(path).lstrip("/")
    if not path.startswith(("images/", "original_images/")):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
