"""Assessments, the recruiter's side: templates from a job's requirements or a list of
skills, invitations (a single-use link that expires: a signed random token, stored hashed,
e-mailed by a task) and their results."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.assessments import schemas as s
from talentsonar.assessments.bank import bank, draw_paper, skills_with_questions
from talentsonar.assessments.repository import AssessmentRepository, InvitationRepository
from talentsonar.core.errors import Conflict, NotFound, UnprocessableEntity
from talentsonar.core.models import utcnow
from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.core.security import sha256_hex
from talentsonar.models.assessment import Assessment
from talentsonar.models.assessment_invitation import AssessmentInvitation
from talentsonar.skills.canonical import canonical_skills

TOKEN_PREFIX = "tsa_"
#: A job's seniority words, as the level questions are drawn at.
SENIORITY_LEVELS = {
    "intern": "junior", "entry": "junior", "junior": "junior", "graduate": "junior",
    "mid": "mid", "intermediate": "mid", "associate": "mid",
    "senior": "senior", "lead": "senior", "staff": "senior", "principal": "senior",
    "director": "senior", "executive": "senior", "manager": "senior",
}
#: At most this many skills of a job make a paper (the first required ones).
MAX_JOB_SKILLS = 5


def link_token(runtime: Runtime, invitation_id: uuid.UUID, nonce: bytes) -> str:
    """The link's token: the invitation id and an HMAC of it and its random nonce (the
    database keeps only the token's SHA-256 and the nonce: neither opens the link)."""
    secret = runtime.keys.keys[0][1].encode()
    mac = hmac.new(secret, b"assessment:" + invitation_id.bytes + nonce, hashlib.sha256)
    return f"{TOKEN_PREFIX}{invitation_id.hex}{mac.hexdigest()[:40]}"


def link_url(runtime: Runtime, token: str) -> str:
    """The page the candidate opens in a browser (``web.pages.take``)."""
    return f"{runtime.settings.base_url}/assess/{token}"


def api_link_url(runtime: Runtime, token: str) -> str:
    """The same paper through the API (``/assessments/take/{token}``)."""
    return f"{runtime.settings.base_url}/api/v1/assessments/take/{token}"


def level_of(seniority: str | None) -> str:
    word = (seniority or "").strip().lower()
    return SENIORITY_LEVELS.get(word.split()[0] if word else "", "mid")


def question_count(assessment: Assessment) -> int:
    """How many questions each candidate invited to ``assessment`` gets."""
    return _paper_size(assessment)


def _paper_size(assessment: Assessment) -> int:
    questions = bank()
    size = 0
    for skill in assessment.skills:
        non_code = [q for q in questions.values() if q.skill == skill and q.kind != "code"]
        size += min(assessment.questions_per_skill, len(non_code))
    has_code = any(q.kind == "code" and q.skill in assessment.skills for q in questions.values())
    return size + (1 if assessment.include_code and has_code else 0)


def to_schema(row: Assessment, invitations: int = 0,
              skipped: Sequence[str] = ()) -> s.Assessment:
    return s.Assessment(
        id=row.id, title=row.title, job_id=row.job_id, seniority=row.seniority,
        skills=list(row.skills), questions_per_skill=row.questions_per_skill,
        include_code=row.include_code, time_limit_minutes=row.time_limit_minutes,
        question_count=_paper_size(row), invitations=invitations, skipped_skills=list(skipped),
        created_at=row.created_at,
    )


async def create(session: AsyncSession, org_id: uuid.UUID, user_id: uuid.UUID | None,
                 body: s.AssessmentCreate) -> s.Assessment:
    repo = AssessmentRepository(session, org_id)
    asked = canonical_skills(body.skills)
    title = body.title
    seniority = body.seniority
    if body.job_id is not None:
        job = await repo.job(body.job_id)
        if job is None:
            raise NotFound("Job not found")
        if not asked:
            asked = canonical_skills([*(job.required_skills or []),
                                      *(job.nice_to_have_skills or [])])
        title = title or f"{job.title}: skills assessment"
        seniority = seniority or level_of(job.seniority)  # type: ignore[assignment]
    known = skills_with_questions()
    skills = [x for x in asked if x in known][:MAX_JOB_SKILLS if body.job_id else None]
    skipped = [x for x in asked if x not in known]
    if not skills:
        raise UnprocessableEntity(
            "None of these skills has a question bank yet: "
            + (", ".join(asked) or "no skills given"),
            details={"skills": asked, "available": sorted(known)})
    row = await repo.create(Assessment(
        title=title or f"{', '.join(skills)} assessment", job_id=body.job_id,
        seniority=seniority or "mid", skills=skills,
        questions_per_skill=body.questions_per_skill, include_code=body.include_code,
        time_limit_minutes=body.time_limit_minutes, created_by_id=user_id))
    return to_schema(row, 0, skipped)


async def get(session: AsyncSession, org_id: uuid.UUID, assessment_id: uuid.UUID) -> s.Assessment:
    repo = AssessmentRepository(session, org_id)
    row = await repo.get(assessment_id)
    if row is None:
        raise NotFound("Assessment not found")
    counts = await repo.invitation_counts([row.id])
    return to_schema(row, counts.get(row.id, 0))


async def page(session: AsyncSession, org_id: uuid.UUID,
               paging: PageParams) -> tuple[list[s.Assessment], int]:
    repo = AssessmentRepository(session, org_id)
    rows, total = await repo.paginate(repo.base().order_by(Assessment.created_at.desc()),
                                      paging)
    counts = await repo.invitation_counts([r.id for r in rows])
    return [to_schema(r, counts.get(r.id, 0)) for r in rows], total


async def delete(session: AsyncSession, org_id: uuid.UUID, assessment_id: uuid.UUID) -> None:
    repo = AssessmentRepository(session, org_id)
    row = await repo.get(assessment_id)
    if row is None:
        raise NotFound("Assessment not found")
    await repo.soft_delete(row)


def invitation_schema(row: AssessmentInvitation) -> s.Invitation:
    return s.Invitation.model_validate(row, from_attributes=True)


async def invite(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID,
                 user_id: uuid.UUID | None, assessment_id: uuid.UUID,
                 body: s.AssessmentInvitationCreate) -> s.Invitation:
    """Invite a candidate: one attempt; a second invitation while one is open is refused
    (409) unless ``replace`` (the old link then answers 410). The e-mail is queued."""
    repo = AssessmentRepository(session, org_id)
    assessment = await repo.get(assessment_id)
    if assessment is None:
        raise NotFound("Assessment not found")
    candidate = await repo.candidate(body.candidate_id)
    if candidate is None:
        raise NotFound("Candidate not found")
    email = str(body.email) if body.email else candidate.email
    if not email:
        raise UnprocessableEntity("The candidate has no e-mail address: give one",
                                  details={"field": "email"})
    invitations = InvitationRepository(session, org_id)
    open_ones = await invitations.open_for(assessment.id, candidate.id)
    if open_ones and not body.replace:
        raise Conflict("The candidate already has an open invitation to this assessment "
                       "(send replace: true to issue another)")
    for old in open_ones:
        old.status = "revoked"
    seed = secrets.randbits(62)
    nonce = secrets.token_bytes(16)
    row = AssessmentInvitation(
        id=uuid.uuid4(), assessment_id=assessment.id, candidate_id=candidate.id,
        email=email.strip().lower(), token_nonce=nonce, token_hash="", status="invited",
        expires_at=utcnow() + timedelta(hours=runtime.settings.assessment_link_ttl_hours),
        seed=seed, invited_by_id=user_id,
        paper=draw_paper(assessment.skills, assessment.seniority,
                         assessment.questions_per_skill, assessment.include_code, seed),
    )
    row.token_hash = sha256_hex(link_token(runtime, row.id, nonce))
    await invitations.create(row)
    await enqueue(session, "assessments.send_invitation", org_id=org_id,
                  args={"invitation_id": str(row.id)}, priority=Priority.high,
                  created_by_id=user_id, subject=("candidate", candidate.id))
    return invitation_schema(row)


async def invitations_of(session: AsyncSession, org_id: uuid.UUID,
                         assessment_id: uuid.UUID) -> list[s.Invitation]:
    if await AssessmentRepository(session, org_id).get(assessment_id) is None:
        raise NotFound("Assessment not found")
    rows = await InvitationRepository(session, org_id).of_assessment(assessment_id)
    return [invitation_schema(r) for r in rows]


async def assessments_by_ids(session: AsyncSession, org_id: uuid.UUID,
                             assessment_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Assessment]:
    """The organisation's live assessments among ``assessment_ids`` (one query)."""
    return await AssessmentRepository(session, org_id).by_ids(assessment_ids)


async def invitations_of_candidates(
    session: AsyncSession, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID], *,
    offset: int, limit: int,
) -> dict[uuid.UUID, tuple[list[AssessmentInvitation], int]]:
    """Each candidate's invitations (attempts and results) from ``offset`` on, newest
    first, and their total: one query for any number of candidates."""
    rows, totals = await InvitationRepository(session, org_id).of_candidates(
        candidate_ids, offset=offset, limit=limit)
    return {cid: (rows.get(cid, []), totals.get(cid, 0)) for cid in candidate_ids}
