"""Sign-in throttling: per account *and* source, counted in PostgreSQL (every process sees
the same counts, with or without Redis); an account-wide limit, much higher, that spares
sources the account signed in from before (their IP address, or the device cookie)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from talentsonar.app import create_app
from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, register_user

LOGIN = "/api/v1/auth/login"


@asynccontextmanager
async def open_app(settings: Settings, database_url: str) -> AsyncIterator[FastAPI]:
    """One API process: callers from several addresses are made with :func:`source`."""
    runtime = Runtime(settings, database_url)
    await runtime.start()
    try:
        yield create_app(settings, runtime=runtime)
    finally:
        await runtime.close()


def source(app: FastAPI, ip: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


def creds(account: dict[str, Any], password: str | None = None) -> dict[str, str]:
    return {"email": account["user"]["email"], "password": password or account["password"]}


async def test_wrong_passwords_from_one_source_do_not_lock_out_another(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)  # 5 per 300 s
    async with open_app(settings, database_url) as app:
        async with source(app, "10.0.0.7") as owner_side, source(app, "10.6.6.6") as attacker:
            account = await register_user(owner_side)
            for _ in range(5):
                bad = await attacker.post(LOGIN, json=creds(account, "guess-guess-1"))
                assert bad.status_code == 401
            locked = await attacker.post(LOGIN, json=creds(account))
            assert locked.status_code == 429
            assert locked.json()["error"]["code"] == "login_throttled"
            assert 1 <= int(locked.headers["retry-after"]) <= 300
            fine = await owner_side.post(LOGIN, json=creds(account))
            assert fine.status_code == 200, fine.text
        async with source(app, "10.9.9.9") as elsewhere:
            # A source never seen before is not locked out by someone else's guesses either.
            assert (await elsewhere.post(LOGIN, json=creds(account))).status_code == 200


async def test_failures_are_counted_across_processes_without_redis(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, login_max_failures=3, redis_key_prefix=redis_prefix)
    async with open_app(settings, database_url) as one, open_app(settings, database_url) as two, \
            source(one, "10.1.1.1") as a, source(two, "10.1.1.1") as b:
        async with source(one, "10.0.0.1") as elsewhere:
            account = await register_user(elsewhere)
        assert (await a.post(LOGIN, json=creds(account, "nope-nope-1"))).status_code == 401
        assert (await b.post(LOGIN, json=creds(account, "nope-nope-2"))).status_code == 401
        assert (await a.post(LOGIN, json=creds(account, "nope-nope-3"))).status_code == 401
        for api in (b, a):
            refused = await api.post(LOGIN, json=creds(account))
            assert refused.status_code == 429, refused.text


async def test_account_wide_limit_spares_known_sources(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    """Guesses from many addresses lock the account for sources it never signed in from;
    the owner's usual address, and a browser holding the device cookie from a previous
    sign-in (on any address), still get in with the right password."""
    settings = make_settings(tmp_path, login_max_failures=2, login_account_max_failures=6,
                             redis_key_prefix=redis_prefix)
    async with open_app(settings, database_url) as app:
        async with source(app, "192.0.2.10") as home:
            account = await register_user(home)
            signed_in = await home.post(LOGIN, json=creds(account))
            assert signed_in.status_code == 200
            device = home.cookies.get("ts_device")
            assert device, signed_in.headers
        for n in range(3):
            async with source(app, f"198.51.100.{n}") as bot:
                for _ in range(2):
                    bad = await bot.post(LOGIN, json=creds(account, "spray-spray-1"))
                    assert bad.status_code == 401
                assert (await bot.post(LOGIN, json=creds(account))).status_code == 429
        async with source(app, "203.0.113.5") as stranger:
            refused = await stranger.post(LOGIN, json=creds(account))
            assert refused.status_code == 429, refused.text
            assert refused.json()["error"]["code"] == "login_throttled"
        async with source(app, "192.0.2.10") as home_again:
            assert (await home_again.post(LOGIN, json=creds(account))).status_code == 200
        async with source(app, "203.0.113.77") as travelling:
            ok = await travelling.post(LOGIN, json=creds(account),
                                       headers={"Cookie": f"ts_device={device}"})
            assert ok.status_code == 200, ok.text
        async with source(app, "203.0.113.78") as forged:
            tampered = {"Cookie": f"ts_device={device[:-4]}AAAA"}
            assert (await forged.post(LOGIN, json=creds(account), headers=tampered)).status_code \
                == 429


async def test_a_known_source_guessing_is_still_throttled(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, login_max_failures=2, redis_key_prefix=redis_prefix)
    async with open_app(settings, database_url) as app, source(app, "192.0.2.20") as known:
        account = await register_user(known)
        assert (await known.post(LOGIN, json=creds(account))).status_code == 200
        for _ in range(2):
            assert (await known.post(LOGIN, json=creds(account, "wrong-one-1"))).status_code \
                    == 401
        assert (await known.post(LOGIN, json=creds(account))).status_code == 429


async def test_device_cookie_of_another_account_is_no_pass(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, login_max_failures=1, login_account_max_failures=1,
                             redis_key_prefix=redis_prefix)
    async with open_app(settings, database_url) as app:
        async with source(app, "192.0.2.30") as mine:
            me = await register_user(mine)
            assert (await mine.post(LOGIN, json=creds(me))).status_code == 200
            my_device = mine.cookies.get("ts_device")
            target = await register_user(mine)
        async with source(app, "198.51.100.50") as bot:
            assert (await bot.post(LOGIN, json=creds(target, "bad-bad-bad"))).status_code == 401
        async with source(app, "198.51.100.51") as attacker:
            refused = await attacker.post(LOGIN, json=creds(target),
                                          headers={"Cookie": f"ts_device={my_device}"})
            assert refused.status_code == 429, refused.text


async def test_unknown_accounts_are_throttled_like_real_ones(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, login_max_failures=2, redis_key_prefix=redis_prefix)
    async with open_app(settings, database_url) as app, source(app, "10.2.2.2") as api:
        body = {"email": "nobody-here@example.com", "password": "whatever-1"}
        assert [(await api.post(LOGIN, json=body)).status_code for _ in range(3)] == [
            401, 401, 429]
