"""PDF text keeps word boundaries where a PDF positions words without space characters.

PDFium's own text glued such words ("Master ofScience", "ProfessionalSummary",
"SENIORACCOUNTANT", issue 15): word recall against pdfminer.six was 78 % on the categorised
resumes. Each PDF here is generated the way real CVs are written.
"""

from __future__ import annotations

import io

import numpy as np
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from talentsonar.cvs import pdf_words as words
from talentsonar.cvs.extract import extract_document
from tests.cvs.builders import make_glyph_by_glyph_pdf, write_pdf

GAP = 3.0  # a space's width in 11 pt Helvetica, left as a gap


def _canvas_pdf(draw: object) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    draw(canvas)  # type: ignore[operator]
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _words_one_by_one(canvas: Canvas, y: float, parts: list[tuple[str, str]]) -> None:
    """Each (font, word) drawn by its own text-show operation, a gap after it, no spaces."""
    x = 60.0
    for font, word in parts:
        canvas.setFont(font, 11)
        canvas.drawString(x, y, word)
        x += stringWidth(word, font, 11) + GAP


def _glyphs_one_by_one(canvas: Canvas, y: float, line: str) -> None:
    """One text object per glyph at its absolute position, spaces left out (as HTML-to-PDF
    converters write CVs)."""
    x = 60.0
    for char in line:
        if char != " ":
            canvas.setFont("Helvetica", 11)
            canvas.drawString(x, y, char)
        x += stringWidth(char, "Helvetica", 11)


def _plain(*line: str) -> list[tuple[str, str]]:
    return [("regular", word) for word in line]


def test_words_placed_glyph_by_glyph_stay_apart() -> None:
    pdf = make_glyph_by_glyph_pdf(
        [
            _plain("Highly", "analytical", "and", "detail-oriented", "professional"),
            _plain("INFORMATION", "TECHNOLOGY", "MANAGER"),
            _plain("SENIOR", "ACCOUNTANT"),
        ]
    )
    assert extract_document(pdf).text.splitlines() == [
        "Highly analytical and detail-oriented professional",
        "INFORMATION TECHNOLOGY MANAGER",
        "SENIOR ACCOUNTANT",
    ]


def test_bold_and_regular_runs_placed_glyph_by_glyph_stay_apart() -> None:
    pdf = make_glyph_by_glyph_pdf(
        [
            [("bold", "Professional"), ("regular", "Summary")],
            [("regular", "Master"), ("regular", "of"), ("bold", "Science")],
        ]
    )
    assert extract_document(pdf).text.splitlines() == ["Professional Summary", "Master of Science"]


def test_words_drawn_one_by_one_stay_apart() -> None:
    def draw(canvas: Canvas) -> None:
        _words_one_by_one(canvas, 760, [("Helvetica", "Master"), ("Helvetica", "of")])
        _words_one_by_one(canvas, 740, [("Helvetica", "SENIOR"), ("Helvetica", "ACCOUNTANT")])

    text = extract_document(_canvas_pdf(draw)).text
    assert "Master of" in text
    assert "SENIOR ACCOUNTANT" in text
    assert "Masterof" not in text


def test_a_bold_run_next_to_a_regular_run_stays_apart() -> None:
    def draw(canvas: Canvas) -> None:
        _words_one_by_one(
            canvas, 760, [("Helvetica-Bold", "Professional"), ("Helvetica", "Summary")]
        )
        _words_one_by_one(
            canvas,
            740,
            [("Helvetica", "Master"), ("Helvetica", "of"), ("Helvetica-Bold", "Science")],
        )

    text = extract_document(_canvas_pdf(draw)).text
    assert text.splitlines() == ["Professional Summary", "Master of Science"]


def test_one_glyph_per_text_object_gives_words_not_letters() -> None:
    line = "Information technology manager with Kubernetes"

    def draw(canvas: Canvas) -> None:
        _glyphs_one_by_one(canvas, 760, line)

    assert extract_document(_canvas_pdf(draw)).text == line


def test_kerning_gaps_in_one_string_are_spaces() -> None:
    # One TJ array: the words are apart by kerning adjustments only, with no space character.
    content = b"BT /F1 11 Tf 60 700 Td [(Master) -300 (of) -300 (Science)] TJ ET\n"
    assert extract_document(write_pdf(content)).text == "Master of Science"


def test_tight_kerning_inside_a_word_is_not_a_space() -> None:
    content = b"BT /F1 11 Tf 60 700 Td [(T) 80 (o) 20 (w) 15 (a) -20 (r) (d)] TJ ET\n"
    assert extract_document(write_pdf(content)).text == "Toward"


def test_two_columns_read_column_by_column() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 11)
        for row, left in enumerate(["Experience", "Accountant", "Auditor"]):
            canvas.drawString(60, 760 - 16 * row, left)
        for row, right in enumerate(["Skills", "Excel", "SAP"]):
            canvas.drawString(320, 760 - 16 * row, right)

    text = extract_document(_canvas_pdf(draw)).text
    assert text.splitlines() == ["Experience", "Accountant", "Auditor", "Skills", "Excel", "SAP"]


def test_separators_from_geometry() -> None:
    # Three characters on a line: "a" and "b" touch, "c" follows after a wide gap; then "d"
    # on the next line. FS_RECTF boxes: left, top, right, bottom.
    text = "abcd"
    boxes = np.array(
        [[10, 20, 15, 10], [15, 20, 20, 10], [24, 20, 29, 10], [10, 8, 15, -2]], dtype=np.float32
    )
    order = np.arange(4)
    seps = words.separators(words.code_points(text), boxes, order)
    assert seps.tolist() == [words.NO_BREAK, words.NO_BREAK, words.SPACE, words.LINE_BREAK]
    assert words.assemble(text, order, seps) == "ab c\nd"
