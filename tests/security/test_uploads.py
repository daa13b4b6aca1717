"""Uploads are what they claim to be: documents are checked by content and served as downloads,
images are raster only and of a sane size, and stored file names are safe but still readable."""

import importlib
import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import clear_url_caches, reverse
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from security import uploads
from security.uploads import markup_start, safe_filename

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image_ = get_image_model()


# Sample files, built here so each test shows exactly what it uploads.


def make_zip(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def make_image(image_format, size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, image_format)
    return buffer.getvalue()


def png_declaring(width, height):
    """A tiny PNG made by Pillow whose header then claims `width` x `height` pixels."""
    data = bytearray(make_image("PNG", (1, 1)))
    ihdr = bytes(data[12:16]) + struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(ihdr))
    return bytes(data)


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
OLE = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="8" height="8"/></svg>'


def ooxml(folder):
    return make_zip({"[Content_Types].xml": "<Types/>", f"{folder}/document.xml": "<doc/>"})


def opendocument(kind):
    return make_zip({"mimetype": f"application/vnd.oasis.opendocument.{kind}", "content.xml": "<office/>"})


ALLOWED_SAMPLES = {
    "pdf": PDF,
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "docx": ooxml("word"),
    "xlsx": ooxml("xl"),
    "pptx": ooxml("ppt"),
    "odt": opendocument("text"),
    "ods": opendocument("spreadsheet"),
    "ofd": make_zip({"OFD.xml": "<ofd:OFD/>", "Doc_0/Document.xml": "<ofd:Document/>"}),
    "zip": make_zip({"年报/2024年度工作报告.txt": "年度工作报告".encode()}),
    "txt": "社会组织年度报告\n".encode(),
    "csv": "名称,地区\n长者关爱协会,越秀区\n".encode("gb18030"),
    "jpg": make_image("JPEG"),
    "jpeg": make_image("JPEG"),
    "png": make_image("PNG"),
    "gif": make_image("GIF"),
    "webp": make_image("WEBP"),
}


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


@pytest.fixture
def editor_client(admin_client, admin_user):
    """The admin in English, so the assertions read the messages' source text."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def stored_documents():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def add_document(client, collection, name, content, title="上传的文件"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": collection.pk},
    )


def form_errors(response):
    """The file field's errors, in English: lazy messages are rendered in the language active when read."""
    with translation.override("en"):
        return [str(error) for error in response.context["form"].errors.get("file", [])]


# Documents: accepted types.


@pytest.mark.parametrize(("extension", "content"), ALLOWED_SAMPLES.items(), ids=list(ALLOWED_SAMPLES))
def test_each_allowed_document_type_is_accepted(editor_client, root_collection, extension, content):
    """A genuine file of every allowed type is stored by the admin's add view."""
    response = add_document(editor_client, root_collection, f"年度报告.{extension}", content)
    assert response.status_code == 302, form_errors(response)
    document = Document.objects.get()
    assert document.filename == f"年度报告.{extension}"
    assert document.file.read() == content


def test_text_in_gb18030_is_accepted(editor_client, root_collection):
    """Text saved by Chinese Windows tools (GB18030, not UTF-8) is a valid text file."""
    response = add_document(editor_client, root_collection, "通知.txt", "关于年检的通知".encode("gb18030"))
    assert response.status_code == 302
    assert Document.objects.count() == 1


# Documents: disguised types.


DISGUISED_SAMPLES = [
    ("text.pdf", "会议纪要".encode(), "The file's content is not a PDF: its extension does not match its content."),
    ("exe.pdf", b"MZ\x90\x00" + bytes(100), "The file's content is not a PDF"),
    ("pdf.doc", PDF, "The file's content is not a Word document"),
    ("zip.docx", make_zip({"a.txt": "x"}), "The file's content is not a Word document"),
    ("docx.xlsx", ooxml("word"), "The file's content is not an Excel workbook"),
    ("pdf.pptx", PDF, "The file's content is not a PowerPoint presentation"),
    ("ods.odt", opendocument("spreadsheet"), "The file's content is not an OpenDocument text document"),
    ("zip.ofd", make_zip({"Doc_0/Document.xml": "<x/>"}), "The file's content is not an OFD document"),
    ("pdf.zip", PDF, "The file's content is not a ZIP archive"),
    ("binary.txt", b"abc\x00def", "The file's content is not a plain text file in UTF-8 or GB18030"),
    ("latin.csv", b"\xff\xfe\xff", "The file's content is not a CSV table in UTF-8 or GB18030"),
    ("pdf.png", PDF, "The file's content is not an image in PNG format"),
    ("jpeg.png", make_image("JPEG"), "The file's content is not an image in PNG format"),
]


@pytest.mark.parametrize(("name", "content", "message"), DISGUISED_SAMPLES, ids=[s[0] for s in DISGUISED_SAMPLES])
def test_disguised_document_is_refused_with_a_message(editor_client, root_collection, name, content, message):
    """A file whose bytes are not what its extension says is refused in the form; nothing is stored."""
    before = stored_documents()
    response = add_document(editor_client, root_collection, name, content)
    assert response.status_code == 200
    assert any(error.startswith(message) for error in form_errors(response)), form_errors(response)
    assert Document.objects.count() == 0
    assert stored_documents() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.pdf", HTML),
        ("image.png", SVG),
        ("drawing.svg", SVG),
        ("notes.txt", b"\xef\xbb\xbf  \n<script>alert(1)</script>"),
        ("table.csv", b"\r\n\t<?xml version='1.0'?><svg/>"),
        ("letter.txt", "\ufeff<HTML><body>你好</body></HTML>".encode("utf-16")),
        ("report.docx", b"<body onload=alert(1)>"),
    ],
)
def test_markup_is_refused_whatever_its_extension(editor_client, root_collection, name, content):
    """Web pages, SVG and scripts, after white space and a byte-order mark, never become documents."""
    response = add_document(editor_client, root_collection, name, content)
    assert response.status_code == 200
    errors = form_errors(response)
    assert errors
    if not name.endswith(".svg"):
        assert "is a web page, an SVG image or a script" in errors[0]
    assert Document.objects.count() == 0


def test_an_unknown_extension_is_refused(editor_client, root_collection):
    """Types outside the allowed list, such as executables, are refused by name."""
    response = add_document(editor_client, root_collection, "setup.exe", b"MZ" + bytes(64))
    assert form_errors(response)[0].startswith("Files of type .exe cannot be uploaded. Allowed types: pdf, doc,")
    assert Document.objects.count() == 0


def test_a_zip_with_too_many_members_is_refused(editor_client, root_collection):
    """An archive with more members than any real document has is refused before it is unpacked."""
    members = {f"{n}.txt": "" for n in range(uploads.ZIP_MAX_MEMBERS + 1)}
    response = add_document(editor_client, root_collection, "many.zip", make_zip(members))
    assert form_errors(response) == ["The file packs too many files (1001; at most 1000)."]
    assert Document.objects.count() == 0


def test_a_zip_unpacking_beyond_the_limit_is_refused(editor_client, root_collection, monkeypatch):
    """The declared unpacked size counts, so a small archive of a huge content is refused."""
    monkeypatch.setattr(uploads, "ZIP_MAX_UNCOMPRESSED_SIZE", 100 * 1024)
    content = make_zip({"a.bin": bytes(150 * 1024)})
    response = add_document(editor_client, root_collection, "large.zip", content)
    assert form_errors(response)[0].startswith("The file would unpack to 150.0")
    assert Document.objects.count() == 0


def test_a_zip_bomb_is_refused_by_its_ratio(editor_client, root_collection, monkeypatch):
    """A member packed far more tightly than real files can be is a zip bomb."""
    monkeypatch.setattr(uploads, "ZIP_MAX_MEMBER_RATIO", 100)
    content = make_zip({"zeros.txt": bytes(2 * 1024 * 1024)})
    response = add_document(editor_client, root_collection, "bomb.zip", content)
    assert form_errors(response) == ["The file is packed suspiciously tightly (a “zip bomb”) and cannot be accepted."]


def test_a_docx_with_a_path_leaving_its_folder_is_refused(editor_client, root_collection):
    """Members such as ../../evil are refused, whatever the archive's extension."""
    content = make_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<d/>", "../../evil.sh": "rm"})
    response = add_document(editor_client, root_collection, "report.docx", content)
    assert form_errors(response) == ["The file packs a file whose path leads outside its folder."]


def test_html_with_a_zip_appended_is_not_a_zip(editor_client, root_collection):
    """A zip reader finds an archive at the end of any file; ours wants one from the first byte."""
    content = b"MZ" + bytes(100) + make_zip({"a.txt": "x"})
    response = add_document(editor_client, root_collection, "polyglot.zip", content)
    assert form_errors(response)[0].startswith("The file's content is not a ZIP archive")


def test_a_document_image_with_too_many_pixels_is_refused(editor_client, root_collection):
    """An image uploaded as a document is held to the image pixel limit too."""
    response = add_document(editor_client, root_collection, "bomb.png", png_declaring(20000, 20000))
    assert form_errors(response) == ["The image has too many pixels (at most 40000000)."]


# Every way into the document library uses the same form.


def test_multiple_upload_accepts_a_genuine_file(editor_client, root_collection):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("章程.pdf", PDF), "collection": root_collection.pk, "title": "章程"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is True
    assert Document.objects.get().filename == "章程.pdf"


def test_multiple_upload_refuses_a_disguised_file(editor_client, root_collection):
    """The multiple uploader answers with the form's message and stores nothing."""
    before = stored_documents()
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("章程.pdf", HTML), "collection": root_collection.pk, "title": "章程"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    data = response.json()
    assert data["success"] is False
    assert "is a web page, an SVG image or a script" in data["error_message"]
    assert Document.objects.count() == 0
    assert stored_documents() == before


def test_chooser_upload_refuses_a_disguised_file(editor_client, root_collection):
    """Uploading from the document chooser in the page editor is checked the same way."""
    response = editor_client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "章程",
            "document-chooser-upload-file": SimpleUploadedFile("章程.docx", PDF),
            "document-chooser-upload-collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert "is not a Word document" in response.json()["htmlFragment"]
    assert Document.objects.count() == 0


def test_replacing_a_file_with_a_disguised_one_keeps_the_original(editor_client, root_collection):
    """Replacing a document's file goes through the same check; the stored file is untouched."""
    add_document(editor_client, root_collection, "章程.pdf", PDF, title="章程")
    document = Document.objects.get()
    before = stored_documents()
    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "章程", "file": SimpleUploadedFile("章程.pdf", HTML), "collection": root_collection.pk},
    )
    assert response.status_code == 200
    assert "is a web page, an SVG image or a script" in form_errors(response)[0]
    document.refresh_from_db()
    assert document.file.read() == PDF
    assert stored_documents() == before


# Serving.


@pytest.mark.parametrize(("extension", "content_type"), [("pdf", "application/pdf"), ("ofd", "application/ofd")])
def test_documents_are_served_as_attachments_that_are_not_sniffed(
    editor_client, client, root_collection, extension, content_type
):
    """Even a PDF downloads rather than opening inside the site, and the browser may not guess its type."""
    add_document(editor_client, root_collection, f"年度报告.{extension}", ALLOWED_SAMPLES[extension])
    document = Document.objects.get()
    response = client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content) == ALLOWED_SAMPLES[extension]


# File names.


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../<script>报告.pdf", "script_报告.pdf"),
        ("..\\..\\windows\\年报.PDF", "年报.pdf"),
        ("年度\x00报告\x1b[31m.pdf", "年度_报告_31m.pdf"),
        ("报告\u202efdp.exe", "报告_fdp.exe"),
        ("<>.pdf", "document.pdf"),
        (".htaccess", "document.htaccess"),
        ("2024 年度 工作报告.docx", "2024_年度_工作报告.docx"),
    ],
)
def test_safe_filename_drops_paths_and_dangerous_characters(name, expected):
    """Path parts, controls, invisible direction marks and markup go; Chinese stays readable."""
    assert safe_filename(name) == expected


def test_safe_filename_shortens_a_long_chinese_name_to_what_a_file_system_takes():
    name = safe_filename("社会组织" * 60 + ".pdf")
    assert name.endswith(".pdf")
    assert len(name.encode()) <= uploads.MAX_FILENAME_BYTES


def test_an_uploaded_document_name_is_stored_safely(editor_client, root_collection):
    """A hostile upload name is stored without its path or markup, and still reads in Chinese."""
    response = add_document(editor_client, root_collection, "../../<script>报告.pdf", PDF)
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.filename == "script_报告.pdf"
    assert document.file.name == "documents/script_报告.pdf"


def test_a_long_chinese_document_name_does_not_fail_the_upload(editor_client, root_collection):
    """A name of 90 Chinese characters is 270 bytes, more than a file system allows; it is shortened."""
    response = add_document(editor_client, root_collection, "关于社会组织年度检查" * 9 + ".pdf", PDF)
    assert response.status_code == 302
    assert Document.objects.get().filename.startswith("关于社会组织年度检查")


@pytest.mark.parametrize(
    ("head", "start"),
    [
        (b"%PDF-1.7", None),
        (b"name,region\n<b>bold</b>", None),
        (b"<html>", "<html"),
        (b"  \n<!DocType html>", "<!doctype"),
        (b"\xef\xbb\xbf<svg/>", "<svg"),
        (b"<iframe src=x>", "<iframe"),
        (b"<abbr>", None),
    ],
)
def test_markup_start_recognises_what_browsers_would_run(head, start):
    assert markup_start(head) == start


# Images.


def add_image(client, collection, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "图片", "file": SimpleUploadedFile(name, content), "collection": collection.pk},
    )


def test_image_settings_leave_out_svg():
    assert settings.WAGTAILIMAGES_EXTENSIONS == ["avif", "gif", "jpg", "jpeg", "png", "webp"]
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000


def test_a_genuine_image_is_accepted_under_a_safe_name(editor_client, root_collection):
    response = add_image(editor_client, root_collection, "../../<script>活动照片.png", make_image("PNG"))
    assert response.status_code == 302
    stored = Image_.objects.get().file.name
    assert stored.startswith("original_images/")
    assert "<" not in stored and ".." not in stored


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", SVG, "Not a supported image format. Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP."),
        ("logo.png", SVG, "Not a valid .png image. The extension does not match the file format (svg)"),
        ("page.jpg", HTML, "Not a valid .jpeg image."),
        ("bomb.png", png_declaring(20000, 20000), "This file has too many pixels"),
    ],
    ids=["svg", "svg-renamed-png", "html-renamed-jpg", "decompression-bomb"],
)
def test_unsafe_images_are_refused_with_a_message(editor_client, root_collection, name, content, message):
    """SVG in any disguise, pages and decompression bombs never become images."""
    response = add_image(editor_client, root_collection, name, content)
    assert response.status_code == 200
    errors = [str(error) for error in response.context["form"].errors["file"]]
    assert errors[0].startswith(message), errors
    assert Image_.objects.count() == 0


def test_an_oversize_image_is_refused(editor_client, root_collection):
    """A file above WAGTAILIMAGES_MAX_UPLOAD_SIZE is refused even when it is a valid image."""
    content = make_image("PNG") + bytes(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    response = add_image(editor_client, root_collection, "large.png", content)
    errors = [str(error) for error in response.context["form"].errors["file"]]
    assert errors[0].startswith("This file is too big (10.0"), errors
    assert Image_.objects.count() == 0


@pytest.fixture
def media_served(settings):
    """The URLs of a single-machine install that lets Django serve uploads (SERVE_MEDIA)."""
    import config.urls

    settings.SERVE_MEDIA = True
    clear_url_caches()
    yield importlib.reload(config.urls)
    settings.SERVE_MEDIA = False
    importlib.reload(config.urls)
    clear_url_caches()


def test_served_media_are_images_only_documents_go_through_the_download_view(media_served, client, settings):
    media = Path(settings.MEDIA_ROOT)
    for name in ("original_images/photo.jpg", "documents/report.txt"):
        (media / name).parent.mkdir(parents=True, exist_ok=True)
        (media / name).write_bytes(b"content")
    assert client.get("/media/original_images/photo.jpg").status_code == 200
    for path in (
        "/media/documents/report.txt",
        "/media/images/../documents/report.txt",
        "/media/images/%2e%2e/documents/report.txt",
        "/media/original_images/../../media/documents/report.txt",
    ):
        assert client.get(path).status_code == 404, path
