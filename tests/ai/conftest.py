"""AI test fixtures: fake LLM servers, settings pointing the real SDKs at them, and
seeding of jobs, candidates (with a current CV) and matches."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime
from talentsonar.models.candidate import Candidate
from talentsonar.models.cv_document import CvDocument
from talentsonar.models.match import Match
from tests.conftest import make_settings
from tests.fakes.llm import FakeLLM

CV_SENIOR = """Jane Doe
Senior Software Engineer
jane.doe@example.com | +44 7700 900123 | https://linkedin.com/in/janedoe
Address: 12 Baker Street, London
2016 - present: Senior Engineer at Acme. Built React and TypeScript frontends and Node.js
APIs on AWS with Docker and Kubernetes. She mentored four engineers.
2012 - 2016: Developer at Foo. Python, Django, PostgreSQL.
"""

CV_JUNIOR = """Sam Smith
Junior Developer
sam@example.org
2024 - present: Junior developer. HTML, CSS and some JavaScript. Excel reporting.
"""

REQUIREMENTS = """Senior Full-Stack Engineer
Required: React, TypeScript, Node.js, PostgreSQL, 5+ years of experience
Nice to have: GraphQL, Kubernetes
"""


#: AI operations cost credits: AI tests' organisations start with plenty.
AI_TEST_CREDITS = 100_000


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str) -> Settings:
    return make_settings(tmp_path, redis_key_prefix=redis_prefix,
                         credits_signup_grant=AI_TEST_CREDITS)


def org_id(user: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(user["user"]["organization"]["id"])


@pytest.fixture
def fake_llm() -> Iterator[FakeLLM]:
    with FakeLLM() as fake:
        yield fake


def provider_settings(
    tmp_path: Path, redis_prefix: str, fake: FakeLLM, provider: str, **overrides: Any
) -> Settings:
    """Settings with ``AI_PROVIDER=provider`` and both base URLs on the fake.

    (Base URLs are set after validation: ``OPENAI_BASE_URL`` is also an alias of the
    embeddings settings, so passing it as a keyword would land there.)
    """
    base = make_settings(tmp_path, redis_key_prefix=redis_prefix, ai_provider=provider,
                         credits_signup_grant=AI_TEST_CREDITS)
    values: dict[str, Any] = {
        "openai_base_url": fake.openai_url,
        "gemini_base_url": fake.gemini_url,
        "ai_timeout_seconds": 2.0,
        "breaker_reset_seconds": 30.0,
    }
    values.update(overrides)
    return base.model_copy(update=values)


async def create_job(
    client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Senior Full-Stack Engineer",
        "description": "Build our hiring product end to end.\n- Design APIs in Node.js\n"
        "- Build React screens with TypeScript\n- Own PostgreSQL schemas",
        "requiredSkills": ["React", "TypeScript", "Node.js", "PostgreSQL"],
        "niceToHaveSkills": ["GraphQL"],
        "seniority": "Senior",
        "minYearsExperience": 5,
    }
    body.update(overrides)
    response = await client.post("/api/v1/jobs", json=body, headers=headers)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def seed_candidate(
    runtime: Runtime, org: uuid.UUID, *, name: str, cv_text: str, skills: list[str] | None = None
) -> uuid.UUID:
    """A candidate with a current CV document (the candidates API belongs to another domain)."""
    candidate_id = uuid.uuid4()
    digest = hashlib.sha256(cv_text.encode()).hexdigest()
    async with runtime.db.session() as session:
        session.add(
            Candidate(
                id=candidate_id, org_id=org, name=name, skills=skills or [], profile_status="parsed"
            )
        )
        await session.flush()
        session.add(
            CvDocument(
                org_id=org,
                candidate_id=candidate_id,
                version=1,
                is_current=True,
                storage_key=f"test/{candidate_id}.txt",
                filename="cv.txt",
                content_type="text/plain",
                kind="txt",
                size=len(cv_text),
                sha256=digest,
                text_sha256=digest,
                extracted_text=cv_text,
            )
        )
    return candidate_id


async def seed_match(
    runtime: Runtime, org: uuid.UUID, job_id: uuid.UUID | str, candidate_id: uuid.UUID, score: float
) -> None:
    async with runtime.db.session() as session:
        session.add(
            Match(
                org_id=org,
                job_id=uuid.UUID(str(job_id)),
                candidate_id=candidate_id,
                match_score=score,
                match_rationale="basic",
                scorer_version="test",
                analysis_type="basic",
            )
        )


async def get_match(
    runtime: Runtime, job_id: uuid.UUID | str, candidate_id: uuid.UUID
) -> Match | None:
    from sqlalchemy import select

    async with runtime.db.session() as session:
        stmt = select(Match).where(
            Match.job_id == uuid.UUID(str(job_id)), Match.candidate_id == candidate_id
        )
        return (await session.execute(stmt)).scalar_one_or_none()
