"""Why a character of a PDF page cannot be seen, once the rendering says it cannot (or
might not: text laid over other text). Looked at per character, so only for those."""

from __future__ import annotations

import ctypes

import numpy as np
import numpy.typing as npt
import pypdfium2.raw as raw

from talentsonar.cvs import pdfium_calls as calls
from talentsonar.cvs.pdf_ink import INK_LEVEL, InkReport
from talentsonar.cvs.types import HiddenReason

Box = npt.NDArray[np.float32]

_INVISIBLE_RENDER_MODES = frozenset({3, 7})
_STROKE_ONLY_RENDER_MODES = frozenset({1, 5})
#: A clip no larger than this (points) each way leaves at most a pixel (72 dpi) open.
_PIXEL = 1.0
#: A collapsed element's clip sits within this share of a line's height of its text's corner.
_CORNER = 0.25

#: Reasons as small ints while they live in numpy arrays (0: visible).
VISIBLE = 0
REASONS: tuple[HiddenReason | None, ...] = (
    None,
    "invisible_render_mode",
    "background_colour",
    "tiny_font",
    "outside_page",
    "hidden_layer",
    "covered",
    "clipped",
)
CODE = {reason: code for code, reason in enumerate(REASONS) if reason}
#: Hidden by where it lies rather than by how it is drawn: page edges, clips, other objects.
LAYOUT_REASONS = frozenset({"outside_page", "clipped", "covered"})


def why_unpainted(
    textpage: int,
    indices: npt.NDArray[np.intp],
    boxes: npt.NDArray[np.float32],
    under: npt.NDArray[np.float64],
    report: InkReport | None,
    layers_off: bool,
) -> npt.NDArray[np.int8]:
    """A reason for each character that left no ink (only these are looked at closely):
    ``under`` is the mean grey of what lies under each."""
    switched = report.switched_off if report else {}
    out = np.empty(len(indices), dtype=np.int8)
    for k, index in enumerate(indices.tolist()):
        obj = calls.text_object(textpage, index) or 0
        code = _unseen_reason(obj, boxes[k], switched, layers_off) if obj else None
        if code is None:
            grey = _text_grey(obj, switched) if obj else None
            same = grey is not None and abs(grey - float(under[k])) < INK_LEVEL
            code = CODE["background_colour"] if same else CODE["covered"]
        out[k] = code
    return out


def recheck_stacked(
    textpage: int,
    indices: npt.NDArray[np.intp],
    boxes: npt.NDArray[np.float32],
    switched: dict[int, int],
    layers_off: bool,
) -> npt.NDArray[np.int8]:
    """Characters laid over other text: the ink found may be the other text's, so the
    object itself must be painted (render mode, opacity, layer, clip)."""
    out = np.zeros(len(indices), dtype=np.int8)
    for k, index in enumerate(indices.tolist()):
        obj = calls.text_object(textpage, index)
        if obj:
            out[k] = _unseen_reason(obj, boxes[k], switched, layers_off) or VISIBLE
    return out


def _mode(obj: int, switched: dict[int, int]) -> int:
    mode = switched.get(obj)
    return calls.render_mode(obj) if mode is None else mode


def _unseen_reason(
    obj: int, box: npt.NDArray[np.float32], switched: dict[int, int], layers_off: bool
) -> int | None:
    """Why the object paints nothing where ``box`` is, if the object says so itself."""
    mode = _mode(obj, switched)
    if mode in _INVISIBLE_RENDER_MODES:
        return CODE["invisible_render_mode"]
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    getter = calls.stroke_colour if mode in _STROKE_ONLY_RENDER_MODES else calls.fill_colour
    if getter(obj, r, g, b, a) and a.value == 0:
        return CODE["background_colour"]
    if layers_off and in_optional_content(obj):
        return CODE["hidden_layer"]
    if clipped_away(obj, box):
        return CODE["clipped"]
    return None


def _text_grey(obj: int, switched: dict[int, int]) -> float | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    mode = _mode(obj, switched)
    getter = calls.stroke_colour if mode in _STROKE_ONLY_RENDER_MODES else calls.fill_colour
    if not getter(obj, r, g, b, a):
        return None
    return 0.299 * r.value + 0.587 * g.value + 0.114 * b.value


def clip_box(obj: int) -> tuple[float, float, float, float] | None:
    """The box (x0, y0, x1, y1) that the object's clip paths leave open (the intersection of
    their bounding boxes), or None without a clip."""
    clip = raw.FPDFPageObj_GetClipPath(ctypes.cast(obj, raw.FPDF_PAGEOBJECT))
    if not clip:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    box = (-np.inf, -np.inf, np.inf, np.inf)
    for path in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for index in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw.FPDFClipPath_GetPathSegment(clip, path, index)
            if segment and raw.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
        if xs:
            box = (
                max(box[0], min(xs)),
                max(box[1], min(ys)),
                min(box[2], max(xs)),
                min(box[3], max(ys)),
            )
    return (
        None if box[0] == -np.inf else (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    )


def collapsed_element(clip: tuple[float, float, float, float], first: Box) -> bool:
    """Whether an object clipped to ``clip`` (``clip_box``) is a collapsed element: the clip
    leaves a pixel or less open at the top-left corner of the element's text (``first``: the
    x0, y0, x1, y1 box of its first character). That is the CSS "visually hidden" idiom (a
    1 px box, overflow hidden) of a template printed from HTML, which keeps a label for
    screen readers. A clip elsewhere (away from the text it hides) is no layout idiom."""
    x0, y0, x1, y1 = clip
    if x1 - x0 > _PIXEL or y1 - y0 > _PIXEL:
        return False
    near = _CORNER * max(float(first[3] - first[1]), 1.0)
    return abs(x0 - float(first[0])) <= near and -near <= y0 - float(first[3]) <= near


def clipped_away(obj: int, box: npt.NDArray[np.float32]) -> bool:
    """Whether the object's clip path leaves the centre of ``box`` outside."""
    clip = raw.FPDFPageObj_GetClipPath(ctypes.cast(obj, raw.FPDF_PAGEOBJECT))
    if not clip:
        return False
    cx, cy = float(box[0] + box[2]) / 2, float(box[1] + box[3]) / 2
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for index in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw.FPDFClipPath_GetPathSegment(clip, path, index)
            if segment and raw.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
        if xs and not (min(xs) <= cx <= max(xs) and min(ys) <= cy <= max(ys)):
            return True
    return False


def in_optional_content(address: int) -> bool:
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
