"""Supabase-issued JWTs (HS256 shared secret, and RS256 via a JWKS URL on 127.0.0.1)."""

from __future__ import annotations

import uuid
from pathlib import Path

import jwt

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
        token = jwt.encode(supabase_claims(str(uuid.uuid4()), "linked@example.com"), SECRET,
                           algorithm="HS256")
        r = await client.get(ME, headers=bearer(token))
        assert r.status_code == 200, r.text
        assert r.json()["data"]["id"] == local["user"]["id"]


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
