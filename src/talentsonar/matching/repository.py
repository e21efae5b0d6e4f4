"""All SQL of the matching domain."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    Float,
    Select,
    and_,
    any_,
    bindparam,
    delete,
    func,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, UUID, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import load_only

from talentsonar.core.models import utcnow
from talentsonar.core.repository import TenantRepository
from talentsonar.core.rows import DriverConnection, RowQuery
from talentsonar.models.candidate import Candidate
from talentsonar.models.feedback import Feedback
from talentsonar.models.job import Job
from talentsonar.models.match import Match

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
    Match.match_rationale,
    Match.features,
    Match.analysis_type,
    Match.analyzed_at,
    Match.is_hidden_gem,
    Match.deleted_at,
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
            .where(Match.job_id == job_id, Match.match_score >= min_score)
            .order_by(Match.match_score.desc(), Match.candidate_id)
        )
        if candidate_type:
            stmt = stmt.where(Candidate.type == candidate_type)
        return stmt

    async def top_for_job(
        self, job_id: uuid.UUID, *, limit: int, min_score: float, candidate_type: str | None = None,
        profile: bool = False,
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
                Match.match_score >= min_score,
            )
            .order_by(Match.match_score.desc(), Match.candidate_id)
            .limit(limit)
        )
        if candidate_type:
            stmt = stmt.where(Candidate.type == candidate_type)
        return [(m, c) for m, c in (await self.session.execute(stmt)).all()]

    async def hidden_gems(
        self, job_id: uuid.UUID, *, limit: int
    ) -> Sequence[tuple[Match, Candidate]]:
        stmt = (
            select(Match, Candidate)
            .join(
                Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None))
            )
            .where(Match.org_id == self.org_id, Match.job_id == job_id, Match.is_hidden_gem)
            .order_by(Match.match_score.desc(), Match.candidate_id)
            .limit(limit)
        )
        return [(m, c) for m, c in (await self.session.execute(stmt)).all()]

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



_IDS = bindparam("ids", type_=ARRAY(UUID(as_uuid=True)))
_STRONG: BindParameter[float] = bindparam("strong", type_=Float())
_GOOD: BindParameter[float] = bindparam("good", type_=Float())
_CANDIDATES_STATISTICS = RowQuery(
    select(
        Match.candidate_id.label("id"),
        func.count().filter(Match.match_score >= _GOOD).label("total_jobs_matched"),
        func.max(Match.match_score).label("best"),
        func.count().filter(Match.match_score >= _STRONG).label("strong_matches"),
    )
    .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
    .where(Match.org_id == bindparam("org_id"), Match.candidate_id == any_(_IDS))
    .group_by(Match.candidate_id)
)
_JOBS_STATISTICS = RowQuery(
    select(
        Match.job_id.label("id"),
        func.count().label("total_candidates"),
        func.count().filter(Match.match_score >= _STRONG).label("strong_matches"),
        func.count()
        .filter(and_(Match.match_score >= _GOOD, Match.match_score < _STRONG))
        .label("good_matches"),
        func.count().filter(Match.analysis_type == "ai_enhanced").label("ai_analyzed_count"),
    )
    .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
    .where(Match.org_id == bindparam("org_id"), Match.job_id == any_(_IDS))
    .group_by(Match.job_id)
)


def _job_matches_query(*, by_type: bool) -> RowQuery:
    latest = (
        select(Feedback.feedback_type, Feedback.notes, Feedback.created_at)
        .where(
            Feedback.org_id == Match.org_id,
            Feedback.job_id == Match.job_id,
            Feedback.candidate_id == Match.candidate_id,
            Feedback.deleted_at.is_(None),
        )
        .order_by(Feedback.created_at.desc())
        .limit(1)
        .lateral("latest")
    )
    stmt = (
        select(
            Candidate.id,
            Candidate.name,
            Candidate.type,
            Candidate.headline,
            Candidate.skills,
            Match.match_score,
            Match.match_rationale,
            Match.analysis_type,
            Match.is_hidden_gem,
            latest.c.feedback_type,
            latest.c.notes,
            latest.c.created_at.label("feedback_at"),
        )
        .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
        .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
        .outerjoin(latest, true())
        .where(
            Match.org_id == bindparam("org_id"),
            Match.deleted_at.is_(None),
            Match.job_id == bindparam("job_id"),
            Match.match_score >= bindparam("min_score", type_=Float()),
        )
    )
    if by_type:
        stmt = stmt.where(Candidate.type == bindparam("candidate_type"))
    stmt = stmt.order_by(Match.match_score.desc(), Match.candidate_id)
    return RowQuery(stmt.limit(bindparam("limit")))


_JOB_MATCHES = {by_type: _job_matches_query(by_type=by_type) for by_type in (False, True)}


async def job_matches_rows(
    conn: DriverConnection, org_id: uuid.UUID, job_id: uuid.UUID, *, limit: int,
    min_score: float, candidate_type: str | None,
) -> list[dict[str, Any]]:
    """A live job's best matches with their candidate and latest feedback, in one query
    (``JobMatch`` rows); empty when the job is not this organisation's or is deleted."""
    values: dict[str, Any] = {"org_id": org_id, "job_id": job_id, "limit": limit,
                              "min_score": min_score}
    if candidate_type:
        values["candidate_type"] = candidate_type
    rows = await _JOB_MATCHES[bool(candidate_type)].fetch(conn, **values)
    return [
        {
            "candidate": {"id": r["id"], "name": r["name"], "type": r["type"],
                          "headline": r["headline"], "skills": r["skills"] or []},
            "match_score": float(r["match_score"]),
            "match_rationale": r["match_rationale"],
            "ai_analyzed": r["analysis_type"] == "ai_enhanced",
            "is_hidden_gem": bool(r["is_hidden_gem"]),
            "feedback": None if r["feedback_type"] is None else {
                "feedback_type": r["feedback_type"], "notes": r["notes"],
                "created_at": r["feedback_at"]},
        }
        for r in rows
    ]


_CANDIDATE_MATCHES = RowQuery(
    select(
        Job.id,
        Job.title,
        Job.department,
        Job.location,
        Job.status,
        Match.match_score,
        Match.match_rationale,
        Match.analysis_type,
    )
    .join(Job, and_(Job.id == Match.job_id, Job.deleted_at.is_(None)))
    .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
    .where(
        Match.org_id == bindparam("org_id"),
        Match.deleted_at.is_(None),
        Match.candidate_id == bindparam("candidate_id"),
        Match.match_score >= bindparam("min_score", type_=Float()),
    )
    .order_by(Match.match_score.desc(), Match.job_id)
    .limit(bindparam("limit"))
)


async def candidate_matches_rows(
    conn: DriverConnection, org_id: uuid.UUID, candidate_id: uuid.UUID, *, limit: int,
    min_score: float,
) -> list[dict[str, Any]]:
    """A live candidate's best live jobs (``CandidateMatch`` rows); empty when the candidate
    is not this organisation's or is deleted."""
    rows = await _CANDIDATE_MATCHES.fetch(
        conn, org_id=org_id, candidate_id=candidate_id, limit=limit, min_score=min_score
    )
    return [
        {
            "job": {"id": r["id"], "title": r["title"], "department": r["department"],
                    "location": r["location"], "status": r["status"]},
            "match_score": float(r["match_score"]),
            "match_rationale": r["match_rationale"],
            "ai_analyzed": r["analysis_type"] == "ai_enhanced",
        }
        for r in rows
    ]


_LIVE_CANDIDATE = RowQuery(
    select(Candidate.id).where(
        Candidate.id == bindparam("candidate_id"),
        Candidate.org_id == bindparam("org_id"),
        Candidate.deleted_at.is_(None),
    )
)


async def candidate_exists_row(
    conn: DriverConnection, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> bool:
    return bool(await _LIVE_CANDIDATE.fetch(conn, org_id=org_id, candidate_id=candidate_id))


_LIVE_JOB = RowQuery(
    select(Job.id).where(
        Job.id == bindparam("job_id"), Job.org_id == bindparam("org_id"), Job.deleted_at.is_(None)
    )
)


async def job_exists_row(conn: DriverConnection, org_id: uuid.UUID, job_id: uuid.UUID) -> bool:
    return bool(await _LIVE_JOB.fetch(conn, org_id=org_id, job_id=job_id))


async def candidates_statistics_rows(
    conn: DriverConnection, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID], *,
    strong: float, good: float,
) -> dict[uuid.UUID, dict[str, Any]]:
    """Per candidate: jobs matched (score >= ``good``), best score (rounded), strong
    matches (>= ``strong``), over live jobs; keyed by field name."""
    if not candidate_ids:
        return {}
    rows = await _CANDIDATES_STATISTICS.fetch(
        conn, org_id=org_id, ids=list(candidate_ids), strong=strong, good=good
    )
    return {
        row["id"]: {
            "total_jobs_matched": int(row["total_jobs_matched"]),
            "best_match_score": round(float(row["best"])) if row["best"] is not None else None,
            "strong_matches": int(row["strong_matches"]),
        }
        for row in rows
    }


async def jobs_statistics_rows(
    conn: DriverConnection, org_id: uuid.UUID, job_ids: Sequence[uuid.UUID], *,
    strong: float, good: float,
) -> dict[uuid.UUID, dict[str, Any]]:
    """Per job: live candidates scored, strong (>= ``strong``) and good (``good`` up to
    ``strong``) matches, AI-analysed pairs; keyed by field name."""
    if not job_ids:
        return {}
    rows = await _JOBS_STATISTICS.fetch(
        conn, org_id=org_id, ids=list(job_ids), strong=strong, good=good
    )
    return {row.pop("id"): row for row in rows}


#: Columns the scorer needs (never the CV text): keeps loading a 100k pool cheap.
_CANDIDATE_COLUMNS = (
    "c.id, skills, headline, location, total_years_experience, c.embedding, embedding_model, "
    "tv.embedding AS title_embedding, tv.text_hash AS title_hash, tv.model AS title_model, "
    "coalesce(profile->'workHistory', profile->'work_history') AS work_history, "
    "profile->'education' AS education, "
    "coalesce(profile->'totalYearsExperience', profile->'total_years_experience') AS profile_years"
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
    ) -> list[dict[str, Any]]:
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
        return [dict(row._mapping) for row in result]

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


def _vector_literal(values: Sequence[float]) -> str:
    return "[" + ",".join(f"{float(v):.7g}" for v in values) + "]"


async def org_ranking_weights(
    session: Any, org_id: uuid.UUID
) -> tuple[dict[str, float] | None, int]:
    """The organisation's learned weights and model version (``(None, 0)``: defaults)."""
    from talentsonar.models.org_ranking_model import OrgRankingModel

    row = (
        await session.execute(
            select(OrgRankingModel.weights, OrgRankingModel.version).where(
                OrgRankingModel.org_id == org_id, OrgRankingModel.deleted_at.is_(None)
            )
        )
    ).one_or_none()
    if row is None:
        return None, 0
    return dict(row[0]), int(row[1])


async def live_candidate(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> Candidate | None:
    stmt = select(Candidate).where(
        Candidate.id == candidate_id, Candidate.org_id == org_id, Candidate.deleted_at.is_(None)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def candidates_by_ids(
    session: Any, org_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Candidate]:
    stmt = select(Candidate).where(
        Candidate.id.in_(list(ids)), Candidate.org_id == org_id, Candidate.deleted_at.is_(None)
    )
    return {c.id: c for c in (await session.execute(stmt)).scalars()}


async def nearest_profiles(
    session: Any,
    org_id: uuid.UUID,
    embedding: Sequence[float],
    *,
    threshold: float,
    count: int,
    exclude: uuid.UUID | None,
    ef_search: int,
) -> list[tuple[uuid.UUID, float]]:
    """``match_profiles``: candidates whose cosine similarity is at least ``threshold``."""
    await session.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
    await session.execute(text(f"SET LOCAL hnsw.ef_search = {int(ef_search)}"))
    result = await session.execute(
        text(
            "SELECT id, 1 - (embedding <=> CAST(:q AS vector)) AS similarity FROM candidates "
            "WHERE org_id = :org AND deleted_at IS NULL AND embedding IS NOT NULL "
            "AND (CAST(:exclude AS uuid) IS NULL OR id <> CAST(:exclude AS uuid)) "
            "ORDER BY embedding <=> CAST(:q AS vector) LIMIT :k"
        ),
        {"org": org_id, "q": _vector_literal(embedding), "k": count, "exclude": exclude},
    )
    return [(r[0], float(r[1])) for r in result if float(r[1]) >= threshold]


async def score_distribution(
    session: Any, org_id: uuid.UUID, job_id: uuid.UUID
) -> list[tuple[str, float]]:
    stmt = (
        select(Candidate.type, Match.match_score)
        .join(Candidate, and_(Candidate.id == Match.candidate_id, Candidate.deleted_at.is_(None)))
        .where(Match.org_id == org_id, Match.job_id == job_id)
    )
    return [(t, float(s)) for t, s in (await session.execute(stmt)).all()]


async def scoring_tasks(session: Any, org_id: uuid.UUID, job_id: uuid.UUID) -> list[Any]:
    from talentsonar.models.task import Task

    stmt = (
        select(Task)
        .where(
            Task.org_id == org_id,
            Task.kind == "matching.score_job",
            Task.subject_id == job_id,
        )
        .order_by(Task.created_at.desc())
        .limit(1)
    )
    return list((await session.execute(stmt)).scalars())


async def save_title_vectors(
    session: Any, org_id: uuid.UUID, rows: Sequence[tuple[uuid.UUID, str, str, Sequence[float]]]
) -> None:
    """Upsert ``(candidate_id, text_hash, model, embedding)`` title vectors."""
    from talentsonar.models.candidate_title_vector import CandidateTitleVector

    if not rows:
        return
    stmt = insert(CandidateTitleVector).values(
        [
            {
                "candidate_id": cid,
                "org_id": org_id,
                "text_hash": h,
                "model": m,
                "embedding": list(v),
            }
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
    await session.execute(stmt)


async def orgs_with_stale_matches(session: Any, scorer_version: str) -> list[uuid.UUID]:
    """Organisations holding matches scored by another scorer version or with a candidate
    embedded by a model other than the one stored with the score."""
    result = await session.execute(
        text(
            "SELECT DISTINCT m.org_id FROM matches m JOIN candidates c ON c.id = m.candidate_id "
            "WHERE m.scorer_version <> :version "
            "OR m.embedding_model IS DISTINCT FROM c.embedding_model"
        ),
        {"version": scorer_version},
    )
    return [r[0] for r in result]
