"""Sign-in throttling that an attacker cannot turn against the account's owner.

Attempts are counted in PostgreSQL (every API process sees the same counts, Redis or
not), in fixed windows of ``LOGIN_LOCKOUT_SECONDS``:

- per account *and* source: ``LOGIN_MAX_FAILURES`` attempts, then 429 until the window
  ends. The source is the caller's device when it presents a valid device cookie for this
  account, else its IP address. Someone guessing from elsewhere locks only themselves out.
- per account, from sources the account never signed in from: ``LOGIN_ACCOUNT_MAX_FAILURES``
  (much higher), against guesses spread over many addresses. Known sources (a device cookie
  from an earlier sign-in, or an address with a successful sign-in in the last
  ``LOGIN_KNOWN_SOURCE_DAYS``) are neither counted nor refused there.

An attempt is counted before the password is checked, so concurrent guesses cannot slip
past the limit; a success deletes its source's count and gives its account-wide attempt
back. Accounts that do not exist are counted the same way (no difference to probe).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.repository import LoginSourceRepository, LoginThrottleRepository
from talentsonar.core.errors import TooManyRequests
from talentsonar.core.runtime import Runtime

DEVICE_COOKIE = "ts_device"
ACCOUNT_WIDE = "*"
NO_USER = uuid.UUID(int=0)


@dataclass(frozen=True, slots=True)
class Client:
    """Where a sign-in comes from: the peer address and the device cookie it presented."""

    ip: str
    device_cookie: str | None = None


@dataclass(frozen=True, slots=True)
class Attempt:
    account: str
    source: str
    #: counted account-wide (an unknown source): given back on success
    counted_account_wide: bool
    #: the device id of a valid device cookie for this account, kept on success
    device: str | None


def _window(runtime: Runtime) -> timedelta:
    return timedelta(seconds=runtime.settings.login_lockout_seconds)


def _known_for(runtime: Runtime) -> timedelta:
    return timedelta(days=runtime.settings.login_known_source_days)


def _refuse(wait: int) -> TooManyRequests:
    return TooManyRequests(
        "Too many failed sign-in attempts; try again later",
        code="login_throttled",
        details={"retryAfter": wait},
        headers={"Retry-After": str(wait)},
    )


async def begin(
    runtime: Runtime,
    session: AsyncSession,
    account: str,
    user_id: uuid.UUID | None,
    client: Client,
) -> Attempt:
    """Count this attempt in ``session`` or refuse it (429). Commit ``session`` before the
    password is checked, so that a wrong password stays counted."""
    settings = runtime.settings
    device = device_of(runtime, client.device_cookie, user_id) if user_id else None
    source = f"device:{device}" if device else f"ip:{client.ip}"
    # Asked for unknown accounts too (of no user): the same queries either way.
    known = device is not None or await LoginSourceRepository(session).known(
        user_id or NO_USER, source, _known_for(runtime)
    )
    window = _window(runtime)
    throttles = LoginThrottleRepository(session)
    # Rows are always locked in this order (the source's, then the account's), and the
    # sweep comes last and skips locked rows: no two attempts can deadlock.
    wait = await throttles.take(account, source, limit=settings.login_max_failures, window=window)
    if not wait and not known:
        wait = await throttles.take(
            account, ACCOUNT_WIDE, limit=settings.login_account_max_failures, window=window
        )
    await throttles.sweep(window)
    if wait:
        raise _refuse(wait)  # rolls ``session`` back: a refused attempt is not counted
    return Attempt(account, source, counted_account_wide=not known, device=device)


async def succeeded(
    runtime: Runtime, session: AsyncSession, attempt: Attempt, user_id: uuid.UUID
) -> str:
    """In the request's transaction: clear the source's count, give the account-wide
    attempt back, remember the address; returns the device cookie to set."""
    throttles = LoginThrottleRepository(session)
    await throttles.clear(attempt.account, attempt.source)
    if attempt.counted_account_wide:
        await throttles.give_back(attempt.account, ACCOUNT_WIDE)
    if attempt.source.startswith("ip:"):
        await remember(runtime, session, user_id, attempt.source.removeprefix("ip:"))
    return device_cookie(runtime, user_id, attempt.device)


async def remember(
    runtime: Runtime, session: AsyncSession, user_id: uuid.UUID, ip: str
) -> None:
    """``ip`` becomes a known source of ``user_id`` (a sign-in or sign-up from there)."""
    await LoginSourceRepository(session).remember(user_id, f"ip:{ip}", _known_for(runtime))


# --- the device cookie: "<user id>.<device id>.<issued at>.<signature>" ------------------


def _signature(secret: str, user_id: uuid.UUID, device: str, issued: int) -> str:
    key = hmac.new(secret.encode(), b"talentsonar device cookie", hashlib.sha256).digest()
    mac = hmac.new(key, f"{user_id.hex}.{device}.{issued}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def device_cookie(runtime: Runtime, user_id: uuid.UUID, device: str | None = None) -> str:
    """A cookie naming this device (kept, or new) as a known source of ``user_id``, signed
    with the newest access-token key."""
    device = device or secrets.token_urlsafe(12)
    issued = int(time.time())
    _, secret = runtime.keys.keys[0]
    return f"{user_id.hex}.{device}.{issued}.{_signature(secret, user_id, device, issued)}"


def device_of(runtime: Runtime, cookie: str | None, user_id: uuid.UUID) -> str | None:
    """The device id of ``cookie`` if it is a valid, unexpired device cookie of ``user_id``
    (signed with any current key)."""
    parts = (cookie or "").split(".")
    if len(parts) != 4 or parts[0] != user_id.hex or not parts[2].isdigit():
        return None
    _, device, issued_text, given = parts
    issued = int(issued_text)
    if not 0 <= time.time() - issued <= _known_for(runtime).total_seconds():
        return None
    for _, secret in runtime.keys.keys:
        if hmac.compare_digest(given, _signature(secret, user_id, device, issued)):
            return device
    return None


def cookie_max_age(runtime: Runtime) -> int:
    return int(_known_for(runtime).total_seconds())
