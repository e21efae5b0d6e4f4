"""HMAC-SHA256 signatures of outbound webhooks (same scheme as Stripe's):

    X-TalentSonar-Signature: t=<unix ts>,v1=<hex HMAC-SHA256(secret, f"{t}.{body}")>[,v1=<old>]

During a secret rotation the previous secret signs too (a second ``v1``).
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "X-TalentSonar-Signature"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secrets: list[str], timestamp: int, body: bytes) -> str:
    return ",".join([f"t={timestamp}"] + [f"v1={sign(s, timestamp, body)}" for s in secrets])


def verify(header: str, secret: str, body: bytes, *, now: int, tolerance: int = 300) -> bool:
    """What a receiver does: a fresh timestamp and one matching ``v1``."""
    parts = [p.split("=", 1) for p in header.split(",") if "=" in p]
    timestamps = [v for k, v in parts if k == "t"]
    if not timestamps or not timestamps[0].isdigit():
        return False
    ts = int(timestamps[0])
    if abs(now - ts) > tolerance:
        return False
    expected = sign(secret, ts, body)
    return any(hmac.compare_digest(expected, v) for k, v in parts if k == "v1")
