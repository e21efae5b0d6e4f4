"""Word and line boundaries of PDF text, from where each character is drawn.

PDFium's own text (``FPDFText_GetText``) inserts a space only where its heuristics find one,
and glues words that a PDF positions one by one (a text-show operation per word or per
glyph, gaps but no space character): "Master ofScience", "SENIORACCOUNTANT". Here every
character comes with its loose box (``FPDFText_GetLooseCharBox``: origin to advance,
descent to ascent), and a space separates two characters of a line when the gap between
them exceeds a tenth of the second one's size, the rule pdfminer.six applies (its
``word_margin``). PDFium's own spaces and line breaks are kept.

Pure functions over numpy arrays: no PDFium calls here.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import numpy.typing as npt

NO_BREAK, SPACE, LINE_BREAK = 0, 1, 2
SEPARATOR_TEXT = ("", " ", "\n")

#: A gap wider than this share of a character's size is a space (pdfminer's word_margin).
WORD_MARGIN = 0.1
#: Two characters share a line when their boxes overlap by this share of the smaller one.
LINE_OVERLAP = 0.5
#: Boxes smaller than this (points) carry no geometry: PDFium's separators decide alone.
_DEGENERATE = 0.01

_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029)
_SPACES = (0x09, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))

_LETTER_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Nd"})

Codes = npt.NDArray[np.uint32]
Boxes = npt.NDArray[np.float32]
Indices = npt.NDArray[np.intp]
Flags = npt.NDArray[np.bool_]


def code_points(text: str) -> Codes:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _table(codes: tuple[int, ...]) -> Flags:
    table = np.zeros(_TABLE_SIZE + 1, dtype=np.bool_)  # the last entry: every code above
    table[list(codes)] = True
    return table


_TABLE_SIZE = 0x3001
_LINE_BREAK_TABLE = _table(_LINE_BREAKS)
_WHITESPACE_TABLE = _table(_LINE_BREAKS + _SPACES)


def line_break_mask(codes: Codes) -> Flags:
    return _LINE_BREAK_TABLE[np.minimum(codes, _TABLE_SIZE)]


def whitespace_mask(codes: Codes) -> Flags:
    return _WHITESPACE_TABLE[np.minimum(codes, _TABLE_SIZE)]


def letter_mask(text: str, codes: Codes) -> Flags:
    """Letters and digits: the characters whose visibility is judged on their own. Modifier
    letters (U+02C6, U+02C7: accents drawn apart) and marks are not among them."""
    lower = codes | 0x20
    mask: Flags = ((codes >= 0x30) & (codes <= 0x39)) | ((lower >= 0x61) & (lower <= 0x7A))
    for index in np.flatnonzero(codes >= 0x80).tolist():
        mask[index] = unicodedata.category(text[index]) in _LETTER_CATEGORIES
    return mask


def normalised(boxes: Boxes) -> tuple[Boxes, Boxes, Boxes, Boxes]:
    """x0, y0, x1, y1 of FS_RECTF boxes (left, top, right, bottom), whatever their order."""
    left, top, right, bottom = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    return (
        np.minimum(left, right),
        np.minimum(bottom, top),
        np.maximum(left, right),
        np.maximum(bottom, top),
    )


def separators(codes: Codes, boxes: Boxes, order: Indices) -> npt.NDArray[np.int8]:
    """What separates each character of ``order`` (ascending indices of non-space
    characters) from the one before it: ``NO_BREAK``, ``SPACE`` or ``LINE_BREAK``.

    The stronger of PDFium's verdict (a space or line break character between the two,
    generated or real) and the geometry's."""
    out = np.zeros(len(order), dtype=np.int8)
    if len(order) < 2:
        return out
    breaks = np.cumsum(line_break_mask(codes), dtype=np.int32)
    spaces = np.cumsum(whitespace_mask(codes), dtype=np.int32)
    before, after = order[:-1], order[1:]
    pdfium = np.where(
        breaks[after] > breaks[before],
        LINE_BREAK,
        np.where(spaces[after] > spaces[before], SPACE, NO_BREAK),
    )
    x0, y0, x1, y1 = normalised(boxes)
    px0, py0, px1, py1 = x0[before], y0[before], x1[before], y1[before]
    cx0, cy0, cx1, cy1 = x0[after], y0[after], x1[after], y1[after]
    prev_w, prev_h, cur_w, cur_h = px1 - px0, py1 - py0, cx1 - cx0, cy1 - cy0
    margin = WORD_MARGIN * np.maximum(cur_w, cur_h)
    vertical_overlap = np.minimum(py1, cy1) - np.maximum(py0, cy0)
    horizontal_overlap = np.minimum(px1, cx1) - np.maximum(px0, cx0)
    same_row = vertical_overlap > LINE_OVERLAP * np.minimum(prev_h, cur_h)
    same_column = ~same_row & (horizontal_overlap > LINE_OVERLAP * np.minimum(prev_w, cur_w))
    jumps_back = cx1 < px0 - np.maximum(cur_w, cur_h)
    row_gap = cx0 - px1
    column_gap = np.maximum(cy0 - py1, py0 - cy1)
    geometry = np.where(
        same_row,
        np.where(jumps_back, LINE_BREAK, np.where(row_gap > margin, SPACE, NO_BREAK)),
        np.where(same_column, np.where(column_gap > margin, SPACE, NO_BREAK), LINE_BREAK),
    )
    degenerate = (np.maximum(prev_w, prev_h) < _DEGENERATE) | (
        np.maximum(cur_w, cur_h) < _DEGENERATE
    )
    geometry = np.where(degenerate, NO_BREAK, geometry)
    out[1:] = np.maximum(pdfium, geometry)
    return out


def assemble(text: str, order: Indices, seps: npt.NDArray[np.int8]) -> str:
    """The characters ``order`` of ``text`` joined by their separators."""
    if not len(order):
        return ""
    cuts = np.flatnonzero((seps[1:] > 0) | (np.diff(order) != 1)) + 1
    starts = [0, *cuts.tolist()]
    ends = [*cuts.tolist(), len(order)]
    first = order[starts].tolist()
    last = order[np.asarray(ends) - 1].tolist()
    kinds = seps[starts].tolist()
    pieces: list[str] = []
    for index, (begin, end, kind) in enumerate(zip(first, last, kinds, strict=True)):
        if index:
            pieces.append(SEPARATOR_TEXT[kind])
        pieces.append(text[begin : end + 1])
    return "".join(pieces)


def word_ids(seps: npt.NDArray[np.int8]) -> Indices:
    """A number per character, the same for the characters of one word."""
    return np.cumsum(seps > 0).astype(np.intp)
