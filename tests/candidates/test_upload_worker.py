"""The default upload path (``UPLOAD_INLINE_MAX_BYTES=0``): the API process only screens and
stores a CV and queues its parsing; a worker parses, embeds and files it. A single file's
upload waits (``UPLOAD_WAIT_SECONDS``) for that worker and then answers the candidate."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from talentsonar.candidates.ingest import URGENT_PRIORITY
from talentsonar.core.runtime import Runtime
from talentsonar.worker import run_worker
from tests.candidates.conftest import row_counts
from tests.candidates.test_upload import PDF, cv_lines, upload
from tests.conftest import make_settings, open_client, register_user, run_queued_tasks
from tests.contract.shapes import conformance_errors
from tests.cvs.builders import make_pdf


@pytest.fixture
async def deferred(tmp_path: Path, database_url: str, redis_prefix: str
                   ) -> AsyncIterator[tuple[httpx.AsyncClient, Runtime, dict[str, Any]]]:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix,
                             upload_inline_max_bytes=0, upload_wait_seconds=20)
    async with open_client(settings, database_url) as (client, runtime):
        yield client, runtime, await register_user(client)


async def test_uploads_are_parsed_by_the_worker_first_in_line(
    deferred: tuple[httpx.AsyncClient, Runtime, dict[str, Any]],
) -> None:
    client, runtime, user = deferred
    h = user["headers"]
    files = [(f"{n}.pdf", make_pdf(cv_lines(n.title() + " Okafor", f"{n}@example.com",
                                            "Data Engineer", "Python, Airflow")), PDF)
             for n in ("ngozi", "chidi")]
    response = await upload(client, h, *files)
    assert response.status_code == 202, response.text
    items = response.json()["data"]["files"]
    assert [i["status"] for i in items] == ["queued", "queued"]
    assert all(i["candidateId"] is None for i in items)
    # The request parsed nothing: no candidate yet; each job is due now, ahead of the rest.
    assert (await row_counts(runtime))["candidates"] == 0
    async with runtime.db.session() as session:
        jobs = (await session.execute(text(
            "SELECT priority, scheduled_at FROM procrastinate_jobs "
            "WHERE task_name = 'cvs.parse_cv'"))).all()
    assert jobs == [(-int(URGENT_PRIORITY), None)] * 2

    await run_queued_tasks(runtime)
    for item, name in zip(items, ("Ngozi Okafor", "Chidi Okafor"), strict=True):
        task = (await client.get(item["statusUrl"], headers=h)).json()["data"]
        assert task["status"] == "succeeded", task
        hits = (await client.get("/api/v1/candidates/search", headers=h,
                                 params={"q": name})).json()["data"]
        assert hits[0]["candidate"]["id"] == task["result"]["candidateId"]


async def test_a_single_upload_answers_the_candidate_the_worker_parsed(
    deferred: tuple[httpx.AsyncClient, Runtime, dict[str, Any]],
) -> None:
    client, runtime, user = deferred
    worker = asyncio.ensure_future(run_worker(runtime, install_signal_handlers=False))
    try:
        response = await upload(client, user["headers"], ("ada.pdf", make_pdf(cv_lines(
            "Ada Mensah", "ada.mensah@example.com", "Backend Engineer", "Python, Go")), PDF),
            field="file")
    finally:
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
    assert response.status_code == 202, response.text
    body = response.json()
    assert conformance_errors("001/candidates_upload", 202, body) == []
    data = body["data"]
    assert (data["name"], data["email"]) == ("Ada Mensah", "ada.mensah@example.com")
    assert data["files"][0]["candidateId"] == data["id"]
    assert data["files"][0]["status"] == "succeeded"
    assert body["message"].startswith("1 CV parsed: new candidate Ada Mensah")
