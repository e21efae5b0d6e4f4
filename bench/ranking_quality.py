"""Ranking quality of the basic match score vs BM25 and embedding-only cosine.

Protocol (``DATA_DIR/README.md``, "Ranking"): for each category X of
``resumes_categorised/resumes.csv`` the query is a job description for X (a real posting from
``job_postings_dice.csv`` where one exists, otherwise the O*NET description and task statements
of X's mapped occupation); the pool is every resume; a resume is relevant when its category
is X. nDCG@10, P@10 and MAP per category and macro-averaged, for the three rankers, in one run,
and the product's embedding model alone (the cosine of the stored candidate and job vectors).
Talent Sonar ranks with the columns and vectors the product stores (a candidate's columns as
``apply_profile`` writes them; its embedding text: headline, recent titles, skills; a job's:
title, skills, then the start of its description); the embedding-only baseline is the cosine
of the query text and each raw CV text.

Usage: ``.venv/bin/python bench/ranking_quality.py [DATA_DIR] [--per-category]``
(DATA_DIR defaults to ../shared/data). Resume embeddings and parsed profiles are cached
under bench/.cache (derived data: never committed).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import pickle
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from rank_bm25 import BM25Okapi

from talentsonar.candidates.profile import apply_profile, candidate_embedding_text
from talentsonar.cvs.parsing import parse_profile
from talentsonar.embeddings.builtin import BuiltinEmbedder
from talentsonar.jobs.service import apply_requirements, job_embedding_text
from talentsonar.matching.profiles import candidate_input, candidate_titles, job_input, title_text
from talentsonar.matching.scoring import CandidatePool, score_pool

CACHE = Path(__file__).parent / ".cache"

#: Category -> the query. ("dice", exact posting title) uses that real posting;
#: ("onet", O*NET-SOC code) uses the occupation's title, description and task statements.
QUERY_FOR_CATEGORY: dict[str, tuple[str, str]] = {
    "ACCOUNTANT": ("onet", "13-2011.00"),  # Accountants and Auditors
    "ADVOCATE": ("onet", "23-1011.00"),  # Lawyers
    "AGRICULTURE": ("onet", "11-9013.00"),  # Farmers, Ranchers, and Other Agricultural Managers
    "APPAREL": ("onet", "27-1022.00"),  # Fashion Designers
    "ARTS": ("onet", "27-1013.00"),  # Fine Artists, Including Painters, Sculptors, Illustrators
    "AUTOMOBILE": ("onet", "49-3023.00"),  # Automotive Service Technicians and Mechanics
    "AVIATION": ("onet", "53-2011.00"),  # Airline Pilots, Copilots, and Flight Engineers
    "BANKING": ("onet", "13-2072.00"),  # Loan Officers
    "BPO": ("onet", "43-4051.00"),  # Customer Service Representatives
    "BUSINESS-DEVELOPMENT": ("dice", "Business Development Manager"),
    "CHEF": ("onet", "35-1011.00"),  # Chefs and Head Cooks
    "CONSTRUCTION": ("onet", "11-9021.00"),  # Construction Managers
    "CONSULTANT": ("onet", "13-1111.00"),  # Management Analysts
    "DESIGNER": ("onet", "27-1024.00"),  # Graphic Designers
    "DIGITAL-MEDIA": ("onet", "13-1161.01"),  # Search Marketing Strategists
    "ENGINEERING": ("onet", "17-2141.00"),  # Mechanical Engineers
    "FINANCE": ("dice", "Financial Analyst"),
    "FITNESS": ("onet", "39-9031.00"),  # Exercise Trainers and Group Fitness Instructors
    "HEALTHCARE": ("onet", "29-1141.00"),  # Registered Nurses
    "HR": ("dice", "Human Resources Generalist - outlook, excel, customer service"),
    "INFORMATION-TECHNOLOGY": ("dice", "Help Desk / Technology Support Analyst"),
    "PUBLIC-RELATIONS": ("onet", "27-3031.00"),  # Public Relations Specialists
    "SALES": ("onet", "41-4012.00"),  # Sales Representatives, Wholesale and Manufacturing
    "TEACHER": ("onet", "25-2021.00"),  # Elementary School Teachers, Except Special Education
}

_TOKEN = re.compile(r"[a-z][a-z0-9+#]*")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build_queries(data_dir: Path) -> dict[str, dict[str, str]]:
    """Category -> {"title", "description", "source"}."""
    csv.field_size_limit(sys.maxsize)
    with (data_dir / "job_postings_dice.csv").open(encoding="utf-8", errors="replace") as handle:
        postings = {row["jobtitle"]: row["jobdescription"] for row in csv.DictReader(handle)}
    onet = data_dir / "reference" / "onet_29_2"
    occupations = {r["O*NET-SOC Code"]: r for r in read_tsv(onet / "Occupation Data.txt")}
    tasks: dict[str, list[str]] = {}
    for row in read_tsv(onet / "Task Statements.txt"):
        tasks.setdefault(row["O*NET-SOC Code"], []).append(row["Task"])
    queries = {}
    for category, (kind, key) in QUERY_FOR_CATEGORY.items():
        if kind == "dice":
            queries[category] = {"title": key, "description": postings[key], "source": "dice"}
        else:
            occupation = occupations[key]
            queries[category] = {
                "title": occupation["Title"],
                "description": occupation["Description"] + "\n" + "\n".join(tasks.get(key, [])),
                "source": f"onet {key}",
            }
    return queries


def load_resumes(data_dir: Path) -> tuple[list[str], list[str], list[str]]:
    csv.field_size_limit(sys.maxsize)
    with (data_dir / "resumes_categorised" / "resumes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["ID"] for r in rows], [r["Category"] for r in rows], [r["Resume_str"] for r in rows]


def cached(name: str, key: str, compute: Any) -> Any:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-{key[:16]}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = compute()
    path.write_bytes(pickle.dumps(value))
    return value


def text_key(texts: Sequence[str], salt: str) -> str:
    digest = hashlib.sha256(salt.encode())
    for t in texts:
        digest.update(hashlib.sha256(t.encode()).digest())
    return digest.hexdigest()


# --------------------------------------------------------------------------- metrics
def metrics(order: np.ndarray, relevant: np.ndarray, k: int = 10) -> tuple[float, float, float]:
    """(nDCG@k, P@k, AP) of a ranking (indices, best first) with binary relevance."""
    hits = relevant[order].astype(float)
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    dcg = float((hits[:k] * discounts).sum())
    ideal = float(discounts[: int(min(k, relevant.sum()))].sum())
    ndcg = dcg / ideal if ideal else 0.0
    precision = float(hits[:k].mean())
    cumulative = np.cumsum(hits)
    ranks = np.arange(1, len(hits) + 1)
    ap = float((cumulative / ranks * hits).sum() / max(relevant.sum(), 1))
    return ndcg, precision, ap


def stored_candidate(profile: dict[str, Any]) -> SimpleNamespace:
    """A candidate's columns as ingestion writes them from a parsed profile."""
    candidate = SimpleNamespace(
        name="", email=None, phone=None, location=None, headline=None, summary=None,
        skills=[], total_years_experience=None, metadata_={}, profile={},
    )
    apply_profile(candidate, profile)  # type: ignore[arg-type]
    return candidate


def ranking(scores: np.ndarray) -> np.ndarray:
    # Stable: ties keep pool order, identical for every ranker.
    return np.argsort(-scores, kind="stable")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", nargs="?", default="../shared/data")
    parser.add_argument("--per-category", action="store_true")
    args = parser.parse_args()
    data_dir = Path(args.data_dir)
    started = time.perf_counter()
    ids, categories, texts = load_resumes(data_dir)
    queries = build_queries(data_dir)
    embedder = BuiltinEmbedder(threads=2)

    import talentsonar.cvs.parsing as parsing_package
    import talentsonar.skills.taxonomy as taxonomy_module

    # profiles depend on the parser (every module of the package) and on the skills package
    # and data it reads
    skills_dir = Path(taxonomy_module.__file__).parent
    sources = [*sorted(Path(parsing_package.__file__).parent.glob("*.py")),
               *sorted(skills_dir.glob("*.py")), *sorted((skills_dir / "data").iterdir())]
    parser_version = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:12]
    profiles = cached(
        "profiles",
        text_key(texts, f"parse_profile-{parser_version}"),
        lambda: [parse_profile(t).model_dump() for t in texts],
    )
    resume_vectors = cached(
        "resume-emb",
        text_key(texts, embedder.model_id),
        lambda: embedder.encode_sync(list(texts)).astype(np.float32),
    )
    # Talent Sonar scores the vectors the product stores: a candidate's columns as ingestion
    # writes them (apply_profile: canonical skills, the first title as headline when the CV
    # has none, ...), its embedding text (headline, recent titles, skills) and a job's (title,
    # skills, description start); the embedding-only baseline embeds each raw CV text instead.
    stored = [stored_candidate(p) for p in profiles]
    product_texts = [candidate_embedding_text(c) for c in stored]  # type: ignore[arg-type]
    product_vectors = cached(
        "candidate-emb",
        text_key(product_texts, embedder.model_id),
        lambda: embedder.encode_sync(product_texts).astype(np.float32),
    )
    titles = [title_text(candidate_titles(c.profile, c.headline)) for c in stored]
    title_vectors = cached(
        "title-emb",
        text_key(titles, embedder.model_id),
        lambda: embedder.encode_sync(titles).astype(np.float32),
    )
    print(
        f"resumes: {len(texts)}, categories: {len(queries)}, "
        f"prep {time.perf_counter() - started:.1f}s (cache: {CACHE})"
    )

    candidates = [
        candidate_input(
            SimpleNamespace(
                id=rid,
                skills=c.skills,
                headline=c.headline,
                location=c.location,
                total_years_experience=c.total_years_experience,
                embedding=vec,
                profile=c.profile,
            ),
            title_embedding=tvec,
        )
        for rid, c, vec, tvec in zip(ids, stored, product_vectors, title_vectors, strict=True)
    ]
    pool = CandidatePool.build(candidates)
    bm25 = BM25Okapi([tokens(t) for t in texts])
    normalised = resume_vectors / np.linalg.norm(resume_vectors, axis=1, keepdims=True)
    stored_normalised = product_vectors / np.linalg.norm(product_vectors, axis=1, keepdims=True)
    labels = np.array(categories)

    results: dict[str, list[tuple[float, float, float]]] = {
        "talentsonar": [],
        "bm25": [],
        "embedding": [],
        "stored-vectors": [],
    }
    for category, query in sorted(queries.items()):
        text = f"{query['title']}\n{query['description']}"
        posting = SimpleNamespace(
            title=query["title"],
            required_skills=[],
            nice_to_have_skills=[],
            department=None,
            description=query["description"],
            seniority=None,
            min_years_experience=None,
            education_level=None,
            location=None,
            remote=None,
            requirements={},
        )
        # what creating the job from a pasted description stores: the requirements it
        # infers (skills, seniority, minimum years), which the scorer then reads
        apply_requirements(posting)  # type: ignore[arg-type]
        posting.embedding = embedder.encode_sync(
            [job_embedding_text(posting)]  # type: ignore[arg-type]
        )[0].astype(np.float64)
        job = job_input(posting, title_embedding=embedder.encode_sync([query["title"]])[0])
        vector = embedder.encode_sync([text])[0].astype(np.float64)  # the baseline's query
        job_vector = posting.embedding
        relevant = labels == category
        ts = score_pool(job, pool).scores
        per = {
            "talentsonar": metrics(ranking(ts), relevant),
            "bm25": metrics(ranking(np.asarray(bm25.get_scores(tokens(text)))), relevant),
            "embedding": metrics(ranking(normalised @ (vector / np.linalg.norm(vector))), relevant),
            # the product's embedding model alone: the stored candidate and job vectors
            "stored-vectors": metrics(
                ranking(stored_normalised @ (job_vector / np.linalg.norm(job_vector))), relevant
            ),
        }
        for name, value in per.items():
            results[name].append(value)
        if args.per_category:
            print(
                f"  {category:24s} [{query['source']:11s}] "
                + "  ".join(f"{n}: nDCG {v[0]:.3f}" for n, v in per.items())
            )

    print(
        f"\n{'ranker':14s} {'nDCG@10':>8s} {'P@10':>8s} {'MAP':>8s}   (macro over "
        f"{len(queries)} categories, pool {len(texts)})"
    )
    summary = {}
    for name, values in results.items():
        ndcg, precision, ap = (float(np.mean([v[i] for v in values])) for i in range(3))
        summary[name] = ndcg
        print(f"{name:14s} {ndcg:8.4f} {precision:8.4f} {ap:8.4f}")
    best_baseline = max(summary["bm25"], summary["embedding"])
    print(
        f"\nTalent Sonar / best baseline nDCG@10: {summary['talentsonar'] / best_baseline:.3f}"
        f"  (target >= 1.15)   total {time.perf_counter() - started:.1f}s"
    )
    print(
        "Talent Sonar / the product's embedding model alone (stored candidate and job vectors): "
        f"{summary['talentsonar'] / summary['stored-vectors']:.3f}  (target >= 1.05)"
    )
    # Headroom: an oracle that knows the labels and takes, per category, the better of
    # Talent Sonar and the embedding-only ranking.
    oracle = float(np.mean([max(t[0], e[0]) for t, e in
                            zip(results["talentsonar"], results["embedding"], strict=True)]))
    print(
        f"per-category best of Talent Sonar and embedding-only (label oracle): nDCG@10 "
        f"{oracle:.4f}, {oracle / best_baseline:.3f} x the best baseline"
    )


if __name__ == "__main__":
    main()
