"""What scoring and profile search read and keep: jobs, candidates' scorer columns,
nearest neighbours, the organisation's learned weights, title vectors."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypedDict, cast

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import load_only

from talentsonar.models.candidate import Candidate
from talentsonar.models.candidate_title_vector import CandidateTitleVector
from talentsonar.models.job import Job
from talentsonar.models.org_ranking_model import OrgRankingModel

#: What a profile match shows of a candidate (never the vector or the CV text).
_PROFILE_COLUMNS = load_only(
    Candidate.id, Candidate.name, Candidate.type, Candidate.headline, Candidate.skills
)


class ScorerCandidateRow(TypedDict):
    """A candidate as the scorer reads it (``engine.row_to_candidate``)."""

    id: uuid.UUID
    skills: list[str] | None
    headline: str | None
    location: str | None
    total_years_experience: float | None
    embedding: Any
    embedding_model: str | None
    title_embedding: Any
    title_hash: str | None
    title_model: str | None
    work_history: Any
    education: Any
    profile_years: Any
    #: ``{skill: [status, [sources]]}`` of the skills verified or failed (skill profiles)
    skill_checks: Any


#: Columns the scorer needs (never the CV text): keeps loading a 100k pool cheap.
_CANDIDATE_COLUMNS = (
    "c.id, skills, headline, location, total_years_experience, c.embedding, embedding_model, "
    "tv.embedding AS title_embedding, tv.text_hash AS title_hash, tv.model AS title_model, "
    "coalesce(profile->'workHistory', profile->'work_history') AS work_history, "
    "profile->'education' AS education, "
    "coalesce(profile->'totalYearsExperience', profile->'total_years_experience') "
    "AS profile_years, "
    "(SELECT jsonb_object_agg(cs.skill, jsonb_build_array(cs.status, cs.sources)) "
    " FROM candidate_skills cs WHERE cs.candidate_id = c.id AND cs.deleted_at IS NULL "
    " AND cs.status IN ('verified', 'failed')) AS skill_checks"
)


class ScoringSourceRepository:
    """Reads the jobs and candidates the scorer needs, scoped to one organisation."""

    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def job(self, job_id: uuid.UUID) -> Job | None:
        stmt = select(Job).where(
            Job.id == job_id, Job.org_id == self.org_id, Job.deleted_at.is_(None)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def open_jobs(self) -> Sequence[Job]:
        stmt = (
            select(Job)
            .where(Job.org_id == self.org_id, Job.deleted_at.is_(None), Job.status == "open")
            .order_by(Job.created_at, Job.id)
        )
        return (await self.session.execute(stmt)).scalars().all()

    async def job_ids(self) -> list[uuid.UUID]:
        stmt = select(Job.id).where(Job.org_id == self.org_id, Job.deleted_at.is_(None))
        return list((await self.session.execute(stmt)).scalars().all())

    async def count_candidates(self) -> int:
        stmt = select(func.count()).where(
            Candidate.org_id == self.org_id, Candidate.deleted_at.is_(None)
        )
        return int((await self.session.execute(stmt)).scalar_one())

    async def candidate_rows(
        self,
        ids: Sequence[uuid.UUID] | None = None,
        *,
        after: uuid.UUID | None = None,
        limit: int | None = None,
    ) -> list[ScorerCandidateRow]:
        """Scorer columns of live candidates: all (keyset-paged by id) or the given ids."""
        where = ["c.org_id = :org", "c.deleted_at IS NULL"]
        params: dict[str, Any] = {"org": self.org_id}
        if ids is not None:
            where.append("c.id = ANY(:ids)")
            params["ids"] = list(ids)
        if after is not None:
            where.append("c.id > :after")
            params["after"] = after
        sql = (
            f"SELECT {_CANDIDATE_COLUMNS} FROM candidates c "
            "LEFT JOIN candidate_title_vectors tv ON tv.candidate_id = c.id "
            f"WHERE {' AND '.join(where)} ORDER BY c.id"
        )
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = limit
        result = await self.session.execute(text(sql), params)
        return [cast(ScorerCandidateRow, dict(row._mapping)) for row in result]

    async def nearest_candidate_ids(
        self, embedding: Sequence[float], *, limit: int, ef_search: int
    ) -> list[uuid.UUID]:
        """Approximate nearest candidates by cosine (HNSW with iterative scan, so the org
        filter applied after the scan still yields ``limit`` rows)."""
        await self.session.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
        await self.session.execute(text(f"SET LOCAL hnsw.ef_search = {int(ef_search)}"))
        result = await self.session.execute(
            text(
                "SELECT id FROM candidates WHERE org_id = :org AND deleted_at IS NULL "
                "AND embedding IS NOT NULL ORDER BY embedding <=> CAST(:q AS vector) LIMIT :k"
            ),
            {"org": self.org_id, "q": _vector_literal(embedding), "k": limit},
        )
        return [r[0] for r in result]

    async def keyword_candidate_ids(
        self, skills: Sequence[str], title_words: Sequence[str], *, limit: int
    ) -> list[uuid.UUID]:
        """Candidates with the most required skills (and title words) in common."""
        if not skills and not title_words:
            return []
        result = await self.session.execute(
            text(
                "SELECT id FROM ("
                " SELECT id, (SELECT count(*) FROM jsonb_array_elements_text(skills) s"
                "             WHERE s = ANY(:skills)) AS hits,"
                "        (SELECT count(*) FROM unnest(CAST(:words AS text[])) w"
                "         WHERE lower(coalesce(headline, '') || ' ' || titles_text)"
                "               LIKE '%' || w || '%'"
                "        ) AS title_hits"
                " FROM candidates WHERE org_id = :org AND deleted_at IS NULL"
                ") ranked WHERE hits + title_hits > 0"
                " ORDER BY hits * 2 + title_hits DESC, id LIMIT :k"
            ),
            {"org": self.org_id, "skills": list(skills), "words": list(title_words), "k": limit},
        )
        return [r[0] for r in result]

    async def ranking_weights(self) -> tuple[dict[str, float] | None, int]:
        """The organisation's learned weights and model version (``(None, 0)``: defaults)."""
        row = (
            await self.session.execute(
                select(OrgRankingModel.weights, OrgRankingModel.version).where(
                    OrgRankingModel.org_id == self.org_id, OrgRankingModel.deleted_at.is_(None)
                )
            )
        ).one_or_none()
        if row is None:
            return None, 0
        return dict(row[0]), int(row[1])

    async def save_title_vectors(
        self, rows: Sequence[tuple[uuid.UUID, str, str, Sequence[float]]]
    ) -> None:
        """Upsert ``(candidate_id, text_hash, model, embedding)`` title vectors."""
        if not rows:
            return
        stmt = insert(CandidateTitleVector).values(
            [
                {"candidate_id": cid, "org_id": self.org_id, "text_hash": h, "model": m,
                 "embedding": list(v)}
                for cid, h, m, v in rows
            ]
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["candidate_id"],
            set_={
                "text_hash": stmt.excluded.text_hash,
                "model": stmt.excluded.model,
                "embedding": stmt.excluded.embedding,
            },
        )
        await self.session.execute(stmt)

    async def live_candidate(self, candidate_id: uuid.UUID) -> Candidate | None:
        stmt = select(Candidate).where(
            Candidate.id == candidate_id,
            Candidate.org_id == self.org_id,
            Candidate.deleted_at.is_(None),
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def candidates_by_ids(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Candidate]:
        stmt = (
            select(Candidate)
            .options(_PROFILE_COLUMNS)
            .where(
                Candidate.id.in_(list(ids)),
                Candidate.org_id == self.org_id,
                Candidate.deleted_at.is_(None),
            )
        )
        return {c.id: c for c in (await self.session.execute(stmt)).scalars()}

    async def nearest_profiles(
        self,
        embedding: Sequence[float],
        *,
        threshold: float,
        count: int,
        exclude: uuid.UUID | None,
        ef_search: int,
    ) -> list[tuple[uuid.UUID, float]]:
        """``match_profiles``: candidates whose cosine similarity is at least ``threshold``
        (HNSW with iterative scan, so the org filter still yields ``count`` rows)."""
        await self.session.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
        await self.session.execute(text(f"SET LOCAL hnsw.ef_search = {int(ef_search)}"))
        result = await self.session.execute(
            text(
                "SELECT id, 1 - (embedding <=> CAST(:q AS vector)) AS similarity "
                "FROM candidates "
                "WHERE org_id = :org AND deleted_at IS NULL AND embedding IS NOT NULL "
                "AND (CAST(:exclude AS uuid) IS NULL OR id <> CAST(:exclude AS uuid)) "
                "ORDER BY embedding <=> CAST(:q AS vector) LIMIT :k"
            ),
            {"org": self.org_id, "q": _vector_literal(embedding), "k": count,
             "exclude": exclude},
        )
        found = [(r[0], float(r[1])) for r in result]
        found.sort(key=lambda item: -item[1])  # relaxed order: re-sort the few returned
        return [(cid, similarity) for cid, similarity in found if similarity >= threshold]


def _vector_literal(values: Sequence[float]) -> str:
    return "[" + ",".join(f"{float(v):.7g}" for v in values) + "]"


