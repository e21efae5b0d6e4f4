"""Pipeline fixtures: the notifications domain's SMTP server and webhook receiver (moves
fire webhooks and bulk e-mails go out), a job and candidates with match scores."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from talentsonar.models.candidate import Candidate
from talentsonar.models.match import Match
from tests.notifications.conftest import receiver, settings, smtp_server  # noqa: F401

API = "/api/v1"


def org_of(user: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(user["user"]["organization"]["id"])


@dataclass
class World:
    job: str
    candidates: list[str]
    headers: dict[str, str]
    stages: dict[str, str]  # name -> id
    reasons: dict[str, str]  # label -> id


async def seed_candidates(
    runtime: Runtime, org: uuid.UUID, job_id: str, people: list[tuple[str, str | None, float]]
) -> list[str]:
    """Candidates (name, e-mail) scored against ``job_id``; written directly (the
    candidates API belongs to another domain)."""
    ids = [uuid.uuid4() for _ in people]
    async with runtime.db.session() as session:
        for cid, (name, email, _) in zip(ids, people, strict=True):
            session.add(
                Candidate(
                    id=cid, org_id=org, name=name, email=email, skills=[], profile_status="parsed"
                )
            )
        await session.flush()
        for cid, (_, _, score) in zip(ids, people, strict=True):
            session.add(
                Match(
                    org_id=org,
                    job_id=uuid.UUID(job_id),
                    candidate_id=cid,
                    match_score=score,
                    match_rationale="basic",
                    scorer_version="test",
                    analysis_type="basic",
                )
            )
    return [str(c) for c in ids]


async def world(
    client: httpx.AsyncClient,
    runtime: Runtime,
    user: dict[str, Any],
    people: list[tuple[str, str | None, float]] | None = None,
) -> World:
    h = user["headers"]
    r = await client.post(
        f"{API}/jobs", json={"title": "Backend Engineer", "requiredSkills": ["Python"]}, headers=h
    )
    assert r.status_code == 201, r.text
    job = r.json()["data"]["id"]
    candidates = await seed_candidates(
        runtime,
        org_of(user),
        job,
        people
        or [
            ("Ada Lovelace", "ada@example.com", 91.0),
            ("Grace Hopper", "grace@example.com", 77.5),
            ("Alan Turing", None, 64.0),
        ],
    )
    stages = (await client.get(f"{API}/pipeline/stages", headers=h)).json()["data"]
    reasons = (await client.get(f"{API}/pipeline/rejection-reasons", headers=h)).json()["data"]
    return World(
        job,
        candidates,
        h,
        {s["name"]: s["id"] for s in stages},
        {r["label"]: r["id"] for r in reasons},
    )


async def apply(
    client: httpx.AsyncClient, w: World, candidate: str, **extra: Any
) -> dict[str, Any]:
    r = await client.post(
        f"{API}/applications",
        json={"jobId": w.job, "candidateId": candidate, **extra},
        headers=w.headers,
    )
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


async def move(
    client: httpx.AsyncClient, w: World, application: str, stage: str, **extra: Any
) -> httpx.Response:
    return await client.post(
        f"{API}/applications/{application}/move",
        json={"stageId": w.stages[stage], **extra},
        headers=w.headers,
    )
