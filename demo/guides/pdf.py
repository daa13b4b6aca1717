"""Blank demo forms as one-page PDFs, written byte by byte: no PDF library is
installed, and a form with a title and empty rows needs none. Chinese text uses
STSong-Light, one of the standard CJK fonts every PDF reader supplies, so no
font file is embedded or copied."""

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
ROW_HEIGHT = 34
FOOTER = "本表为演示网站自动生成的空白表格，仅供示意，不作为正式申请文书使用。"


def _text(value):
    """A PDF hex string in UCS-2, the encoding the UniGB-UCS2-H CMap reads."""
    return "<" + value.encode("utf-16-be").hex().upper() + ">"


def _content(title, fields):
    ops = ["BT", "/F1 18 Tf", f"{MARGIN} {PAGE_HEIGHT - 90} Td", f"{_text(title)} Tj", "ET"]
    top = PAGE_HEIGHT - 130
    width = PAGE_WIDTH - 2 * MARGIN
    label_width = 150
    ops.append("0.6 w")
    for index, field in enumerate(fields):
        y = top - (index + 1) * ROW_HEIGHT
        ops.append(f"{MARGIN} {y} {width} {ROW_HEIGHT} re S")
        ops.append(f"{MARGIN + label_width} {y} m {MARGIN + label_width} {y + ROW_HEIGHT} l S")
        ops.extend(["BT", "/F1 11 Tf", f"{MARGIN + 8} {y + 12} Td", f"{_text(field)} Tj", "ET"])
    bottom = top - len(fields) * ROW_HEIGHT - 40
    ops.extend(["BT", "/F1 9 Tf", f"{MARGIN} {bottom} Td", f"{_text(FOOTER)} Tj", "ET"])
    return "\n".join(ops).encode("ascii")


def blank_form_pdf(title, fields):
    """The bytes of a one-page PDF: `title` over a table of labelled empty rows."""
    stream = _content(title, fields)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        ).encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        (
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            b"/FontDescriptor 7 0 R /DW 1000 >>"
        ),
        (
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        ),
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)
