"""A corpus of ways to hide text in a CV, and of look-alikes that are visible.

Every case is a one-page CV (``VISIBLE_LINES``) plus one extra line. In a ``TECHNIQUES`` case
that line holds ``word`` hidden by the named technique: extraction must leave ``word`` out of
the text and flag the document. In a ``CONTROLS`` case the line is visible, however unusual
it looks: ``word`` must be in the text and the document must not be flagged.

Generated here (reportlab, python-docx, a hand-written PDF for optional content), so tests
and ``bench/parse_quality.py`` share it and nothing is read from disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.run import Run
from PIL import Image
from reportlab.lib.colors import Color, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.cvs.builders import make_docx, make_layered_pdf, make_pdf

#: Where the extra line goes on the page (below VISIBLE_LINES, inside the page).
X, Y = 60.0, 600.0


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    kind: str  # "pdf" or "docx"
    word: str  # the hidden (technique) or visible (control) word
    build: Callable[[], bytes]

    def data(self) -> bytes:
        return self.build()


def _pdf(draw: Callable[[Canvas, str], None]) -> Callable[[str], bytes]:
    def build(word: str) -> bytes:
        return make_pdf(decorate=lambda canvas: draw(canvas, word))

    return build


def _image(colour: tuple[int, int, int] | None, size: tuple[int, int] = (64, 64)) -> ImageReader:
    """A plain image of ``colour``, or (None) a textured photo-like one."""
    if colour is not None:
        return ImageReader(Image.new("RGB", size, colour))
    rng = np.random.default_rng(7)
    ys, xs = np.mgrid[0 : size[1], 0 : size[0]]
    base = (xs * 3 + ys * 2) % 256
    noise = rng.integers(0, 120, size=(size[1], size[0]))
    pixels = np.stack([base, (base + noise) % 256, (255 - base) % 256], axis=-1).astype(np.uint8)
    return ImageReader(Image.fromarray(pixels, "RGB"))


# ---- PDF techniques -------------------------------------------------------------------------


def _white_text(canvas: Canvas, word: str) -> None:
    canvas.setFillColor(white)
    canvas.drawString(X, Y, f"{word} Kubernetes Terraform")


def _render_mode(mode: int) -> Callable[[Canvas, str], None]:
    def draw(canvas: Canvas, word: str) -> None:
        text = canvas.beginText(X, Y)
        text.setTextRenderMode(mode)
        text.textLine(word)
        canvas.drawText(text)

    return draw


def _tiny_font(canvas: Canvas, word: str) -> None:
    canvas.setFont("Helvetica", 1)
    canvas.drawString(X, Y, word)


def _off_page(canvas: Canvas, word: str) -> None:
    canvas.drawString(900, 500, word)


def _alpha_zero(canvas: Canvas, word: str) -> None:
    canvas.setFillAlpha(0)
    canvas.drawString(X, Y, word)


def _white_stroke_only(canvas: Canvas, word: str) -> None:
    text = canvas.beginText(X, Y)
    text.setTextRenderMode(1)
    text.setStrokeColor(white)
    text.textLine(word)
    canvas.drawText(text)


def _white_over_white_image(word: str) -> bytes:
    def underlay(canvas: Canvas) -> None:
        canvas.drawImage(_image((255, 255, 255)), 0, 0, 595, 842)

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(white)
        canvas.drawString(X, Y, word)

    return make_pdf(underlay=underlay, decorate=draw)


def _under_white_rectangle(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, word)
    canvas.setFillColor(white)
    canvas.rect(X - 5, Y - 5, 200, 20, fill=1, stroke=0)


def _under_white_image(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, word)
    canvas.drawImage(_image((255, 255, 255)), X - 5, Y - 5, 200, 20)


def _under_photo(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, word)
    canvas.drawImage(_image(None), X - 5, Y - 5, 200, 20)


def _scaled_down(canvas: Canvas, word: str) -> None:
    canvas.saveState()
    canvas.translate(X, Y)
    canvas.scale(0.05, 0.05)
    canvas.drawString(0, 0, word)
    canvas.restoreState()


def _squashed(canvas: Canvas, word: str) -> None:
    text = canvas.beginText(X, Y)
    text.setHorizScale(1)
    text.textLine(word)
    canvas.drawText(text)


def _clipped_out(canvas: Canvas, word: str) -> None:
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(400, 100, 50, 50)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawString(X, Y, word)
    canvas.restoreState()


def _white_over_faint_rectangle(canvas: Canvas, word: str) -> None:
    canvas.saveState()
    canvas.setFillAlpha(0.004)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(X - 5, Y - 5, 200, 20, fill=1, stroke=0)
    canvas.restoreState()
    canvas.setFillColor(white)
    canvas.drawString(X, Y, word)


def _same_colour_as_box(canvas: Canvas, word: str) -> None:
    tint = Color(0.80, 0.88, 1.0)
    canvas.setFillColor(tint)
    canvas.rect(X - 5, Y - 5, 200, 20, fill=1, stroke=0)
    canvas.drawString(X, Y, word)


def _invisible_over_visible(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, "Professional Summary")
    text = canvas.beginText(X, Y)
    text.setTextRenderMode(3)
    text.textLine(word)
    canvas.drawText(text)


def _clipped_over_visible(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, "Professional Summary")
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(X, Y + 20, 0.6, 0.6)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawString(X, Y, word)
    canvas.restoreState()


def _collapsed_element(canvas: Canvas, word: str) -> None:
    """Keywords in an HTML element collapsed to one pixel (CSS "visually hidden"): the clip
    sits at the corner of its own text, as HTML-to-PDF prints it."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(X, Y + 11, 0.6, 0.6)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(X, Y, f"{word} Terraform Ansible Snowflake")
    canvas.restoreState()


def _same_colour_box_cut_to_word(canvas: Canvas, word: str) -> None:
    """A box no larger than the word's own letters, in the text's colour: nothing of it
    shows beside the word."""
    tint = Color(0.80, 0.88, 1.0)
    canvas.setFillColor(tint)
    canvas.rect(X, Y - 1.5, canvas.stringWidth(word, "Helvetica", 11), 10.5, fill=1, stroke=0)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(X, Y, word)


def _same_colour_box_beside(canvas: Canvas, word: str) -> None:
    """A box in the text's colour under the line, showing only to the left of it."""
    tint = Color(0.80, 0.88, 1.0)
    canvas.setFillColor(tint)
    canvas.rect(
        X - 40, Y - 1.5, 40 + canvas.stringWidth(word, "Helvetica", 11), 10.5, fill=1, stroke=0
    )
    canvas.setFont("Helvetica", 11)
    canvas.drawString(X, Y, word)


def _layered(word: str) -> bytes:
    return make_layered_pdf(layer_off=True, word=word)


# ---- PDF controls (visible) -----------------------------------------------------------------


def _coloured_heading(canvas: Canvas, word: str) -> None:
    canvas.setFont("Helvetica-Bold", 16)
    canvas.setFillColorRGB(0.12, 0.30, 0.55)
    canvas.drawString(X, Y, word)


def _light_grey(canvas: Canvas, word: str) -> None:
    canvas.setFont("Helvetica", 10)
    canvas.setFillColorRGB(0.66, 0.66, 0.66)
    canvas.drawString(X, Y, f"{word} 2019 - 2023")


def _white_on_dark_sidebar(canvas: Canvas, word: str) -> None:
    canvas.setFillColorRGB(0.10, 0.12, 0.30)
    canvas.rect(X - 10, Y - 10, 220, 34, fill=1, stroke=0)
    canvas.setFillColor(white)
    canvas.drawString(X, Y, word)


def _white_on_dark_image(canvas: Canvas, word: str) -> None:
    canvas.drawImage(_image((20, 30, 60)), X - 10, Y - 10, 220, 34)
    canvas.setFillColor(white)
    canvas.drawString(X, Y, word)


def _white_on_photo(canvas: Canvas, word: str) -> None:
    canvas.drawImage(_image((40, 40, 40)), X - 10, Y - 10, 220, 34)
    canvas.drawImage(_image(None), X + 150, Y - 10, 60, 34)  # a photo beside it
    canvas.setFillColor(white)
    canvas.drawString(X, Y, word)


def _small_footer(canvas: Canvas, word: str) -> None:
    canvas.setFont("Helvetica", 6)
    canvas.setFillColorRGB(0.4, 0.4, 0.4)
    canvas.drawString(X, 40, f"{word} - references available on request - page 1 of 1")


def _on_light_tint(canvas: Canvas, word: str) -> None:
    canvas.setFillColorRGB(0.93, 0.95, 1.0)
    canvas.rect(X - 10, Y - 10, 220, 34, fill=1, stroke=0)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawString(X, Y, word)


def _underlined(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, word)
    canvas.setLineWidth(0.8)
    canvas.line(X, Y - 2, X + 150, Y - 2)


def _rotated(canvas: Canvas, word: str) -> None:
    canvas.saveState()
    canvas.translate(560, 300)
    canvas.rotate(90)
    canvas.drawString(0, 0, word)
    canvas.restoreState()


def _generous_clip(canvas: Canvas, word: str) -> None:
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(0, 0, 595, 842)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawString(X, Y, word)
    canvas.restoreState()


def _semi_transparent(canvas: Canvas, word: str) -> None:
    canvas.saveState()
    canvas.setFillAlpha(0.6)
    canvas.drawString(X, Y, word)
    canvas.restoreState()


def _fake_bold(canvas: Canvas, word: str) -> None:
    canvas.drawString(X, Y, word)
    canvas.drawString(X + 0.3, Y, word)


def _yellow_on_navy(canvas: Canvas, word: str) -> None:
    canvas.setFillColorRGB(0.05, 0.1, 0.35)
    canvas.rect(X - 10, Y - 10, 220, 34, fill=1, stroke=0)
    canvas.setFillColorRGB(1.0, 0.85, 0.2)
    canvas.drawString(X, Y, word)


# ---- DOCX -----------------------------------------------------------------------------------


def _docx(build: Callable[[DocxDocument, str], None]) -> Callable[[str], bytes]:
    def make(word: str) -> bytes:
        return make_docx(lambda document: build(document, word))

    return make


def _shade(element: object, fill: str) -> None:
    """``w:shd`` with ``fill`` on a run's, paragraph's or cell's properties element."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    element.append(shading)  # type: ignore[attr-defined]


def _line(document: DocxDocument, prefix: str = "Visible tail ") -> Callable[[str], Run]:
    paragraph = document.add_paragraph(prefix)
    return paragraph.add_run


def _docx_white_run(document: DocxDocument, word: str) -> None:
    _line(document)(word).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _docx_vanish_run(document: DocxDocument, word: str) -> None:
    _line(document)(word).font.hidden = True


def _docx_tiny_run(document: DocxDocument, word: str) -> None:
    _line(document)(word).font.size = Pt(1)


def _docx_web_hidden(document: DocxDocument, word: str) -> None:
    run = _line(document)(word)
    run._r.get_or_add_rPr().append(OxmlElement("w:webHidden"))


def _char_style(document: DocxDocument, name: str, **font: object) -> str:
    style = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    for key, value in font.items():
        setattr(style.font, key, value)
    return name


def _para_style(document: DocxDocument, name: str, **font: object) -> str:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    for key, value in font.items():
        setattr(style.font, key, value)
    return name


def _docx_white_char_style(document: DocxDocument, word: str) -> None:
    name = _char_style(document, "Quiet Text")
    document.styles[name].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _line(document)(word, style=name)


def _docx_vanish_char_style(document: DocxDocument, word: str) -> None:
    _line(document)(word, style=_char_style(document, "Folded", hidden=True))


def _docx_white_para_style(document: DocxDocument, word: str) -> None:
    style = document.styles.add_style("Keywords Block", WD_STYLE_TYPE.PARAGRAPH)
    style.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.add_paragraph(word, style="Keywords Block")


def _docx_vanish_para_style(document: DocxDocument, word: str) -> None:
    document.add_paragraph(word, style=_para_style(document, "Collapsed", hidden=True))


def _docx_white_on_near_white_shading(document: DocxDocument, word: str) -> None:
    run = _line(document)(word)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _shade(run._r.get_or_add_rPr(), "FFFFFE")


def _docx_white_based_on_style(document: DocxDocument, word: str) -> None:
    base = document.styles.add_style("Base Quiet", WD_STYLE_TYPE.CHARACTER)
    base.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    child = document.styles.add_style("Derived Quiet", WD_STYLE_TYPE.CHARACTER)
    child.base_style = base
    child.font.bold = True
    _line(document)(word, style="Derived Quiet")


def _docx_tiny_char_style(document: DocxDocument, word: str) -> None:
    _line(document)(word, style=_char_style(document, "Fine Print", size=Pt(1)))


def _docx_theme_background_colour(document: DocxDocument, word: str) -> None:
    run = _line(document)(word)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "000000")
    colour.set(qn("w:themeColor"), "background1")
    run._r.get_or_add_rPr().append(colour)


def _docx_same_colour_as_paragraph_shading(document: DocxDocument, word: str) -> None:
    paragraph = document.add_paragraph()
    _shade(paragraph._p.get_or_add_pPr(), "1F3864")
    paragraph.add_run(word).font.color.rgb = RGBColor(0x1F, 0x38, 0x64)


def _docx_squashed(document: DocxDocument, word: str) -> None:
    run = _line(document)(word)
    scale = OxmlElement("w:w")
    scale.set(qn("w:val"), "1")
    run._r.get_or_add_rPr().append(scale)


# DOCX controls


def _docx_white_on_dark_paragraph(document: DocxDocument, word: str) -> None:
    paragraph = document.add_paragraph()
    _shade(paragraph._p.get_or_add_pPr(), "1F3864")
    paragraph.add_run(word).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _docx_white_on_dark_cell(document: DocxDocument, word: str) -> None:
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    _shade(cell._tc.get_or_add_tcPr(), "203864")
    cell.paragraphs[0].add_run(word).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _docx_white_style_on_dark_shading(document: DocxDocument, word: str) -> None:
    style = document.styles.add_style("Banner", WD_STYLE_TYPE.PARAGRAPH)
    style.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _shade(style.element.get_or_add_pPr(), "000000")
    document.add_paragraph(word, style="Banner")


def _docx_coloured_heading(document: DocxDocument, word: str) -> None:
    document.add_heading(word, level=1)


def _docx_light_grey(document: DocxDocument, word: str) -> None:
    _line(document)(word).font.color.rgb = RGBColor(0xA6, 0xA6, 0xA6)


def _docx_small_footer(document: DocxDocument, word: str) -> None:
    _line(document, "")(f"{word} references on request").font.size = Pt(7)


def _docx_style_vanish_overridden(document: DocxDocument, word: str) -> None:
    run = _line(document)(word, style=_char_style(document, "Maybe Hidden", hidden=True))
    run.font.hidden = False


def _docx_auto_colour_on_dark(document: DocxDocument, word: str) -> None:
    paragraph = document.add_paragraph()
    _shade(paragraph._p.get_or_add_pPr(), "000000")
    run = paragraph.add_run(word)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "auto")
    run._r.get_or_add_rPr().append(colour)


def _docx_unused_hidden_style(document: DocxDocument, word: str) -> None:
    _char_style(document, "Never Used", hidden=True)
    _para_style(document, "Never Used Either", hidden=True)
    _line(document)(word)


def _case(name: str, kind: str, word: str, build: Callable[[str], bytes]) -> Case:
    return Case(name, kind, word, lambda: build(word))


#: (name, builder) for hiding techniques, in the order of issue 13's report: first the ones
#: extraction caught before, then the ones it let through, then further ones.
_TECHNIQUES: list[tuple[str, str, Callable[[str], bytes]]] = [
    ("pdf: white text on a white page", "pdf", _pdf(_white_text)),
    ("pdf: invisible render mode (3)", "pdf", _pdf(_render_mode(3))),
    ("pdf: 1 pt font", "pdf", _pdf(_tiny_font)),
    ("pdf: text outside the page", "pdf", _pdf(_off_page)),
    ("pdf: optional-content layer switched off", "pdf", _layered),
    ("pdf: fill alpha 0", "pdf", _pdf(_alpha_zero)),
    ("pdf: white stroke-only text", "pdf", _pdf(_white_stroke_only)),
    ("docx: vanish on the run", "docx", _docx(_docx_vanish_run)),
    ("docx: white run", "docx", _docx(_docx_white_run)),
    ("docx: 1 pt run", "docx", _docx(_docx_tiny_run)),
    ("docx: webHidden run", "docx", _docx(_docx_web_hidden)),
    ("pdf: white text over a full-page white image", "pdf", _white_over_white_image),
    ("pdf: black text under a white rectangle", "pdf", _pdf(_under_white_rectangle)),
    ("pdf: text scaled x0.05", "pdf", _pdf(_scaled_down)),
    ("pdf: text clipped out", "pdf", _pdf(_clipped_out)),
    ("pdf: white text over a 0.4 %-alpha rectangle", "pdf", _pdf(_white_over_faint_rectangle)),
    ("docx: white through a character style", "docx", _docx(_docx_white_char_style)),
    ("docx: vanish through a character style", "docx", _docx(_docx_vanish_char_style)),
    ("docx: white through a paragraph style", "docx", _docx(_docx_white_para_style)),
    ("docx: vanish through a paragraph style", "docx", _docx(_docx_vanish_para_style)),
    ("docx: white run on FFFFFE shading", "docx", _docx(_docx_white_on_near_white_shading)),
    ("pdf: text under a white image", "pdf", _pdf(_under_white_image)),
    ("pdf: text under a photo", "pdf", _pdf(_under_photo)),
    ("pdf: text the colour of the box under it", "pdf", _pdf(_same_colour_as_box)),
    ("pdf: text squashed to 1 % width (Tz)", "pdf", _pdf(_squashed)),
    ("pdf: clip-only render mode (7)", "pdf", _pdf(_render_mode(7))),
    ("pdf: invisible text laid over visible text", "pdf", _pdf(_invisible_over_visible)),
    ("pdf: clipped-out text laid over visible text", "pdf", _pdf(_clipped_over_visible)),
    ("docx: white through a based-on character style", "docx", _docx(_docx_white_based_on_style)),
    ("docx: 1 pt through a character style", "docx", _docx(_docx_tiny_char_style)),
    ("docx: theme colour background1", "docx", _docx(_docx_theme_background_colour)),
    (
        "docx: text the colour of the paragraph shading",
        "docx",
        _docx(_docx_same_colour_as_paragraph_shading),
    ),
    ("docx: run squashed to 1 % width", "docx", _docx(_docx_squashed)),
    ("pdf: keywords in a collapsed (1 px) HTML element", "pdf", _pdf(_collapsed_element)),
    ("pdf: text on a box of its colour cut to the word", "pdf", _pdf(_same_colour_box_cut_to_word)),
    ("pdf: text on a box of its colour showing on one side", "pdf", _pdf(_same_colour_box_beside)),
]

_CONTROLS: list[tuple[str, str, Callable[[str], bytes]]] = [
    ("pdf: coloured heading", "pdf", _pdf(_coloured_heading)),
    ("pdf: light-grey text", "pdf", _pdf(_light_grey)),
    ("pdf: white text on a dark sidebar", "pdf", _pdf(_white_on_dark_sidebar)),
    ("pdf: white text on a dark image", "pdf", _pdf(_white_on_dark_image)),
    ("pdf: white text on a dark banner beside a photo", "pdf", _pdf(_white_on_photo)),
    ("pdf: small grey footer (6 pt)", "pdf", _pdf(_small_footer)),
    ("pdf: black text on a light tint", "pdf", _pdf(_on_light_tint)),
    ("pdf: underlined text", "pdf", _pdf(_underlined)),
    ("pdf: text rotated 90 degrees", "pdf", _pdf(_rotated)),
    ("pdf: text inside a page-sized clip", "pdf", _pdf(_generous_clip)),
    ("pdf: 60 %-opaque text", "pdf", _pdf(_semi_transparent)),
    ("pdf: yellow text on navy", "pdf", _pdf(_yellow_on_navy)),
    ("pdf: bold faked by drawing the text twice", "pdf", _pdf(_fake_bold)),
    ("docx: white text on dark paragraph shading", "docx", _docx(_docx_white_on_dark_paragraph)),
    ("docx: white text in a dark table cell", "docx", _docx(_docx_white_on_dark_cell)),
    ("docx: white style on dark style shading", "docx", _docx(_docx_white_style_on_dark_shading)),
    ("docx: coloured heading style", "docx", _docx(_docx_coloured_heading)),
    ("docx: light-grey run", "docx", _docx(_docx_light_grey)),
    ("docx: small footer (7 pt)", "docx", _docx(_docx_small_footer)),
    ("docx: hidden style switched off on the run", "docx", _docx(_docx_style_vanish_overridden)),
    ("docx: automatic colour on black shading", "docx", _docx(_docx_auto_colour_on_dark)),
    ("docx: hidden styles defined but unused", "docx", _docx(_docx_unused_hidden_style)),
]


def _word(prefix: str, index: int) -> str:
    return f"{prefix}{chr(ord('A') + index // 26)}{chr(ord('A') + index % 26)}"


TECHNIQUES: list[Case] = [
    _case(name, kind, _word("Hiddenword", i), build)
    for i, (name, kind, build) in enumerate(_TECHNIQUES)
]
CONTROLS: list[Case] = [
    _case(name, kind, _word("Shownword", i), build)
    for i, (name, kind, build) in enumerate(_CONTROLS)
]
