"""The match lists recruiters open all the time (a job's best candidates, a candidate's
best jobs) and the match statistics every job and candidate list carries: compiled
selects, typed rows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypedDict, cast

from sqlalchemy import BindParameter, Float, and_, any_, bindparam, func, select, true
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.repository import CompiledSelect
from talentsonar.core.schemas import PageParams
from talentsonar.models.candidate import Candidate
from talentsonar.models.feedback import Feedback
from talentsonar.models.job import Job
from talentsonar.models.match import Match


class JobMatchRow(TypedDict):
    """A job's match: the candidate's summary, the score and the latest feedback."""

    candidate_id: uuid.UUID
    name: str
    type: str
    headline: str | None
    skills: list[str] | None
    match_score: float
    ai_score: float | None
    ranking_score: float
    match_rationale: str
    analysis_type: str
    is_hidden_gem: bool
    feedback_type: str | None
    feedback_notes: str | None
    feedback_at: datetime | None


class CandidateMatchRow(TypedDict):
    """A candidate's match: the job's summary and the score."""

    job_id: uuid.UUID
    title: str
    department: str | None
    location: str | None
    status: str
    match_score: float
    ai_score: float | None
    ranking_score: float
    match_rationale: str
    analysis_type: str


class CandidateStatisticsRow(TypedDict):
    total_jobs_matched: int
    best_match_score: int | None
    strong_matches: int


class JobStatisticsRow(TypedDict):
    total_candidates: int
    strong_matches: int
    good_matches: int
    ai_analyzed_count: int


_IDS = bindparam("ids", type_=ARRAY(UUID(as_uuid=True)))
_STRONG: BindParameter[float] = bindparam("strong", type_=Float())
_GOOD: BindParameter[float] = bindparam("good", type_=Float())
_MIN_SCORE: BindParameter[float] = bindparam("min_score", type_=Float())

_CANDIDATES_STATISTICS = CompiledSelect(
    select(
        Match.candidate_id.label("id"),
        func.count().filter(Match.ranking_score >= _GOOD).label("total_jobs_matched"),
        func.max(Match.ranking_score).label("best"),
        func.count().filter(Match.ranking_score >= _STRONG).label("strong_matches"),
    )
    .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
    .where(Match.org_id == bindparam("org_id"), Match.candidate_id == any_(_IDS))
    .group_by(Match.candidate_id)
)
_JOBS_STATISTICS = CompiledSelect(
    select(
        Match.job_id.label("id"),
        func.count().label("total_candidates"),
        func.count().filter(Match.ranking_score >= _STRONG).label("strong_matches"),
        func.count()
        .filter(and_(Match.ranking_score >= _GOOD, Match.ranking_score < _STRONG))
        .label("good_matches"),
        func.count().filter(Match.analysis_type == "ai_enhanced").label("ai_analyzed_count"),
    )
    .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
    .where(Match.org_id == bindparam("org_id"), Match.job_id == any_(_IDS))
    .group_by(Match.job_id)
)


def _job_matches_query(*, by_type: bool) -> CompiledSelect:
    """One page of a live job's matches with the total; the latest feedback is looked up
    for the page's rows only."""
    page = (
        select(
            Match.org_id,
            Match.job_id,
            Match.candidate_id,
            Candidate.name,
            Candidate.type,
            Candidate.headline,
            Candidate.skills,
            Match.match_score,
            Match.ai_score,
            Match.ranking_score,
            Match.match_rationale,
            Match.analysis_type,
            Match.is_hidden_gem,
            func.count().over().label("_total"),
        )
        .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
        .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
        .where(
            Match.org_id == bindparam("org_id"),
            Match.deleted_at.is_(None),
            Match.job_id == bindparam("job_id"),
            Match.ranking_score >= _MIN_SCORE,
        )
    )
    if by_type:
        page = page.where(Candidate.type == bindparam("candidate_type"))
    paged = (
        page.order_by(Match.ranking_score.desc(), Match.candidate_id)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
        .subquery("page")
    )
    latest = (
        select(Feedback.feedback_type, Feedback.notes, Feedback.created_at)
        .where(
            Feedback.org_id == paged.c.org_id,
            Feedback.job_id == paged.c.job_id,
            Feedback.candidate_id == paged.c.candidate_id,
            Feedback.deleted_at.is_(None),
        )
        .order_by(Feedback.created_at.desc())
        .limit(1)
        .lateral("latest")
    )
    return CompiledSelect(
        select(
            paged.c.candidate_id,
            paged.c.name,
            paged.c.type,
            paged.c.headline,
            paged.c.skills,
            paged.c.match_score,
            paged.c.ai_score,
            paged.c.ranking_score,
            paged.c.match_rationale,
            paged.c.analysis_type,
            paged.c.is_hidden_gem,
            paged.c._total,
            latest.c.feedback_type,
            latest.c.notes.label("feedback_notes"),
            latest.c.created_at.label("feedback_at"),
        )
        .select_from(paged)
        .outerjoin(latest, true())
        .order_by(paged.c.ranking_score.desc(), paged.c.candidate_id)
    )


_JOB_MATCHES = {by_type: _job_matches_query(by_type=by_type) for by_type in (False, True)}

_CANDIDATE_MATCHES = CompiledSelect(
    select(
        Job.id.label("job_id"),
        Job.title,
        Job.department,
        Job.location,
        Job.status,
        Match.match_score,
        Match.ai_score,
        Match.ranking_score,
        Match.match_rationale,
        Match.analysis_type,
        func.count().over().label("_total"),
    )
    .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
    .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
    .where(
        Match.org_id == bindparam("org_id"),
        Match.deleted_at.is_(None),
        Match.candidate_id == bindparam("candidate_id"),
        Match.ranking_score >= _MIN_SCORE,
    )
    .order_by(Match.ranking_score.desc(), Match.job_id)
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)

_LIVE_CANDIDATE = CompiledSelect(
    select(Candidate.id).where(
        Candidate.id == bindparam("candidate_id"),
        Candidate.org_id == bindparam("org_id"),
        Candidate.deleted_at.is_(None),
    )
)
_LIVE_JOB = CompiledSelect(
    select(Job.id).where(
        Job.id == bindparam("job_id"), Job.org_id == bindparam("org_id"), Job.deleted_at.is_(None)
    )
)


def _without_total(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row.pop("_total", None)
        row["match_score"] = float(row["match_score"])
        row["ranking_score"] = float(row["ranking_score"])
    return rows


class MatchListRepository:
    """Match lists and statistics of one organisation (a foreign or deleted job or
    candidate has none)."""

    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def job_matches(
        self, job_id: uuid.UUID, paging: PageParams, *, min_score: float,
        candidate_type: str | None,
    ) -> tuple[list[JobMatchRow], int]:
        """A live job's matches at least ``min_score``, best first, and how many there are."""
        values: dict[str, Any] = {"org_id": self.org_id, "job_id": job_id,
                                  "min_score": min_score}
        if candidate_type:
            values["candidate_type"] = candidate_type
        rows, total = await _JOB_MATCHES[bool(candidate_type)].page(
            self.session, limit=paging.limit, offset=paging.offset, **values)
        return cast(list[JobMatchRow], _without_total(rows)), total

    async def candidate_matches(
        self, candidate_id: uuid.UUID, paging: PageParams, *, min_score: float
    ) -> tuple[list[CandidateMatchRow], int]:
        """A live candidate's live jobs at least ``min_score``, best first, and how many."""
        rows, total = await _CANDIDATE_MATCHES.page(
            self.session, limit=paging.limit, offset=paging.offset, org_id=self.org_id,
            candidate_id=candidate_id, min_score=min_score)
        return cast(list[CandidateMatchRow], _without_total(rows)), total

    async def candidate_exists(self, candidate_id: uuid.UUID) -> bool:
        """Whether the candidate is this organisation's and live (selects the id only)."""
        return bool(await _LIVE_CANDIDATE.rows(
            self.session, org_id=self.org_id, candidate_id=candidate_id))

    async def job_exists(self, job_id: uuid.UUID) -> bool:
        """Whether the job is this organisation's and live (selects the id only: a job's
        vector alone costs more to decode than most pages it guards)."""
        return bool(await _LIVE_JOB.rows(self.session, org_id=self.org_id, job_id=job_id))

    async def candidates_statistics(
        self, candidate_ids: Sequence[uuid.UUID], *, strong: float, good: float
    ) -> dict[uuid.UUID, CandidateStatisticsRow]:
        """Per candidate: jobs matched (score >= ``good``), best score (rounded), strong
        matches (>= ``strong``), over live jobs. Unmatched candidates are absent."""
        if not candidate_ids:
            return {}
        rows = await _CANDIDATES_STATISTICS.rows(
            self.session, org_id=self.org_id, ids=list(candidate_ids), strong=strong, good=good)
        return {
            row["id"]: CandidateStatisticsRow(
                total_jobs_matched=int(row["total_jobs_matched"]),
                best_match_score=round(float(row["best"])) if row["best"] is not None else None,
                strong_matches=int(row["strong_matches"]),
            )
            for row in rows
        }

    async def jobs_statistics(
        self, job_ids: Sequence[uuid.UUID], *, strong: float, good: float
    ) -> dict[uuid.UUID, JobStatisticsRow]:
        """Per job: live candidates scored, strong (>= ``strong``) and good (``good`` up to
        ``strong``) matches, AI-analysed pairs. Unmatched jobs are absent."""
        if not job_ids:
            return {}
        rows = await _JOBS_STATISTICS.rows(
            self.session, org_id=self.org_id, ids=list(job_ids), strong=strong, good=good)
        return {
            row["id"]: JobStatisticsRow(
                total_candidates=int(row["total_candidates"]),
                strong_matches=int(row["strong_matches"]),
                good_matches=int(row["good_matches"]),
                ai_analyzed_count=int(row["ai_analyzed_count"]),
            )
            for row in rows
        }
