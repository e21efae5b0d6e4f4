"""Short-lived CV download links a browser opens without a bearer token: signed by the API
when files are local (403 when forged or altered, 410 once expired); S3's own presigned
URL when the store is S3 (``test_storage.py``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from talentsonar.core.runtime import Runtime
from talentsonar.storage.links import LINK_PATH, SignedFile, sign, verify
from tests.candidates.conftest import rl_config  # noqa: F401  (deterministic PDFs)
from tests.conftest import make_settings, open_client, register_user
from tests.cvs.builders import make_pdf


async def _uploaded(client: httpx.AsyncClient) -> tuple[dict[str, Any], dict[str, Any], bytes]:
    user = await register_user(client)
    pdf = make_pdf()
    r = await client.post(
        "/api/v1/candidates/upload",
        headers=user["headers"],
        files=[("file", ("jane.pdf", pdf, "application/pdf"))],
    )
    assert r.status_code == 202, r.text
    return user, r.json()["data"], pdf


def _token(url: str) -> str:
    assert LINK_PATH in url, url
    return url.split(LINK_PATH, 1)[1]


async def test_the_cv_link_opens_without_a_token_for_a_few_minutes(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user, upload, pdf = await _uploaded(client)
    candidate = (
        await client.get(f"/api/v1/candidates/{upload['id']}", headers=user["headers"])
    ).json()["data"]
    base = runtime.settings.base_url.rstrip("/")
    for url in (upload["cvFileUrl"], candidate["cvFileUrl"]):
        assert url.startswith(base + LINK_PATH), url
        opened = await client.get(url)  # no Authorization header
        assert opened.status_code == 200, opened.text
        assert opened.content == pdf
        assert opened.headers["content-type"] == "application/pdf"
        assert 'filename="jane.pdf"' in opened.headers["content-disposition"]
        assert opened.headers["cache-control"] == "private, no-store"
    # The bearer-token path still serves every version.
    assert candidate["cvDownloadPath"] == f"/api/v1/candidates/{upload['id']}/cv"
    file = verify(runtime, _token(candidate["cvFileUrl"]))
    assert 0 < file.expires - time.time() <= runtime.settings.download_link_ttl_seconds


async def test_a_forged_or_altered_link_is_refused_with_403(
    client: httpx.AsyncClient, runtime: Runtime, tmp_path: Path, database_url: str
) -> None:
    _, upload, _ = await _uploaded(client)
    token = _token(upload["cvFileUrl"])
    payload, signature = token.split(".")
    flipped = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    other_file = sign(
        runtime, SignedFile("org/x/cv/other.pdf", "x.pdf", "application/pdf", int(time.time()) + 60)
    ).split(".")[0]
    for bad in (
        f"{payload}.{flipped}",
        f"{other_file}.{signature}",
        "not-a-token-at-all",
        f"{payload}.",
        "e30.e30",
        f"{payload}x.{signature}",
    ):
        refused = await client.get(LINK_PATH + bad)
        assert refused.status_code == 403, (bad, refused.text)
        assert refused.json()["error"]["code"] == "invalid_signature"
    # Another installation's keys sign nothing here.
    elsewhere = make_settings(
        tmp_path / "elsewhere", jwt_secrets="k9:another-installation-secret-0123456789ab"
    )
    async with open_client(elsewhere, database_url) as (_, foreign):
        forged = sign(
            foreign, SignedFile("org/x/cv/a.pdf", "a.pdf", "application/pdf", int(time.time()) + 60)
        )
    refused = await client.get(LINK_PATH + forged)
    assert refused.status_code == 403


async def test_an_expired_link_is_gone_with_410(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, upload, _ = await _uploaded(client)
    file = verify(runtime, _token(upload["cvFileUrl"]))
    expired = sign(
        runtime, SignedFile(file.key, file.filename, file.content_type, int(time.time()) - 1)
    )
    gone = await client.get(LINK_PATH + expired)
    assert gone.status_code == 410, gone.text
    assert gone.json()["error"]["code"] == "link_expired"
    # valid until its second, gone from it
    ok = sign(runtime, SignedFile(file.key, file.filename, file.content_type, 2_000_000_000))
    assert verify(runtime, ok, now=1_999_999_999).key == file.key
    with pytest.raises(Exception, match="expired"):
        verify(runtime, ok, now=2_000_000_000)


async def test_a_link_to_an_erased_cv_finds_nothing(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user, upload, _ = await _uploaded(client)
    erased = await client.delete(
        f"/api/v1/candidates/{upload['id']}/erase", headers=user["headers"]
    )
    assert erased.status_code == 200
    assert (await client.get(upload["cvFileUrl"])).status_code == 404
