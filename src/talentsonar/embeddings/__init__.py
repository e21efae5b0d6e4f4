"""Embeddings: :func:`get_embedder` picks the provider (``EMBEDDINGS_PROVIDER``)."""

from __future__ import annotations

from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime
from talentsonar.embeddings.base import DIMENSIONS, Embedder, EmbeddingError

__all__ = ["DIMENSIONS", "Embedder", "EmbeddingError", "build_embedder", "get_embedder"]


def build_embedder(settings: Settings) -> Embedder:
    if settings.embeddings_provider == "openai":
        from talentsonar.embeddings.openai import OpenAIEmbedder

        key = settings.embeddings_api_key
        return OpenAIEmbedder(
            model=settings.embeddings_model,
            api_key=key.get_secret_value() if key else None,
            base_url=settings.embeddings_base_url,
            timeout=settings.http_timeout_seconds,
            max_retries=settings.http_max_retries,
        )
    from talentsonar.embeddings.builtin import BuiltinEmbedder

    return BuiltinEmbedder(threads=settings.embeddings_threads)


def get_embedder(runtime: Runtime) -> Embedder:
    """The runtime's embedder (built once per runtime)."""
    embedder = runtime.extras.get("embedder")
    if embedder is None:
        embedder = runtime.extras["embedder"] = build_embedder(runtime.settings)
    return embedder
