"""Assessments' SQL: templates, invitations (found by their token's hash) and answers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from talentsonar.core.repository import TenantRepository
from talentsonar.models.assessment import Assessment
from talentsonar.models.assessment_answer import AssessmentAnswer
from talentsonar.models.assessment_invitation import AssessmentInvitation
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.membership import Membership, Role
from talentsonar.models.organization import Organization
from talentsonar.models.user import User


class AssessmentRepository(TenantRepository[Assessment]):
    model = Assessment

    async def job(self, job_id: uuid.UUID) -> Job | None:
        stmt = select(Job).where(Job.id == job_id, Job.org_id == self.org_id,
                                 Job.deleted_at.is_(None))
        found: Job | None = (await self.session.execute(stmt)).scalar_one_or_none()
        return found

    async def candidate(self, candidate_id: uuid.UUID) -> Candidate | None:
        stmt = select(Candidate).where(Candidate.id == candidate_id,
                                       Candidate.org_id == self.org_id,
                                       Candidate.deleted_at.is_(None))
        found: Candidate | None = (await self.session.execute(stmt)).scalar_one_or_none()
        return found

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Assessment]:
        """The organisation's live assessments among ``ids`` (one query)."""
        if not ids:
            return {}
        rows = await self.list(self.base().where(Assessment.id.in_(list(set(ids)))))
        return {r.id: r for r in rows}

    async def invitation_counts(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
        if not ids:
            return {}
        rows = await self.session.execute(
            select(AssessmentInvitation.assessment_id, func.count())
            .where(AssessmentInvitation.org_id == self.org_id,
                   AssessmentInvitation.assessment_id.in_(list(ids)),
                   AssessmentInvitation.deleted_at.is_(None))
            .group_by(AssessmentInvitation.assessment_id))
        return {a: int(n) for a, n in rows}


class InvitationRepository(TenantRepository[AssessmentInvitation]):
    model = AssessmentInvitation

    async def of_assessment(self, assessment_id: uuid.UUID) -> Sequence[AssessmentInvitation]:
        return await self.list(self.base().where(
            AssessmentInvitation.assessment_id == assessment_id
        ).order_by(AssessmentInvitation.created_at.desc()))

    async def of_candidates(
        self, candidate_ids: Sequence[uuid.UUID], *, offset: int, limit: int
    ) -> tuple[dict[uuid.UUID, list[AssessmentInvitation]], dict[uuid.UUID, int]]:
        """Each candidate's invitations from ``offset`` on (``limit`` of them, newest
        first) and how many each has, in one query (GraphQL's batch loader)."""
        if not candidate_ids:
            return {}, {}
        ranked = self.base().where(
            AssessmentInvitation.candidate_id.in_(list(set(candidate_ids)))
        ).add_columns(
            func.row_number().over(
                partition_by=AssessmentInvitation.candidate_id,
                order_by=(AssessmentInvitation.created_at.desc(), AssessmentInvitation.id),
            ).label("_rank"),
            func.count().over(partition_by=AssessmentInvitation.candidate_id).label("_total"),
        ).subquery()
        invitation = aliased(AssessmentInvitation, ranked)
        stmt = select(invitation, ranked.c._rank, ranked.c._total).where(
            ranked.c._rank > offset, ranked.c._rank <= offset + limit
        ).order_by(ranked.c.candidate_id, ranked.c._rank)
        rows: dict[uuid.UUID, list[AssessmentInvitation]] = {}
        totals: dict[uuid.UUID, int] = {}
        for row, _rank, total in (await self.session.execute(stmt)).all():
            rows.setdefault(row.candidate_id, []).append(row)
            totals[row.candidate_id] = int(total)
        if offset > 0:
            # a candidate whose invitations all lie before ``offset`` has no row above:
            # its total comes from a count
            missing = [c for c in set(candidate_ids) if c not in totals]
            if missing:
                counted = await self.session.execute(
                    select(AssessmentInvitation.candidate_id, func.count())
                    .where(AssessmentInvitation.org_id == self.org_id,
                           AssessmentInvitation.deleted_at.is_(None),
                           AssessmentInvitation.candidate_id.in_(missing))
                    .group_by(AssessmentInvitation.candidate_id))
                totals.update({c: int(n) for c, n in counted})
        return rows, totals

    async def open_for(self, assessment_id: uuid.UUID,
                       candidate_id: uuid.UUID) -> Sequence[AssessmentInvitation]:
        """The candidate's invitations to this assessment not yet finished."""
        return await self.list(self.base().where(
            AssessmentInvitation.assessment_id == assessment_id,
            AssessmentInvitation.candidate_id == candidate_id,
            AssessmentInvitation.status.in_(["invited", "started"])))

    async def recruiters(self) -> list[uuid.UUID]:
        rows = await self.session.execute(select(Membership.user_id).where(
            Membership.org_id == self.org_id,
            Membership.role.in_([Role.owner, Role.admin, Role.recruiter])))
        return [r[0] for r in rows]


_SAVE_ANSWER = text(
    "WITH open_attempt AS ("
    " SELECT id FROM assessment_invitations"
    " WHERE id = :inv AND status = 'started' AND deadline_at >= :now AND deleted_at IS NULL"
    " FOR SHARE) "
    "INSERT INTO assessment_answers"
    " (id, org_id, invitation_id, question_id, answer, saved_at, grading, created_at,"
    "  updated_at) "
    "SELECT :id, :org, open_attempt.id, :q, CAST(:answer AS jsonb), :now, '{}'::jsonb, :now,"
    " :now FROM open_attempt "
    "ON CONFLICT ON CONSTRAINT uq_assessment_answers_invitation_question DO UPDATE SET"
    " answer = excluded.answer, saved_at = excluded.saved_at, updated_at = excluded.updated_at "
    "RETURNING id"
)


class TakeRepository:
    """The candidate's side: no organisation is known until the token's row is found."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_token_hash(self, token_hash: str, *,
                            lock: bool = False) -> AssessmentInvitation | None:
        stmt = select(AssessmentInvitation).where(
            AssessmentInvitation.token_hash == token_hash,
            AssessmentInvitation.deleted_at.is_(None))
        if lock:
            stmt = stmt.with_for_update()
        found: AssessmentInvitation | None = (await self.session.execute(stmt)).scalar_one_or_none()
        return found

    async def by_id(self, invitation_id: uuid.UUID) -> AssessmentInvitation | None:
        """An invitation by id, locked (the grading task's read)."""
        stmt = select(AssessmentInvitation).where(
            AssessmentInvitation.id == invitation_id,
            AssessmentInvitation.deleted_at.is_(None)).with_for_update()
        found: AssessmentInvitation | None = (await self.session.execute(stmt)).scalar_one_or_none()
        return found

    async def state(self, token_hash: str) -> tuple[uuid.UUID, uuid.UUID, str, int,
                                                    datetime | None, list[Any]] | None:
        """``(id, org_id, status, seed, deadline_at, paper)`` of an invitation: what saving an
        answer checks (one indexed read, no ORM entity)."""
        row = (await self.session.execute(select(
            AssessmentInvitation.id, AssessmentInvitation.org_id, AssessmentInvitation.status,
            AssessmentInvitation.seed, AssessmentInvitation.deadline_at,
            AssessmentInvitation.paper,
        ).where(AssessmentInvitation.token_hash == token_hash,
                AssessmentInvitation.deleted_at.is_(None)))).first()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4], row[5])

    async def assessment(self, assessment_id: uuid.UUID) -> Assessment | None:
        found: Assessment | None = await self.session.get(Assessment, assessment_id)
        return found

    async def org_name(self, org_id: uuid.UUID) -> str | None:
        name: str | None = await self.session.scalar(
            select(Organization.name).where(Organization.id == org_id))
        return name

    async def save_answer(self, *, org_id: uuid.UUID, invitation_id: uuid.UUID,
                          question_id: str, answer: dict[str, Any], now: datetime) -> bool:
        """Upsert one answer if the attempt is open and in time, in one statement that
        share-locks the invitation (a submit cannot slip between the check and the write);
        ``False``: it is not open (nothing written, nothing locked)."""
        result = await self.session.execute(_SAVE_ANSWER, {
            "id": uuid.uuid4(), "org": org_id, "inv": invitation_id, "q": question_id,
            "answer": orjson.dumps(answer).decode(), "now": now,
        })
        return result.first() is not None

    async def answers(self, invitation_id: uuid.UUID) -> Sequence[AssessmentAnswer]:
        stmt = select(AssessmentAnswer).where(AssessmentAnswer.invitation_id == invitation_id,
                                              AssessmentAnswer.deleted_at.is_(None))
        return (await self.session.execute(stmt)).scalars().all()

    async def close(self, invitation_id: uuid.UUID, status: str, now: datetime) -> bool:
        """Close an open attempt (``submitted`` or ``timed_out``); ``False`` if it was not."""
        result = await self.session.execute(
            update(AssessmentInvitation)
            .where(AssessmentInvitation.id == invitation_id,
                   AssessmentInvitation.status.in_(["invited", "started"]))
            .values(status=status, submitted_at=now, updated_at=now)
            .returning(AssessmentInvitation.id))
        return result.first() is not None

    async def recruiter_emails(self, org_id: uuid.UUID, user_id: uuid.UUID | None) -> list[str]:
        if user_id is None:
            return []
        email = await self.session.scalar(select(User.email).where(User.id == user_id))
        return [email] if email else []
