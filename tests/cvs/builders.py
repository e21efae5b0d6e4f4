"""Build CV files in the test: PDFs with reportlab, DOCX with python-docx / zipfile."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
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
    underlay: Callable[[Canvas], None] | None = None,
) -> bytes:
    """``lines`` in 11 pt Helvetica; ``underlay`` draws before them, ``decorate`` after."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for _ in range(pages):
        if underlay is not None:
            underlay(canvas)
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


def make_layered_pdf(*, layer_off: bool = True, word: str = "LAYERKEYWORD") -> bytes:
    """A hand-written PDF with text in an optional-content layer (off by default or on)."""
    content = (
        b"BT /F1 12 Tf 72 720 Td (Visible Person) Tj ET\n"
        b"/OC /oc1 BDC BT /F1 12 Tf 72 700 Td (" + word.encode("ascii") + b") Tj ET EMC\n"
    )
    state = b"/ON [] /OFF [5 0 R]" if layer_off else b"/ON [5 0 R] /OFF []"
    return write_pdf(
        content,
        catalog_extra=b"/OCProperties << /OCGs [5 0 R] /D << " + state + b" >> >>",
        resources_extra=b"/Properties << /oc1 5 0 R >>",
        extra_objects=[b"<< /Type /OCG /Name (Hidden) >>"],
    )


def write_pdf(
    content: bytes,
    *,
    catalog_extra: bytes = b"",
    resources_extra: bytes = b"",
    extra_objects: list[bytes] | None = None,
) -> bytes:
    """A one-page PDF written by hand around ``content`` (a content stream): fonts /F1
    Helvetica and /F2 Helvetica-Bold; ``extra_objects`` are numbered from 5."""
    extra = extra_objects or []
    fonts = len(extra) + 5
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> "
        % (fonts, fonts + 1)
        + resources_extra
        + b" >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        *extra,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
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


def make_glyph_by_glyph_pdf(lines: list[list[tuple[str, str]]]) -> bytes:
    """Lines of (font, word) as the categorised resumes' PDFs hold them: one text object per
    glyph (``19 Tf`` scaled by ``0.6`` in its matrix), glyphs placed closer than the font's
    advances (loose boxes overlapping by 0.86 pt), words 1.36 pt apart, no space characters.
    /F1 is Helvetica, /F2 Helvetica-Bold."""
    objects: list[bytes] = []
    y = 760.0
    for line in lines:
        x = 60.0
        for font, word in line:
            name, base = (b"/F2", "Helvetica-Bold") if font == "bold" else (b"/F1", "Helvetica")
            for char in word:
                objects.append(
                    b"BT %s 19 Tf 0.6 0 0 0.6 %.3f %.3f Tm (%s) Tj ET"
                    % (name, x, y, char.encode("ascii"))
                )
                x += stringWidth(char, base, 11.4) - 0.86
            x += 0.86 + 1.36
        y -= 14
    return write_pdf(b"\n".join(objects) + b"\n")
