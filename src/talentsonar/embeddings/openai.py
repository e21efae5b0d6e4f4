"""OpenAI (or compatible) embeddings with ``dimensions=384`` through the official SDK."""

from __future__ import annotations

import numpy as np
from openai import AsyncOpenAI

from talentsonar.embeddings.base import DIMENSIONS, Embedder, EmbeddingError, l2_normalise

BATCH_SIZE = 128


class OpenAIEmbedder(Embedder):
    def __init__(
        self, *, model: str, api_key: str | None, base_url: str | None,
        timeout: float = 30.0, max_retries: int = 2,
    ) -> None:
        self.model = model
        self.model_id = f"openai:{model}:{DIMENSIONS}"
        self.client = AsyncOpenAI(
            api_key=api_key or "not-set", base_url=base_url, timeout=timeout,
            max_retries=max_retries,
        )

    async def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        rows: list[list[float]] = []
        for start in range(0, len(texts), BATCH_SIZE):
            batch = [t or " " for t in texts[start:start + BATCH_SIZE]]
            try:
                response = await self.client.embeddings.create(
                    model=self.model, input=batch, dimensions=DIMENSIONS,
                    encoding_format="float",
                )
            except Exception as exc:  # the SDK's errors: connection, status, timeout
                raise EmbeddingError(f"embedding request failed: {exc}") from exc
            ordered = sorted(response.data, key=lambda d: d.index)
            if len(ordered) != len(batch):
                raise EmbeddingError("embedding response has the wrong number of vectors")
            for item in ordered:
                if len(item.embedding) != DIMENSIONS:
                    raise EmbeddingError(
                        f"embedding has {len(item.embedding)} dimensions, expected {DIMENSIONS}"
                    )
                rows.append(item.embedding)
        return l2_normalise(np.array(rows, dtype=np.float32))

    async def close(self) -> None:
        await self.client.close()
