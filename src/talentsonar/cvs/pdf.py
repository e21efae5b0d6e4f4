"""PDF text extraction with PDFium, keeping what a human can see apart from what they cannot.

Each character of PDFium's text page is classified with the raw API:
render mode of its text object (3/7 = never painted), fill colour (white or transparent on a
page whose background under it is white), font size (tiny), position (outside the crop box),
optional-content layers switched off. Hidden characters are cut out of the text and reported.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from talentsonar.cvs import errors as codes
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractionLimits, HiddenReason, HiddenSpan

_INVISIBLE_RENDER_MODES = frozenset({3, 7})  # invisible, clip-only
_STROKE_ONLY_RENDER_MODES = frozenset({1, 5})
_NEAR_WHITE = 235  # every channel at or above this reads as white on white
_OFF_LAYERS = re.compile(rb"/OFF\s*\[\s*\d")


@dataclass(frozen=True, slots=True)
class PdfText:
    pages: list[str]
    hidden: list[HiddenSpan]


@dataclass(slots=True)
class _ObjectInfo:
    reason: HiddenReason | None  # hidden for a reason valid for every char of the object
    check_chars_box: bool  # object straddles the page edge: check each char's box
    white: bool  # painted white: visible only over a dark background


class _Probe:
    """Reusable out-parameters for the PDFium calls (allocating them per call is slow)."""

    __slots__ = ("a", "b", "bottom", "g", "left", "r", "right", "top")

    def __init__(self) -> None:
        self.left, self.bottom = ctypes.c_float(), ctypes.c_float()
        self.right, self.top = ctypes.c_float(), ctypes.c_float()
        self.r, self.g, self.b, self.a = (
            ctypes.c_uint(),
            ctypes.c_uint(),
            ctypes.c_uint(),
            ctypes.c_uint(),
        )


def _by_address(function: Any, restype: Any, *argtypes: Any) -> Any:
    """``function`` of PDFium called with plain addresses (ints) for its handles.

    Every character of a text page is looked at, and many PDFs hold one text object per
    glyph: converting each returned handle to a number (``ctypes.cast``) and back cost more
    than PDFium's own work. The same C function, declared with ``void *`` handles, takes and
    returns ints; the library and calling convention are pypdfium2's own."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    if not address:
        raise RuntimeError("PDFium function without an address")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_VOID_P, _INT = ctypes.c_void_p, ctypes.c_int
_FLOAT_P, _UINT_P = ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_uint)
_unicode = _by_address(raw.FPDFText_GetUnicode, ctypes.c_uint, _VOID_P, _INT)
_text_object = _by_address(raw.FPDFText_GetTextObject, _VOID_P, _VOID_P, _INT)
_render_mode = _by_address(raw.FPDFTextObj_GetTextRenderMode, _INT, _VOID_P)
_font_size = _by_address(raw.FPDFText_GetFontSize, ctypes.c_double, _VOID_P, _INT)
_bounds = _by_address(raw.FPDFPageObj_GetBounds, _INT, _VOID_P, *[_FLOAT_P] * 4)
_fill_colour = _by_address(raw.FPDFPageObj_GetFillColor, _INT, _VOID_P, *[_UINT_P] * 4)
_stroke_colour = _by_address(raw.FPDFPageObj_GetStrokeColor, _INT, _VOID_P, *[_UINT_P] * 4)

_PLAIN = _ObjectInfo(None, False, False)
_OUTSIDE = _ObjectInfo("outside_page", False, False)


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if raw.FPDF_GetLastError() == raw.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            raise DocumentRejected(
                codes.ENCRYPTED_DOCUMENT,
                "This PDF is password-protected. Please upload a copy without a password.",
            ) from exc
        raise DocumentRejected(
            codes.CORRUPT_DOCUMENT, "This PDF is damaged or incomplete and cannot be read."
        ) from exc


def extract_pdf_text(data: bytes, limits: ExtractionLimits) -> PdfText:
    if b"%%EOF" not in data[-2048:]:
        # A PDF always ends with %%EOF; PDFium would silently "repair" a truncated upload.
        raise DocumentRejected(
            codes.CORRUPT_DOCUMENT, "This PDF is incomplete (truncated upload?) and cannot be read."
        )
    doc = open_pdf(data)
    try:
        page_count = len(doc)
        if page_count == 0:
            raise DocumentRejected(codes.CORRUPT_DOCUMENT, "This PDF has no pages.")
        if page_count > limits.max_pages:
            raise DocumentRejected(
                codes.TOO_MANY_PAGES,
                f"This PDF has {page_count} pages; a CV may have at most {limits.max_pages}.",
                details={"pages": page_count, "maxPages": limits.max_pages},
            )
        layers_off = bool(_OFF_LAYERS.search(data))
        pages: list[str] = []
        hidden: list[HiddenSpan] = []
        chars_seen = 0
        for index in range(page_count):
            page = doc[index]
            try:
                text, page_hidden = _extract_page(page, index + 1, limits, layers_off)
            finally:
                page.close()
            pages.append(text)
            hidden.extend(page_hidden)
            chars_seen += len(text)
            if chars_seen > limits.max_chars:
                raise DocumentRejected(
                    codes.TOO_MUCH_TEXT,
                    f"This document holds more than {limits.max_chars} characters of text.",
                )
        return PdfText(pages=pages, hidden=hidden)
    finally:
        doc.close()


def _extract_page(
    page: pdfium.PdfPage, page_number: int, limits: ExtractionLimits, layers_off: bool
) -> tuple[str, list[HiddenSpan]]:
    textpage = page.get_textpage()
    try:
        crop = page.get_cropbox()
        dark_areas: list[tuple[float, float, float, float]] | None = None
        objects: dict[int, _ObjectInfo] = {}
        visible: list[str] = []
        hidden: list[HiddenSpan] = []
        run_reason: HiddenReason | None = None
        run_chars: list[str] = []
        last_reason: HiddenReason | None = None
        tp: int = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
        probe = _Probe()
        count = textpage.count_chars()
        whole = textpage.get_text_range(0, count) if count else ""
        one_to_one = len(whole) == count  # no surrogate pairs: index i is whole[i]
        # When every text rectangle lies inside the crop box no object can be outside it,
        # so the per-object bounds calls can be skipped (many PDFs hold one object per glyph).
        check_bounds = not _all_text_inside(textpage, whole, crop)
        text_object = _text_object
        for i in range(count):
            char = whole[i] if one_to_one else _safe_chr(_unicode(tp, i))
            obj: int | None = text_object(tp, i)
            if obj is None:  # generated by PDFium (line breaks, spaces): follows its neighbour
                reason = last_reason
            else:
                info = objects.get(obj)
                if info is None:
                    info = _classify_object(
                        tp, i, obj, crop, limits, layers_off, probe, check_bounds
                    )
                    objects[obj] = info
                reason = info.reason
                if reason is None and info.check_chars_box:
                    reason = _outside_reason(textpage.get_charbox(i), crop)
                if reason is None and info.white:
                    if dark_areas is None:
                        dark_areas = _dark_areas(page)
                    box = textpage.get_charbox(i)
                    if not _over_dark_area(box, dark_areas):
                        reason = "background_colour"
                last_reason = reason
            if reason is None:
                visible.append(char)
            if reason != run_reason:
                _close_run(hidden, page_number, run_reason, run_chars)
                run_reason, run_chars = reason, []
            if reason is not None:
                run_chars.append(char)
        _close_run(hidden, page_number, run_reason, run_chars)
        return "".join(visible), hidden
    finally:
        textpage.close()


def _all_text_inside(
    textpage: pdfium.PdfTextPage, whole: str, crop: tuple[float, float, float, float]
) -> bool:
    """One PDFium call: is every visible-ink character within the crop box?"""
    left, bottom, right, top = crop
    inside = textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
    return sum(not c.isspace() for c in inside) >= sum(not c.isspace() for c in whole)


def _safe_chr(code: int) -> str:
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(code)


def _close_run(
    hidden: list[HiddenSpan], page: int, reason: HiddenReason | None, chars: list[str]
) -> None:
    if reason is None:
        return
    text = " ".join("".join(chars).split())
    if text:
        hidden.append(HiddenSpan(page=page, reason=reason, text=text))


def _classify_object(
    tp: int,
    char_index: int,
    obj: int,
    crop: tuple[float, float, float, float],
    limits: ExtractionLimits,
    layers_off: bool,
    probe: _Probe,
    check_bounds: bool = True,
) -> _ObjectInfo:
    """How the characters of text object ``obj`` (an address) show; ``tp`` is the text
    page's address, ``char_index`` one of the object's characters."""
    mode = _render_mode(obj)
    if mode in _INVISIBLE_RENDER_MODES:
        return _ObjectInfo("invisible_render_mode", False, False)
    if layers_off and _in_optional_content(obj):
        return _ObjectInfo("hidden_layer", False, False)
    size = _font_size(tp, char_index)
    if 0 < size < limits.min_font_size:
        return _ObjectInfo("tiny_font", False, False)
    left, bottom, right, top = probe.left, probe.bottom, probe.right, probe.top
    straddles = False
    if check_bounds and _bounds(obj, left, bottom, right, top):
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        if x1 <= crop[0] or x0 >= crop[2] or y1 <= crop[1] or y0 >= crop[3]:
            return _OUTSIDE
        straddles = x0 < crop[0] or y0 < crop[1] or x1 > crop[2] or y1 > crop[3]
    r, g, b, a = probe.r, probe.g, probe.b, probe.a
    getter = _stroke_colour if mode in _STROKE_ONLY_RENDER_MODES else _fill_colour
    white = False
    if getter(obj, r, g, b, a):
        if a.value == 0:
            return _ObjectInfo("background_colour", False, False)
        white = r.value >= _NEAR_WHITE and g.value >= _NEAR_WHITE and b.value >= _NEAR_WHITE
    if not straddles and not white:
        return _PLAIN
    return _ObjectInfo(None, straddles, white)


def _in_optional_content(address: int) -> bool:
    """True when the object sits in marked content tagged /OC (an optional-content layer)."""
    obj = ctypes.cast(address, raw.FPDF_PAGEOBJECT)
    buffer = (ctypes.c_ushort * 32)()
    length = ctypes.c_ulong()
    for index in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, index)
        if mark and raw.FPDFPageObjMark_GetName(mark, buffer, ctypes.sizeof(buffer), length):
            raw_name = bytes(buffer)[: max(0, length.value - 2)]
            if raw_name.decode("utf-16-le", "replace") == "OC":
                return True
    return False


def _outside_reason(
    box: tuple[float, float, float, float], crop: tuple[float, float, float, float]
) -> HiddenReason | None:
    left, bottom, right, top = box
    if right <= crop[0] or left >= crop[2] or top <= crop[1] or bottom >= crop[3]:
        return "outside_page"
    return None


def _dark_areas(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """Bounds of filled paths that are not white, and of images: white text over them shows."""
    areas: list[tuple[float, float, float, float]] = []
    r, g, b, a = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    for obj in _graphic_objects(page):
        kind = raw.FPDFPageObj_GetType(obj.raw)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            if not raw.FPDFPath_GetDrawMode(obj.raw, fill_mode, stroke) or fill_mode.value == 0:
                continue
            if not raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a) or a.value == 0:
                continue
            if min(r.value, g.value, b.value) >= _NEAR_WHITE:
                continue
        areas.append(obj.get_bounds())
    return areas


def _graphic_objects(page: pdfium.PdfPage) -> Iterator[pdfium.PdfObject]:
    yield from page.get_objects(
        filter=(raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING),
        max_depth=4,
    )


def _over_dark_area(
    box: tuple[float, float, float, float], areas: list[tuple[float, float, float, float]]
) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in areas)
