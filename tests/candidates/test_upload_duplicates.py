"""A CV already on file: the upload says so (which candidate, which version), and the task
keeps that answer even when a worker picks the queued job up while the request parses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from talentsonar.worker import run_worker
from tests.candidates.test_upload import PDF, cv_lines, upload
from tests.cvs.builders import make_pdf

JANE = cv_lines("Jane Example", "jane.example@example.org", "Data Engineer", "Python")


@pytest.fixture
async def live_worker(runtime: Runtime) -> AsyncIterator[None]:
    """A worker listening in this event loop, as `talentsonar serve` runs one."""
    worker = asyncio.create_task(run_worker(runtime, install_signal_handlers=False))
    await asyncio.sleep(0.5)  # most often listening by then (it also polls: not needed)
    try:
        yield
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)


async def _settled(runtime: Runtime) -> None:
    """Until no job is running and none is due (a job scheduled for later may wait)."""
    for _ in range(600):
        async with runtime.db.session(read_only=True) as s:
            busy = (await s.execute(text(
                "SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing' OR"
                " (status = 'todo' AND (scheduled_at IS NULL OR scheduled_at <= now()))"
            ))).scalar_one()
        if busy == 0:
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the queue never settled")


async def test_the_same_file_again_says_which_candidate_has_it(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    first = await upload(client, h, ("jane.pdf", make_pdf(JANE), PDF))
    assert first.json()["message"] == (
        "1 CV parsed: new candidate Jane Example. Analyzing against 0 open jobs...")
    [created] = first.json()["data"]["files"]
    again = await upload(client, h, ("jane-copy.pdf", make_pdf(JANE), PDF))
    assert again.status_code == 202, again.text
    [item] = again.json()["data"]["files"]
    assert again.json()["message"] == (
        "Already on file: candidate Jane Example, the same file as its version 1")
    assert item["candidateId"] == created["candidateId"]
    assert item["duplicate"] == "same_file"
    assert item["version"] == 1
    # seed 001's candidate fields: the same file again queues no scoring
    assert first.json()["data"]["matchScoresQueued"] is True
    assert again.json()["data"]["id"] == created["candidateId"]
    assert again.json()["data"]["matchScoresQueued"] is False


async def test_a_new_cv_of_a_known_person_says_which_version_it_became(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    first = (await upload(client, h, ("a.pdf", make_pdf(JANE), PDF))).json()["data"]["files"]
    newer = [*JANE, "Led the platform team"]
    again = await upload(client, h, ("b.pdf", make_pdf(newer), PDF))
    [item] = again.json()["data"]["files"]
    assert item["candidateId"] == first[0]["candidateId"]
    assert item["version"] == 2
    assert again.json()["message"] == (
        "Already on file: candidate Jane Example, updated to version 2. "
        "Analyzing against 0 open jobs...")


@pytest.mark.usefixtures("live_worker")
async def test_a_worker_running_alongside_leaves_the_duplicate_answer_alone(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    first = (await upload(client, h, ("jane.pdf", make_pdf(JANE), PDF))).json()
    [created] = first["data"]["files"]
    for attempt in range(3):
        again = (await upload(client, h, (f"copy-{attempt}.pdf", make_pdf(JANE), PDF))).json()
        [item] = again["data"]["files"]
        assert item["candidateId"] == created["candidateId"], again
        await _settled(runtime)
        for uploaded, duplicate in ((created, None), (item, "same_file")):
            task = (await client.get(uploaded["statusUrl"], headers=h)).json()["data"]
            assert task["status"] == "succeeded", task
            assert task["result"]["status"] == "done", task
            assert task["result"]["candidateId"] == created["candidateId"], task
            assert task["result"]["duplicate"] == duplicate, task
