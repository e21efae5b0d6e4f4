"""Isolated extraction: same results as in-process, failures mapped to clear codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.extract import ExtractionLimits, extract_document
from talentsonar.cvs.isolation import IsolatedExtractor
from tests.cvs.builders import make_pdf


@pytest.fixture(scope="module")
def extractor() -> Iterator[IsolatedExtractor]:
    pool = IsolatedExtractor(size=1)
    yield pool
    pool.close()


def test_isolated_matches_in_process(extractor: IsolatedExtractor) -> None:
    data = make_pdf()
    assert extractor.extract(data) == extract_document(data)


def test_isolated_rejections_keep_their_code(extractor: IsolatedExtractor) -> None:
    data = make_pdf()
    with pytest.raises(DocumentRejected) as caught:
        extractor.extract(data[: len(data) // 2])
    assert caught.value.code == "corrupt_document"
    with pytest.raises(DocumentRejected) as caught:
        extractor.extract(b"")
    assert caught.value.code == "empty_file"
    # The worker survived and still serves documents.
    assert "Jane Example" in extractor.extract(data).text


def test_a_worker_killed_by_its_memory_cap_maps_to_corrupt_document() -> None:
    # 16 MB of address space: the child dies of MemoryError, as it would under a bomb.
    pool = IsolatedExtractor(size=1, memory_limit_bytes=16 * 1024 * 1024)
    try:
        with pytest.raises(DocumentRejected) as caught:
            pool.extract(make_pdf(), limits=ExtractionLimits(memory_limit_bytes=16 * 1024 * 1024))
        assert caught.value.code == "corrupt_document"
    finally:
        pool.close()


def test_timeout_kills_the_worker_and_reports_document_timeout() -> None:
    pool = IsolatedExtractor(size=1)
    try:
        with pytest.raises(DocumentRejected) as caught:
            pool.extract(make_pdf(pages=20), limits=ExtractionLimits(timeout_seconds=0.001))
        assert caught.value.code == "document_timeout"
        assert "Jane Example" in pool.extract(make_pdf()).text
    finally:
        pool.close()
