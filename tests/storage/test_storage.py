from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from moto.server import ThreadedMotoServer

from talentsonar.core.runtime import Runtime
from talentsonar.storage import build_storage
from talentsonar.storage.base import Storage
from talentsonar.storage.local import LocalStorage
from talentsonar.storage.s3 import S3Storage
from tests.candidates.conftest import rl_config  # noqa: F401  (deterministic PDFs)
from tests.conftest import client_of, make_settings, register_user
from tests.cvs.builders import make_pdf

CREDENTIALS = {"S3_ACCESS_KEY_ID": "testing", "S3_SECRET_ACCESS_KEY": "testing",
               "S3_REGION": "us-east-1"}


@pytest.fixture
def bucket_name() -> str:
    return f"cvs-{uuid.uuid4().hex[:12]}"  # moto's state is per process: one bucket per test


@pytest.fixture
def s3_endpoint(bucket_name: str) -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                 aws_access_key_id="testing", aws_secret_access_key="testing"
                 ).create_bucket(Bucket=bucket_name)
    try:
        yield endpoint
    finally:
        server.stop()


async def exercise(storage: Storage) -> None:
    key = "org/abc/cv/ab/abcdef.pdf"
    assert not await storage.exists(key)
    await storage.put(key, b"%PDF-1.4 hello", content_type="application/pdf")
    assert await storage.exists(key)
    assert await storage.get(key) == b"%PDF-1.4 hello"
    await storage.put(key, b"%PDF-1.4 again", content_type="application/pdf")
    assert await storage.get(key) == b"%PDF-1.4 again"
    await storage.delete(key)
    await storage.delete(key)  # idempotent
    assert not await storage.exists(key)
    with pytest.raises(KeyError):
        await storage.get(key)
    for bad in ("../etc/passwd", "/abs", "a//b", "a/./b", ""):
        with pytest.raises(ValueError, match="invalid storage key"):
            await storage.put(bad, b"x", content_type="text/plain")


async def test_local_storage(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path / "files")
    await exercise(storage)
    assert await storage.download_url("k", filename="a.pdf", content_type="x") is None


async def test_s3_storage(s3_endpoint: str, bucket_name: str) -> None:
    storage = S3Storage(f"s3://{bucket_name}/prefix", endpoint_url=s3_endpoint, region="us-east-1",
                        access_key_id="testing", secret_access_key="testing")
    await exercise(storage)
    await storage.put("org/x/cv.pdf", b"%PDF-1.4 file", content_type="application/pdf")
    url = await storage.download_url("org/x/cv.pdf", filename="Jane CV.pdf",
                                     content_type="application/pdf")
    assert url is not None
    assert "X-Amz-Signature" in url
    assert f"/{bucket_name}/prefix/org/x/cv.pdf" in url
    async with httpx.AsyncClient() as client:
        fetched = await client.get(url)
    assert fetched.status_code == 200
    assert fetched.content == b"%PDF-1.4 file"
    assert "Jane%20CV.pdf" in fetched.headers["content-disposition"]


def test_storage_selection(tmp_path: Path) -> None:
    default = build_storage(make_settings(tmp_path))
    assert isinstance(default, LocalStorage)
    assert default.root == (tmp_path / "data" / "files"
                                                                  ).resolve()
    local = build_storage(make_settings(tmp_path, STORAGE_URL=f"file://{tmp_path}/elsewhere"))
    assert isinstance(local, LocalStorage)
    assert local.root == (tmp_path / "elsewhere").resolve()
    s3 = build_storage(make_settings(tmp_path, STORAGE_URL="s3://bucket/p", **CREDENTIALS))
    assert isinstance(s3, S3Storage)
    assert (s3.bucket, s3.prefix) == ("bucket", "p")
    with pytest.raises(ValueError, match="scheme"):
        build_storage(make_settings(tmp_path, STORAGE_URL="ftp://x"))


async def test_upload_download_and_erase_through_s3(
    s3_endpoint: str, bucket_name: str, tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, STORAGE_URL=f"s3://{bucket_name}",
                             S3_ENDPOINT_URL=s3_endpoint, redis_key_prefix=redis_prefix,
                             **CREDENTIALS)
    runtime = Runtime(settings, database_url)
    await runtime.start()
    bucket: Any = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1",
                               aws_access_key_id="testing", aws_secret_access_key="testing")
    try:
        async with client_of(runtime) as client:
            user = await register_user(client)
            h = user["headers"]
            pdf = make_pdf()
            item = (await client.post("/api/v1/candidates/upload", headers=h, files=[
                ("file", ("jane.pdf", pdf, "application/pdf"))])).json()["data"]["files"][0]
            listing = bucket.list_objects_v2(Bucket=bucket_name)
            keys = [o["Key"] for o in listing.get("Contents", [])]
            assert len(keys) == 1
            assert keys[0].endswith(".pdf")
            cid = item["candidateId"]
            # The browser link is S3's own presigned URL, as short-lived as the setting says.
            link = (await client.get(f"/api/v1/candidates/{cid}", headers=h)
                    ).json()["data"]["cvFileUrl"]
            assert link.startswith(f"{s3_endpoint}/{bucket_name}/")
            assert "X-Amz-Signature=" in link
            assert f"X-Amz-Expires={settings.download_link_ttl_seconds}" in link
            async with httpx.AsyncClient() as outside:
                assert (await outside.get(link)).content == pdf
            redirect = await client.get(f"/api/v1/candidates/{cid}/cv", headers=h)
            assert redirect.status_code == 307
            async with httpx.AsyncClient() as outside:
                assert (await outside.get(redirect.headers["location"])).content == pdf
            other = await register_user(client, org="Other")
            assert (await client.get(f"/api/v1/candidates/{cid}/cv",
                                     headers=other["headers"])).status_code == 404
            erased = await client.delete(f"/api/v1/candidates/{cid}/erase", headers=h)
            assert erased.status_code == 200
            assert bucket.list_objects_v2(Bucket=bucket_name).get("KeyCount") == 0
    finally:
        await runtime.close()
