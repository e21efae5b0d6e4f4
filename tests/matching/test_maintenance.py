"""After a deploy: vectors from another model or text recipe are made again, then re-scored."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import numpy as np
from sqlalchemy import select, text

from talentsonar.candidates.profile import CANDIDATE_EMBEDDING_VERSION, candidate_embedding_text
from talentsonar.core.runtime import Runtime
from talentsonar.embeddings import get_embedder
from talentsonar.jobs.service import JOB_EMBEDDING_VERSION, job_embedding_text
from talentsonar.matching.tasks import enqueue_maintenance
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.task import Task, TaskStatus
from talentsonar.worker import queue_maintenance
from tests.conftest import run_queued_tasks
from tests.matching.conftest import BACKEND_JOB, MakeJob, org_of, seed_pool


async def _tasks(runtime: Runtime, org_id: uuid.UUID, kind: str) -> list[Task]:
    async with runtime.db.session() as session:
        found = await session.execute(
            select(Task).where(Task.org_id == org_id, Task.kind == kind).order_by(Task.created_at)
        )
        return list(found.scalars())


async def test_stale_vectors_are_made_again_then_the_organisation_is_rescored(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    org = org_of(user)
    model = get_embedder(runtime).model_id
    pool = await seed_pool(runtime, org)  # vectors of an ad-hoc text: recipe version 0
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    async with runtime.db.session() as session:  # the job's vector: another model's
        await session.execute(
            text("UPDATE jobs SET embedding_model = 'old-model' WHERE id = :id"),
            {"id": uuid.UUID(job["id"])},
        )

    queued = await queue_maintenance(runtime)  # what a starting worker does
    assert queued == {"refresh": [org], "rescore": []}
    async with runtime.db.session() as session:  # already queued: not twice
        assert await enqueue_maintenance(session, model) == {"refresh": [], "rescore": []}

    await run_queued_tasks(runtime)
    await run_queued_tasks(runtime)  # the re-scoring the refresh queued when it finished
    refresh = (await _tasks(runtime, org, "matching.refresh_embeddings"))[-1]
    assert refresh.status == TaskStatus.succeeded
    assert refresh.result == {"candidates": 3, "jobs": 1, "reembedded": 4}
    assert refresh.completed == refresh.total == 4
    rescore = (await _tasks(runtime, org, "matching.rescore_org"))[-1]
    assert rescore.status == TaskStatus.succeeded
    assert rescore.created_at > refresh.created_at
    assert rescore.result is not None
    assert rescore.result["written"] > 0  # forced: the new vectors were scored

    embedder = get_embedder(runtime)
    async with runtime.db.session() as session:
        candidates = list(
            (await session.execute(select(Candidate).where(Candidate.id.in_(pool.values()))))
            .scalars()
        )
        stored_job = await session.get(Job, uuid.UUID(job["id"]))
        assert stored_job is not None
        for candidate in candidates:
            assert candidate.embedding_version == CANDIDATE_EMBEDDING_VERSION
            assert candidate.embedding_model == model
            expected = await embedder.embed_one(candidate_embedding_text(candidate))
            assert np.allclose(np.asarray(candidate.embedding), expected, atol=1e-5)
        assert stored_job.embedding_model == model
        assert stored_job.embedding_version == JOB_EMBEDDING_VERSION
        expected = await embedder.embed_one(job_embedding_text(stored_job))
        assert np.allclose(np.asarray(stored_job.embedding), expected, atol=1e-5)
        assert await enqueue_maintenance(session, model) == {"refresh": [], "rescore": []}

    # the scores now carry the current model, and the shortlist still makes sense
    matches = (
        await client.get(f"/api/v1/jobs/{job['id']}/matches", headers=user["headers"])
    ).json()["data"]
    assert matches[0]["candidate"]["id"] == str(pool["strong"])


async def test_a_scorer_change_alone_rescores_without_embedding(
    runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    org = org_of(user)
    model = get_embedder(runtime).model_id
    await seed_pool(runtime, org)
    await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    async with runtime.db.session() as session:  # current vectors, old scores
        await session.execute(
            text("UPDATE candidates SET embedding_version = :v"), {"v": CANDIDATE_EMBEDDING_VERSION}
        )
        await session.execute(text("UPDATE matches SET scorer_version = 'basic-0.0'"))
    async with runtime.db.session() as session:
        assert await enqueue_maintenance(session, model) == {"refresh": [], "rescore": [org]}
    async with runtime.db.session() as session:  # queued: not twice
        assert await enqueue_maintenance(session, model) == {"refresh": [], "rescore": []}


async def test_one_process_decides_at_a_time(runtime: Runtime, user: dict[str, Any]) -> None:
    org = org_of(user)
    await seed_pool(runtime, org)
    model = get_embedder(runtime).model_id
    async with runtime.db.session() as first, runtime.db.session() as second:
        assert await enqueue_maintenance(first, model) == {"refresh": [org], "rescore": []}
        # the first transaction still holds the lock: the second process leaves it alone
        assert await enqueue_maintenance(second, model) == {"refresh": [], "rescore": []}
    assert len(await _tasks(runtime, org, "matching.refresh_embeddings")) == 1
