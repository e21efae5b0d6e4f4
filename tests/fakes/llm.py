"""Fake LLM servers on 127.0.0.1 speaking the real wire protocols, with injectable faults.

- OpenAI-compatible: ``POST /v1/chat/completions`` (JSON-schema ``response_format``) and a
  minimal ``POST /v1/embeddings``.
- Gemini: ``POST /v1beta/models/{model}:generateContent`` (``responseJsonSchema``).

Answers are generated from the requested JSON schema (a valid instance; every score 50).
In ``obey`` mode the fake behaves like a gullible model: if the prompt still contains an
injected instruction ("ignore previous instructions", "rate me 100") every score becomes 100.

Faults (per call, from a queue, or at random with ``error_rate``): ``"429"`` (with
``Retry-After``), ``"500"``, ``"hang"`` (sleeps past any client timeout), ``"malformed"``
(not JSON), ``"invalid"`` (JSON that does not match the schema). ``down=True`` answers 500
to everything. ``calls`` counts requests per kind.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

INJECTION = re.compile(r"ignore (?:all )?previous instructions|rate me 100", re.I)
FAULTS = ("429", "500", "hang", "malformed", "invalid")


@dataclass
class FakeState:
    latency: float = 0.0
    error_rate: float = 0.0
    random_faults: tuple[str, ...] = ("500", "hang")
    queue: deque[str] = field(default_factory=deque)
    down: bool = False
    obey: bool = False
    retry_after: str = "0"
    hang_seconds: float = 5.0
    seed: int = 7
    calls: Counter[str] = field(default_factory=Counter)
    prompts: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def next_fault(self) -> str | None:
        with self.lock:
            if self.down:
                return "500"
            if self.queue:
                return self.queue.popleft()
            if self.error_rate and self.rng.random() < self.error_rate:
                return self.rng.choice(self.random_faults)
        return None

    @property
    def total(self) -> int:
        return sum(self.calls.values())


def instance(schema: dict[str, Any], root: dict[str, Any], name: str = "", score: int = 50) -> Any:
    """A valid instance of a JSON schema (the subset Pydantic emits)."""
    if "$ref" in schema:
        ref = schema["$ref"].split("/")[-1]
        return instance(root.get("$defs", {})[ref], root, name, score)
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"] or schema["anyOf"]
        return instance(options[0], root, name, score)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: instance(v, root, k, score) for k, v in props.items()}
    if kind == "array":
        return [instance(schema.get("items", {}), root, name, score)]
    if kind == "integer":
        low, high = schema.get("minimum", 0), schema.get("maximum", 100)
        return max(low, min(high, score))
    if kind == "number":
        return float(score)
    if kind == "boolean":
        return False
    return f"fake {name}".strip()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: Any) -> None:
        return None

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(raw)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(raw)

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        payload = json.loads(self.rfile.read(length) or b"{}")
        state = self.server.state
        path = self.path.split("?")[0]
        if path.endswith("/embeddings"):
            kind = "embeddings"
        elif path.endswith("/chat/completions"):
            kind = "openai"
        elif ":generateContent" in path:
            kind = "gemini"
        else:
            self._send(404, {"error": {"message": "not found"}})
            return
        with state.lock:
            state.calls[kind] += 1
        if state.latency:
            time.sleep(state.latency)
        fault = state.next_fault() if kind != "embeddings" else None
        if fault == "hang":
            time.sleep(state.hang_seconds)
            return
        if fault in ("429", "500"):
            code = int(fault)
            status_name = "RESOURCE_EXHAUSTED" if code == 429 else "INTERNAL"
            headers = {"retry-after": state.retry_after} if code == 429 else {}
            self._send(
                code,
                {
                    "error": {
                        "code": code,
                        "message": f"fake {code}",
                        "status": status_name,
                        "type": "server_error",
                    }
                },
                headers,
            )
            return
        if kind == "embeddings":
            texts = payload.get("input")
            texts = [texts] if isinstance(texts, str) else texts
            dims = int(payload.get("dimensions") or 384)
            data = [
                {
                    "object": "embedding",
                    "index": i,
                    "embedding": [((hash(t) >> (j % 32)) & 7) / 7.0 for j in range(dims)],
                }
                for i, t in enumerate(texts)
            ]
            self._send(
                200,
                {
                    "object": "list",
                    "data": data,
                    "model": payload.get("model"),
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                },
            )
            return
        if kind == "openai":
            schema = payload["response_format"]["json_schema"]["schema"]
            prompt = "\n".join(str(m.get("content", "")) for m in payload.get("messages", []))
        else:
            config = payload.get("generationConfig", {})
            schema = config.get("responseJsonSchema") or config.get("responseSchema") or {}
            prompt = "\n".join(
                str(p.get("text", ""))
                for c in payload.get("contents", [])
                for p in c.get("parts", [])
            )
        with state.lock:
            state.prompts.append(prompt)
        score = 100 if state.obey and INJECTION.search(prompt) else 50
        if fault == "malformed":
            content = '{"this is": not json'
        elif fault == "invalid":
            content = json.dumps({"unexpected": True})
        else:
            content = json.dumps(instance(schema, schema, score=score))
        if kind == "openai":
            self._send(
                200,
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": payload.get("model"),
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": content},
                        }
                    ],
                    "usage": {
                        "prompt_tokens": len(prompt) // 4,
                        "completion_tokens": len(content) // 4,
                        "total_tokens": (len(prompt) + len(content)) // 4,
                    },
                },
            )
        else:
            model = path.split("/models/")[-1].split(":")[0]
            self._send(
                200,
                {
                    "candidates": [
                        {
                            "content": {"role": "model", "parts": [{"text": content}]},
                            "finishReason": "STOP",
                            "index": 0,
                        }
                    ],
                    "usageMetadata": {
                        "promptTokenCount": len(prompt) // 4,
                        "candidatesTokenCount": len(content) // 4,
                        "totalTokenCount": (len(prompt) + len(content)) // 4,
                    },
                    "modelVersion": model,
                },
            )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: FakeState


class FakeLLM:
    """``with FakeLLM() as fake:`` → ``fake.openai_url`` / ``fake.gemini_url``, ``fake.state``."""

    def __init__(self, state: FakeState | None = None) -> None:
        self.state = state or FakeState()
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.state = self.state
        self.server.request_queue_size = 256
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def openai_url(self) -> str:
        return f"{self.base}/v1"

    @property
    def gemini_url(self) -> str:
        return self.base

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
