"""Safe text extraction from an uploaded CV (PDF, DOCX or plain text).

``extract_document`` runs in-process; ``extract_document_isolated`` runs the same code in a
pooled, memory-capped child process with a wall-clock timeout (see isolation.py).
The type comes from the magic bytes, never from the file name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import ftfy

from talentsonar.cvs import errors as codes
from talentsonar.cvs.docx import extract_docx_text, is_docx
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.injection import looks_like_prompt_injection
from talentsonar.cvs.pdf import extract_pdf_text
from talentsonar.cvs.types import (
    FLAG_HIDDEN_TEXT,
    FLAG_PROMPT_INJECTION,
    DocumentKind,
    ExtractedDocument,
    ExtractionLimits,
    HiddenSpan,
)

__all__ = [
    "DocumentRejected",
    "ExtractedDocument",
    "ExtractionLimits",
    "HiddenSpan",
    "detect_kind",
    "extract_document",
    "extract_document_isolated",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CHARS_PER_TEXT_PAGE = 3000


def detect_kind(data: bytes) -> DocumentKind:
    """What the bytes are (PDF, DOCX, text); raises ``unsupported_type`` otherwise."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if is_docx(data):
            return "docx"
        raise DocumentRejected(
            codes.UNSUPPORTED_TYPE, "This ZIP file is not a Word (.docx) document."
        )
    if _decode_text(data) is not None:
        return "txt"
    raise DocumentRejected(
        codes.UNSUPPORTED_TYPE, "Unsupported file type: upload a PDF, DOCX or plain-text CV."
    )


def extract_document(
    data: bytes, *, filename: str | None = None, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Visible text of a CV plus what was hidden in it. ``filename`` is informative only."""
    if not data:
        raise DocumentRejected(codes.EMPTY_FILE, "The file is empty.")
    if len(data) > limits.max_bytes:
        raise DocumentRejected(
            codes.FILE_TOO_LARGE,
            f"The file is {len(data) / 1_048_576:.1f} MB; the limit is "
            f"{limits.max_bytes / 1_048_576:.0f} MB.",
            details={"bytes": len(data), "maxBytes": limits.max_bytes},
        )
    kind = detect_kind(data)
    hidden: list[HiddenSpan] = []
    if kind == "pdf":
        pdf = extract_pdf_text(data, limits)
        text = "\n\n".join(p.strip("\n") for p in pdf.pages)
        pages, hidden = len(pdf.pages), pdf.hidden
    elif kind == "docx":
        docx = extract_docx_text(data, limits)
        text, pages, hidden = docx.text, docx.pages, docx.hidden
    else:
        decoded = _decode_text(data)
        assert decoded is not None  # detect_kind checked it
        text = decoded
        pages = max(1, -(-len(text) // _CHARS_PER_TEXT_PAGE))
    text = normalise_text(text)
    if len(text) > limits.max_chars:
        raise DocumentRejected(
            codes.TOO_MUCH_TEXT,
            f"This document holds {len(text)} characters; the limit is {limits.max_chars}.",
        )
    if kind == "txt" and pages > limits.max_pages:
        raise DocumentRejected(
            codes.TOO_MANY_PAGES, f"This text is too long for a CV ({pages} pages)."
        )
    flags: list[str] = []
    if any(not span.incidental for span in hidden):
        flags.append(FLAG_HIDDEN_TEXT)
    if looks_like_prompt_injection(text) or any(
        looks_like_prompt_injection(span.text) for span in hidden
    ):
        flags.append(FLAG_PROMPT_INJECTION)
    return ExtractedDocument(
        kind=kind,
        text=text,
        pages=pages,
        char_count=len(text),
        sha256=hashlib.sha256(data).hexdigest(),
        hidden_text=hidden,
        flags=flags,
    )


def normalise_text(text: str) -> str:
    """Mojibake repaired, NFC, unified line breaks, no control characters, at most one
    blank line in a row.

    Mojibake is UTF-8 read as Windows-1252 somewhere before the CV was printed ("offeringÂ
    ~11 years", "Itâ€™s", "ZÃ¼rich": half of a public CV data set has some). Left as is,
    "offeringÂ" is one word that nobody searches for and a summary reads wrong; ftfy's
    encoding fixes (only those) undo it and leave correct text ("Café", "Ã" alone) as it is."""
    text = ftfy.fix_encoding(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u00ad", "")
    text = _CONTROL.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode_text(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        if sum(1 for c in text if "\x80" <= c <= "\x9f") > len(text) * 0.01:
            return None
    sample = text[:4096]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        return None
    printable = sum(1 for c in sample if c.isprintable() or c in "\n\t\r")
    return text if printable >= len(sample) * 0.95 else None


def extract_document_isolated(
    data: bytes, *, filename: str | None = None, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """``extract_document`` in a memory-capped child process with a timeout (see isolation.py)."""
    from talentsonar.cvs.isolation import run_isolated

    return run_isolated(data, filename=filename, limits=limits)
