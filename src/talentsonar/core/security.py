"""Passwords (argon2), access tokens (HS256 with a rotating key set), opaque secrets."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from talentsonar.core.config import PASSWORD_HASH_PARALLELISM, Settings, get_settings


@lru_cache(maxsize=8)
def _password_hasher(time_cost: int, memory_kib: int) -> tuple[PasswordHasher, str]:
    """The argon2id hasher of this cost, and a hash of its own to verify against when there
    is no user: that keeps the time of "no such user" equal to "wrong password"."""
    hasher = PasswordHasher(
        time_cost=time_cost, memory_cost=memory_kib, parallelism=PASSWORD_HASH_PARALLELISM
    )
    return hasher, hasher.hash("timing-equaliser")


def password_hasher(settings: Settings | None = None) -> tuple[PasswordHasher, str]:
    """The hasher of ``PASSWORD_HASH_TIME_COST`` / ``PASSWORD_HASH_MEMORY_KIB``."""
    s = settings or get_settings()
    return _password_hasher(s.password_hash_time_cost, s.password_hash_memory_kib)


def hash_password(password: str, settings: Settings | None = None) -> str:
    return password_hasher(settings)[0].hash(password)


def verify_password(
    password: str, password_hash: str | None, settings: Settings | None = None
) -> bool:
    """Whether ``password`` matches; a hash is checked at the cost it was made with."""
    hasher, dummy_hash = password_hasher(settings)
    try:
        return hasher.verify(password_hash or dummy_hash, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_secret(prefix: str, nbytes: int = 32) -> str:
    return f"{prefix}_{secrets.token_urlsafe(nbytes)}"


VERIFIED_CACHE_SIZE = 10_000


class InvalidToken(Exception):
    pass


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: uuid.UUID
    org_id: uuid.UUID
    jti: str
    expires_at: datetime
    #: the sign-in session (refresh-token family) the token was issued to, if any
    session_id: uuid.UUID | None = None


class KeySet:
    """Signing keys ``(kid, secret)``, newest first: the newest signs, all verify."""

    def __init__(self, keys: list[tuple[str, str]], *, issuer: str, ttl_seconds: int) -> None:
        if not keys:
            raise ValueError("a key set needs at least one key")
        self.keys = keys
        self.by_kid = dict(keys)
        self.issuer = issuer
        self.ttl = timedelta(seconds=ttl_seconds)
        # Tokens whose signature was already checked (the exact string), until they
        # expire: decoding and HMAC-verifying on every request is the costliest part of
        # an authenticated call. Bounded; revocation is checked by the caller each time.
        self._verified: OrderedDict[str, AccessClaims] = OrderedDict()

    @classmethod
    def from_settings(cls, settings: Settings) -> KeySet:
        keys = settings.jwt_keyset() or [("local", _local_secret(settings.data_dir))]
        return cls(keys, issuer=settings.jwt_issuer, ttl_seconds=settings.jwt_access_ttl_seconds)

    def owns(self, token: str) -> bool:
        if token in self._verified:
            return True
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            return False
        return header.get("kid") in self.by_kid

    def issue(self, user_id: uuid.UUID, org_id: uuid.UUID, **extra: Any) -> tuple[str, datetime]:
        kid, secret = self.keys[0]
        now = datetime.now(UTC)
        expires = now + self.ttl
        payload = {
            "sub": str(user_id),
            "org": str(org_id),
            "iss": self.issuer,
            "iat": int(now.timestamp()),
            "exp": int(expires.timestamp()),
            "jti": secrets.token_hex(8),
            "typ": "access",
            **extra,
        }
        return jwt.encode(payload, secret, algorithm="HS256", headers={"kid": kid}), expires

    def verify(self, token: str) -> AccessClaims:
        known = self._verified.get(token)
        if known is not None:
            if known.expires_at > datetime.now(UTC):
                return known
            del self._verified[token]
            raise InvalidToken("token expired")
        claims = self._verify(token)
        self._verified[token] = claims
        if len(self._verified) > VERIFIED_CACHE_SIZE:
            self._verified.popitem(last=False)
        return claims

    def _verify(self, token: str) -> AccessClaims:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            secret = self.by_kid.get(kid or "")
            if secret is None:
                raise InvalidToken("unknown signing key")
            payload = jwt.decode(
                token,
                secret,
                algorithms=["HS256"],
                issuer=self.issuer,
                options={"require": ["exp", "sub", "org", "iss"]},
            )
            if payload.get("typ") != "access":
                raise InvalidToken("not an access token")
            return AccessClaims(
                user_id=uuid.UUID(payload["sub"]),
                org_id=uuid.UUID(payload["org"]),
                jti=payload.get("jti", ""),
                expires_at=datetime.fromtimestamp(payload["exp"], UTC),
                session_id=uuid.UUID(str(payload["sid"])) if payload.get("sid") else None,
            )
        except jwt.ExpiredSignatureError as exc:
            raise InvalidToken("token expired") from exc
        except (jwt.PyJWTError, ValueError, KeyError) as exc:
            raise InvalidToken("invalid token") from exc


def _local_secret(data_dir: Path) -> str:
    """A per-installation signing secret kept in the data dir, for zero-setup runs."""
    path = data_dir / "jwt_secret"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret)
    path.chmod(0o600)
    return secret
