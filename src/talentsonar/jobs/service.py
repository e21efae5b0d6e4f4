"""Jobs: create, update, soft delete; embedding and change events."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.events import JobChanged, publish
from talentsonar.embeddings import Embedder, EmbeddingError
from talentsonar.jobs.repository import JobRepository
from talentsonar.jobs.schemas import JobCreate, JobUpdate, MatchStatistics
from talentsonar.matching.profiles import inferred_job_skills
from talentsonar.matching.service import jobs_match_statistics
from talentsonar.models.job import Job
from talentsonar.skills.canonical import canonical_skills

log = structlog.get_logger(__name__)

#: Fields whose change alters what the job is about (and so its embedding).
EMBEDDED_FIELDS = frozenset(
    {"title", "description", "required_skills", "nice_to_have_skills", "seniority", "department"}
)
DESCRIPTION_CHARS_EMBEDDED = 1200
#: Bump when ``job_embedding_text`` changes: workers re-embed older vectors.
JOB_EMBEDDING_VERSION = 3  # 3: inferred skills need supporting context (issue 15)


def job_embedding_text(job: Job) -> str:
    """What a job's vector represents: title and seniority first (they dominate
    MiniLM's 256-token window), then the skills, then the start of the description.
    A job without a requirements list gets the skills its description names (the ones the
    scorer infers), so its vector is built like a candidate's: title, skills, text."""
    parts = [" ".join(p for p in (job.seniority, job.title) if p)]
    if job.required_skills:
        parts.append("Required skills: " + ", ".join(job.required_skills))
    else:
        named = inferred_job_skills(job.description)
        if named:
            parts.append("Skills: " + ", ".join(named))
    if job.nice_to_have_skills:
        parts.append("Nice to have: " + ", ".join(job.nice_to_have_skills))
    if job.department:
        parts.append(f"Department: {job.department}")
    if job.description:
        parts.append(job.description[:DESCRIPTION_CHARS_EMBEDDED])
    return ". ".join(p for p in parts if p)


async def embed_job(job: Job, embedder: Embedder) -> None:
    try:
        vector = await embedder.embed_one(job_embedding_text(job))
    except EmbeddingError as exc:
        log.warning("job.embedding_failed", job_id=str(job.id), error=str(exc))
        return
    job.embedding = vector
    job.embedding_model = embedder.model_id
    job.embedding_version = JOB_EMBEDDING_VERSION


async def match_statistics_for_jobs(
    session: AsyncSession, org_id: uuid.UUID, job_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, MatchStatistics]:
    """Per-job match counts from the matching domain's stored scores (zeros when none)."""
    found = await jobs_match_statistics(session, org_id, job_ids)
    return {job_id: MatchStatistics.model_validate(row) for job_id, row in found.items()}


async def find_job(session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID) -> Job | None:
    """The organisation's live job ``job_id``, if there is one."""
    return await JobRepository(session, org_id).get(job_id)


async def get_job(session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID) -> Job:
    """The organisation's live job ``job_id`` (404 if there is none)."""
    return await JobRepository(session, org_id).get_or_404(job_id)


class JobService:
    def __init__(self, session: AsyncSession, org_id: uuid.UUID, embedder: Embedder) -> None:
        self.session = session
        self.org_id = org_id
        self.repo = JobRepository(session, org_id)
        self.embedder = embedder

    async def create(self, body: JobCreate, *, created_by_id: uuid.UUID | None) -> Job:
        values = body.model_dump(by_alias=False)
        values["required_skills"] = canonical_skills(values["required_skills"])
        values["nice_to_have_skills"] = canonical_skills(values["nice_to_have_skills"])
        job = Job(id=uuid.uuid4(), created_by_id=created_by_id, **values)
        await embed_job(job, self.embedder)
        await self.repo.create(job)
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="created"))
        return job

    async def import_job(self, job: Job) -> Job:
        """Insert a job built elsewhere (imports), embedding it like any other."""
        job.required_skills = canonical_skills(job.required_skills or [])
        job.nice_to_have_skills = canonical_skills(job.nice_to_have_skills or [])
        await embed_job(job, self.embedder)
        await self.repo.create(job)
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="created"))
        return job

    async def update(self, job_id: uuid.UUID, body: JobUpdate) -> Job:
        job = await self.repo.get_or_404(job_id)
        values: dict[str, Any] = body.model_dump(exclude_unset=True, by_alias=False)
        for key in ("title", "status", "required_skills", "nice_to_have_skills",
                    "company_context", "description"):
            if key in values and values[key] is None:
                del values[key]  # not nullable: "null" means "leave as is"
        for key in ("required_skills", "nice_to_have_skills"):
            if key in values:
                values[key] = canonical_skills(values[key])
        await self.repo.update(job, values)
        if EMBEDDED_FIELDS & values.keys():
            await embed_job(job, self.embedder)
            await self.session.flush()
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="updated"))
        return job

    async def delete(self, job_id: uuid.UUID) -> None:
        job = await self.repo.get_or_404(job_id)
        await self.repo.soft_delete(job)
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="deleted"))
