"""Score a job against the organisation's pool (or a candidate against the open jobs) and
store the explained results: the I/O around the pure scorer.

Large pools are narrowed before full scoring: the HNSW nearest neighbours of the job's
embedding united with the candidates sharing the most required skills / title words.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.config import Settings
from talentsonar.matching.profiles import (
    candidate_fingerprint,
    candidate_input,
    candidate_titles,
    job_fingerprint,
    job_input,
    pair_hash,
    title_text,
)
from talentsonar.matching.repository import (
    MatchRepository,
    ScorerCandidateRow,
    ScoringSourceRepository,
)
from talentsonar.matching.scoring import (
    FEATURES,
    SCORER_VERSION,
    CandidateInput,
    CandidatePool,
    JobInput,
    PoolScores,
    feature_breakdown,
    normalise_weights,
    rationale,
    score_pool,
)

Progress = Callable[[int, int], Awaitable[None]]
CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class ScoringOutcome:
    scored: int
    written: int
    skipped_unchanged: int
    narrowed: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "scored": self.scored,
            "written": self.written,
            "skippedUnchanged": self.skipped_unchanged,
            "narrowed": self.narrowed,
        }


def _json(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value, option=orjson.OPT_SERIALIZE_NUMPY))


def _profile_of(row: ScorerCandidateRow) -> dict[str, Any]:
    return {
        "work_history": row.get("work_history") or [],
        "education": row.get("education") or [],
        "total_years_experience": row.get("profile_years"),
    }


def _hash_text(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


async def ensure_title_vectors(
    session: AsyncSession,
    org_id: uuid.UUID,
    rows: list[ScorerCandidateRow],
    embedder: Any,
    *,
    save: bool = True,
) -> None:
    """Give every row a current ``title_embedding`` (embedding the stale/missing ones in one
    batch and, when ``save``, storing them), or none at all when there is no embedder."""
    if embedder is None:
        for row in rows:
            row["title_embedding"] = None
        return
    stale: list[tuple[ScorerCandidateRow, str, str]] = []
    for row in rows:
        text = title_text(candidate_titles(_profile_of(row), row.get("headline")))
        digest = _hash_text(text)
        if not text:
            row["title_embedding"] = None
        elif row.get("title_hash") != digest or row.get("title_model") != embedder.model_id:
            stale.append((row, text, digest))
    if not stale:
        return
    vectors = await embedder.embed([text for _, text, _ in stale])
    saved = []
    for (row, _, digest), vector in zip(stale, vectors, strict=True):
        row["title_embedding"] = vector
        saved.append((row["id"], digest, embedder.model_id, [float(x) for x in vector]))
    if save:
        await ScoringSourceRepository(session, org_id).save_title_vectors(saved)


def row_to_candidate(row: ScorerCandidateRow) -> CandidateInput:
    """A scorer input from the columns :class:`ScoringSourceRepository` selects."""
    profile = {
        "work_history": row.get("work_history") or [],
        "education": row.get("education") or [],
        "total_years_experience": row.get("profile_years"),
    }
    return candidate_input(
        SimpleNamespace(
            id=row["id"],
            skills=row.get("skills") or [],
            headline=row.get("headline"),
            location=row.get("location"),
            total_years_experience=row.get("total_years_experience"),
            embedding=row.get("embedding"),
            profile=profile,
            skill_checks=row.get("skill_checks"),
        ),
        title_embedding=row.get("title_embedding"),
    )


def match_values(
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    job: JobInput,
    pool: CandidatePool,
    result: PoolScores,
    row: int,
    *,
    embedding_model: str | None,
    inputs_hash: str,
    weights_version: int,
) -> dict[str, Any]:
    """The ``matches`` row of one scored pair, provenance included."""
    return {
        "job_id": job_id,
        "candidate_id": candidate_id,
        "match_score": float(result.scores[row]),
        "match_rationale": rationale(job, pool, result, row),
        "features": {name: float(result.features[row, i]) for i, name in enumerate(FEATURES)},
        "weights": {**result.weights},
        "details": _json(
            {
                "breakdown": feature_breakdown(result, row),
                "weightsVersion": weights_version,
                "matchedSkills": [
                    s for j, s in enumerate(job.required) if result.required_direct[row, j]
                ],
                "impliedSkills": [
                    s
                    for j, s in enumerate(job.required)
                    if result.required_implied[row, j] and not result.required_direct[row, j]
                ],
                "missingSkills": [
                    s
                    for j, s in enumerate(job.required)
                    if not result.required_direct[row, j] and not result.required_implied[row, j]
                ],
                "verifiedSkills": [s for s in job.required if s in pool.inputs[row].verified],
                "failedSkills": [s for s in job.required if s in pool.inputs[row].failed],
            }
        ),
        "scorer_version": SCORER_VERSION,
        "embedding_model": embedding_model,
        "inputs_hash": inputs_hash,
        "is_hidden_gem": bool(result.hidden_gem[row]),
    }


async def _title_vector(embedder: Any, title: str | None) -> Any:
    if embedder is None or not title:
        return None
    return await embedder.embed_one(title)


async def _shortlist(
    source: ScoringSourceRepository, job: JobInput, settings: Settings
) -> list[uuid.UUID]:
    ids: dict[uuid.UUID, None] = {}
    if job.embedding is not None:
        for cid in await source.nearest_candidate_ids(
            job.embedding.tolist(),
            limit=settings.matching_shortlist_size,
            ef_search=settings.matching_ef_search,
        ):
            ids.setdefault(cid, None)
    for cid in await source.keyword_candidate_ids(
        list(job.required) + list(job.nice),
        sorted(job.title_tokens),
        limit=settings.matching_shortlist_size,
    ):
        ids.setdefault(cid, None)
    return list(ids)


async def score_job(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    settings: Settings,
    *,
    progress: Progress | None = None,
    force: bool = False,
    embedder: Any = None,
) -> ScoringOutcome | None:
    """Score every candidate of the org (or the narrowed shortlist) for ``job_id``.

    ``None`` when the job is gone. Pairs whose inputs hash is unchanged are skipped
    unless ``force``.
    """
    source = ScoringSourceRepository(session, org_id)
    matches = MatchRepository(session, org_id)
    job_row = await source.job(job_id)
    if job_row is None:
        return None
    job = job_input(job_row, await _title_vector(embedder, job_row.title))
    weights, weights_version = await source.ranking_weights()
    normalised = normalise_weights(weights)
    job_print = job_fingerprint(job)
    known = (
        {} if force else {c: h for (_, c), h in (await matches.input_hashes(job_id=job_id)).items()}
    )
    total = await source.count_candidates()
    narrowed = total > settings.matching_exhaustive_limit
    batches: list[list[ScorerCandidateRow]] = []
    if narrowed:
        shortlist = await _shortlist(source, job, settings)
        batches = [await source.candidate_rows(shortlist)]
        total = len(shortlist)
    scored = written = skipped = 0
    after: uuid.UUID | None = None
    while True:
        if narrowed:
            if not batches:
                break
            rows = batches.pop()
        else:
            rows = await source.candidate_rows(after=after, limit=CHUNK)
            if not rows:
                break
            after = rows[-1]["id"]
        await ensure_title_vectors(session, org_id, rows, embedder)
        inputs = [row_to_candidate(r) for r in rows]
        pool = CandidatePool.build(inputs)
        result = score_pool(job, pool, normalised)
        values = []
        for i, row in enumerate(rows):
            model = row.get("embedding_model") or job_row.embedding_model
            digest = pair_hash(job_print, candidate_fingerprint(inputs[i]), normalised, model)
            if known.get(row["id"]) == digest:
                skipped += 1
                continue
            if float(result.scores[i]) < settings.matching_store_min_score and narrowed:
                continue
            values.append(
                match_values(
                    job_id,
                    row["id"],
                    job,
                    pool,
                    result,
                    i,
                    embedding_model=model,
                    inputs_hash=digest,
                    weights_version=weights_version,
                )
            )
        written += await matches.upsert_many(values)
        scored += len(rows)
        if progress is not None:
            await progress(scored, total)
    await session.flush()
    return ScoringOutcome(scored, written, skipped, narrowed)


async def score_candidate(
    session: AsyncSession,
    org_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    force: bool = False,
    embedder: Any = None,
) -> ScoringOutcome | None:
    """Score one candidate against every open job of the org (``None``: candidate gone)."""
    source = ScoringSourceRepository(session, org_id)
    matches = MatchRepository(session, org_id)
    rows = await source.candidate_rows([candidate_id])
    if not rows:
        await matches.delete_for_candidate(candidate_id)
        return None
    await ensure_title_vectors(session, org_id, rows, embedder)
    candidate = row_to_candidate(rows[0])
    pool = CandidatePool.build([candidate])
    candidate_print = candidate_fingerprint(candidate)
    weights, weights_version = await source.ranking_weights()
    normalised = normalise_weights(weights)
    known = (
        {}
        if force
        else {j: h for (j, _), h in (await matches.input_hashes(candidate_id=candidate_id)).items()}
    )
    values = []
    skipped = 0
    jobs = await source.open_jobs()
    for job_row in jobs:
        job = job_input(job_row, await _title_vector(embedder, job_row.title))
        model = rows[0].get("embedding_model") or job_row.embedding_model
        digest = pair_hash(job_fingerprint(job), candidate_print, normalised, model)
        if known.get(job_row.id) == digest:
            skipped += 1
            continue
        result = score_pool(job, pool, normalised)
        values.append(
            match_values(
                job_row.id,
                candidate_id,
                job,
                pool,
                result,
                0,
                embedding_model=model,
                inputs_hash=digest,
                weights_version=weights_version,
            )
        )
    written = await matches.upsert_many(values)
    await session.flush()
    return ScoringOutcome(len(jobs), written, skipped, False)


async def score_pair(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    embedder: Any = None,
) -> dict[str, Any] | None:
    """The ``matches`` values of one pair, computed now and not stored (a read-only
    session is enough): what the background scoring will store for it, for a pair it has
    not reached yet. ``None`` when the job or the candidate is gone."""
    source = ScoringSourceRepository(session, org_id)
    job_row = await source.job(job_id)
    rows = await source.candidate_rows([candidate_id])
    if job_row is None or not rows:
        return None
    await ensure_title_vectors(session, org_id, rows, embedder, save=False)
    candidate = row_to_candidate(rows[0])
    job = job_input(job_row, await _title_vector(embedder, job_row.title))
    pool = CandidatePool.build([candidate])
    weights, weights_version = await source.ranking_weights()
    normalised = normalise_weights(weights)
    model = rows[0].get("embedding_model") or job_row.embedding_model
    digest = pair_hash(job_fingerprint(job), candidate_fingerprint(candidate), normalised, model)
    return match_values(
        job_id,
        candidate_id,
        job,
        pool,
        score_pool(job, pool, normalised),
        0,
        embedding_model=model,
        inputs_hash=digest,
        weights_version=weights_version,
    )


def score_texts_pool(
    job: JobInput, candidates: Sequence[CandidateInput], weights: dict[str, float] | None = None
) -> PoolScores:
    """Convenience for benchmarks: score in-memory inputs."""
    return score_pool(job, CandidatePool.build(candidates), weights)
