"""Matching services: read ranked, explained matches; record AI analyses.

``top_matches`` and ``record_ai_analysis`` are the contract with the AI helper.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.core.models import utcnow
from talentsonar.core.schemas import PageParams
from talentsonar.matching.engine import score_pair
from talentsonar.matching.lookup import ensure_candidate, ensure_job, require_candidate
from talentsonar.matching.profiles import work_history
from talentsonar.matching.repository import (
    CandidateMatchRow,
    CandidateStatisticsRow,
    JobMatchRow,
    JobStatisticsRow,
    MatchListRepository,
    MatchRepository,
    ScoringSourceRepository,
)
from talentsonar.matching.schemas import (
    BlindCandidate,
    BlindMatch,
    CandidateMatch,
    CandidateMatchStatistics,
    CandidateSummary,
    FairnessReport,
    FeatureContribution,
    JobMatch,
    JobSummary,
    MatchDetail,
    MatchFeedback,
    ProfileMatch,
    ProfileMatchRequest,
    Provenance,
    ScoreBucket,
    Scores,
)
from talentsonar.models.candidate import Candidate
from talentsonar.models.match import AnalysisType, Match

STRONG_MATCH = 75.0
GOOD_MATCH = 60.0


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One ranked match as other domains see it."""

    candidate_id: uuid.UUID
    job_id: uuid.UUID
    match_score: float
    match_rationale: str
    candidate_name: str
    candidate_type: str
    candidate_skills: list[str]
    analysis_type: str
    analyzed_at: Any
    is_hidden_gem: bool
    features: dict[str, Any] = field(default_factory=dict)


def to_match_row(match: Match, candidate: Candidate) -> MatchRow:
    return MatchRow(
        candidate_id=match.candidate_id,
        job_id=match.job_id,
        match_score=float(match.match_score),
        match_rationale=match.match_rationale,
        candidate_name=candidate.name,
        candidate_type=candidate.type,
        candidate_skills=list(candidate.skills or []),
        analysis_type=match.analysis_type,
        analyzed_at=match.analyzed_at,
        is_hidden_gem=bool(match.is_hidden_gem),
        features=dict(match.features or {}),
    )


async def top_matches(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    *,
    limit: int,
    min_score: float,
    candidate_type: str | None = None,
) -> list[MatchRow]:
    """The best-scored live candidates of ``org_id`` for ``job_id``, best first."""
    rows = await MatchRepository(session, org_id).top_for_job(
        job_id,
        limit=max(1, min(int(limit), 1000)),
        min_score=float(min_score),
        candidate_type=candidate_type,
    )
    return [to_match_row(m, c) for m, c in rows]


async def record_ai_analysis(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    analysis: dict[str, Any],
    provenance: dict[str, Any],
) -> float:
    """Attach an AI fit analysis to a scored pair (``analysis_type='ai_enhanced'``); its
    ``matchScore`` becomes the pair's ``aiScore`` and so the score it is ranked by. Returns
    the pair's basic score.

    Raises :class:`NotFound` when the pair has no match in this organisation. The analysis's
    ``isHiddenGem`` (``talentsonar.matching.gems``: the deeper analysis decides once it
    exists) becomes the match's.
    """
    gem = analysis.get("isHiddenGem")
    basic = await MatchRepository(session, org_id).set_ai_analysis(
        job_id, candidate_id, analysis, provenance, utcnow(),
        is_hidden_gem=gem if isinstance(gem, bool) else None,
    )
    if basic is None:
        raise NotFound("Match")
    await session.flush()
    return basic


# --------------------------------------------------------------------------- API services
_AGE_HINT = re.compile(
    r"\b(?:\d{1,2}\s*(?:years?|yrs?)\s*old|age[:\s]*\d{1,2}|born\s+(?:in\s+)?\d{4}|"
    r"(?:date of birth|dob)[:\s]*[\d/.-]+|19[4-9]\d)\b",
    re.IGNORECASE,
)
_GENDER_HINT = re.compile(
    r"\b(?:he|she|him|her|his|hers|himself|herself|mr|mrs|ms|miss|male|female|"
    r"man|woman|gender|husband|wife|mother|father)\b\.?",
    re.IGNORECASE,
)
_PHOTO_LINK = re.compile(
    r"\S+\.(?:jpe?g|png|gif|webp|heic)\b|\S*(?:photo|avatar|picture)\S*", re.IGNORECASE
)


def scrub_identity(text: str, names: list[str]) -> str:
    """Remove the candidate's name, photo links, age hints and gendered words from ``text``."""
    for name in names:
        for part in {name, *name.split()}:
            if len(part) >= 2:
                text = re.sub(rf"\b{re.escape(part)}\b", "[candidate]", text, flags=re.IGNORECASE)
    text = _PHOTO_LINK.sub("[link removed]", text)
    text = _AGE_HINT.sub("[removed]", text)
    return _GENDER_HINT.sub("[removed]", text)


def job_match(row: JobMatchRow) -> JobMatch:
    """A row of a job's match list as the API shows it."""
    return JobMatch(
        candidate=CandidateSummary(
            id=row["candidate_id"], name=row["name"], type=row["type"],
            headline=row["headline"], skills=row["skills"] or [],
        ),
        **Scores.of(row["match_score"], row["ai_score"]),
        match_rationale=row["match_rationale"],
        ai_analyzed=row["analysis_type"] == "ai_enhanced",
        is_hidden_gem=row["is_hidden_gem"],
        feedback=None if row["feedback_type"] is None or row["feedback_at"] is None
        else MatchFeedback(feedback_type=row["feedback_type"], notes=row["feedback_notes"],
                           created_at=row["feedback_at"]),
    )


def candidate_match(row: CandidateMatchRow) -> CandidateMatch:
    """A row of a candidate's match list as the API shows it."""
    return CandidateMatch(
        job=JobSummary(id=row["job_id"], title=row["title"], department=row["department"],
                       location=row["location"], status=row["status"]),
        **Scores.of(row["match_score"], row["ai_score"]),
        match_rationale=row["match_rationale"],
        ai_analyzed=row["analysis_type"] == "ai_enhanced",
    )


async def job_matches(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID, paging: PageParams, *,
    min_score: float, candidate_type: str | None,
) -> tuple[list[JobMatch], int]:
    """A live job's matches, best first, with the latest feedback on each; 404 for a job
    that is not this organisation's or is deleted."""
    rows, total = await MatchListRepository(session, org_id).job_matches(
        job_id, paging, min_score=min_score, candidate_type=candidate_type)
    if not rows:
        await ensure_job(session, org_id, job_id)
    return [job_match(row) for row in rows], total


async def candidate_matches(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID, paging: PageParams, *,
    min_score: float,
) -> tuple[list[CandidateMatch], int]:
    """A live candidate's best live jobs; 404 for a candidate not this organisation's."""
    rows, total = await MatchListRepository(session, org_id).candidate_matches(
        candidate_id, paging, min_score=min_score)
    if not rows:
        await ensure_candidate(session, org_id, candidate_id)
    return [candidate_match(row) for row in rows], total


async def hidden_gems(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID, paging: PageParams
) -> tuple[list[JobMatch], int]:
    """The job's hidden gems (``talentsonar.matching.gems``): a low basic score, a high deeper
    analysis (the evidence score, or the pair's AI fit analysis once it has one), never the
    top-ranked candidate."""
    await ensure_job(session, org_id, job_id)
    repo = MatchRepository(session, org_id)
    rows = await repo.hidden_gems(job_id, limit=paging.limit, offset=paging.offset)
    total = await repo.count_for_job(job_id, hidden_gems=True)
    return [
        JobMatch(
            candidate=CandidateSummary(
                id=c.id, name=c.name, type=c.type, headline=c.headline, skills=list(c.skills or [])
            ),
            **Scores.of(m.match_score, m.ai_score),
            match_rationale=m.match_rationale,
            ai_analyzed=m.analysis_type == "ai_enhanced",
            is_hidden_gem=True,
        )
        for m, c in rows
    ], total


async def blind_matches(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID, paging: PageParams, *,
    min_score: float,
) -> tuple[list[BlindMatch], int]:
    await ensure_job(session, org_id, job_id)
    repo = MatchRepository(session, org_id)
    rows = await repo.top_for_job(
        job_id, limit=paging.limit, min_score=min_score, profile=True, offset=paging.offset
    )
    total = await repo.count_for_job(job_id, min_score=min_score)
    out = []
    for rank, (m, c) in enumerate(rows, start=paging.offset + 1):
        names = [n for n in [c.name] if n]
        titles = [
            scrub_identity(str(p.get("title") or ""), names)
            for p in work_history(c.profile or {})[:3]
            if isinstance(p, dict) and p.get("title")
        ]
        out.append(
            BlindMatch(
                candidate=BlindCandidate(
                    alias=f"Candidate {rank:03d}",
                    type=c.type,
                    skills=list(c.skills or []),
                    total_years_experience=c.total_years_experience,
                    recent_titles=titles,
                ),
                **Scores.of(m.match_score, m.ai_score),
                match_rationale=scrub_identity(m.match_rationale, names),
            )
        )
    return out, total


async def match_detail(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    embedder: Any = None,
) -> MatchDetail:
    """The stored match of a pair or, for a pair the background scoring has not stored (a
    CV just parsed, or a weak pair a narrowed scoring left out), the same values computed
    now: a candidate and a job of the organisation always have a match."""
    await ensure_job(session, org_id, job_id)
    await ensure_candidate(session, org_id, candidate_id)
    match = await MatchRepository(session, org_id).get_pair(job_id, candidate_id)
    if match is None:
        values = await score_pair(session, org_id, job_id, candidate_id, embedder=embedder)
        if values is None:
            raise NotFound("Match")
        match = Match(**values, analysis_type=AnalysisType.basic.value, updated_at=utcnow())
    details = match.details or {}
    return MatchDetail(
        job_id=job_id,
        candidate_id=candidate_id,
        **Scores.of(match.match_score, match.ai_score),
        match_rationale=match.match_rationale,
        matched_skills=details.get("matchedSkills", []),
        implied_skills=details.get("impliedSkills", []),
        missing_skills=details.get("missingSkills", []),
        breakdown=[FeatureContribution(**b) for b in details.get("breakdown", [])],
        provenance=Provenance(
            scorer_version=match.scorer_version,
            embedding_model=match.embedding_model,
            weights=match.weights,
            weights_version=int(details.get("weightsVersion", 0)),
            inputs_hash=match.inputs_hash,
            scored_at=match.updated_at,
        ),
        is_hidden_gem=bool(match.is_hidden_gem),
        analysis_type=match.analysis_type,
        ai_analysis=match.ai_analysis,
        ai_provenance=match.ai_provenance,
        analyzed_at=match.analyzed_at,
    )


async def candidate_match_statistics(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> CandidateMatchStatistics:
    """``matchStatistics`` of one candidate of ``org_id`` (404 for an unknown candidate)."""
    await ensure_candidate(session, org_id, candidate_id)
    found = await candidates_match_statistics(session, org_id, [candidate_id])
    return CandidateMatchStatistics.model_validate(found[candidate_id])


async def candidates_match_statistics(
    session: AsyncSession, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, CandidateStatisticsRow]:
    """``matchStatistics`` of each candidate (zeros when it has no match)."""
    found = await MatchListRepository(session, org_id).candidates_statistics(
        candidate_ids, strong=STRONG_MATCH, good=GOOD_MATCH
    )
    none = CandidateStatisticsRow(total_jobs_matched=0, best_match_score=None, strong_matches=0)
    return {cid: found.get(cid, none) for cid in candidate_ids}


async def jobs_match_statistics(
    session: AsyncSession, org_id: uuid.UUID, job_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, JobStatisticsRow]:
    """``matchStatistics`` of each job (zeros when it has no match)."""
    found = await MatchListRepository(session, org_id).jobs_statistics(
        job_ids, strong=STRONG_MATCH, good=GOOD_MATCH
    )
    none = JobStatisticsRow(total_candidates=0, strong_matches=0, good_matches=0,
                            ai_analyzed_count=0)
    return {jid: found.get(jid, none) for jid in job_ids}


def _histogram(scores: list[float]) -> dict[str, int]:
    buckets = {f"{lo}-{lo + 9}": 0 for lo in range(0, 100, 10)}
    for s in scores:
        lo = min(int(s // 10) * 10, 90)
        buckets[f"{lo}-{lo + 9}"] += 1
    return buckets


async def fairness_report(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID
) -> FairnessReport:
    await ensure_job(session, org_id, job_id)
    rows = await MatchRepository(session, org_id).score_distribution(job_id)
    groups: dict[str, list[float]] = {}
    for row in rows:
        groups.setdefault(row.candidate_type, []).append(row.match_score)
    buckets = []
    for kind in sorted(groups):
        values = np.array(groups[kind])
        buckets.append(
            ScoreBucket(
                candidate_type=kind,
                count=len(values),
                mean=round(float(values.mean()), 2),
                median=round(float(np.median(values)), 2),
                p90=round(float(np.percentile(values, 90)), 2),
                histogram=_histogram(groups[kind]),
            )
        )
    return FairnessReport(
        job_id=job_id,
        total=len(rows),
        groups=buckets,
        note="Scores use skills, experience, title, education, location and CV semantics only; "
        "compare group distributions to spot systematic gaps.",
    )


async def scoring_status(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID
) -> dict[str, Any]:
    """Progress of the latest background scoring of ``job_id`` (for analysis-status)."""
    t = await MatchRepository(session, org_id).latest_scoring_task(job_id)
    if t is None:
        return {"inProgress": False, "total": 0, "completed": 0, "failed": 0, "progress": 100}
    return {
        "inProgress": t.status in ("queued", "running"),
        "status": str(t.status),
        "total": t.total,
        "completed": t.completed,
        "failed": t.failed,
        "progress": t.progress,
        "taskId": str(t.id),
    }


async def match_profiles(
    session: AsyncSession,
    org_id: uuid.UUID,
    body: ProfileMatchRequest,
    embedder: Any,
    ef_search: int,
) -> list[ProfileMatch]:
    """Nearest candidate profiles to a text or a candidate, above ``threshold`` (cosine)."""
    exclude: uuid.UUID | None = None
    if body.candidate_id is not None:
        candidate = await require_candidate(session, org_id, body.candidate_id)
        if candidate.embedding is None:
            raise UnprocessableEntity("This candidate has no embedding yet")
        vector = np.asarray(candidate.embedding, dtype=np.float64)
        exclude = candidate.id
    else:
        vector = np.asarray(await embedder.embed_one(body.text or ""), dtype=np.float64)
    source = ScoringSourceRepository(session, org_id)
    nearest = await source.nearest_profiles(
        vector.tolist(),
        threshold=body.threshold,
        count=body.count,
        exclude=exclude,
        ef_search=ef_search,
    )
    found = await source.candidates_by_ids([cid for cid, _ in nearest])
    return [
        ProfileMatch(
            candidate=CandidateSummary(
                id=c.id, name=c.name, type=c.type, headline=c.headline, skills=list(c.skills or [])
            ),
            similarity=round(sim, 4),
        )
        for cid, sim in nearest
        if (c := found.get(cid)) is not None
    ]


async def top_matches_for_candidates(
    session: AsyncSession, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID], *,
    per_candidate: int, min_score: float = 0.0,
) -> dict[uuid.UUID, list[Match]]:
    """Each candidate's best ``per_candidate`` matches with a live job, best first (one
    query for them all: the GraphQL API's batch loader)."""
    found: dict[uuid.UUID, list[Match]] = {cid: [] for cid in candidate_ids}
    for match in await MatchRepository(session, org_id).top_for_candidates(
        candidate_ids, per_candidate=max(1, min(per_candidate, 100)), min_score=min_score
    ):
        found.setdefault(match.candidate_id, []).append(match)
    return found


async def matches_for_pairs(
    session: AsyncSession, org_id: uuid.UUID, pairs: Sequence[tuple[uuid.UUID, uuid.UUID]]
) -> dict[tuple[uuid.UUID, uuid.UUID], Match]:
    """The stored matches of ``(job_id, candidate_id)`` pairs of ``org_id`` (one query)."""
    return await MatchRepository(session, org_id).pairs(pairs)
