"""All SQL of the matching domain."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert

from talentsonar.core.repository import TenantRepository
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.match import Match


class MatchRepository(TenantRepository[Match]):
    model = Match
    label = "Match"

    def for_job(
        self, job_id: uuid.UUID, *, min_score: float = 0.0, candidate_type: str | None = None
    ) -> Select[tuple[Match]]:
        """Matches of a live candidate for ``job_id``, best first."""
        stmt = (
            self.base()
            .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
            .where(Match.job_id == job_id, Match.match_score >= min_score)
            .order_by(Match.match_score.desc(), Match.candidate_id)
        )
        if candidate_type:
            stmt = stmt.where(Candidate.type == candidate_type)
        return stmt

    async def top_for_job(
        self, job_id: uuid.UUID, *, limit: int, min_score: float, candidate_type: str | None = None
    ) -> Sequence[tuple[Match, Candidate]]:
        stmt = (
            select(Match, Candidate)
            .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
            .where(
                Match.org_id == self.org_id,
                Match.deleted_at.is_(None),
                Match.job_id == job_id,
                Match.match_score >= min_score,
            )
            .order_by(Match.match_score.desc(), Match.candidate_id)
            .limit(limit)
        )
        if candidate_type:
            stmt = stmt.where(Candidate.type == candidate_type)
        return [(m, c) for m, c in (await self.session.execute(stmt)).all()]

    async def top_for_candidate(
        self, candidate_id: uuid.UUID, *, limit: int, min_score: float
    ) -> Sequence[tuple[Match, Job]]:
        stmt = (
            select(Match, Job)
            .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
            .where(
                Match.org_id == self.org_id,
                Match.deleted_at.is_(None),
                Match.candidate_id == candidate_id,
                Match.match_score >= min_score,
            )
            .order_by(Match.match_score.desc(), Match.job_id)
            .limit(limit)
        )
        return [(m, j) for m, j in (await self.session.execute(stmt)).all()]

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
        written = 0
        for start in range(0, len(rows), chunk):
            batch = [{**r, "org_id": self.org_id} for r in rows[start : start + chunk]]
            if not batch:
                continue
            stmt = insert(Match).values(batch)
            excluded = stmt.excluded
            stmt = stmt.on_conflict_do_update(
                constraint="uq_matches_job_candidate",
                set_={
                    "match_score": excluded.match_score,
                    "match_rationale": excluded.match_rationale,
                    "features": excluded.features,
                    "weights": excluded.weights,
                    "details": excluded.details,
                    "scorer_version": excluded.scorer_version,
                    "embedding_model": excluded.embedding_model,
                    "inputs_hash": excluded.inputs_hash,
                    "is_hidden_gem": excluded.is_hidden_gem,
                    "updated_at": func.now(),
                },
            )
            await self.session.execute(stmt)
            written += len(batch)
        return written

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
    ) -> bool:
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
                ai_provenance=provenance,
                analyzed_at=analyzed_at,
                updated_at=func.now(),
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def job_statistics(
        self, job_ids: Sequence[uuid.UUID], *, strong: float, good: float
    ) -> dict[uuid.UUID, dict[str, int]]:
        stmt = (
            select(
                Match.job_id,
                func.count(),
                func.count().filter(Match.match_score >= strong),
                func.count().filter(and_(Match.match_score >= good, Match.match_score < strong)),
                func.count().filter(Match.analysis_type == "ai_enhanced"),
            )
            .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
            .where(Match.org_id == self.org_id, Match.job_id.in_(list(job_ids)))
            .group_by(Match.job_id)
        )
        return {
            job_id: {
                "totalCandidates": int(total),
                "strongMatches": int(strong_n),
                "goodMatches": int(good_n),
                "aiAnalyzedCount": int(ai_n),
            }
            for job_id, total, strong_n, good_n, ai_n in (await self.session.execute(stmt)).all()
        }

    async def candidate_statistics(
        self, candidate_id: uuid.UUID, *, strong: float, good: float
    ) -> dict[str, Any]:
        stmt = (
            select(
                func.count().filter(Match.match_score >= good),
                func.max(Match.match_score),
                func.count().filter(Match.match_score >= strong),
            )
            .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
            .where(Match.org_id == self.org_id, Match.candidate_id == candidate_id)
        )
        matched, best, strong_n = (await self.session.execute(stmt)).one()
        return {
            "totalJobsMatched": int(matched or 0),
            "bestMatchScore": round(float(best)) if best is not None else None,
            "strongMatches": int(strong_n or 0),
        }
