"""Migration of the localStorage backup of the original front end (seed 001, Phase 2):
``{jobs, internalCandidates, pastCandidates, uploadedCandidates}``.

Idempotent: ids are kept (a non-UUID legacy id becomes a stable UUIDv5 of it), rows
already imported are skipped. Match scores go into the candidate's metadata under
``legacyMatchScores`` (``{jobId: {"score", "rationale"}}``) — the matching domain can
move them into its own table.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.candidates.repository import CandidateRepository
from talentsonar.candidates.schemas import CandidateCreate
from talentsonar.candidates.service import CandidateService
from talentsonar.embeddings import Embedder
from talentsonar.jobs.schemas import JobCreate
from talentsonar.jobs.service import JobService
from talentsonar.models.job import Job

LEGACY_NAMESPACE = uuid.UUID("6f1c2b1e-3d4a-4c55-9a43-1b7f0e2d9c10")
CANDIDATE_LISTS = {"internalCandidates": "internal", "pastCandidates": "past",
                   "uploadedCandidates": "uploaded"}
KNOWN_CANDIDATE_KEYS = {"id", "type", "name", "email", "skills", "matchScores",
                        "matchRationales", "isHiddenGem", "employmentStatus"}
STATUS_ALIASES = {"open": "open", "closed": "closed", "on hold": "on hold", "on_hold": "on hold",
                  "onhold": "on hold", "paused": "on hold"}


@dataclass(slots=True)
class ImportReport:
    imported: dict[str, int] = field(default_factory=lambda: {"jobs": 0, "candidates": 0,
                                                              "matchScores": 0})
    skipped: dict[str, int] = field(default_factory=lambda: {"jobs": 0, "candidates": 0})
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # kind, id, reason


def legacy_uuid(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return uuid.uuid5(LEGACY_NAMESPACE, str(value))


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"


def _parse_date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


async def import_backup(session: AsyncSession, org_id: uuid.UUID, embedder: Embedder,
                        backup: Any) -> ImportReport:
    report = ImportReport()
    if not isinstance(backup, dict):
        report.rejected.append(("file", "-", "the backup is not a JSON object"))
        return report
    job_ids: set[uuid.UUID] = set()
    job_service = JobService(session, org_id, embedder)
    for raw in backup.get("jobs") or []:
        legacy = str(raw.get("id")) if isinstance(raw, dict) else "?"
        if not isinstance(raw, dict) or raw.get("id") is None:
            report.rejected.append(("job", legacy, "missing id"))
            continue
        job_id = legacy_uuid(raw["id"])
        existing = await session.get(Job, job_id)
        if existing is not None:
            if existing.org_id != org_id:
                report.rejected.append(("job", legacy, "this id belongs to another organisation"))
            else:
                report.skipped["jobs"] += 1
                job_ids.add(job_id)
            continue
        status = STATUS_ALIASES.get(str(raw.get("status") or "open").strip().lower())
        if status is None:
            report.rejected.append(("job", legacy, f"unknown status {raw.get('status')!r}"))
            continue
        try:
            body = JobCreate.model_validate({
                "title": raw.get("title"), "department": raw.get("department"),
                "location": raw.get("location"), "description": raw.get("description") or "",
                "requiredSkills": raw.get("requiredSkills") or [], "status": status,
                "companyContext": raw.get("companyContext") or {},
            })
        except ValidationError as exc:
            report.rejected.append(("job", legacy, _first_error(exc)))
            continue
        job = Job(id=job_id, **body.model_dump(by_alias=False))
        posted = _parse_date(raw.get("postedDate"))
        if posted is not None:
            job.created_at = posted
        await job_service.import_job(job)
        job_ids.add(job_id)
        report.imported["jobs"] += 1

    candidates = CandidateRepository(session, org_id)
    service = CandidateService(session, org_id, embedder)
    for list_name, default_type in CANDIDATE_LISTS.items():
        for raw in backup.get(list_name) or []:
            await _import_candidate(session, candidates, service, raw, default_type, job_ids,
                                    report)
    return report


async def _import_candidate(session: AsyncSession, candidates: CandidateRepository,
                            service: CandidateService, raw: Any, default_type: str,
                            job_ids: set[uuid.UUID], report: ImportReport) -> None:
    from talentsonar.models.candidate import Candidate

    legacy = str(raw.get("id")) if isinstance(raw, dict) else "?"
    if not isinstance(raw, dict) or raw.get("id") is None:
        report.rejected.append(("candidate", legacy, "missing id"))
        return
    candidate_id = legacy_uuid(raw["id"])
    existing = await session.get(Candidate, candidate_id)
    if existing is not None:
        if existing.org_id != candidates.org_id:
            report.rejected.append(("candidate", legacy,
                                    "this id belongs to another organisation"))
        else:
            report.skipped["candidates"] += 1
        return
    metadata = {k: v for k, v in raw.items() if k not in KNOWN_CANDIDATE_KEYS}
    scores: dict[str, dict[str, Any]] = {}
    rationales = raw.get("matchRationales") or {}
    for job_key, score in (raw.get("matchScores") or {}).items():
        job_uuid = legacy_uuid(job_key)
        if job_uuid not in job_ids:
            report.rejected.append(("matchScore", f"{legacy}/{job_key}", "unknown job"))
            continue
        if not isinstance(score, int | float) or isinstance(score, bool) or not 0 <= score <= 100:
            report.rejected.append(("matchScore", f"{legacy}/{job_key}",
                                    f"score {score!r} is not a number from 0 to 100"))
            continue
        rationale = rationales.get(job_key) if isinstance(rationales, dict) else None
        scores[str(job_uuid)] = {"score": round(float(score)),
                                 "rationale": rationale if isinstance(rationale, str) else None}
    if scores:
        metadata["legacyMatchScores"] = scores
    candidate_type = raw.get("type") if raw.get("type") in CANDIDATE_LISTS.values() else \
        default_type
    try:
        body = CandidateCreate.model_validate({
            "type": candidate_type, "name": raw.get("name"), "email": raw.get("email") or None,
            "skills": raw.get("skills") or [], "metadata": metadata,
            "isHiddenGem": bool(raw.get("isHiddenGem", False)),
            "employmentStatus": raw.get("employmentStatus") or "available",
            "summary": metadata.get("summary") if isinstance(metadata.get("summary"), str)
            else None,
        })
    except ValidationError as exc:
        report.rejected.append(("candidate", legacy, _first_error(exc)))
        return
    await service.create(body, candidate_id=candidate_id)
    report.imported["candidates"] += 1
    report.imported["matchScores"] += len(scores)
