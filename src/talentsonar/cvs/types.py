"""Value types of text extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DocumentKind = Literal["pdf", "docx", "txt"]

#: Why a piece of text was judged invisible to a human reader.
HiddenReason = Literal[
    "invisible_render_mode",  # PDF text render mode 3 (or 7): never painted
    "background_colour",  # the colour of what is under it (white on white, alpha 0...)
    "tiny_font",  # smaller than ExtractionLimits.min_font_size, or squashed to a sliver
    "outside_page",  # drawn outside the visible page box
    "hidden_layer",  # in an optional-content layer that is off
    "covered",  # PDF: painted over by a later object (a white box, an image...)
    "clipped",  # PDF: cut away by a clipping path
    "vanish",  # DOCX w:vanish / w:webHidden
]

FLAG_HIDDEN_TEXT = "hidden_text"
FLAG_PROMPT_INJECTION = "prompt_injection_suspected"


@dataclass(frozen=True, slots=True)
class ExtractionLimits:
    """Caps applied before and during extraction (all configurable)."""

    max_bytes: int = 10 * 1024 * 1024
    max_pages: int = 20
    max_chars: int = 200_000
    #: DOCX (ZIP) guards, all checked from the ZIP central directory before anything is inflated.
    max_zip_entries: int = 2_000
    max_zip_total_uncompressed: int = 50 * 1024 * 1024
    max_zip_entry_ratio: float = 100.0
    #: Text at a smaller size (points) is treated as hidden.
    min_font_size: float = 2.0
    #: Isolation (``extract_document_isolated``).
    timeout_seconds: float = 20.0
    memory_limit_bytes: int = 1024 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class HiddenSpan:
    page: int  # 1-based; DOCX/TXT: 1
    reason: HiddenReason
    text: str
    #: A layout accident rather than hidden content: a line running past the page edge or
    #: its clip, or a clipped copy of text that is visible anyway (a line split by a page
    #: break). Kept out of the text like any hidden span, but does not flag the document.
    incidental: bool = False


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    kind: DocumentKind
    text: str  # visible text only; hidden text never appears here
    pages: int
    char_count: int
    sha256: str  # of the original bytes
    hidden_text: list[HiddenSpan] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def has_hidden_text(self) -> bool:
        return bool(self.hidden_text)
