"""Build CV files in the test: PDFs with reportlab, DOCX with python-docx / zipfile."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

VISIBLE_LINES = [
    "Jane Example",
    "jane.example@example.org | +44 20 7946 0000",
    "Senior Data Engineer",
    "Skills: Python, PostgreSQL, Kubernetes",
]


def make_pdf(
    lines: list[str] = VISIBLE_LINES,
    *,
    decorate: Callable[[Canvas], None] | None = None,
    pages: int = 1,
    encrypt: str | None = None,
) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for _ in range(pages):
        y = 800.0
        canvas.setFont("Helvetica", 11)
        for line in lines:
            canvas.drawString(60, y, line)
            y -= 18
        if decorate is not None:
            decorate(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_docx(
    build: Callable[[DocxDocument], None] | None = None, lines: list[str] = VISIBLE_LINES
) -> bytes:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    if build is not None:
        build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_hidden_runs(document: DocxDocument) -> None:
    paragraph = document.add_paragraph("Visible tail ")
    white = paragraph.add_run("WHITEKEYWORD")
    white.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    tiny = paragraph.add_run(" TINYKEYWORD")
    tiny.font.size = Pt(1)
    vanish = paragraph.add_run(" VANISHKEYWORD")
    vanish.font.hidden = True


def rewrite_docx(
    data: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None
) -> bytes:
    """Copy a DOCX, replacing some parts' bytes and adding others."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item.filename)))
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def make_layered_pdf(*, layer_off: bool = True) -> bytes:
    """A hand-written PDF with text in an optional-content layer (off by default or on)."""
    content = (
        b"BT /F1 12 Tf 72 720 Td (Visible Person) Tj ET\n"
        b"/OC /oc1 BDC BT /F1 12 Tf 72 700 Td (LAYERKEYWORD) Tj ET EMC\n"
    )
    state = b"/ON [] /OFF [5 0 R]" if layer_off else b"/ON [5 0 R] /OFF []"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R] /D << "
        + state
        + b" >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> /Properties << /oc1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /OCG /Name (Hidden) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
