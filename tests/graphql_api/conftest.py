"""GraphQL fixtures: a pool of candidates, jobs and their stored matches written straight
to the tables (fast), and a helper that posts a query."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import event

from talentsonar.core.runtime import Runtime
from talentsonar.models.assessment import Assessment
from talentsonar.models.assessment_invitation import AssessmentInvitation
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.match import Match


def org_of(user: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(user["user"]["organization"]["id"])


async def seed_pool(
    runtime: Runtime, org_id: uuid.UUID, *, candidates: int, jobs: int
) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """``candidates`` x ``jobs`` matches, candidate i's score for job j = 90 - (i + 7j) % 60
    (distinct per candidate), with a two-feature breakdown."""
    candidate_ids = [uuid.uuid4() for _ in range(candidates)]
    job_ids = [uuid.uuid4() for _ in range(jobs)]
    async with runtime.db.session() as session:
        for j, jid in enumerate(job_ids):
            session.add(
                Job(
                    id=jid,
                    org_id=org_id,
                    title=f"Job {j}",
                    description="",
                    required_skills=["python"],
                    nice_to_have_skills=[],
                )
            )
        for i, cid in enumerate(candidate_ids):
            session.add(
                Candidate(
                    id=cid,
                    org_id=org_id,
                    name=f"Person {i}",
                    skills=["python"],
                    profile={},
                    flags=[],
                    metadata_={},
                )
            )
        await session.flush()
        for i, cid in enumerate(candidate_ids):
            for j, jid in enumerate(job_ids):
                score = float(90 - (i + 7 * j) % 60)
                session.add(
                    Match(
                        org_id=org_id,
                        job_id=jid,
                        candidate_id=cid,
                        match_score=score,
                        match_rationale=f"Scored {score}",
                        scorer_version="test",
                        details={
                            "breakdown": [
                                {
                                    "feature": "skills",
                                    "value": 0.8,
                                    "applicable": True,
                                    "weight": 0.6,
                                    "contribution": 0.48,
                                },
                                {
                                    "feature": "semantic",
                                    "value": 0.5,
                                    "applicable": True,
                                    "weight": 0.4,
                                    "contribution": 0.2,
                                },
                            ],
                            "matchedSkills": ["python"],
                            "missingSkills": [],
                        },
                        features={},
                        weights={},
                    )
                )
    return candidate_ids, job_ids


async def gql(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    query: str,
    variables: dict[str, Any] | None = None,
    **kwargs: Any,
) -> httpx.Response:
    return await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers, **kwargs
    )


@contextmanager
def counted_statements(runtime: Runtime) -> Iterator[list[str]]:
    """Every SQL statement the engine runs while the block runs: SQLAlchemy's
    ``before_cursor_execute``, and the driver's query log of each checked-out connection
    (the statements compiled once and sent to asyncpg directly; the principal's read)."""
    seen: list[str] = []
    engine = runtime.db.engine.sync_engine

    def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    def on_query(record: Any) -> None:
        seen.append(record.query)

    def on_checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        dbapi_connection.driver_connection.add_query_logger(on_query)

    def on_checkin(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None:
            dbapi_connection.driver_connection.remove_query_logger(on_query)

    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine.pool, "checkout", on_checkout)
    event.listen(engine.pool, "checkin", on_checkin)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine.pool, "checkout", on_checkout)
        event.remove(engine.pool, "checkin", on_checkin)


async def seed_evaluation(
    runtime: Runtime, org_id: uuid.UUID, candidate_ids: list[uuid.UUID], job_id: uuid.UUID
) -> None:
    """Skills evaluation for each candidate: Python verified by an assessment and Docker
    by GitHub (through ``skills.service.record_evidence``, as the graders record them),
    and two invitations: a graded one to an assessment made from ``job_id`` and an open
    one to an assessment made from a list of skills."""
    from talentsonar.skills.service import record_evidence

    now = datetime.now(UTC)
    async with runtime.db.session() as session:
        from_job = Assessment(org_id=org_id, title="Backend check", job_id=job_id,
                              seniority="mid", skills=["Python"], questions_per_skill=2,
                              include_code=True, time_limit_minutes=30)
        from_list = Assessment(org_id=org_id, title="Docker basics", seniority="junior",
                               skills=["Docker"], questions_per_skill=1, include_code=False,
                               time_limit_minutes=15)
        session.add_all([from_job, from_list])
        await session.flush()
        for i, cid in enumerate(candidate_ids):
            await record_evidence(
                session, org_id=org_id, candidate_id=cid, skill="python", source="assessment",
                proficiency=6.0 + (i % 4), confidence=0.8,
                evidence={"attempt": f"a{i}", "score": 0.75},
            )
            await record_evidence(
                session, org_id=org_id, candidate_id=cid, skill="docker", source="github",
                proficiency=5.5, confidence=0.6, evidence={"repositories": ["infra"]},
            )
            paper = [{"id": "py-1", "options": []}, {"id": "py-2", "options": []},
                     {"id": "py-code-1", "options": []}]
            session.add(AssessmentInvitation(
                org_id=org_id, assessment_id=from_job.id, candidate_id=cid,
                email=f"person{i}@example.com", token_hash=uuid.uuid4().hex * 2,
                token_nonce=uuid.uuid4().bytes, status="graded",
                expires_at=now + timedelta(days=3), started_at=now - timedelta(hours=2),
                deadline_at=now - timedelta(hours=1), submitted_at=now - timedelta(hours=1),
                graded_at=now - timedelta(minutes=50), paper=paper, score=75.0,
                created_at=now - timedelta(days=1),
                results={
                    "skills": [{"skill": "Python", "source": "assessment", "score": 0.75,
                                "proficiency": 6.0, "questions": 2}],
                    "answered": 3, "questions": 3, "ungraded": [],
                    "perQuestion": [
                        {"id": "py-1", "skill": "Python", "kind": "single", "score": 1.0,
                         "answered": True},
                        {"id": "py-code-1", "skill": "Python", "kind": "code", "score": 0.5,
                         "answered": True, "status": "failed", "message": "1 of 2 tests",
                         "testsPassed": 1, "testsTotal": 2},
                    ],
                },
            ))
            session.add(AssessmentInvitation(
                org_id=org_id, assessment_id=from_list.id, candidate_id=cid,
                email=f"person{i}@example.com", token_hash=uuid.uuid4().hex * 2,
                token_nonce=uuid.uuid4().bytes, status="invited",
                expires_at=now + timedelta(days=3), paper=paper[:1], created_at=now,
            ))
