"""Demo applications: the demo CVs' people in the demo jobs' pipelines, across stages, so
a new install shows a board at once. The demo CVs are parsed by the worker after seeding:
candidates parsed by then get their applications here, the others when their CV is parsed
(``subscribers.py``). Idempotent: a pair keeps the application it has."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor
from talentsonar.core.runtime import Runtime
from talentsonar.models.pipeline_stage import StageKind
from talentsonar.pipeline import service
from talentsonar.pipeline.repository import LookupRepository, ReasonRepository

BACKEND = "Senior Backend Engineer (Python)"
NURSE = "ICU Registered Nurse"
ANALYST = "Financial Analyst"

#: Demo candidate (by e-mail) -> (demo job, stage, rejection reason).
DEMO_PLAN: dict[str, tuple[str, str, str | None]] = {
    "amira.haddad@example.com": (BACKEND, "Interview", None),
    "lena.novak@example.com": (BACKEND, "Screening", None),
    "tom.becker@example.com": (BACKEND, "New", None),
    "sofia.marin@example.com": (BACKEND, "Rejected", "Skills do not match the role"),
    "grace.okafor@example.com": (NURSE, "Offer", None),
    "daniel.reyes@example.com": (NURSE, "Assessment", None),
    "priya.sharma@example.com": (ANALYST, "Interview", None),
    "oliver.grant@example.com": (ANALYST, "Screening", None),
}


async def apply_plan(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID | None = None
) -> int:
    """Create the planned applications of the demo candidates parsed so far (or of
    ``candidate_id`` only); returns how many were created."""
    lookup = LookupRepository(session, org_id)
    people = await lookup.demo_candidates(list(DEMO_PLAN), candidate_id)
    if not people:
        return 0
    jobs = await lookup.jobs_by_title(sorted({job for job, _, _ in DEMO_PLAN.values()}))
    stages = await service.stage_map(session, org_id)
    by_name = {s.name: s for s in stages.values()}
    reasons = {r.label: r for r in await ReasonRepository(session, org_id).ordered()}
    created = 0
    for email, person in sorted(people.items()):
        job_title, stage_name, reason_label = DEMO_PLAN[email]
        job_id = jobs.get(job_title)
        if job_id is None:
            continue
        app_id, new = await service.create_application(
            session, org_id, job_id, person, actor=Actor(), source="demo"
        )
        created += new
        target = by_name.get(stage_name)
        if not new or target is None:
            continue
        reason = None
        if target.kind == StageKind.rejected.value:
            reason = reasons.get(reason_label or "") or next(iter(reasons.values()), None)
            if reason is None:
                continue
        [application] = await service.locked_applications(session, org_id, [app_id])
        await service.move_one(session, org_id, application, stages, target, reason, None, Actor())
    return created


async def seed(runtime: Runtime, org_id: uuid.UUID) -> int:
    async with runtime.db.session() as session:
        return await apply_plan(session, org_id)
