"""Jobs: create, update, soft delete; embedding and change events."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.events import JobChanged, publish
from talentsonar.embeddings import Embedder, EmbeddingError
from talentsonar.jobs.repository import JobRepository
from talentsonar.jobs.requirements import (
    REQUIREMENT_FIELDS,
    REQUIREMENTS_VERSION,
    InferredRequirements,
    RequirementField,
    infer_requirements,
)
from talentsonar.jobs.schemas import JobCreate, JobUpdate, MatchStatistics
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
#: 4: requirements inferred and stored on the job (issue 15); the refresh also infers the
#: requirements of jobs that never had them (``ensure_requirements``).
JOB_EMBEDDING_VERSION = 4
#: The requirement fields by their wire names (``JobUpdate.infer_requirements``).
_WIRE_NAMES: dict[str, RequirementField] = {
    "requiredSkills": "required_skills",
    "niceToHaveSkills": "nice_to_have_skills",
    "seniority": "seniority",
    "minYearsExperience": "min_years_experience",
}


def job_embedding_text(job: Job) -> str:
    """What a job's vector represents: title and seniority first (they dominate
    MiniLM's 256-token window), then the skills the job shows (listed by the recruiter or
    inferred from its description), then the start of the description."""
    parts = [" ".join(p for p in (job.seniority, job.title) if p)]
    if job.required_skills:
        provenance = (getattr(job, "requirements", None) or {}).get("required_skills") or {}
        # inferred from the prose: named as skills, like a candidate's vector names them
        label = "Skills" if provenance.get("source") == "inferred" else "Required skills"
        parts.append(f"{label}: " + ", ".join(job.required_skills))
    if job.nice_to_have_skills:
        parts.append("Nice to have: " + ", ".join(job.nice_to_have_skills))
    if job.department:
        parts.append(f"Department: {job.department}")
    if job.description:
        parts.append(job.description[:DESCRIPTION_CHARS_EMBEDDED])
    return ". ".join(p for p in parts if p)


def apply_requirements(
    job: Job,
    *,
    edited: Iterable[RequirementField] = (),
    reinfer: Iterable[RequirementField] = (),
    inferred: InferredRequirements | None = None,
) -> None:
    """Store on ``job`` the requirements its title and description imply, with their
    evidence, for every requirement field a person did not edit. ``edited`` fields are
    marked edited (their value is the person's); ``reinfer`` fields are handed back to
    inference. An edited field is never overwritten. ``inferred``: the inference of the
    job's current title and description, when already made (see :func:`infer_for`)."""
    provenance: dict[str, Any] = dict(job.requirements or {})
    for name in reinfer:
        provenance.pop(name, None)
    for name in edited:
        provenance[name] = {"source": "edited", "evidence": []}
    if inferred is None:
        inferred = infer_requirements(job.title, job.description)
    for name in REQUIREMENT_FIELDS:
        if (provenance.get(name) or {}).get("source") == "edited":
            continue
        value = inferred.value(name)
        evidence = inferred.evidence(name)
        if name == "nice_to_have_skills":  # never both required and nice to have
            required = set(job.required_skills or [])
            evidence = [e for e in evidence if e.value not in required]
            value = [e.value for e in evidence]
        setattr(job, name, value)
        provenance[name] = {"source": "inferred", "evidence": [e.as_dict() for e in evidence]}
    provenance["version"] = REQUIREMENTS_VERSION
    job.requirements = provenance


async def infer_for(job: Job) -> InferredRequirements:
    """The inference of ``job``'s title and description, made off the event loop (a long
    description takes a while)."""
    return await asyncio.to_thread(infer_requirements, job.title, job.description)


def given_requirements(job: Job) -> list[RequirementField]:
    """The requirement fields of ``job`` that hold a value (a person's, on a new job)."""
    return [name for name in REQUIREMENT_FIELDS if getattr(job, name, None) not in (None, [])]


def ensure_requirements(job: Job) -> bool:
    """Infer the requirements of a job stored before inference existed (the values it has
    count as edited), or whose inferred fields an older inference made. True if changed."""
    provenance = job.requirements or {}
    if not provenance:
        apply_requirements(job, edited=given_requirements(job))
        return True
    if provenance.get("version") != REQUIREMENTS_VERSION:
        apply_requirements(job)
        return True
    return False


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


async def created_message(session: AsyncSession, org_id: uuid.UUID) -> str:
    """Seed 001's answer to a new job: how many candidates it is being scored against."""
    count = await JobRepository(session, org_id).count_candidates_to_score()
    return f"Job created successfully. Analyzing {count} candidate{'s' if count != 1 else ''}..."


async def count_open_jobs(session: AsyncSession, org_id: uuid.UUID) -> int:
    """How many live, open jobs the organisation has (what a new candidate is scored
    against)."""
    return await JobRepository(session, org_id).count_open()


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
        apply_requirements(job, edited=given_requirements(job), inferred=await infer_for(job))
        await embed_job(job, self.embedder)
        await self.repo.create(job)
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="created"))
        return job

    async def import_job(self, job: Job) -> Job:
        """Insert a job built elsewhere (imports), embedding it like any other."""
        job.required_skills = canonical_skills(job.required_skills or [])
        job.nice_to_have_skills = canonical_skills(job.nice_to_have_skills or [])
        job.requirements = {}
        apply_requirements(job, edited=given_requirements(job), inferred=await infer_for(job))
        await embed_job(job, self.embedder)
        await self.repo.create(job)
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="created"))
        return job

    async def update(self, job_id: uuid.UUID, body: JobUpdate) -> Job:
        job = await self.repo.get_or_404(job_id)
        values: dict[str, Any] = body.model_dump(exclude_unset=True, by_alias=False)
        reinfer = [_WIRE_NAMES[name] for name in values.pop("infer_requirements", None) or []]
        for key in ("title", "status", "required_skills", "nice_to_have_skills",
                    "company_context", "description"):
            if key in values and values[key] is None:
                del values[key]  # not nullable: "null" means "leave as is"
        for key in ("required_skills", "nice_to_have_skills"):
            if key in values:
                values[key] = canonical_skills(values[key])
        edited = [name for name in REQUIREMENT_FIELDS if name in values]
        await self.repo.update(job, values)
        if edited or reinfer or {"title", "description"} & values.keys():
            inferred = await infer_for(job)
            apply_requirements(job, edited=edited, reinfer=reinfer, inferred=inferred)
        if EMBEDDED_FIELDS & values.keys() or reinfer:
            await embed_job(job, self.embedder)
            await self.session.flush()
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="updated"))
        return job

    async def delete(self, job_id: uuid.UUID) -> None:
        job = await self.repo.get_or_404(job_id)
        await self.repo.soft_delete(job)
        await publish(self.session, JobChanged(org_id=self.org_id, job_id=job.id, change="deleted"))


async def jobs_by_ids(
    session: AsyncSession, org_id: uuid.UUID, job_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Job]:
    """The organisation's live jobs among ``job_ids`` (one query)."""
    return await JobRepository(session, org_id).by_ids(job_ids)


async def job_window(
    session: AsyncSession, org_id: uuid.UUID, *, offset: int, limit: int,
    status: str | None = None,
) -> tuple[list[Job], int]:
    """The organisation's live jobs from ``offset`` on, newest first, and their total."""
    return await JobRepository(session, org_id).window(offset=offset, limit=limit, status=status)
