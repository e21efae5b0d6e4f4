"""Short-lived download links a browser can open without a bearer token.

On S3 the link is the store's own presigned URL. Otherwise it is an API URL,
``{TALENTSONAR_BASE_URL}/api/v1/files/{token}``, whose token carries the storage key,
the file's name and type and an expiry, signed with HMAC-SHA256 under a key derived from
the newest JWT signing secret (any current secret verifies, so rotating keys keeps links
valid until they expire). A forged or altered token is refused with 403, an expired one
with 410. Links live ``DOWNLOAD_LINK_TTL_SECONDS`` (5 minutes by default).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

import orjson

from talentsonar.core.errors import Forbidden, Gone
from talentsonar.core.runtime import Runtime
from talentsonar.storage import get_storage

LINK_PATH = "/api/v1/files/"
_CONTEXT = b"talentsonar:download-link:v1"


@dataclass(frozen=True, slots=True)
class SignedFile:
    """What a valid token grants: one stored file, until ``expires`` (Unix time)."""

    key: str
    filename: str
    content_type: str
    expires: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _link_key(secret: str) -> bytes:
    """The HMAC key of download links: derived, so a link never exposes a JWT key's use."""
    return hmac.new(secret.encode(), _CONTEXT, hashlib.sha256).digest()


def sign(runtime: Runtime, file: SignedFile) -> str:
    """The token of ``file`` under the newest signing key."""
    kid, secret = runtime.keys.keys[0]
    payload = _b64(
        orjson.dumps(
            {
                "kid": kid,
                "k": file.key,
                "n": file.filename,
                "t": file.content_type,
                "e": file.expires,
            }
        )
    )
    mac = hmac.new(_link_key(secret), payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{_b64(mac)}"


def verify(runtime: Runtime, token: str, *, now: float | None = None) -> SignedFile:
    """The file a token grants; :class:`Forbidden` if it is not ours or was altered,
    :class:`Gone` once it has expired (the signature is checked first)."""
    forged = Forbidden("This download link is not valid.", code="invalid_signature")
    payload, dot, signature = token.partition(".")
    if not dot or not payload or not signature:
        raise forged
    try:
        mac = _unb64(signature)
        claims = orjson.loads(_unb64(payload))
    except (ValueError, orjson.JSONDecodeError) as exc:
        raise forged from exc
    if not isinstance(claims, dict):
        raise forged
    secret = runtime.keys.by_kid.get(str(claims.get("kid")))
    if secret is None:
        raise forged
    expected = hmac.new(_link_key(secret), payload.encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected):
        raise forged
    try:
        file = SignedFile(
            key=str(claims["k"]),
            filename=str(claims["n"]),
            content_type=str(claims["t"]),
            expires=int(claims["e"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise forged from exc
    if (time.time() if now is None else now) >= file.expires:
        raise Gone(
            "This download link has expired; ask the API for a new one.", code="link_expired"
        )
    return file


async def download_link(runtime: Runtime, key: str, *, filename: str, content_type: str) -> str:
    """A URL that serves the stored file ``key`` to anyone holding it, for
    ``DOWNLOAD_LINK_TTL_SECONDS``: the store's presigned URL when it has them (S3), else
    an API URL signed here."""
    ttl = runtime.settings.download_link_ttl_seconds
    presigned = await get_storage(runtime).download_url(
        key, filename=filename, content_type=content_type, expires_seconds=ttl
    )
    if presigned:
        return presigned
    token = sign(
        runtime,
        SignedFile(
            key=key, filename=filename, content_type=content_type, expires=int(time.time()) + ttl
        ),
    )
    return runtime.settings.base_url.rstrip("/") + LINK_PATH + token
