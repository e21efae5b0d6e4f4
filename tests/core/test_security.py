"""The signing key set: the newest key signs, every listed key verifies."""

from __future__ import annotations

import time
import uuid

import pytest

from talentsonar.core.security import InvalidToken, KeySet, hash_password, verify_password


def test_verified_tokens_are_remembered_but_forgeries_are_not() -> None:
    keys = KeySet([("k1", "secret-one-0123456789abcdef0123456789")], issuer="t", ttl_seconds=60)
    token, _ = keys.issue(uuid.uuid4(), uuid.uuid4())
    first = keys.verify(token)
    assert keys.verify(token) == first
    head, payload, sig = token.split(".")
    with pytest.raises(InvalidToken):
        keys.verify(f"{head}.{payload}.{sig[::-1]}")
    other = KeySet([("k1", "a-different-secret-0123456789abcdef")], issuer="t", ttl_seconds=60)
    with pytest.raises(InvalidToken):
        other.verify(token)  # same kid, other secret: refused


def test_expired_tokens_are_refused() -> None:
    keys = KeySet([("k1", "secret-one-0123456789abcdef0123456789")], issuer="t", ttl_seconds=60)
    token, _ = keys.issue(uuid.uuid4(), uuid.uuid4(), exp=int(time.time()) - 1)
    with pytest.raises(InvalidToken, match="expired"):
        keys.verify(token)


def test_passwords_hash_with_argon2() -> None:
    hashed = hash_password("correct horse")
    assert hashed.startswith("$argon2")
    assert verify_password("correct horse", hashed)
    assert not verify_password("wrong horse", hashed)
    assert not verify_password("anything", None)
    assert not verify_password("anything", "not-a-hash")
