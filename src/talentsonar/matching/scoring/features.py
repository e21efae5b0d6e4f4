"""The feature matrix: every feature of one job against every candidate of a pool."""

from __future__ import annotations

import numpy as np

from talentsonar.matching.scoring.education import education_fit
from talentsonar.matching.scoring.experience import experience_fit, minimum_years
from talentsonar.matching.scoring.inputs import (
    BoolArray,
    CandidatePool,
    FloatArray,
    JobInput,
    unit,
)
from talentsonar.matching.scoring.location import location_fit
from talentsonar.matching.scoring.seniority import seniority_fit
from talentsonar.matching.scoring.skills import coverage
from talentsonar.matching.scoring.titles import TITLE_CEILING, TITLE_FLOOR
from talentsonar.matching.scoring.weights import COLUMN, FEATURES

#: Cosine similarities of sentence embeddings live in a narrow band; this maps the band to [0, 1].
SEMANTIC_FLOOR = 0.10
SEMANTIC_CEILING = 0.70


def feature_matrix(
    job: JobInput, pool: CandidatePool
) -> tuple[FloatArray, BoolArray, BoolArray, BoolArray, BoolArray]:
    """``(features, applicable, required_direct, required_implied, nice_direct)``."""
    n = len(pool)
    assert pool.skills is not None
    assert pool.implied is not None
    assert pool.titles is not None
    features = np.zeros((n, len(FEATURES)), dtype=np.float64)
    applicable = np.zeros(len(FEATURES), dtype=bool)
    col = COLUMN

    required = list(job.required)
    required_direct = pool.skills.membership(required, pool.vocab, n)
    required_implied = pool.implied.membership(required, pool.vocab, n)
    nice = [s for s in job.nice if s not in job.required]
    nice_direct = pool.skills.membership(nice, pool.vocab, n)
    nice_implied = pool.implied.membership(nice, pool.vocab, n)
    checked = (pool.verified, pool.failed)
    required_verified, required_failed = (
        column.membership(required, pool.vocab, n) if column is not None else None
        for column in checked
    )
    if required:
        features[:, col["required_skills"]] = coverage(
            required_direct, required_implied, required_verified, required_failed
        )
        applicable[col["required_skills"]] = True
    if nice:
        nice_verified, nice_failed = (
            column.membership(nice, pool.vocab, n) if column is not None else None
            for column in checked
        )
        features[:, col["nice_skills"]] = coverage(
            nice_direct, nice_implied, nice_verified, nice_failed
        )
        applicable[col["nice_skills"]] = True

    query = unit(job.embedding, pool.embeddings.shape[1])
    if query is not None:
        cosine = np.round(pool.embeddings @ query, 6)
        semantic = np.clip((cosine - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR), 0, 1)
        features[:, col["semantic"]] = np.where(pool.has_embedding, semantic, 0.0)
        applicable[col["semantic"]] = True

    wanted_titles = sorted(job.title_tokens)
    if wanted_titles:
        title_hits = pool.titles.membership([f"t:{t}" for t in wanted_titles], pool.vocab, n)
        features[:, col["title"]] = title_hits.mean(axis=1)
        applicable[col["title"]] = True
    title_query = unit(job.title_embedding, pool.title_embeddings.shape[1])
    if title_query is not None:
        cosine = np.round(pool.title_embeddings @ title_query, 6)
        similar = np.clip((cosine - TITLE_FLOOR) / (TITLE_CEILING - TITLE_FLOOR), 0, 1)
        # Embedding similarity of titles where the candidate has one, else word overlap.
        features[:, col["title"]] = np.where(
            pool.has_title_embedding, similar, features[:, col["title"]]
        )
        applicable[col["title"]] = True

    minimum = minimum_years(job.min_years, job.seniority)
    if minimum is not None:
        features[:, col["experience"]] = experience_fit(pool.years, float(minimum))
        applicable[col["experience"]] = True
    if job.seniority is not None:
        features[:, col["seniority"]] = seniority_fit(pool.seniority, job.seniority)
        applicable[col["seniority"]] = True
    if job.education is not None:
        features[:, col["education"]] = education_fit(pool.education, job.education)
        applicable[col["education"]] = True
    if job.remote:
        features[:, col["location"]] = 1.0
        applicable[col["location"]] = True
    elif job.location_tokens:
        features[:, col["location"]] = location_fit(pool, job.location_tokens)
        applicable[col["location"]] = True
    return np.round(features, 6), applicable, required_direct, required_implied, nice_direct
