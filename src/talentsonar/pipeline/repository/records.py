"""The pipeline's records: stages, reasons, applications and their history, notes, and the
few columns of other domains' rows they show (job titles, candidate names)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.repository import TenantRepository
from talentsonar.core.schemas import PageParams
from talentsonar.models.application import Application
from talentsonar.models.application_event import ApplicationEvent
from talentsonar.models.candidate import Candidate
from talentsonar.models.candidate_note import CandidateNote
from talentsonar.models.cv_document import CvDocument
from talentsonar.models.job import Job
from talentsonar.models.pipeline_stage import PipelineStage
from talentsonar.models.rejection_reason import RejectionReason
from talentsonar.models.user import User


async def lock_org(repo: TenantRepository[Any], what: str) -> None:
    """Serialise writers of one organisation's ``what`` until the transaction ends."""
    await repo.session.execute(
        select(func.pg_advisory_xact_lock(func.hashtext(f"pipeline:{what}:{repo.org_id}")))
    )


class StageRepository(TenantRepository[PipelineStage]):
    model = PipelineStage
    label = "Stage"

    async def ordered(self) -> list[PipelineStage]:
        stmt = self.base().order_by(PipelineStage.position, PipelineStage.created_at)
        return list(await self.list(stmt))

    async def name_taken(self, name: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = self.base().where(func.lower(PipelineStage.name) == name.lower())
        if other_than is not None:
            stmt = stmt.where(PipelineStage.id != other_than)
        return (
            await self.session.execute(stmt.with_only_columns(PipelineStage.id))
        ).first() is not None


class ReasonRepository(TenantRepository[RejectionReason]):
    model = RejectionReason
    label = "Rejection reason"

    async def ordered(self) -> list[RejectionReason]:
        stmt = self.base().order_by(RejectionReason.position, RejectionReason.created_at)
        return list(await self.list(stmt))

    async def label_taken(self, label: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = self.base().where(func.lower(RejectionReason.label) == label.lower())
        if other_than is not None:
            stmt = stmt.where(RejectionReason.id != other_than)
        return (
            await self.session.execute(stmt.with_only_columns(RejectionReason.id))
        ).first() is not None


@dataclass(frozen=True, slots=True)
class ApplicationView:
    """An application with what a client shows beside it."""

    id: uuid.UUID
    job_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    job_title: str
    stage_id: uuid.UUID
    stage_entered_at: datetime
    source: str
    rejection_reason_id: uuid.UUID | None
    rejection_reason_label: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class StageFigureRow:
    stage_id: uuid.UUID
    reached: int
    average_seconds: float | None


@dataclass(frozen=True, slots=True)
class Recipient:
    application_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    candidate_email: str | None
    job_title: str
    job_department: str | None
    job_location: str | None
    stage_id: uuid.UUID


class ApplicationRepository(TenantRepository[Application]):
    model = Application
    label = "Application"

    # --- writes -------------------------------------------------------------------------

    async def find(self, job_id: uuid.UUID, candidate_id: uuid.UUID) -> Application | None:
        stmt = self.base().where(
            Application.job_id == job_id, Application.candidate_id == candidate_id
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def insert_new(self, values: dict[str, Any]) -> uuid.UUID | None:
        """Insert unless the (job, candidate) pair already has a live application; the new
        row's id, or ``None`` when another transaction got there first."""
        stmt = (
            insert(Application)
            .values(id=uuid.uuid4(), org_id=self.org_id, **values)
            .on_conflict_do_nothing(
                index_elements=["job_id", "candidate_id"],
                index_where=text("deleted_at IS NULL"),
            )
            .returning(Application.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def locked(self, ids: Sequence[uuid.UUID]) -> list[Application]:
        """The organisation's live applications among ``ids``, locked for update (in id
        order, so two bulk moves cannot deadlock)."""
        stmt = self.base().where(Application.id.in_(ids)).order_by(Application.id)
        return list(await self.list(stmt.with_for_update()))

    async def count_in_stage(self, stage_id: uuid.UUID) -> int:
        stmt = self.base().where(Application.stage_id == stage_id).with_only_columns(func.count())
        return int((await self.session.execute(stmt)).scalar_one())

    async def uses_reason(self, reason_id: uuid.UUID) -> bool:
        stmt = self.base().where(Application.rejection_reason_id == reason_id)
        return (
            await self.session.execute(stmt.with_only_columns(Application.id).limit(1))
        ).first() is not None

    # --- reads --------------------------------------------------------------------------

    def _views(self) -> Select[*tuple[Any, ...]]:
        stmt: Select[*tuple[Any, ...]] = (
            select(
                Application.id,
                Application.job_id,
                Application.candidate_id,
                Candidate.name.label("candidate_name"),
                Job.title.label("job_title"),
                Application.stage_id,
                Application.stage_entered_at,
                Application.source,
                Application.rejection_reason_id,
                RejectionReason.label.label("rejection_reason_label"),
                Application.created_at,
                Application.updated_at,
            )
            .join(Candidate, Candidate.id == Application.candidate_id)
            .join(Job, Job.id == Application.job_id)
            .outerjoin(RejectionReason, RejectionReason.id == Application.rejection_reason_id)
            .where(
                Application.org_id == self.org_id,
                Application.deleted_at.is_(None),
                Candidate.deleted_at.is_(None),
                Job.deleted_at.is_(None),
            )
        )
        return stmt

    async def views(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ApplicationView]:
        rows = (await self.session.execute(self._views().where(Application.id.in_(ids)))).all()
        return {row.id: ApplicationView(**row._asdict()) for row in rows}

    async def candidates_views(
        self, candidate_ids: Sequence[uuid.UUID], *, offset: int, limit: int
    ) -> tuple[dict[uuid.UUID, list[ApplicationView]], dict[uuid.UUID, int]]:
        """Each candidate's applications from ``offset`` on (``limit`` of them, latest
        move first) and how many each has, in one query (GraphQL's batch loader)."""
        if not candidate_ids:
            return {}, {}
        base = self._views().where(Application.candidate_id.in_(list(set(candidate_ids))))
        ranked = base.add_columns(
            func.row_number().over(
                partition_by=Application.candidate_id,
                order_by=(Application.stage_entered_at.desc(), Application.id),
            ).label("_rank"),
            func.count().over(partition_by=Application.candidate_id).label("_total"),
        ).subquery()
        stmt = select(ranked).where(
            ranked.c._rank > offset, ranked.c._rank <= offset + limit
        ).order_by(ranked.c.candidate_id, ranked.c._rank)
        views: dict[uuid.UUID, list[ApplicationView]] = {}
        totals: dict[uuid.UUID, int] = {}
        for row in (await self.session.execute(stmt)).mappings():
            values = {k: v for k, v in row.items() if k not in ("_rank", "_total")}
            views.setdefault(row["candidate_id"], []).append(ApplicationView(**values))
            totals[row["candidate_id"]] = int(row["_total"])
        return views, totals

    async def view_page(
        self,
        paging: PageParams,
        *,
        job_id: uuid.UUID | None = None,
        candidate_id: uuid.UUID | None = None,
        stage_id: uuid.UUID | None = None,
    ) -> tuple[list[ApplicationView], int]:
        stmt = self._views()
        if job_id is not None:
            stmt = stmt.where(Application.job_id == job_id)
        if candidate_id is not None:
            stmt = stmt.where(Application.candidate_id == candidate_id)
        if stage_id is not None:
            stmt = stmt.where(Application.stage_id == stage_id)
        stmt = stmt.add_columns(func.count().over().label("_total")).order_by(
            Application.stage_entered_at.desc(), Application.id
        )
        rows = (await self.session.execute(stmt.limit(paging.limit).offset(paging.offset))).all()
        if rows:
            return [
                ApplicationView(**{k: v for k, v in r._asdict().items() if k != "_total"})
                for r in rows
            ], int(rows[0]._total)
        total = (
            await self.session.execute(
                select(func.count()).select_from(stmt.order_by(None).subquery())
            )
        ).scalar_one()
        return [], int(total)

    async def stage_counts(self, job_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
        """Live applications per stage (of one job, or of the organisation's live jobs)."""
        stmt = (
            select(Application.stage_id, func.count())
            .join(Job, Job.id == Application.job_id)
            .join(Candidate, Candidate.id == Application.candidate_id)
            .where(
                Application.org_id == self.org_id,
                Application.deleted_at.is_(None),
                Job.deleted_at.is_(None),
                Candidate.deleted_at.is_(None),
            )
            .group_by(Application.stage_id)
        )
        if job_id is not None:
            stmt = stmt.where(Application.job_id == job_id)
        return {sid: int(n) for sid, n in (await self.session.execute(stmt)).all()}

    async def job_counts(
        self, paging: PageParams, status: str | None
    ) -> tuple[list[tuple[uuid.UUID, str]], dict[uuid.UUID, dict[uuid.UUID, int]], int]:
        """A page of the organisation's live jobs (newest first; of one status), and the
        live applications per stage of each: two queries."""
        jobs = select(Job.id, Job.title, func.count().over().label("_total")).where(
            Job.org_id == self.org_id, Job.deleted_at.is_(None)
        )
        if status is not None:
            jobs = jobs.where(Job.status == status)
        page = (
            await self.session.execute(
                jobs.order_by(Job.created_at.desc(), Job.id)
                .limit(paging.limit)
                .offset(paging.offset)
            )
        ).all()
        if not page:
            total = await self.session.scalar(select(func.count()).select_from(jobs.subquery()))
            return [], {}, int(total or 0)
        ids = [row.id for row in page]
        stmt = (
            select(Application.job_id, Application.stage_id, func.count())
            .join(Candidate, Candidate.id == Application.candidate_id)
            .where(
                Application.org_id == self.org_id,
                Application.job_id.in_(ids),
                Application.deleted_at.is_(None),
                Candidate.deleted_at.is_(None),
            )
            .group_by(Application.job_id, Application.stage_id)
        )
        counts: dict[uuid.UUID, dict[uuid.UUID, int]] = {}
        for job_id, stage_id, n in (await self.session.execute(stmt)).all():
            counts.setdefault(job_id, {})[stage_id] = int(n)
        return [(row.id, row.title) for row in page], counts, int(page[0]._total)

    async def stage_figures(self, job_id: uuid.UUID) -> list[StageFigureRow]:
        """Per stage: how many of the job's applications ever entered it, and the mean
        seconds they spent there (until the next move, or until now)."""
        spans = (
            select(
                ApplicationEvent.application_id,
                ApplicationEvent.to_stage_id.label("stage_id"),
                (
                    func.extract(
                        "epoch",
                        func.coalesce(
                            func.lead(ApplicationEvent.created_at).over(
                                partition_by=ApplicationEvent.application_id,
                                order_by=(ApplicationEvent.created_at, ApplicationEvent.id),
                            ),
                            func.now(),
                        )
                        - ApplicationEvent.created_at,
                    )
                ).label("seconds"),
            )
            .join(Application, Application.id == ApplicationEvent.application_id)
            .where(
                ApplicationEvent.org_id == self.org_id,
                Application.job_id == job_id,
                Application.deleted_at.is_(None),
            )
            .subquery()
        )
        stmt = select(
            spans.c.stage_id,
            func.count(func.distinct(spans.c.application_id)),
            func.avg(spans.c.seconds),
        ).group_by(spans.c.stage_id)
        return [
            StageFigureRow(
                stage_id=sid,
                reached=int(n),
                average_seconds=float(avg) if avg is not None else None,
            )
            for sid, n, avg in (await self.session.execute(stmt)).all()
        ]

    async def reached_stages(self, job_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID]]:
        """(application, stage) for every stage each of the job's applications entered."""
        stmt = (
            select(ApplicationEvent.application_id, ApplicationEvent.to_stage_id)
            .join(Application, Application.id == ApplicationEvent.application_id)
            .where(
                ApplicationEvent.org_id == self.org_id,
                Application.job_id == job_id,
                Application.deleted_at.is_(None),
            )
            .distinct()
        )
        return [(a, s) for a, s in (await self.session.execute(stmt)).all()]

    async def recipients(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Recipient]:
        stmt = (
            select(
                Application.id.label("application_id"),
                Application.candidate_id,
                Candidate.name.label("candidate_name"),
                Candidate.email.label("candidate_email"),
                Job.title.label("job_title"),
                Job.department.label("job_department"),
                Job.location.label("job_location"),
                Application.stage_id,
            )
            .join(Candidate, Candidate.id == Application.candidate_id)
            .join(Job, Job.id == Application.job_id)
            .where(
                Application.org_id == self.org_id,
                Application.id.in_(ids),
                Application.deleted_at.is_(None),
                Candidate.deleted_at.is_(None),
                Job.deleted_at.is_(None),
            )
        )
        return {
            r.application_id: Recipient(**r._asdict())
            for r in (await self.session.execute(stmt)).all()
        }


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: uuid.UUID
    from_stage_id: uuid.UUID | None
    from_stage: str | None
    to_stage_id: uuid.UUID
    to_stage: str
    actor_user_id: uuid.UUID | None
    actor_name: str | None
    rejection_reason_id: uuid.UUID | None
    rejection_reason_label: str | None
    reason: str | None
    created_at: datetime


class ApplicationEventRepository(TenantRepository[ApplicationEvent]):
    model = ApplicationEvent
    label = "Application event"

    async def history(self, application_id: uuid.UUID) -> list[HistoryRow]:
        stmt = (
            select(
                ApplicationEvent.id,
                ApplicationEvent.from_stage_id,
                ApplicationEvent.from_stage_name.label("from_stage"),
                ApplicationEvent.to_stage_id,
                ApplicationEvent.to_stage_name.label("to_stage"),
                ApplicationEvent.actor_user_id,
                User.full_name.label("actor_name"),
                ApplicationEvent.rejection_reason_id,
                RejectionReason.label.label("rejection_reason_label"),
                ApplicationEvent.reason,
                ApplicationEvent.created_at,
            )
            .outerjoin(User, User.id == ApplicationEvent.actor_user_id)
            .outerjoin(RejectionReason, RejectionReason.id == ApplicationEvent.rejection_reason_id)
            .where(
                ApplicationEvent.org_id == self.org_id,
                ApplicationEvent.application_id == application_id,
            )
            .order_by(ApplicationEvent.created_at, ApplicationEvent.id)
        )
        return [HistoryRow(**r._asdict()) for r in (await self.session.execute(stmt)).all()]


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: uuid.UUID
    candidate_id: uuid.UUID
    author_id: uuid.UUID | None
    author_name: str | None
    body: str
    mentions: list[str]
    created_at: datetime
    updated_at: datetime


class NoteRepository(TenantRepository[CandidateNote]):
    model = CandidateNote
    label = "Note"

    async def page(self, candidate_id: uuid.UUID, paging: PageParams) -> tuple[list[NoteRow], int]:
        stmt = (
            select(
                CandidateNote.id,
                CandidateNote.candidate_id,
                CandidateNote.author_id,
                User.full_name.label("author_name"),
                CandidateNote.body,
                CandidateNote.mentions,
                CandidateNote.created_at,
                CandidateNote.updated_at,
                func.count().over().label("_total"),
            )
            .outerjoin(User, User.id == CandidateNote.author_id)
            .where(
                CandidateNote.org_id == self.org_id,
                CandidateNote.deleted_at.is_(None),
                CandidateNote.candidate_id == candidate_id,
            )
            .order_by(CandidateNote.created_at.desc(), CandidateNote.id)
        )
        rows = (await self.session.execute(stmt.limit(paging.limit).offset(paging.offset))).all()
        if not rows:
            total = await self.session.scalar(
                select(func.count()).where(
                    CandidateNote.org_id == self.org_id,
                    CandidateNote.deleted_at.is_(None),
                    CandidateNote.candidate_id == candidate_id,
                )
            )
            return [], int(total or 0)
        return [
            NoteRow(**{k: v for k, v in r._asdict().items() if k != "_total"}) for r in rows
        ], int(rows[0]._total)


@dataclass(frozen=True, slots=True)
class CandidateRef:
    id: uuid.UUID
    name: str


class LookupRepository:
    """The live jobs and candidates of one organisation, by id (the columns shown)."""

    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def job_title(self, job_id: uuid.UUID) -> str | None:
        stmt = select(Job.title).where(
            Job.id == job_id, Job.org_id == self.org_id, Job.deleted_at.is_(None)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def candidates(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, CandidateRef]:
        stmt = select(Candidate.id, Candidate.name).where(
            Candidate.id.in_(ids), Candidate.org_id == self.org_id, Candidate.deleted_at.is_(None)
        )
        return {r.id: CandidateRef(r.id, r.name) for r in (await self.session.execute(stmt)).all()}

    async def demo_candidates(
        self, emails: Sequence[str], candidate_id: uuid.UUID | None = None
    ) -> dict[str, uuid.UUID]:
        """The live demo candidates (uploaded by the demo seeder) with these e-mails."""
        stmt = select(Candidate.email, Candidate.id).where(
            Candidate.org_id == self.org_id,
            Candidate.deleted_at.is_(None),
            Candidate.email.in_(emails),
            Candidate.metadata_["source"].astext == "demo",
        )
        if candidate_id is not None:
            stmt = stmt.where(Candidate.id == candidate_id)
        return {email: cid for email, cid in (await self.session.execute(stmt)).all() if email}

    async def jobs_by_title(self, titles: Sequence[str]) -> dict[str, uuid.UUID]:
        stmt = (
            select(Job.title, Job.id)
            .where(Job.org_id == self.org_id, Job.deleted_at.is_(None), Job.title.in_(titles))
            .order_by(Job.created_at)
        )
        found: dict[str, uuid.UUID] = {}
        for title, job_id in (await self.session.execute(stmt)).all():
            found.setdefault(title, job_id)
        return found

    async def upload_job_id(self, document_id: uuid.UUID) -> str | None:
        """The job a CV was uploaded against (the upload's ``jobId``), if any."""
        stmt = select(CvDocument.upload_options).where(
            CvDocument.id == document_id, CvDocument.org_id == self.org_id
        )
        options = (await self.session.execute(stmt)).scalar_one_or_none() or {}
        job_id = options.get("jobId")
        return str(job_id) if job_id else None
