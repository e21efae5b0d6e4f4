"""Matching fixtures: candidates are written the way the ingestion layer writes them (row +
embedding + ``candidate.changed`` event in the same transaction)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import httpx
import pytest

from talentsonar.core.events import CandidateChanged, publish
from talentsonar.core.runtime import Runtime
from talentsonar.embeddings import get_embedder
from talentsonar.models.candidate import Candidate

MakeCandidate = Callable[..., Awaitable[uuid.UUID]]
MakeJob = Callable[..., Awaitable[dict[str, Any]]]


def org_of(user: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(user["user"]["organization"]["id"])


async def add_candidate(
    runtime: Runtime,
    org_id: uuid.UUID,
    *,
    name: str,
    skills: list[str],
    headline: str = "",
    years: float | None = None,
    summary: str = "",
    location: str | None = None,
    candidate_type: str = "uploaded",
    work_history: list[dict[str, Any]] | None = None,
    education: list[dict[str, Any]] | None = None,
) -> uuid.UUID:
    embedder = get_embedder(runtime)
    text = f"{headline}\n{summary}\nSkills: {', '.join(skills)}"
    vector = await embedder.embed_one(text)
    async with runtime.db.session() as session:
        candidate = Candidate(
            id=uuid.uuid4(),
            org_id=org_id,
            name=name,
            type=candidate_type,
            headline=headline,
            summary=summary,
            skills=skills,
            total_years_experience=years,
            location=location,
            profile={
                "work_history": work_history or [{"title": headline}],
                "education": education or [],
            },
            search_text=text,
            skills_text=" ".join(skills),
            titles_text=headline,
            embedding=vector.tolist(),
            embedding_model=embedder.model_id,
        )
        session.add(candidate)
        await session.flush()
        await publish(
            session, CandidateChanged(org_id=org_id, candidate_id=candidate.id, change="created")
        )
        return candidate.id


async def change_candidate(
    runtime: Runtime, org_id: uuid.UUID, candidate_id: uuid.UUID, **values: Any
) -> None:
    async with runtime.db.session() as session:
        candidate = await session.get(Candidate, candidate_id)
        assert candidate is not None
        for key, value in values.items():
            setattr(candidate, key, value)
        await session.flush()
        change: Literal["deleted", "updated"] = "deleted" if values.get("deleted_at") else "updated"
        await publish(
            session, CandidateChanged(org_id=org_id, candidate_id=candidate_id, change=change)
        )


@pytest.fixture
def make_candidate(runtime: Runtime) -> MakeCandidate:
    async def make(org_id: uuid.UUID, **kwargs: Any) -> uuid.UUID:
        return await add_candidate(runtime, org_id, **kwargs)

    return make


@pytest.fixture
def make_job(client: httpx.AsyncClient) -> MakeJob:
    async def make(headers: dict[str, str], **body: Any) -> dict[str, Any]:
        response = await client.post("/api/v1/jobs", json=body, headers=headers)
        assert response.status_code == 201, response.text
        data: dict[str, Any] = response.json()["data"]
        return data

    return make


BACKEND_JOB: dict[str, Any] = {
    "title": "Senior Python Backend Engineer",
    "department": "Technology",
    "location": "Budapest",
    "description": "Build APIs in Python with Django and PostgreSQL, deploy on AWS with Docker.",
    "requiredSkills": ["Python", "Django", "PostgreSQL", "Docker"],
    "niceToHaveSkills": ["AWS", "Redis"],
    "minYearsExperience": 5,
    "seniority": "senior",
}


async def seed_pool(runtime: Runtime, org_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """A small pool: a strong backend engineer, a partial one, and an unrelated accountant."""
    return {
        "strong": await add_candidate(
            runtime,
            org_id,
            name="Anna Kovacs",
            headline="Senior Python Engineer",
            skills=["Python", "Django", "PostgreSQL", "Docker", "AWS"],
            years=8,
            summary="Backend engineer building Django REST APIs on PostgreSQL and AWS.",
            location="Budapest, Hungary",
        ),
        "partial": await add_candidate(
            runtime,
            org_id,
            name="Bela Nagy",
            headline="Python Developer",
            skills=["Python", "Flask"],
            years=3,
            summary="Python developer writing Flask services.",
            location="Debrecen, Hungary",
        ),
        "unrelated": await add_candidate(
            runtime,
            org_id,
            name="Cecil Szabo",
            headline="Staff Accountant",
            skills=["Bookkeeping", "Excel"],
            years=10,
            summary="Accountant handling payroll, ledgers and audits.",
            location="Vienna",
        ),
    }
