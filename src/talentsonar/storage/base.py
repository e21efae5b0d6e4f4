"""File storage providers: where uploaded CVs live (local directory or S3-compatible)."""

from __future__ import annotations

import abc
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DownloadLink:
    """Either a URL the client may follow (presigned) or ``None`` when the API streams."""

    url: str | None


class Storage(abc.ABC):
    """Async interface of a blob store keyed by ``org/<org_id>/…`` paths."""

    scheme: str

    @abc.abstractmethod
    async def put(self, key: str, data: bytes, *, content_type: str) -> None: ...

    @abc.abstractmethod
    async def get(self, key: str) -> bytes: ...

    @abc.abstractmethod
    async def delete(self, key: str) -> None:
        """Remove ``key``; a missing key is not an error."""

    @abc.abstractmethod
    async def exists(self, key: str) -> bool: ...

    async def download_url(
        self, key: str, *, filename: str, content_type: str, expires_seconds: int = 300
    ) -> str | None:
        """A presigned URL for ``key``, or ``None`` if the API must stream the bytes."""
        return None


def validate_key(key: str) -> str:
    """Reject keys that could escape the store (``..``, absolute paths, odd characters)."""
    parts = key.split("/")
    if not key or key.startswith("/") or "\\" in key or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid storage key {key!r}")
    return key
