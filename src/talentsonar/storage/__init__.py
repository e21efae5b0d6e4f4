"""Blob storage for uploaded files: :func:`get_storage` picks the provider from settings."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime
from talentsonar.storage.base import Storage

__all__ = ["Storage", "build_storage", "get_storage"]


def build_storage(settings: Settings) -> Storage:
    url = settings.storage_url or ""
    if not url:
        from talentsonar.storage.local import LocalStorage

        return LocalStorage(settings.data_dir / "files")
    scheme = urlsplit(url).scheme
    if scheme == "file":
        from pathlib import Path

        from talentsonar.storage.local import LocalStorage

        return LocalStorage(Path(unquote(urlsplit(url).path)))
    if scheme == "s3":
        from talentsonar.storage.s3 import S3Storage

        return S3Storage(
            url,
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=(
                settings.s3_secret_access_key.get_secret_value()
                if settings.s3_secret_access_key else None
            ),
        )
    raise ValueError(f"unsupported STORAGE_URL scheme {scheme!r} (use file:// or s3://)")


def get_storage(runtime: Runtime) -> Storage:
    """The runtime's storage provider (built once per runtime)."""
    storage = runtime.extras.get("storage")
    if storage is None:
        storage = runtime.extras["storage"] = build_storage(runtime.settings)
    return storage
