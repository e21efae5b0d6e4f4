"""Text embeddings: 384-dimensional, L2-normalised float32 vectors."""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from talentsonar.core.telemetry import span

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
        with span("embeddings.embed", **{"embedding.model": self.model_id}):
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


@dataclass(frozen=True, slots=True)
class VectorRecipe:
    """What a table's vectors are made from, and the recipe's current version. A domain
    whose rows have vectors declares its recipe as ``RECIPE`` in ``<domain>/vectors.py``;
    ``matching.refresh_embeddings`` makes the vectors of every declared table again when
    the model or the recipe changes."""

    table: str
    version: int
    model: Any  # the ORM class
    text: Callable[[Any], str]
    #: brings a row up to date before its text is made (jobs: their inferred requirements)
    prepare: Callable[[Any], object] | None = None
