"""Text embeddings: 384-dimensional, L2-normalised float32 vectors."""

from __future__ import annotations

import abc

import numpy as np

DIMENSIONS = 384


class EmbeddingError(RuntimeError):
    """The provider could not embed (bad model file, remote failure…)."""


class Embedder(abc.ABC):
    """``await embed(texts)`` -> ``(len(texts), 384)`` float32, each row of unit norm."""

    model_id: str
    dimensions: int = DIMENSIONS

    @abc.abstractmethod
    async def embed(self, texts: list[str]) -> np.ndarray: ...

    async def embed_one(self, text: str) -> np.ndarray:
        row: np.ndarray = (await self.embed([text]))[0]
        return row

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release resources (HTTP clients)."""


def l2_normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: np.ndarray = (matrix / norms).astype(np.float32)
    return normalised
