"""A tiny JWKS endpoint on 127.0.0.1 (what Supabase serves at
``/auth/v1/.well-known/jwks.json``), with RS256 keys generated per test."""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm


class RsaKey:
    def __init__(self, kid: str | None = None) -> None:
        self.kid = kid or uuid.uuid4().hex[:8]
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def public_jwk(self) -> dict[str, Any]:
        jwk: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        jwk.update({"kid": self.kid, "alg": "RS256", "use": "sig"})
        return jwk

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.private, algorithm="RS256", headers={"kid": self.kid})


class JwksServer:
    """Serves ``{"keys": [...]}`` at ``/jwks.json``; counts requests."""

    def __init__(self) -> None:
        self.keys: list[RsaKey] = []
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests += 1
                if self.path != "/jwks.json":
                    self.send_response(404)
                    self.end_headers()
                    return
                body = json.dumps({"keys": [k.public_jwk() for k in owner.keys]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/jwks.json"

    def __enter__(self) -> JwksServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def supabase_claims(sub: str, email: str, *, ttl: int = 3600, **extra: Any) -> dict[str, Any]:
    now = int(time.time())
    return {"sub": sub, "email": email, "aud": "authenticated", "role": "authenticated",
            "iat": now, "exp": now + ttl, "user_metadata": {"full_name": "Supa User"}, **extra}
