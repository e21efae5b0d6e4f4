"""The PDFium functions called per character or per page object, taking plain addresses.

Many CV PDFs hold one text object per glyph (about 5,700 characters and as many text objects
per CV over the categorised resumes), so these run thousands of times per document, and
``ctypes.cast`` of every returned handle cost more than PDFium's own work. The same C
functions, declared with ``void *`` handles, take and return ints; the library and calling
convention are pypdfium2's own (``pypdfium2.raw``, its public raw API).

PDFium is not thread-safe: every call happens under ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

import pypdfium2.raw as raw

#: Held while a document is open: PDFium must not be entered by two threads at once.
PDFIUM_LOCK = threading.Lock()


def _by_address(function: Any, restype: Any, *argtypes: Any) -> Any:
    address = ctypes.cast(function, ctypes.c_void_p).value
    if not address:
        raise RuntimeError("PDFium function without an address")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def address(handle: Any) -> int:
    """The address behind a pypdfium2 raw handle (0 for NULL)."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


_VOID_P, _INT, _FLOAT = ctypes.c_void_p, ctypes.c_int, ctypes.c_float
_FLOAT_P, _UINT_P = ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_uint)
_DOUBLE_P = ctypes.POINTER(ctypes.c_double)

unicode_of = _by_address(raw.FPDFText_GetUnicode, ctypes.c_uint, _VOID_P, _INT)
#: (text page, index, FS_RECTF address) -> bool
loose_char_box = _by_address(raw.FPDFText_GetLooseCharBox, _INT, _VOID_P, _INT, _VOID_P)
text_object = _by_address(raw.FPDFText_GetTextObject, _VOID_P, _VOID_P, _INT)
render_mode = _by_address(raw.FPDFTextObj_GetTextRenderMode, _INT, _VOID_P)
set_render_mode = _by_address(raw.FPDFTextObj_SetTextRenderMode, _INT, _VOID_P, _INT)
fill_colour = _by_address(raw.FPDFPageObj_GetFillColor, _INT, _VOID_P, *[_UINT_P] * 4)
stroke_colour = _by_address(raw.FPDFPageObj_GetStrokeColor, _INT, _VOID_P, *[_UINT_P] * 4)
page_width = _by_address(raw.FPDF_GetPageWidthF, _FLOAT, _VOID_P)
page_height = _by_address(raw.FPDF_GetPageHeightF, _FLOAT, _VOID_P)
device_to_page = _by_address(
    raw.FPDF_DeviceToPage, _INT, _VOID_P, *[_INT] * 7, _DOUBLE_P, _DOUBLE_P
)
#: (width, height, format, buffer address, stride) -> bitmap
bitmap_create = _by_address(raw.FPDFBitmap_CreateEx, _VOID_P, _INT, _INT, _INT, _VOID_P, _INT)
bitmap_destroy = _by_address(raw.FPDFBitmap_Destroy, None, _VOID_P)
#: (bitmap, page, start x, start y, width, height, rotation, flags)
render = _by_address(raw.FPDF_RenderPageBitmap, None, _VOID_P, _VOID_P, *[_INT] * 6)
#: (bitmap, page, FS_MATRIX address, FS_RECTF clip address, flags)
render_with_matrix = _by_address(
    raw.FPDF_RenderPageBitmapWithMatrix, None, _VOID_P, _VOID_P, _VOID_P, _VOID_P, _INT
)
