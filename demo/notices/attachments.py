"""Demo attachments, generated locally: blank forms as PDF (with the guides demo's
writer) and lists as XLSX (openpyxl). Stored as Wagtail documents keyed on their
title, so running the demo again reuses them."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from demo.guides.pdf import blank_form_pdf

DEMO_NOTE = "演示数据，所列单位和项目均为虚构。"


def spreadsheet_xlsx(title, rows):
    """The bytes of a one-sheet workbook: `title` on top, then `rows` (the first is the header)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    for row in rows:
        sheet.append(row)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    sheet.append([])
    sheet.append([DEMO_NOTE])
    for column, width in zip("ABCDEFGH", (8, 40, 36, 14, 16, 14, 14, 14), strict=False):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def demo_document(title, spec):
    """The document called `title`, generated from `spec` on first use. Returns (document, created).

    `spec` is {"file": name without extension, and either "form": [row labels]
    for a blank PDF form or "sheet": [[header, ...], [cell, ...], ...] for an XLSX list}.
    """
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document, False
    if "sheet" in spec:
        data, extension = spreadsheet_xlsx(title, spec["sheet"]), "xlsx"
    else:
        data, extension = blank_form_pdf(title, spec["form"]), "pdf"
    document = Document(title=title, file=ContentFile(data, name=f"{spec['file']}.{extension}"))
    document._set_document_file_metadata()  # size and hash, as the admin's upload form sets them
    document.save()
    return document, True
