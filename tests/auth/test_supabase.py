"""Supabase-issued JWTs (HS256 shared secret, and RS256 via a JWKS URL on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import jwt
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, open_client, register_user
from tests.fakes.jwks import JwksServer, RsaKey, supabase_claims

ME = "/api/v1/auth/me"
SECRET = "super-secret-supabase-jwt-key-for-tests-0123456789"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_hs256_supabase_token_maps_to_local_user(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, supabase_jwt_secret=SECRET, redis_key_prefix=redis_prefix)
    sub = str(uuid.uuid4())
    token = jwt.encode(supabase_claims(sub, "supa@example.com"), SECRET, algorithm="HS256")
    async with open_client(settings, database_url) as (client, _):
        first = await client.get(ME, headers=bearer(token))
        assert first.status_code == 200, first.text
        me = first.json()["data"]
        assert me["email"] == "supa@example.com"
        assert me["fullName"] == "Supa User"
        assert me["role"] == "owner"
        second = await client.get(ME, headers=bearer(token))
        assert second.json()["data"]["id"] == me["id"]  # same local user, not a new one
        forged = jwt.encode(supabase_claims(sub, "supa@example.com"),
                            "wrong-secret-0123456789abcdef012345", algorithm="HS256")
        assert (await client.get(ME, headers=bearer(forged))).status_code == 401
        wrong_aud = jwt.encode(supabase_claims(sub, "supa@example.com", aud="other"), SECRET,
                               algorithm="HS256")
        assert (await client.get(ME, headers=bearer(wrong_aud))).status_code == 401
        expired = jwt.encode(supabase_claims(sub, "supa@example.com", ttl=-60), SECRET,
                             algorithm="HS256")
        assert (await client.get(ME, headers=bearer(expired))).status_code == 401


async def test_supabase_user_links_to_existing_local_account(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, supabase_jwt_secret=SECRET, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (client, _):
        local = await register_user(client, email="linked@example.com")
        token = jwt.encode(
            supabase_claims(str(uuid.uuid4()), "linked@example.com", email_verified=True),
            SECRET, algorithm="HS256",
        )
        r = await client.get(ME, headers=bearer(token))
        assert r.status_code == 200, r.text
        assert r.json()["data"]["id"] == local["user"]["id"]


async def _linked_identity(runtime: Runtime, email: str) -> str | None:
    async with runtime.db.session() as s:
        value = (
            await s.execute(text("SELECT supabase_id FROM users WHERE email = :e"), {"e": email})
        ).scalar_one()
    return None if value is None else str(value)


async def test_unverified_email_never_links_to_an_existing_account(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    """A Supabase identity whose e-mail is not verified (or only says so in the
    user-editable ``user_metadata``) does not sign in as the local account with that e-mail."""
    settings = make_settings(tmp_path, supabase_jwt_secret=SECRET, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (client, runtime):
        local = await register_user(client, email="victim@example.com")
        attacker = str(uuid.uuid4())
        for extra in (
            {"email_verified": False},
            {},
            {"email_verified": "true"},
            {"user_metadata": {"full_name": "Eve", "email_verified": True}},
        ):
            claims = supabase_claims(attacker, "victim@example.com", **extra)
            r = await client.get(ME, headers=bearer(jwt.encode(claims, SECRET, algorithm="HS256")))
            assert r.status_code == 401, (extra, r.status_code, r.text)
            assert r.json()["error"]["code"] == "identity_not_linkable"
        assert await _linked_identity(runtime, "victim@example.com") is None
        # the owner of the address, verified, links; nobody else takes the link over later
        owner = str(uuid.uuid4())
        verified = supabase_claims(owner, "victim@example.com", email_verified=True)
        r = await client.get(ME, headers=bearer(jwt.encode(verified, SECRET, algorithm="HS256")))
        assert r.status_code == 200, r.text
        assert r.json()["data"]["id"] == local["user"]["id"]
        other = supabase_claims(attacker, "victim@example.com", email_verified=True)
        r = await client.get(ME, headers=bearer(jwt.encode(other, SECRET, algorithm="HS256")))
        assert r.status_code == 401
        assert await _linked_identity(runtime, "victim@example.com") == owner
        # an unverified identity with a new address gets an account of its own, found by sub
        fresh = supabase_claims(attacker, "new-person@example.com", email_verified=False)
        first = await client.get(ME, headers=bearer(jwt.encode(fresh, SECRET, algorithm="HS256")))
        assert first.status_code == 200, first.text
        assert first.json()["data"]["id"] != local["user"]["id"]
        again = await client.get(ME, headers=bearer(jwt.encode(fresh, SECRET, algorithm="HS256")))
        assert again.json()["data"]["id"] == first.json()["data"]["id"]


async def test_jwks_supabase_token(tmp_path: Path, database_url: str, redis_prefix: str) -> None:
    with JwksServer() as jwks:
        key = RsaKey()
        jwks.keys.append(key)
        settings = make_settings(tmp_path, supabase_jwks_url=jwks.url,
                                 redis_key_prefix=redis_prefix)
        async with open_client(settings, database_url) as (client, _):
            token = key.sign(supabase_claims(str(uuid.uuid4()), "rsa@example.com"))
            r = await client.get(ME, headers=bearer(token))
            assert r.status_code == 200, r.text
            assert r.json()["data"]["email"] == "rsa@example.com"
            # Supabase rotates keys: an unknown kid triggers one refetch of the JWKS.
            rotated = RsaKey()
            jwks.keys.append(rotated)
            token2 = rotated.sign(supabase_claims(str(uuid.uuid4()), "rsa2@example.com"))
            r2 = await client.get(ME, headers=bearer(token2))
            assert r2.status_code == 200, r2.text
            stranger = RsaKey()  # never published
            token3 = stranger.sign(supabase_claims(str(uuid.uuid4()), "evil@example.com"))
            assert (await client.get(ME, headers=bearer(token3))).status_code == 401
            impostor = RsaKey(kid=key.kid)  # published kid, wrong private key
            token4 = impostor.sign(supabase_claims(str(uuid.uuid4()), "evil@example.com"))
            assert (await client.get(ME, headers=bearer(token4))).status_code == 401


async def test_supabase_tokens_refused_when_not_configured(
    client: object, user: dict[str, object]
) -> None:
    import httpx

    assert isinstance(client, httpx.AsyncClient)
    token = jwt.encode(supabase_claims(str(uuid.uuid4()), "x@example.com"), SECRET,
                       algorithm="HS256")
    assert (await client.get(ME, headers=bearer(token))).status_code == 401


def _forged(key: RsaKey, kid: str) -> str:
    claims = supabase_claims(str(uuid.uuid4()), "x@example.com")
    return jwt.encode(claims, key.private, algorithm="RS256", headers={"kid": kid})


async def test_unknown_kids_refetch_the_jwks_at_most_once_per_interval(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    stranger = RsaKey()
    with JwksServer() as jwks:
        key = RsaKey()
        jwks.keys.append(key)
        settings = make_settings(tmp_path, supabase_jwks_url=jwks.url,
                                 supabase_jwks_min_refetch_seconds=3600,
                                 redis_key_prefix=redis_prefix)
        async with open_client(settings, database_url) as (client, _):
            token = key.sign(supabase_claims(str(uuid.uuid4()), "rsa@example.com"))
            assert (await client.get(ME, headers=bearer(token))).status_code == 200
            assert jwks.requests == 1
            # a flood of tokens with made-up kids: one refetch, not one per request
            for n in range(20):
                r = await client.get(ME, headers=bearer(_forged(stranger, f"made-up-{n}")))
                assert r.status_code == 401
            assert jwks.requests == 2


async def test_a_rotated_key_is_picked_up_once_the_interval_has_passed(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    with JwksServer() as jwks:
        key = RsaKey()
        jwks.keys.append(key)
        settings = make_settings(tmp_path, supabase_jwks_url=jwks.url,
                                 supabase_jwks_min_refetch_seconds=0.2,
                                 redis_key_prefix=redis_prefix)
        async with open_client(settings, database_url) as (client, _):
            token = key.sign(supabase_claims(str(uuid.uuid4()), "rsa@example.com"))
            assert (await client.get(ME, headers=bearer(token))).status_code == 200
            r = await client.get(ME, headers=bearer(_forged(RsaKey(), "made-up")))
            assert r.status_code == 401
            assert jwks.requests == 2
            rotated = RsaKey()
            jwks.keys.append(rotated)
            await asyncio.sleep(0.3)
            token2 = rotated.sign(supabase_claims(str(uuid.uuid4()), "rsa2@example.com"))
            r = await client.get(ME, headers=bearer(token2))
            assert r.status_code == 200, r.text
            assert jwks.requests == 3
