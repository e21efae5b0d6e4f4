"""Why a document was refused. Every code is stable: clients and the ingest pipeline key on it."""

from __future__ import annotations

from typing import Any

from talentsonar.core.errors import UnprocessableEntity

#: Stable codes (``error.code`` on the wire).
EMPTY_FILE = "empty_file"
UNSUPPORTED_TYPE = "unsupported_type"
FILE_TOO_LARGE = "file_too_large"
TOO_MANY_PAGES = "too_many_pages"
TOO_MUCH_TEXT = "too_much_text"
ENCRYPTED_DOCUMENT = "encrypted_document"
CORRUPT_DOCUMENT = "corrupt_document"
ZIP_BOMB = "zip_bomb"
UNSAFE_DOCUMENT = "unsafe_document"
DOCUMENT_TIMEOUT = "document_timeout"
NO_TEXT = "no_text"

_STATUS_BY_CODE: dict[str, int] = {FILE_TOO_LARGE: 413, UNSUPPORTED_TYPE: 415}


class DocumentRejected(UnprocessableEntity):
    """A CV file we will not (or cannot) read. 422 unless the code says otherwise."""

    def __init__(self, code: str, message: str, *, details: Any = None) -> None:
        super().__init__(message, code=code, details=details)
        self.status_code = _STATUS_BY_CODE.get(code, 422)  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across the isolation process boundary
        return (DocumentRejected, (self.code, self.message), {"details": self.details})
