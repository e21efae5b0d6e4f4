"""Does a character of a PDF page leave ink a reader can see? Asked of the rendered page.

The page is rendered in grey at 72 dpi (``RENDER_SCALE``) with its annotations:
- as it is (``painted``);
- where something other than text may lie under a character, with every text object
  transparent and every path forced to black (PDFium's forced-colour rendering, images and
  shadings as they are): whatever is not text there (``others``). Such places are found on
  ``painted`` itself: ink outside the page's words (a rule, a bullet, a box or an image
  showing beside text), and characters whose glyph area keeps no paper (a box or an image
  cut to the letters). Only those regions are rendered again (PDFium skips the objects
  outside a small bitmap): on most CV pages a few bullets and rules, not the whole page.

A character is painted when some pixel of its glyph area (the middle of its loose box)
differs by at least ``INK_LEVEL`` grey levels from what lies under it:
- where nothing but paper lies under it (``others`` is white there), from white;
- where something does, from a third rendering of just those bands of the page with those
  characters' text objects switched to render mode 3 (invisible).

So text that is never painted (render mode 3 or 7, an optional-content layer switched off,
clipped away, fully transparent), painted over (a white rectangle, an image, a later object)
or painted in the colour of what is under it (white on white, on a white image, on a nearly
transparent box, blue on the same blue) leaves no ink, whatever the way it was done.

A whole-page rendering costs about as much as PDFium's text page (the work is per object,
hardly per pixel), and a walk over the page's objects would cost more: hence the rendering of
regions to find what is not text. Known blind spot: a mark under a single hidden word that
stays inside that word's box and leaves paper in every glyph area (a thin line cut to the
word under white text) is not looked for; the word is then kept as visible.

Pixels are sampled on a grid of at most ``_SAMPLES`` per glyph area (every pixel of a
body-text glyph at this resolution).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pypdfium2.raw as raw

from talentsonar.cvs import pdfium_calls as pdfium

#: 1 px per point (72 dpi): a 6 pt footer is 6 px high; a glyph's strokes land in its own
#: box (at 36 dpi a narrow glyph's stem may fall in its neighbour's pixel column).
RENDER_SCALE = 1.0
#: Longest side of the rendered page in pixels (huge pages are rendered smaller).
MAX_SIDE_PIXELS = 1800
#: Grey levels a pixel must change by to count as ink (near-white on white stays under it).
INK_LEVEL = 24
#: Share of the loose box cut from each side: what remains is the glyph's own area.
BOX_MARGIN = 0.15
#: Sample grid (columns, rows) per glyph area.
_SAMPLES = (5, 8)
#: Height (points) of the bands in which glyph areas are compared for overlaps.
_LINE_BAND = 3.0
#: Glyph areas overlapping by more than this share of the narrower width: one is on the other.
_STACKED_OVERLAP = 0.2
#: Above this many bands needing the third rendering, render their union once.
_MAX_BANDS = 12
#: Above this many regions to look for what is not text, render them as bands.
_MAX_REGIONS = 80
#: Regions this close (pixels) one above the other are rendered as one.
_REGION_GAP = 24

_RENDER_FLAGS = raw.FPDF_ANNOT | raw.FPDF_GRAYSCALE
_OPAQUE_BLACK, _TRANSPARENT = 0xFF000000, 0x00FFFFFF

Boxes = npt.NDArray[np.float32]
Indices = npt.NDArray[np.intp]
Image = npt.NDArray[np.uint8]
Rects = npt.NDArray[np.intp]


@dataclass(frozen=True, slots=True)
class _Raster:
    """How page coordinates map to the pixels of a rendering."""

    width: int
    height: int
    # pixel = origin + x * x_axis + y * y_axis
    origin: tuple[float, float]
    x_axis: tuple[float, float]
    y_axis: tuple[float, float]
    # FPDF_RenderPageBitmapWithMatrix's scale onto the same pixels
    matrix_scale: tuple[float, float]

    def pixel_boxes(self, boxes: Boxes) -> Rects:
        """Pixel rectangles (x0, y0, x1, y1; at least one pixel) of page-space boxes given
        as (x0, y0, x1, y1)."""
        corners = []
        for xs, ys in ((boxes[:, 0], boxes[:, 1]), (boxes[:, 2], boxes[:, 3])):
            u = self.origin[0] + xs * self.x_axis[0] + ys * self.y_axis[0]
            v = self.origin[1] + xs * self.x_axis[1] + ys * self.y_axis[1]
            corners.append((u, v))
        (u0, v0), (u1, v1) = corners
        left = np.clip(np.floor(np.minimum(u0, u1)), 0, self.width - 1)
        top = np.clip(np.floor(np.minimum(v0, v1)), 0, self.height - 1)
        right = np.clip(np.ceil(np.maximum(u0, u1)), left + 1, self.width)
        bottom = np.clip(np.ceil(np.maximum(v0, v1)), top + 1, self.height)
        return np.stack([left, top, right, bottom], axis=1).astype(np.intp)


def _raster(page: int) -> _Raster:
    points_wide, points_high = int(pdfium.page_width(page)), int(pdfium.page_height(page))
    points_wide, points_high = max(points_wide, 1), max(points_high, 1)
    scale = min(RENDER_SCALE, MAX_SIDE_PIXELS / max(points_wide, points_high))
    width = max(1, round(points_wide * scale))
    height = max(1, round(points_high * scale))
    # FPDF_DeviceToPage inverts the mapping FPDF_RenderPageBitmap uses for this size.
    x, y = ctypes.c_double(), ctypes.c_double()
    points = []
    for device in ((0, 0), (width, 0), (0, height)):
        pdfium.device_to_page(page, 0, 0, width, height, 0, device[0], device[1], x, y)
        points.append((x.value, y.value))
    (ox, oy), (ax, ay), (bx, by) = points
    # page = p0 + (u / width) * (p1 - p0) + (v / height) * (p2 - p0); invert it.
    m00, m01 = (ax - ox) / width, (bx - ox) / height
    m10, m11 = (ay - oy) / width, (by - oy) / height
    det = m00 * m11 - m01 * m10 or 1e-9
    i00, i01, i10, i11 = m11 / det, -m01 / det, -m10 / det, m00 / det
    return _Raster(
        width=width,
        height=height,
        origin=(-(i00 * ox + i01 * oy), -(i10 * ox + i11 * oy)),
        x_axis=(i00, i10),
        y_axis=(i01, i11),
        matrix_scale=(width / points_wide, height / points_high),
    )


class _Bitmap:
    """A grey PDFium bitmap over a white numpy image."""

    def __init__(self, raster: _Raster) -> None:
        self.image: Image = np.full((raster.height, raster.width), 255, dtype=np.uint8)
        self.handle = pdfium.bitmap_create(
            raster.width, raster.height, raw.FPDFBitmap_Gray, self.image.ctypes.data, raster.width
        )
        if not self.handle:
            raise MemoryError("PDFium could not create a bitmap")

    def __enter__(self) -> _Bitmap:
        return self

    def __exit__(self, *_: object) -> None:
        pdfium.bitmap_destroy(self.handle)


def _render(page: int, raster: _Raster) -> Image:
    with _Bitmap(raster) as bitmap:
        pdfium.render(bitmap.handle, page, 0, 0, raster.width, raster.height, 0, _RENDER_FLAGS)
        return bitmap.image


_NEVER_PAUSE = raw.IFSDK_PAUSE._fields_[1][1](lambda _: 0)


def _render_others(page: int, raster: _Raster, bands: list[tuple[int, int, int, int]]) -> Image:
    """Everything but text, inside the pixel rectangles ``bands`` (white elsewhere): text
    transparent, paths black, images and shadings as they are. Each band is rendered into
    its own bitmap, offset so that PDFium skips the objects outside it."""
    image: Image = np.full((raster.height, raster.width), 255, dtype=np.uint8)
    for left, top, right, bottom in bands:
        band = _Raster(
            width=right - left,
            height=bottom - top,
            origin=raster.origin,
            x_axis=raster.x_axis,
            y_axis=raster.y_axis,
            matrix_scale=raster.matrix_scale,
        )
        image[top:bottom, left:right] = _render_others_at(page, raster, band, left, top)
    return image


def _render_others_at(page: int, raster: _Raster, band: _Raster, left: int, top: int) -> Image:
    scheme = raw.FPDF_COLORSCHEME(_OPAQUE_BLACK, _OPAQUE_BLACK, _TRANSPARENT, _TRANSPARENT)
    pause = raw.IFSDK_PAUSE(version=1, NeedToPauseNow=_NEVER_PAUSE, user=None)
    handle = ctypes.cast(page, raw.FPDF_PAGE)
    with _Bitmap(band) as bitmap:
        status = raw.FPDF_RenderPageBitmapWithColorScheme_Start(
            ctypes.cast(bitmap.handle, raw.FPDF_BITMAP),
            handle,
            -left,
            -top,
            raster.width,
            raster.height,
            0,
            _RENDER_FLAGS,
            scheme,
            pause,
        )
        while status == raw.FPDF_RENDER_TOBECONTINUED:
            status = raw.FPDF_RenderPage_Continue(handle, pause)
        raw.FPDF_RenderPage_Close(handle)
        if status != raw.FPDF_RENDER_DONE:  # cannot tell: treat everything as covered
            bitmap.image[:] = 0
        return bitmap.image


def _grown(rect: tuple[int, int, int, int], raster: _Raster) -> tuple[int, int, int, int]:
    left, top, right, bottom = rect
    return (
        max(0, left - 1),
        max(0, top - 1),
        min(raster.width, right + 1),
        min(raster.height, bottom + 1),
    )


def _with_words_touching(
    rect: tuple[int, int, int, int], words: Rects, raster: _Raster
) -> tuple[int, int, int, int]:
    """``rect`` grown by a pixel, and to every word it touches: what shows beside a word
    may go on under it."""
    left, top, right, bottom = _grown(rect, raster)
    touching = words[
        (words[:, 0] <= right)
        & (words[:, 2] >= left)
        & (words[:, 1] <= bottom)
        & (words[:, 3] >= top)
    ]
    if len(touching):
        left, top = min(left, int(touching[:, 0].min())), min(top, int(touching[:, 1].min()))
        right, bottom = (
            max(right, int(touching[:, 2].max())),
            max(bottom, int(touching[:, 3].max())),
        )
    return left, top, right, bottom


def _uncovered_ink(painted: Image, cover: Rects) -> list[tuple[int, int, int, int]]:
    """Pixel rectangles around the ink of ``painted`` that lies outside every rectangle of
    ``cover`` (the page's words): something other than text was painted there."""
    outside = painted <= 255 - INK_LEVEL
    for left, top, right, bottom in cover.tolist():
        outside[top:bottom, left:right] = False
    rows = np.flatnonzero(outside.any(axis=1))
    found = []
    for top, bottom in _runs(rows):
        for left, right in _runs(np.flatnonzero(outside[top:bottom].any(axis=0))):
            found.append((left, top, right, bottom))
    return found


def _merged(regions: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Regions one above the other (overlapping columns, at most ``_REGION_GAP`` pixels
    apart) as one: a column of bullets or a rule's pieces is rendered once."""
    merged: list[list[int]] = []
    for left, top, right, bottom in sorted(regions, key=lambda r: (r[1], r[0])):
        for region in reversed(merged[-8:]):
            if left <= region[2] and right >= region[0] and top <= region[3] + _REGION_GAP:
                region[0], region[2] = min(region[0], left), max(region[2], right)
                region[3] = max(region[3], bottom)
                break
        else:
            merged.append([left, top, right, bottom])
    return [(r[0], r[1], r[2], r[3]) for r in merged]


def _runs(positions: Indices) -> list[tuple[int, int]]:
    """(start, end) of the runs of consecutive ``positions`` (ascending), end exclusive."""
    if not len(positions):
        return []
    cuts = np.flatnonzero(np.diff(positions) > 1)
    starts = [int(positions[0]), *positions[cuts + 1].tolist()]
    ends = [*(positions[cuts] + 1).tolist(), int(positions[-1]) + 1]
    return list(zip(starts, ends, strict=True))


def _render_bands(page: int, raster: _Raster, bands: list[tuple[int, int, int, int]]) -> Image:
    """The page as it is, inside the pixel rectangles ``bands`` only (white elsewhere)."""
    matrix = raw.FS_MATRIX(raster.matrix_scale[0], 0, 0, raster.matrix_scale[1], 0, 0)
    with _Bitmap(raster) as bitmap:
        for left, top, right, bottom in bands:
            clip = raw.FS_RECTF(left, top, right, bottom)
            pdfium.render_with_matrix(
                bitmap.handle,
                page,
                ctypes.addressof(matrix),
                ctypes.addressof(clip),
                _RENDER_FLAGS,
            )
        return bitmap.image


def _sample_points(rects: Rects, image_width: int) -> Indices:
    """Flat pixel indices of up to ``_SAMPLES`` pixels per rectangle, evenly spread (every
    pixel of a body-text glyph area at 72 dpi): shape (rects, samples)."""
    columns, rows = _SAMPLES
    fx = (np.arange(columns) + 0.5) / columns
    fy = (np.arange(rows) + 0.5) / rows
    width, height = rects[:, 2] - rects[:, 0], rects[:, 3] - rects[:, 1]
    xs = rects[:, :1] + (fx[None, :] * width[:, None]).astype(np.intp)
    ys = rects[:, 1:2] + (fy[None, :] * height[:, None]).astype(np.intp)
    return (ys[:, :, None] * image_width + xs[:, None, :]).reshape(len(rects), -1)


def inner_boxes(boxes: Boxes) -> Boxes:
    """(x0, y0, x1, y1) boxes with ``BOX_MARGIN`` of their width and height cut from each side."""
    x0, y0, x1, y1 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    dx, dy = (x1 - x0) * BOX_MARGIN, (y1 - y0) * BOX_MARGIN
    return np.stack([x0 + dx, y0 + dy, x1 - dx, y1 - dy], axis=1)


def stacked_characters(boxes: Boxes, lines: Indices) -> npt.NDArray[np.bool_]:
    """Which characters' glyph areas (``inner_boxes``) overlap, by more than
    ``_STACKED_OVERLAP`` of their width, the glyph area of a character of another line
    (``lines``: a number per line): text laid over text, where the ink seen may be the
    other's. Neighbours in a line may overlap (tight kerning, condensed placement). Boxes are
    cut into horizontal bands of ``_LINE_BAND`` points, each band sorted left to right."""
    stacked = np.zeros(len(boxes), dtype=np.bool_)
    if len(boxes) < 2:
        return stacked
    inner = inner_boxes(boxes).astype(np.float64)
    x0, y0, x1, y1 = inner[:, 0], inner[:, 1], inner[:, 2], inner[:, 3]
    first, last = np.floor(y0 / _LINE_BAND), np.floor(y1 / _LINE_BAND)
    spread = (last - first).astype(np.intp) + 1
    owner = np.repeat(np.arange(len(boxes)), spread)
    band = np.repeat(first, spread) + (
        np.arange(len(owner)) - np.repeat(np.cumsum(spread) - spread, spread)
    )
    offset = float(x0.min())
    span = float(x1.max()) - offset + 1.0
    order = np.argsort((band - band.min()) * span + x0[owner] - offset, kind="stable")
    owner, band = owner[order], band[order]
    before, after = owner[:-1], owner[1:]
    overlap = np.minimum(x1[before], x1[after]) - x0[after]
    narrower = np.minimum(x1[before] - x0[before], x1[after] - x0[after])
    hit = (
        (band[:-1] == band[1:])
        & (lines[before] != lines[after])
        & (overlap > _STACKED_OVERLAP * narrower)
    )
    stacked[before[hit]] = True
    stacked[after[hit]] = True
    return stacked


def _bands(rects: Rects) -> list[tuple[int, int, int, int]]:
    """Few pixel rectangles covering ``rects``: rows merged where they touch."""
    ordered = rects[np.argsort(rects[:, 1], kind="stable")].tolist()
    bands: list[list[int]] = []
    for left, top, right, bottom in ordered:
        if bands and top <= bands[-1][3] + 1:
            band = bands[-1]
            band[0], band[2] = min(band[0], left), max(band[2], right)
            band[3] = max(band[3], bottom)
        else:
            bands.append([left, top, right, bottom])
    if len(bands) > _MAX_BANDS:
        left, right = min(b[0] for b in bands), max(b[2] for b in bands)
        return [(left, bands[0][1], right, max(b[3] for b in bands))]
    return [(b[0], b[1], b[2], b[3]) for b in bands]


@dataclass(frozen=True, slots=True)
class InkReport:
    """Per judged character: ``ink``, sampled pixels that differ by INK_LEVEL or more from
    what is under it; ``stacked``, whether it sits on another character (the ink may be the
    other's); ``under``, the mean grey of what is under it (paper: 255)."""

    ink: npt.NDArray[np.int64]
    stacked: npt.NDArray[np.bool_]
    under: npt.NDArray[np.float64]
    switched_off: dict[int, int]  # text object address -> its render mode before the check


def ink_under_characters(
    page: int, textpage: int, indices: Indices, boxes: Boxes, lines: Indices, words: Boxes
) -> InkReport:
    """Ink of characters ``indices`` of the text page, whose (x0, y0, x1, y1) page boxes are
    ``boxes``, on the lines numbered ``lines``; ``words``: the boxes of every word of the
    page (judged or not).

    What is not text is looked for (``others``) only where it may lie under a character:
    around ink the page shows outside its words, and under characters whose glyph area has
    no paper left (a box or an image may fill it exactly)."""
    raster = _raster(page)
    rects = raster.pixel_boxes(inner_boxes(boxes))
    points = _sample_points(rects, raster.width)
    page_image = _render(page, raster)
    painted = np.take(page_image, points)
    ink = (painted <= 255 - INK_LEVEL).sum(axis=1)
    under = np.full(len(rects), 255.0)
    stacked = stacked_characters(boxes, lines)
    switched_off: dict[int, int] = {}
    # Grown by a pixel: the anti-aliased edges of glyphs are the words' own ink.
    cover = raster.pixel_boxes(words)
    cover = np.concatenate([np.maximum(cover[:, :2] - 1, 0), cover[:, 2:] + 1], axis=1)
    suspects = [
        (left, top, right, bottom)
        for left, top, right, bottom in rects[(painted < 255 - INK_LEVEL).all(axis=1)].tolist()
    ]
    # Grown by a pixel: what lies under a character shows in its whole glyph area.
    regions = [
        _with_words_touching(region, cover, raster) for region in _uncovered_ink(page_image, cover)
    ] + [_grown(region, raster) for region in suspects]
    if not regions:
        return InkReport(ink, stacked, under, switched_off)
    regions = _merged(regions)
    if len(regions) > _MAX_REGIONS:
        regions = _bands(np.array(regions, dtype=np.intp))
    others = np.take(_render_others(page, raster, regions), points)
    near = np.flatnonzero((others <= 255 - INK_LEVEL).any(axis=1))
    if not len(near):
        return InkReport(ink, stacked, under, switched_off)
    for index in indices[near].tolist():
        obj = pdfium.text_object(textpage, index)
        if obj and obj not in switched_off:
            mode = pdfium.render_mode(obj)
            switched_off[obj] = mode
            # 3 paints nothing; 7 paints nothing but keeps adding the text to the clip.
            pdfium.set_render_mode(obj, 3 if mode < 4 else 7)
    beneath = np.take(_render_bands(page, raster, _bands(rects[near])), points[near])
    changed = np.abs(painted[near].astype(np.int16) - beneath.astype(np.int16)) >= INK_LEVEL
    ink[near] = changed.sum(axis=1)
    under[near] = beneath.mean(axis=1)
    return InkReport(ink, stacked, under, switched_off)
