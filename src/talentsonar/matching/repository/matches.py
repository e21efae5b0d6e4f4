"""Stored matches: the ORM repository that writes scores and reads them back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    delete,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import load_only

from talentsonar.core.models import utcnow
from talentsonar.core.repository import TenantRepository
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.match import Match
from talentsonar.models.task import Task


@dataclass(frozen=True, slots=True)
class ScoreRow:
    candidate_type: str
    match_score: float

#: What the blind view reads of a candidate (never the embedding or the CV text).
_SUMMARY_COLUMNS = load_only(
    Candidate.id,
    Candidate.name,
    Candidate.type,
    Candidate.skills,
    Candidate.headline,
    Candidate.profile,
    Candidate.total_years_experience,
    Candidate.deleted_at,
)


#: What a job's match list reads of a candidate.
_LIST_COLUMNS = load_only(
    Candidate.id, Candidate.name, Candidate.type, Candidate.skills, Candidate.deleted_at
)

#: What match lists read of a match (not the breakdown/weights provenance).
_MATCH_LIST_COLUMNS = load_only(
    Match.id,
    Match.org_id,
    Match.job_id,
    Match.candidate_id,
    Match.match_score,
    Match.ai_score,
    Match.ranking_score,
    Match.match_rationale,
    Match.features,
    Match.analysis_type,
    Match.analyzed_at,
    Match.is_hidden_gem,
    Match.deleted_at,
)


#: What a match's explanation reads (not the weights, the AI analysis or the hash).
_MATCH_DETAIL_COLUMNS = load_only(
    Match.id, Match.org_id, Match.job_id, Match.candidate_id, Match.match_score,
    Match.ai_score, Match.ranking_score, Match.match_rationale, Match.details,
    Match.analysis_type, Match.analyzed_at, Match.is_hidden_gem, Match.scorer_version,
    Match.updated_at, Match.deleted_at,
)


class MatchRepository(TenantRepository[Match]):
    model = Match
    label = "Match"

    def for_job(
        self, job_id: uuid.UUID, *, min_score: float = 0.0, candidate_type: str | None = None
    ) -> Select[Match]:
        """Matches of a live candidate for ``job_id``, best first."""
        stmt = (
            self.base()
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .where(Match.job_id == job_id, Match.ranking_score >= min_score)
            .order_by(Match.ranking_score.desc(), Match.candidate_id)
        )
        if candidate_type:
            stmt = stmt.where(Candidate.type == candidate_type)
        return stmt

    async def top_for_job(
        self, job_id: uuid.UUID, *, limit: int, min_score: float, candidate_type: str | None = None,
        profile: bool = False, offset: int = 0,
    ) -> Sequence[tuple[Match, Candidate]]:
        """Best first; ``profile``: also load what the blind view reads of the candidate."""
        stmt = (
            select(Match, Candidate)
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .options(_SUMMARY_COLUMNS if profile else _LIST_COLUMNS, _MATCH_LIST_COLUMNS)
            .where(
                Match.org_id == self.org_id,
                Match.deleted_at.is_(None),
                Match.job_id == job_id,
                Match.ranking_score >= min_score,
            )
            .order_by(Match.ranking_score.desc(), Match.candidate_id)
            .limit(limit)
            .offset(offset)
        )
        if candidate_type:
            stmt = stmt.where(Candidate.type == candidate_type)
        return [(m, c) for m, c in (await self.session.execute(stmt)).all()]

    async def top_for_candidates(
        self, candidate_ids: Sequence[uuid.UUID], *, per_candidate: int, min_score: float = 0.0
    ) -> list[Match]:
        """Each candidate's ``per_candidate`` best matches with a live job, best first, in
        one query (a rank per candidate over its matches)."""
        if not candidate_ids:
            return []
        rank = func.row_number().over(
            partition_by=Match.candidate_id,
            order_by=(Match.ranking_score.desc(), Match.job_id),
        ).label("rank")
        ranked = (
            select(Match.id, rank)
            .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
            .where(
                Match.org_id == self.org_id,
                Match.deleted_at.is_(None),
                Match.candidate_id.in_(list(set(candidate_ids))),
                Match.ranking_score >= min_score,
            )
            .subquery()
        )
        stmt = (
            select(Match)
            .join(ranked, ranked.c.id == Match.id)
            .where(ranked.c.rank <= per_candidate)
            .options(_MATCH_DETAIL_COLUMNS)
            .order_by(Match.candidate_id, ranked.c.rank)
        )
        return list((await self.session.execute(stmt)).scalars())

    async def pairs(
        self, pairs: Sequence[tuple[uuid.UUID, uuid.UUID]]
    ) -> dict[tuple[uuid.UUID, uuid.UUID], Match]:
        """The stored matches of ``(job_id, candidate_id)`` pairs, in one query."""
        if not pairs:
            return {}
        stmt = (
            self.base()
            .where(tuple_(Match.job_id, Match.candidate_id).in_(list(set(pairs))))
            .options(_MATCH_DETAIL_COLUMNS)
        )
        return {(m.job_id, m.candidate_id): m for m in (await self.session.execute(stmt)).scalars()}

    async def hidden_gems(
        self, job_id: uuid.UUID, *, limit: int, offset: int = 0
    ) -> Sequence[tuple[Match, Candidate]]:
        stmt = (
            select(Match, Candidate)
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .where(
                Match.org_id == self.org_id,
                Match.deleted_at.is_(None),
                Match.job_id == job_id,
                Match.is_hidden_gem,
                Match.ranking_score < self._top_score(job_id),
            )
            .order_by(Match.ranking_score.desc(), Match.candidate_id)
            .limit(limit)
            .offset(offset)
        )
        return [(m, c) for m, c in (await self.session.execute(stmt)).all()]

    def _top_score(self, job_id: uuid.UUID) -> Any:
        """The job's best live score: its top-ranked candidate is never a hidden gem
        (``talentsonar.matching.gems``)."""
        return (
            select(func.max(Match.ranking_score))
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .where(Match.org_id == self.org_id, Match.deleted_at.is_(None), Match.job_id == job_id)
            .scalar_subquery()
        )

    async def get_pair(self, job_id: uuid.UUID, candidate_id: uuid.UUID) -> Match | None:
        stmt = self.base().where(Match.job_id == job_id, Match.candidate_id == candidate_id)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def input_hashes(
        self, *, job_id: uuid.UUID | None = None, candidate_id: uuid.UUID | None = None
    ) -> dict[tuple[uuid.UUID, uuid.UUID], str]:
        stmt = select(Match.job_id, Match.candidate_id, Match.inputs_hash).where(
            Match.org_id == self.org_id
        )
        if job_id is not None:
            stmt = stmt.where(Match.job_id == job_id)
        if candidate_id is not None:
            stmt = stmt.where(Match.candidate_id == candidate_id)
        return {(j, c): h for j, c, h in (await self.session.execute(stmt)).all()}

    async def upsert_many(self, rows: Sequence[dict[str, Any]], chunk: int = 1000) -> int:
        """Idempotent ``INSERT … ON CONFLICT (job_id, candidate_id) DO UPDATE``; an AI analysis
        already stored for a pair is kept."""
        if not rows:
            return 0
        stmt = insert(Match)
        excluded = stmt.excluded
        stmt = stmt.on_conflict_do_update(
            constraint="uq_matches_job_candidate",
            set_={
                name: getattr(excluded, name)
                for name in (
                    "match_score",
                    "match_rationale",
                    "features",
                    "weights",
                    "details",
                    "scorer_version",
                    "embedding_model",
                    "inputs_hash",
                    "is_hidden_gem",
                )
            }
            | {"updated_at": func.now()},
        )
        now = utcnow()
        for start in range(0, len(rows), chunk):
            batch = [
                {
                    "id": uuid.uuid4(),
                    "org_id": self.org_id,
                    "analysis_type": "basic",
                    "created_at": now,
                    "updated_at": now,
                    **r,
                }
                for r in rows[start : start + chunk]
            ]
            # executemany: one compiled statement, batched by SQLAlchemy's insertmanyvalues
            await self.session.execute(stmt, batch)
        return len(rows)

    async def delete_for_candidate(self, candidate_id: uuid.UUID) -> None:
        await self.session.execute(
            delete(Match).where(Match.org_id == self.org_id, Match.candidate_id == candidate_id)
        )

    async def delete_for_job(self, job_id: uuid.UUID) -> None:
        await self.session.execute(
            delete(Match).where(Match.org_id == self.org_id, Match.job_id == job_id)
        )

    async def delete_pairs_not_in(self, job_id: uuid.UUID, keep: Sequence[uuid.UUID]) -> None:
        await self.session.execute(
            delete(Match).where(
                Match.org_id == self.org_id,
                Match.job_id == job_id,
                Match.candidate_id.not_in(list(keep)),
            )
        )

    async def set_ai_analysis(
        self,
        job_id: uuid.UUID,
        candidate_id: uuid.UUID,
        analysis: dict[str, Any],
        provenance: dict[str, Any],
        analyzed_at: datetime,
        is_hidden_gem: bool | None = None,
    ) -> float | None:
        """Store the analysis and its score on the pair; the pair's basic score, or ``None``
        when the pair has no match."""
        score = analysis.get("matchScore")
        result = await self.session.execute(
            update(Match)
            .where(
                Match.org_id == self.org_id,
                Match.job_id == job_id,
                Match.candidate_id == candidate_id,
            )
            .values(
                analysis_type="ai_enhanced",
                ai_analysis=analysis,
                ai_score=float(score) if isinstance(score, int | float) else None,
                ai_provenance=provenance,
                analyzed_at=analyzed_at,
                updated_at=func.now(),
                **({} if is_hidden_gem is None else {"is_hidden_gem": is_hidden_gem}),
            )
            .returning(Match.match_score)
        )
        basic = result.scalar_one_or_none()
        return None if basic is None else float(basic)

    async def count_for_job(
        self, job_id: uuid.UUID, *, min_score: float = 0.0, hidden_gems: bool = False
    ) -> int:
        """How many matches of a live candidate ``job_id`` has (at least ``min_score``)."""
        stmt = (
            select(func.count())
            .select_from(Match)
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .where(
                Match.org_id == self.org_id,
                Match.deleted_at.is_(None),
                Match.job_id == job_id,
                Match.ranking_score >= min_score,
            )
        )
        if hidden_gems:
            stmt = stmt.where(Match.is_hidden_gem, Match.ranking_score < self._top_score(job_id))
        return int((await self.session.execute(stmt)).scalar_one())

    async def score_distribution(self, job_id: uuid.UUID) -> list[ScoreRow]:
        """Every live candidate's score for ``job_id``, with the candidate's type."""
        stmt = (
            select(Candidate.type, Match.match_score)
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .where(Match.org_id == self.org_id, Match.job_id == job_id)
        )
        rows = (await self.session.execute(stmt)).all()
        return [ScoreRow(candidate_type=t, match_score=float(s)) for t, s in rows]

    async def latest_scoring_task(self, job_id: uuid.UUID) -> Task | None:
        stmt = (
            select(Task)
            .where(
                Task.org_id == self.org_id,
                Task.kind == "matching.score_job",
                Task.subject_id == job_id,
            )
            .order_by(Task.created_at.desc())
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalars().first()
