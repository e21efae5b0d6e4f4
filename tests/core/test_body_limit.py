"""Request bodies are capped before they are parsed: a declared ``Content-Length`` over the
cap answers 413 without reading anything, and a chunked body stops being read as soon as
it passes the cap (signed in or not). The CV upload has its own, larger cap."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx

from talentsonar.core.bodylimit import upload_body_limit
from tests.conftest import make_settings, open_client, register_user

CAP = 64 * 1024
CHUNK = 16 * 1024


def _assert_413(r: httpx.Response, limit: int) -> None:
    assert r.status_code == 413, (r.status_code, r.text[:300])
    error = r.json()["error"]
    assert error["code"] == "payload_too_large"
    assert error["details"] == {"maxBytes": limit}


async def test_declared_length_over_the_cap_is_refused_unread(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, request_max_body_bytes=CAP, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (client, _):
        big = b'{"email": "a@example.com", "password": "' + b"x" * (CAP + 1) + b'"}'
        for path in ("/api/v1/auth/login", "/api/v1/candidates", "/api/v1/nope"):
            r = await client.post(path, content=big, headers={"Content-Type": "application/json"})
            _assert_413(r, CAP)
        # under the cap: parsed as usual
        user = await register_user(client)
        body = {"title": "Engineer", "description": "d" * 50_000}
        r = await client.post("/api/v1/jobs", json=body, headers=user["headers"])
        assert r.status_code == 201, r.text


async def test_a_chunked_body_stops_being_read_past_the_cap(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, request_max_body_bytes=CAP, redis_key_prefix=redis_prefix)
    sent = 0

    async def hundred_megabytes() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"email": "a@example.com", "password": "'
        for _ in range(100 * 1024 * 1024 // CHUNK):
            sent += CHUNK
            yield b"x" * CHUNK
        yield b'"}'

    async with open_client(settings, database_url) as (client, _):
        for path in ("/api/v1/auth/login", "/api/v1/payments/webhook"):
            sent = 0
            r = await client.post(
                path, content=hundred_megabytes(), headers={"Content-Type": "application/json"}
            )
            _assert_413(r, CAP)
            assert sent <= CAP + 2 * CHUNK, sent  # nothing read past the cap


async def test_the_upload_has_its_own_cap(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(
        tmp_path,
        request_max_body_bytes=CAP,
        upload_max_bytes=256 * 1024,
        upload_max_files=2,
        redis_key_prefix=redis_prefix,
    )
    limit = upload_body_limit(settings)
    assert 2 * 256 * 1024 < limit < 2 * 256 * 1024 + 256 * 1024
    async with open_client(settings, database_url) as (client, _):
        user = await register_user(client)
        # over the JSON cap in bytes, yet short enough in characters for a CV
        cv = b"Ada Lovelace\nada@example.com\nSkills: Python\n" + (
            "Prix 1000 € - " + "€" * 9 + "\n"
        ).encode() * 2_000
        assert CAP < len(cv) < 256 * 1024
        r = await client.post(
            "/api/v1/candidates/upload",
            headers=user["headers"],
            files=[("files", ("a.txt", cv, "text/plain")), ("files", ("b.txt", cv, "text/plain"))],
        )
        assert r.status_code == 202, r.text
        too_big = [
            ("files", (f"{n}.txt", cv, "text/plain")) for n in range(limit // len(cv) + 1)
        ]
        r = await client.post("/api/v1/candidates/upload", headers=user["headers"], files=too_big)
        _assert_413(r, limit)
        # the upload's cap is the upload's only
        r = await client.post(
            "/api/v1/candidates", json={"name": "A", "summary": "s" * CAP}, headers=user["headers"]
        )
        _assert_413(r, CAP)


def test_default_caps(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert settings.request_max_body_bytes == 2 * 1024 * 1024
    assert upload_body_limit(settings) >= settings.upload_max_bytes * settings.upload_max_files
