"""PDF text extraction with PDFium: the words a reader sees, apart from what they cannot see.

Per page, every character of PDFium's text page comes with its loose box. From the boxes:
- word and line boundaries (``pdf_words``): PDFium's text glues words that a PDF positions
  one by one;
- characters a reader cannot see for their size: smaller than ``min_font_size`` points
  (a tiny font or a text matrix scaled down), or squashed to a sliver (horizontal scaling);
- characters outside the crop box (a word counts as outside when most of it is: text that
  merely runs past the page edge keeps its words).
Letters and digits left are checked on the rendered page (``pdf_ink``): a character that
leaves no ink is hidden, whatever hid it. Punctuation follows the letter before it.
Hidden characters are cut out of the text and reported with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import repeat

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from talentsonar.cvs import errors as codes
from talentsonar.cvs import pdf_reasons as reasons
from talentsonar.cvs import pdf_words as words
from talentsonar.cvs import pdfium_calls as calls
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.pdf_ink import ink_under_characters
from talentsonar.cvs.pdf_reasons import CODE, LAYOUT_REASONS, REASONS, VISIBLE
from talentsonar.cvs.types import ExtractionLimits, HiddenSpan

#: A word squashed narrower than this share of its letters' height is unreadable.
_SQUASHED = 0.1
#: A word is laid over other text when this share of its letters is.
_STACKED_WORD = 0.5
#: Words a document's collapsed elements may hold and still be a template's labels.
_LABEL_WORDS = 3
_OFF_LAYERS = re.compile(rb"/OFF\s*\[\s*\d")
_WORD = re.compile(r"[^\W_]+")
_TINY, _OUTSIDE, _UNPAINTED = CODE["tiny_font"], CODE["outside_page"], -1


@dataclass(frozen=True, slots=True)
class PdfText:
    pages: list[str]
    hidden: list[HiddenSpan]


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
    layers_off = bool(_OFF_LAYERS.search(data))
    with calls.PDFIUM_LOCK:
        doc = open_pdf(data)
        try:
            return _extract_document(doc, limits, layers_off)
        finally:
            doc.close()


def _extract_document(
    doc: pdfium.PdfDocument, limits: ExtractionLimits, layers_off: bool
) -> PdfText:
    page_count = len(doc)
    if page_count == 0:
        raise DocumentRejected(codes.CORRUPT_DOCUMENT, "This PDF has no pages.")
    if page_count > limits.max_pages:
        raise DocumentRejected(
            codes.TOO_MANY_PAGES,
            f"This PDF has {page_count} pages; a CV may have at most {limits.max_pages}.",
            details={"pages": page_count, "maxPages": limits.max_pages},
        )
    pages: list[str] = []
    hidden: list[HiddenSpan] = []
    labels: list[int] = []  # indices in hidden of text in collapsed elements
    chars_seen = 0
    for index in range(page_count):
        page = doc[index]
        try:
            text, page_hidden = _extract_page(page, index + 1, limits, layers_off)
        finally:
            page.close()
        pages.append(text)
        for span, collapsed in page_hidden:
            if collapsed:
                labels.append(len(hidden))
            hidden.append(span)
        chars_seen += len(text)
        if chars_seen > limits.max_chars:
            raise DocumentRejected(
                codes.TOO_MUCH_TEXT,
                f"This document holds more than {limits.max_chars} characters of text.",
            )
    return PdfText(pages=pages, hidden=_mark_copies(_mark_labels(hidden, labels), pages))


def _mark_labels(hidden: list[HiddenSpan], labels: list[int]) -> list[HiddenSpan]:
    """Text in collapsed elements (an HTML template's "visually hidden" labels) is incidental
    while, over the whole document, it holds no more than a label's few words: more is
    hidden content, whatever idiom hides it."""
    if not labels:
        return hidden
    words_hidden = sum(len(_WORD.findall(hidden[index].text)) for index in labels)
    if words_hidden > _LABEL_WORDS:
        return hidden
    chosen = set(labels)
    return [
        replace(span, incidental=True) if index in chosen else span
        for index, span in enumerate(hidden)
    ]


def _mark_copies(hidden: list[HiddenSpan], pages: list[str]) -> list[HiddenSpan]:
    """Clipped, covered or off-page text whose words the reader sees anyway (a line split by
    a page break is drawn on both pages, each copy clipped, one of them cut mid-word) is
    incidental."""
    if not any(span.reason in LAYOUT_REASONS and not span.incidental for span in hidden):
        return hidden
    seen = "\n".join(pages).lower()
    return [
        replace(span, incidental=True)
        if span.reason in LAYOUT_REASONS
        and all(w in seen for w in _WORD.findall(span.text.lower()))
        else span
        for span in hidden
    ]


def _extract_page(
    page: pdfium.PdfPage, page_number: int, limits: ExtractionLimits, layers_off: bool
) -> tuple[str, list[tuple[HiddenSpan, bool]]]:
    """The page's visible text, and its hidden spans, each with whether it lies in a
    collapsed element (``pdf_reasons.collapsed_element``)."""
    textpage = page.get_textpage()
    try:
        tp = calls.address(textpage.raw)
        count = textpage.count_chars()
        if count <= 0:
            return "", []
        text = textpage.get_text_range(0, count)
        if len(text) != count:  # surrogate pairs: one character per index instead
            text = "".join(_safe_chr(calls.unicode_of(tp, i)) for i in range(count))
        points = words.code_points(text)
        real = np.flatnonzero(~words.whitespace_mask(points))
        if not len(real):
            return "", []
        boxes = _loose_boxes(tp, count, real)
        x0, y0, x1, y1 = words.normalised(boxes)
        page_boxes = np.stack([x0, y0, x1, y1], axis=1)[real]
        seps = words.separators(points, boxes, real)
        word = words.word_ids(seps)
        letters = words.letter_mask(text, points)[real]
        reason, overflow = _geometry_reasons(page, page_boxes, word, letters, limits)
        letters &= ~overflow  # off the rendered page: they follow the rest of their word
        line = np.cumsum(seps == words.LINE_BREAK)
        _judge_ink(page, tp, real, page_boxes, word, line, letters, reason, layers_off)
        reason = _follow_letters(reason, letters)
        visible = reason == VISIBLE
        order = real[visible]
        order_seps = seps if visible.all() else words.separators(points, boxes, order)
        page_text = words.assemble(text, order, order_seps)
        spans = [
            (
                HiddenSpan(
                    page=page_number,
                    reason=label,
                    text=" ".join(
                        words.assemble(
                            text, real[run], words.separators(points, boxes, real[run])
                        ).split()
                    ),
                    incidental=_runs_past_edge(tp, real, page_boxes, reason, seps, run),
                ),
                label == "clipped" and _in_collapsed_element(tp, real, page_boxes, run),
            )
            for run in _hidden_runs(reason)
            if (label := REASONS[reason[run[0]]]) is not None
        ]
        return page_text, [(span, collapsed) for span, collapsed in spans if span.text]
    finally:
        textpage.close()


def _judge_ink(
    page: pdfium.PdfPage,
    textpage: int,
    real: npt.NDArray[np.intp],
    boxes: npt.NDArray[np.float32],
    word: npt.NDArray[np.intp],
    line: npt.NDArray[np.intp],
    letters: npt.NDArray[np.bool_],
    reason: npt.NDArray[np.int8],
    layers_off: bool,
) -> None:
    """Letters not yet hidden by their geometry, checked on the rendered page (in place)."""
    judged = np.flatnonzero(letters & (reason == VISIBLE))
    if not len(judged):
        return
    starts = np.flatnonzero(np.r_[True, word[1:] != word[:-1]])
    word_boxes = np.stack(
        [
            np.minimum.reduceat(boxes[:, 0], starts),
            np.minimum.reduceat(boxes[:, 1], starts),
            np.maximum.reduceat(boxes[:, 2], starts),
            np.maximum.reduceat(boxes[:, 3], starts),
        ],
        axis=1,
    )
    report = ink_under_characters(
        calls.address(page.raw), textpage, real[judged], boxes[judged], line[judged], word_boxes
    )
    inked = report.ink > 0
    # Laid over other text, the ink seen may be the other's: ask the object itself. A word
    # mostly laid over text is asked about whole (its narrow letters fall between the
    # other text's glyphs).
    stacked = np.zeros(len(reason), dtype=np.float64)
    stacked[judged[report.stacked]] = 1.0
    share = np.bincount(word, weights=stacked) / np.maximum(np.bincount(word, weights=letters), 1.0)
    in_stacked_word = (share >= _STACKED_WORD)[word[judged]]
    doubtful = judged[inked & (report.stacked | in_stacked_word)]
    if len(doubtful):
        reason[doubtful] = reasons.recheck_stacked(
            textpage, real[doubtful], boxes[doubtful], report.switched_off, layers_off
        )
    unpainted = np.flatnonzero(~inked)
    if len(unpainted):
        reason[judged[unpainted]] = reasons.why_unpainted(
            textpage,
            real[judged[unpainted]],
            boxes[judged[unpainted]],
            report.under[unpainted],
            report,
            layers_off,
        )


def _loose_boxes(
    textpage: int, count: int, indices: npt.NDArray[np.intp]
) -> npt.NDArray[np.float32]:
    """FS_RECTF (left, top, right, bottom) of the characters ``indices`` (zeros for the
    others), written by PDFium in place."""
    boxes = np.zeros((count, 4), dtype=np.float32)
    wanted = indices.tolist()
    addresses = (boxes.ctypes.data + 16 * indices).tolist()
    for _ in map(calls.loose_char_box, repeat(textpage), wanted, addresses):
        pass
    return boxes


def _safe_chr(code: int) -> str:
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(code)


def _geometry_reasons(
    page: pdfium.PdfPage,
    boxes: npt.NDArray[np.float32],
    word: npt.NDArray[np.intp],
    letters: npt.NDArray[np.bool_],
    limits: ExtractionLimits,
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.bool_]]:
    """Per character (x0, y0, x1, y1 boxes): tiny, squashed or outside the crop box; and
    which letters run past the page edge in a word mostly on the page (kept, not judged)."""
    reason = np.zeros(len(boxes), dtype=np.int8)
    x0, y0, x1, y1 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    width, height = x1 - x0, y1 - y0
    reason[letters & (np.maximum(width, height) < limits.min_font_size)] = _TINY
    # Squashed: the word's letters pile up in far less room than their height asks for.
    starts = np.flatnonzero(np.r_[True, word[1:] != word[:-1]])
    extent = np.maximum.reduceat(x1, starts) - np.minimum.reduceat(x0, starts)
    room = np.add.reduceat(np.where(letters, height, 0), starts)
    squashed = (extent < _SQUASHED * room) & (np.add.reduceat(letters, starts) >= 2)
    in_squashed_word = np.repeat(squashed, np.diff(np.r_[starts, len(boxes)]))
    reason[letters & in_squashed_word & (width < _SQUASHED * height)] = _TINY
    left, bottom, right, top = page.get_cropbox()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    outside = (cx < left) | (cx > right) | (cy < bottom) | (cy > top)
    overflow = np.zeros(len(boxes), dtype=np.bool_)
    if outside.any():
        # A word is outside when most of it is; one running past the edge stays.
        total = np.bincount(word)
        out = np.bincount(word, weights=outside, minlength=len(total))
        mostly_out = (out * 2 > total)[word]
        reason[mostly_out] = _OUTSIDE
        overflow = outside & ~mostly_out
    return reason, overflow


def _follow_letters(
    reason: npt.NDArray[np.int8], letters: npt.NDArray[np.bool_]
) -> npt.NDArray[np.int8]:
    """Punctuation and symbols take the verdict of the nearest letter before them (after
    them at the start of the page)."""
    if letters.all() or not letters.any():
        return reason if letters.any() else np.zeros_like(reason)
    positions = np.where(letters, np.arange(len(letters)), -1)
    previous = np.maximum.accumulate(positions)
    first = int(np.flatnonzero(letters)[0])
    previous[previous < 0] = first
    return reason[previous]


def _hidden_runs(reason: npt.NDArray[np.int8]) -> list[npt.NDArray[np.intp]]:
    """Runs of hidden characters with one reason: a run ends where the reason changes or a
    visible character comes between."""
    hidden = np.flatnonzero(reason != VISIBLE)
    if not len(hidden):
        return []
    cuts = np.flatnonzero((np.diff(hidden) != 1) | (np.diff(reason[hidden]) != 0)) + 1
    return np.split(hidden, cuts)


def _in_collapsed_element(
    textpage: int,
    real: npt.NDArray[np.intp],
    boxes: npt.NDArray[np.float32],
    run: npt.NDArray[np.intp],
) -> bool:
    """Whether the clipped ``run`` lies in collapsed elements only: its characters grouped by
    their object's clip, each clip is one at the corner of its group's first character."""
    clips: dict[int, tuple[float, float, float, float] | None] = {}
    firsts: dict[tuple[float, float, float, float], int] = {}
    for position in run.tolist():
        obj = calls.text_object(textpage, int(real[position]))
        if obj not in clips:
            clips[obj] = reasons.clip_box(obj) if obj else None
        clip = clips[obj]
        if clip is None:
            return False
        firsts.setdefault(clip, position)
    return all(reasons.collapsed_element(clip, boxes[first]) for clip, first in firsts.items())


def _runs_past_edge(
    textpage: int,
    real: npt.NDArray[np.intp],
    boxes: npt.NDArray[np.float32],
    reason: npt.NDArray[np.int8],
    seps: npt.NDArray[np.int8],
    run: npt.NDArray[np.intp],
) -> bool:
    """Whether the hidden ``run`` continues a visible line past the page edge or past the
    clip that shows the visible part: a line too long for its box, not hidden content."""
    first = int(run[0])
    label = REASONS[reason[first]]
    if label not in ("outside_page", "clipped") or first == 0:
        return False
    if reason[first - 1] != VISIBLE or seps[first] == words.LINE_BREAK:
        return False
    if label == "outside_page":
        return True
    # The visible part of the line may end in a letter the clip only grazes: look at where
    # the visible stretch before the run starts (a few words back at most).
    start = first - 1
    while start > max(0, first - 40) and reason[start - 1] == VISIBLE:
        if seps[start] == words.LINE_BREAK:
            break
        start -= 1
    obj = calls.text_object(textpage, int(real[first]))
    return bool(obj) and not reasons.clipped_away(obj, boxes[start])
