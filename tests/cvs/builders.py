"""Build CV files in the test: PDFs with reportlab, DOCX with python-docx / zipfile."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from docx import Document
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
    build: Callable[[Document], None] | None = None, lines: list[str] = VISIBLE_LINES
) -> bytes:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    if build is not None:
        build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_hidden_runs(document: Document) -> None:
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
