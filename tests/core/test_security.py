"""The signing key set: the newest key signs, every listed key verifies."""

from __future__ import annotations

import time
import uuid

import pytest
from argon2 import extract_parameters
from pydantic import ValidationError

from talentsonar.core.config import (
    MIN_PASSWORD_HASH_MEMORY_KIB,
    MIN_PASSWORD_HASH_TIME_COST,
    Settings,
)
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


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_passwords_hash_with_argon2() -> None:
    hashed = hash_password("correct horse", _settings())
    assert hashed.startswith("$argon2")
    assert verify_password("correct horse", hashed)
    assert not verify_password("wrong horse", hashed)
    assert not verify_password("anything", None)
    assert not verify_password("anything", "not-a-hash")


def test_password_hash_cost_comes_from_settings() -> None:
    default = extract_parameters(hash_password("correct horse", _settings()))
    assert (default.time_cost, default.memory_cost) == (3, 64 * 1024)  # RFC 9106, option 2
    cheap = _settings(TALENTSONAR_ENV="test", password_hash_time_cost=1,
                      password_hash_memory_kib=64)
    hashed = hash_password("correct horse", cheap)
    params = extract_parameters(hashed)
    assert (params.time_cost, params.memory_cost) == (1, 64)
    # A hash is verified at the cost it was made with, whatever the settings say now.
    assert verify_password("correct horse", hashed, _settings())
    assert not verify_password("wrong horse", hashed, _settings())
    assert not verify_password("anything", None, cheap)


@pytest.mark.parametrize(("time_cost", "memory_kib"), [
    (MIN_PASSWORD_HASH_TIME_COST - 1, MIN_PASSWORD_HASH_MEMORY_KIB),
    (MIN_PASSWORD_HASH_TIME_COST, MIN_PASSWORD_HASH_MEMORY_KIB - 1),
])
def test_production_refuses_password_hashing_below_the_minimum(
    time_cost: int, memory_kib: int
) -> None:
    with pytest.raises(ValidationError, match="PASSWORD_HASH"):
        _settings(TALENTSONAR_ENV="production", password_hash_time_cost=time_cost,
                  password_hash_memory_kib=memory_kib)
    weakest = _settings(TALENTSONAR_ENV="production",
                        password_hash_time_cost=MIN_PASSWORD_HASH_TIME_COST,
                        password_hash_memory_kib=MIN_PASSWORD_HASH_MEMORY_KIB)
    assert weakest.password_hash_memory_kib == MIN_PASSWORD_HASH_MEMORY_KIB
    assert _settings(TALENTSONAR_ENV="production").password_hash_time_cost == 3
