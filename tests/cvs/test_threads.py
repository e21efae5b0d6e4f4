"""PDFium is not thread-safe: extraction from several threads at once (an ingest worker's
``asyncio.to_thread`` calls when extraction runs in-process) must give what it gives alone.
Before a lock guarded PDFium, concurrent extraction lost or mangled characters and the
extraction benchmark crashed (SIGTRAP) on its 2-thread run."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from talentsonar.cvs.extract import extract_document
from tests.cvs.builders import make_glyph_by_glyph_pdf


def _cv(number: int) -> bytes:
    lines = [
        [("bold" if row % 5 == 0 else "regular", word) for word in line.split()]
        for row, line in enumerate(
            f"Line {row} of CV {number}: Python Kubernetes PostgreSQL experience"
            for row in range(45)
        )
    ]
    return make_glyph_by_glyph_pdf(lines)


def test_concurrent_extraction_gives_what_sequential_extraction_gives() -> None:
    pdfs = [_cv(number) for number in range(8)]
    expected = [extract_document(pdf) for pdf in pdfs]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(extract_document, pdfs * 25))
    assert results == expected * 25
