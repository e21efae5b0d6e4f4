"""A minimal OpenAI-compatible ``POST /v1/embeddings`` server on 127.0.0.1.

Vectors are deterministic functions of the input text (hashed bag of words, so texts
sharing words are close). Faults can be injected: ``fail_next`` answers HTTP 500 that
many times; ``wrong_dimensions`` answers vectors of another size.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def fake_vector(text: str, dimensions: int) -> list[float]:
    vector = [0.0] * dimensions
    for word in text.lower().split():
        digest = hashlib.sha256(word.encode()).digest()
        vector[int.from_bytes(digest[:4], "big") % dimensions] += 1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


class FakeEmbeddingsServer:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.fail_next = 0
        self.wrong_dimensions = False
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path != "/v1/embeddings":
                    return self._answer(404, {"error": {"message": "not found"}})
                if self.headers.get("Authorization") != "Bearer test-key":
                    return self._answer(401, {"error": {"message": "bad key",
                                                        "type": "invalid_request_error"}})
                server.requests.append(body)
                if server.fail_next > 0:
                    server.fail_next -= 1
                    return self._answer(500, {"error": {"message": "boom"}})
                inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
                dims = int(body.get("dimensions") or 1536) + (1 if server.wrong_dimensions else 0)
                data = [{"object": "embedding", "index": i, "embedding": fake_vector(t, dims)}
                        for i, t in enumerate(inputs)]
                data.reverse()  # order is given by "index", not by position
                self._answer(200, {"object": "list", "data": data, "model": body["model"],
                                   "usage": {"prompt_tokens": 1, "total_tokens": 1}})

            def _answer(self, status: int, payload: dict[str, Any]) -> None:
                raw = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> FakeEmbeddingsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
