"""The basic match score: pure, vectorised, explainable (no I/O).

A job is scored against a whole :class:`CandidatePool` at once. Every feature is a number in
[0, 1] per candidate; the score is the weighted mean of the features that *apply* to the job
(education only counts when the job asks for it, location only when the job has one …),
scaled to 0-100. The features, the weights and :data:`SCORER_VERSION` are stored with every
score, so a score can always be explained and reproduced.

Determinism: features are rounded to 6 decimals and the score to 2, and the weighted sum is
an element-wise product summed per row, so a candidate's score never depends on which other
candidates happen to be in the pool.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from talentsonar.matching.gems import hidden_gem_mask

#: basic-1.4: skills inferred from a job's description need supporting context (issue 15).
SCORER_VERSION = "basic-1.4"

FEATURES: tuple[str, ...] = (
    "required_skills",
    "nice_skills",
    "semantic",
    "title",
    "experience",
    "seniority",
    "education",
    "location",
)

#: The candidate's vector is built from their headline, recent titles and skills
#: (``candidate_embedding_text``), so ``semantic`` already carries most of the title
#: evidence; ``title`` (job title vs the candidate's titles) stays as a smaller, explicit
#: signal rather than counting the same evidence twice.
DEFAULT_WEIGHTS: dict[str, float] = {
    "required_skills": 0.26,
    "nice_skills": 0.06,
    "semantic": 0.36,
    "title": 0.10,
    "experience": 0.10,
    "seniority": 0.04,
    "education": 0.04,
    "location": 0.04,
}

#: An implied skill (React ⇒ JavaScript) counts this much of a direct mention.
IMPLIED_SKILL_CREDIT = 0.5
#: Cosine similarities of sentence embeddings live in a narrow band; this maps the band to [0, 1].
SEMANTIC_FLOOR = 0.10
SEMANTIC_CEILING = 0.70
TITLE_FLOOR = 0.10
TITLE_CEILING = 0.80
#: Skills the scorer had to infer from a job's prose (the recruiter listed none) are weaker
#: evidence than a recruiter's list: their coverage weight is scaled by this.
INFERRED_SKILLS_WEIGHT = 0.2
#: A candidate whose years are unknown gets this experience / seniority / location fit.
UNKNOWN_FIT = 0.5

SENIORITY_LEVELS: dict[str, int] = {
    "intern": 0,
    "trainee": 0,
    "graduate": 1,
    "entry": 1,
    "junior": 1,
    "jr": 1,
    "mid": 2,
    "intermediate": 2,
    "experienced": 2,
    "senior": 3,
    "sr": 3,
    "lead": 4,
    "staff": 4,
    "manager": 4,
    "principal": 5,
    "head": 5,
    "director": 5,
    "vp": 6,
    "chief": 6,
    "executive": 6,
}
EDUCATION_LEVELS: dict[str, int] = {
    "high school": 1,
    "secondary": 1,
    "ged": 1,
    "diploma": 1,
    "associate": 2,
    "bachelor": 3,
    "bachelors": 3,
    "bsc": 3,
    "ba": 3,
    "bs": 3,
    "be": 3,
    "btech": 3,
    "b.tech": 3,
    "undergraduate": 3,
    "degree": 3,
    "master": 4,
    "masters": 4,
    "msc": 4,
    "ms": 4,
    "ma": 4,
    "mba": 4,
    "mtech": 4,
    "m.tech": 4,
    "postgraduate": 4,
    "phd": 5,
    "doctorate": 5,
    "doctoral": 5,
    "ph.d": 5,
}
_TITLE_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "at",
        "to",
        "with",
        "on",
        "or",
        "by",
        "de",
        "la",
        "i",
        "ii",
        "iii",
        "iv",
        "remote",
        "hybrid",
        "onsite",
        "full",
        "time",
        "part",
        "contract",
        "temporary",
        "permanent",
        "position",
        "role",
        "job",
        "opening",
        "opportunity",
        "w2",
        "c2c",
        "urgent",
        "needed",
        "immediate",
        "hiring",
    ]
) | frozenset(SENIORITY_LEVELS)
_WORD = re.compile(r"[a-z][a-z0-9+#.]*")

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


# --------------------------------------------------------------------------- text helpers
def title_tokens(*titles: str | None) -> frozenset[str]:
    """Content words of job titles, lower-cased and crudely singularised."""
    tokens: set[str] = set()
    for title in titles:
        for word in _WORD.findall((title or "").lower()):
            word = word.strip(".")
            if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]
            if len(word) < 2 or word in _TITLE_STOPWORDS:
                continue
            tokens.add(word)
    return frozenset(tokens)


def seniority_level(text: str | None) -> int | None:
    """The highest seniority word in a title or a job's seniority field."""
    found = [
        SENIORITY_LEVELS[w] for w in _WORD.findall((text or "").lower()) if w in SENIORITY_LEVELS
    ]
    return max(found) if found else None


def seniority_from_years(years: float | None) -> int | None:
    if years is None:
        return None
    for bound, level in ((1.0, 0), (2.5, 1), (5.0, 2), (9.0, 3), (14.0, 4)):
        if years < bound:
            return level
    return 5


def education_level(text: str | None) -> int | None:
    """The highest education level named in ``text`` (a degree, a job's requirement)."""
    lowered = (text or "").lower()
    best: int | None = None
    for word, level in EDUCATION_LEVELS.items():
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lowered) and (
            best is None or level > best
        ):
            best = level
    return best


def location_tokens(location: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", (location or "").lower()) if w != "remote")


# --------------------------------------------------------------------------- inputs
@dataclass(frozen=True, slots=True)
class JobInput:
    """What the scorer needs to know about a job (skills already canonical)."""

    title: str
    required: tuple[str, ...]
    nice: tuple[str, ...] = ()
    title_tokens: frozenset[str] = frozenset()
    embedding: FloatArray | None = None
    min_years: float | None = None
    seniority: int | None = None
    education: int | None = None
    location_tokens: frozenset[str] = frozenset()
    remote: bool | None = None
    title_embedding: FloatArray | None = None
    skills_inferred: bool = False


@dataclass(frozen=True, slots=True)
class CandidateInput:
    """What the scorer needs to know about a candidate (skills canonical; ``implied`` are
    skills implied by them, e.g. JavaScript for React)."""

    id: str
    skills: frozenset[str]
    implied: frozenset[str] = frozenset()
    title_tokens: frozenset[str] = frozenset()
    embedding: FloatArray | None = None
    years: float | None = None
    seniority: int | None = None
    education: int | None = None
    location_tokens: frozenset[str] = frozenset()
    title_embedding: FloatArray | None = None


def _normalised_rows(matrix: FloatArray) -> FloatArray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: FloatArray = matrix / norms
    return normalised


class _SetColumn:
    """Many small string sets as a flat id array + row index (a sparse boolean matrix)."""

    def __init__(self, sets: Sequence[Iterable[str]], vocab: dict[str, int]) -> None:
        ids: list[int] = []
        rows: list[int] = []
        for row, items in enumerate(sets):
            for item in items:
                ids.append(vocab.setdefault(item, len(vocab)))
                rows.append(row)
        self.ids = np.asarray(ids, dtype=np.int64)
        self.rows = np.asarray(rows, dtype=np.int64)

    def membership(self, wanted: Sequence[str], vocab: dict[str, int], n_rows: int) -> BoolArray:
        """``(n_rows, len(wanted))``: does row i contain wanted[j]?"""
        hits = np.zeros((n_rows, len(wanted)), dtype=bool)
        if not wanted or self.ids.size == 0:
            return hits
        column_of = np.full(len(vocab) + 1, -1, dtype=np.int64)
        for j, item in enumerate(wanted):
            if item in vocab:
                column_of[vocab[item]] = j
        columns = column_of[self.ids]
        present = columns >= 0
        hits[self.rows[present], columns[present]] = True
        return hits


@dataclass
class CandidatePool:
    """A pool of candidates as arrays, so a job is scored against all of them at once."""

    ids: list[str]
    inputs: list[CandidateInput]
    embeddings: FloatArray
    has_embedding: BoolArray
    years: FloatArray
    seniority: FloatArray
    education: FloatArray
    title_embeddings: FloatArray
    has_title_embedding: BoolArray
    vocab: dict[str, int] = field(default_factory=dict)
    skills: _SetColumn | None = None
    implied: _SetColumn | None = None
    titles: _SetColumn | None = None
    locations: _SetColumn | None = None

    @classmethod
    def build(cls, candidates: Sequence[CandidateInput], dimensions: int = 384) -> CandidatePool:
        n = len(candidates)
        embeddings = np.zeros((n, dimensions), dtype=np.float64)
        has_embedding = np.zeros(n, dtype=bool)
        for i, c in enumerate(candidates):
            if c.embedding is not None and len(c.embedding) == dimensions:
                embeddings[i] = c.embedding
                has_embedding[i] = True
        titles = np.zeros((n, dimensions), dtype=np.float64)
        has_title = np.zeros(n, dtype=bool)
        for i, c in enumerate(candidates):
            if c.title_embedding is not None and len(c.title_embedding) == dimensions:
                titles[i] = c.title_embedding
                has_title[i] = True
        nan = float("nan")
        vocab: dict[str, int] = {}
        return cls(
            ids=[c.id for c in candidates],
            inputs=list(candidates),
            embeddings=_normalised_rows(embeddings),
            has_embedding=has_embedding,
            years=np.array([nan if c.years is None else c.years for c in candidates], dtype=float),
            seniority=np.array(
                [nan if c.seniority is None else c.seniority for c in candidates], dtype=float
            ),
            education=np.array(
                [nan if c.education is None else c.education for c in candidates], dtype=float
            ),
            title_embeddings=_normalised_rows(titles),
            has_title_embedding=has_title,
            vocab=vocab,
            skills=_SetColumn([c.skills for c in candidates], vocab),
            implied=_SetColumn([c.implied - c.skills for c in candidates], vocab),
            titles=_SetColumn([{f"t:{t}" for t in c.title_tokens} for c in candidates], vocab),
            locations=_SetColumn(
                [{f"l:{t}" for t in c.location_tokens} for c in candidates], vocab
            ),
        )

    def __len__(self) -> int:
        return len(self.ids)


# --------------------------------------------------------------------------- scoring
@dataclass
class PoolScores:
    """The result of scoring one job against a pool."""

    scores: FloatArray  # (n,) 0-100
    features: FloatArray  # (n, len(FEATURES)) in [0, 1]
    applicable: BoolArray  # (len(FEATURES),) which features count for this job
    weights: dict[str, float]
    effective: dict[str, float]  # ``weights`` as applied to this job (see effective_weights)
    required_direct: BoolArray  # (n, r)
    required_implied: BoolArray  # (n, r)
    nice_direct: BoolArray  # (n, k)
    hidden_gem: BoolArray  # (n,)


def normalise_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    """Non-negative weights over :data:`FEATURES` summing to 1 (defaults fill the gaps)."""
    merged = {
        name: max(0.0, float((weights or {}).get(name, DEFAULT_WEIGHTS[name]))) for name in FEATURES
    }
    total = sum(merged.values())
    if total <= 0:
        merged, total = dict(DEFAULT_WEIGHTS), sum(DEFAULT_WEIGHTS.values())
    if abs(total - 1.0) < 1e-4:  # already normalised: keep as is, so this is idempotent
        return {name: round(value, 6) for name, value in merged.items()}
    return {name: round(value / total, 6) for name, value in merged.items()}


def _coverage(direct: BoolArray, implied: BoolArray) -> FloatArray:
    if direct.shape[1] == 0:
        return np.zeros(direct.shape[0])
    credit = np.where(direct, 1.0, np.where(implied, IMPLIED_SKILL_CREDIT, 0.0))
    coverage: FloatArray = credit.mean(axis=1)
    return coverage


def _experience_fit(years: FloatArray, minimum: float) -> FloatArray:
    if minimum <= 0:
        fit = np.ones_like(years)
    else:
        with np.errstate(over="ignore"):  # a vanishing minimum: the ratio saturates at 1
            fit = np.clip(years / minimum, 0.0, 1.0) ** 1.5
    return np.where(np.isnan(years), UNKNOWN_FIT, fit)


def job_seniority_years(level: int | None) -> float | None:
    """The years a seniority level usually implies (when the job gives no minimum)."""
    return (
        None
        if level is None
        else {0: 0.0, 1: 0.5, 2: 2.5, 3: 5.0, 4: 7.0, 5: 10.0, 6: 12.0}[min(level, 6)]
    )


def _unit(vector: FloatArray | None, dimensions: int) -> FloatArray | None:
    if vector is None or len(vector) != dimensions:
        return None
    array = np.asarray(vector, dtype=np.float64)
    norm = float(np.linalg.norm(array))
    return array / norm if norm > 0 else None


def effective_weights(job: JobInput, weights: Mapping[str, float]) -> dict[str, float]:
    """The weights used for ``job``: skill coverage counts less when the skills were inferred
    from the job's prose rather than listed by the recruiter."""
    if not job.skills_inferred:
        return dict(weights)
    adjusted = dict(weights)
    adjusted["required_skills"] = weights["required_skills"] * INFERRED_SKILLS_WEIGHT
    return adjusted


def feature_matrix(
    job: JobInput, pool: CandidatePool
) -> tuple[FloatArray, BoolArray, BoolArray, BoolArray, BoolArray]:
    """``(features, applicable, required_direct, required_implied, nice_direct)``."""
    n = len(pool)
    assert pool.skills is not None
    assert pool.implied is not None
    assert pool.titles is not None
    assert pool.locations is not None
    features = np.zeros((n, len(FEATURES)), dtype=np.float64)
    applicable = np.zeros(len(FEATURES), dtype=bool)
    col = {name: i for i, name in enumerate(FEATURES)}

    required = list(job.required)
    required_direct = pool.skills.membership(required, pool.vocab, n)
    required_implied = pool.implied.membership(required, pool.vocab, n)
    nice = [s for s in job.nice if s not in job.required]
    nice_direct = pool.skills.membership(nice, pool.vocab, n)
    nice_implied = pool.implied.membership(nice, pool.vocab, n)
    if required:
        features[:, col["required_skills"]] = _coverage(required_direct, required_implied)
        applicable[col["required_skills"]] = True
    if nice:
        features[:, col["nice_skills"]] = _coverage(nice_direct, nice_implied)
        applicable[col["nice_skills"]] = True

    query = _unit(job.embedding, pool.embeddings.shape[1])
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
    title_query = _unit(job.title_embedding, pool.title_embeddings.shape[1])
    if title_query is not None:
        cosine = np.round(pool.title_embeddings @ title_query, 6)
        similar = np.clip((cosine - TITLE_FLOOR) / (TITLE_CEILING - TITLE_FLOOR), 0, 1)
        # Embedding similarity of titles where the candidate has one, else word overlap.
        features[:, col["title"]] = np.where(
            pool.has_title_embedding, similar, features[:, col["title"]]
        )
        applicable[col["title"]] = True

    minimum = job.min_years if job.min_years is not None else job_seniority_years(job.seniority)
    if minimum is not None:
        features[:, col["experience"]] = _experience_fit(pool.years, float(minimum))
        applicable[col["experience"]] = True
    if job.seniority is not None:
        gap = np.abs(pool.seniority - job.seniority)
        features[:, col["seniority"]] = np.where(
            np.isnan(gap), UNKNOWN_FIT, np.clip(1.0 - 0.35 * gap, 0.0, 1.0)
        )
        applicable[col["seniority"]] = True
    if job.education is not None:
        shortfall = job.education - pool.education
        fit = np.where(shortfall <= 0, 1.0, np.where(shortfall <= 1, 0.5, 0.0))
        features[:, col["education"]] = np.where(np.isnan(shortfall), UNKNOWN_FIT, fit)
        applicable[col["education"]] = True
    if job.remote:
        features[:, col["location"]] = 1.0
        applicable[col["location"]] = True
    elif job.location_tokens:
        wanted = [f"l:{t}" for t in sorted(job.location_tokens)]
        hits = pool.locations.membership(wanted, pool.vocab, n).any(axis=1)
        known = np.zeros(n, dtype=bool)
        known[np.unique(pool.locations.rows)] = True
        features[:, col["location"]] = np.where(hits, 1.0, np.where(known, 0.0, UNKNOWN_FIT))
        applicable[col["location"]] = True
    return np.round(features, 6), applicable, required_direct, required_implied, nice_direct


def combine(
    features: FloatArray, applicable: BoolArray, weights: Mapping[str, float]
) -> FloatArray:
    """Weighted mean of the applicable features, 0-100, rounded to 2 decimals."""
    vector = np.array([weights[name] for name in FEATURES], dtype=np.float64) * applicable
    total = float(vector.sum())
    if total <= 0:
        return np.zeros(features.shape[0])
    scores: FloatArray = np.round(100.0 * (features * (vector / total)).sum(axis=1), 2)
    return scores


def score_pool(
    job: JobInput, pool: CandidatePool, weights: Mapping[str, float] | None = None
) -> PoolScores:
    """Score ``job`` against every candidate of ``pool``."""
    normalised = normalise_weights(weights)
    features, applicable, req_direct, req_implied, nice_direct = feature_matrix(job, pool)
    scores = combine(features, applicable, effective_weights(job, normalised))
    col = {name: i for i, name in enumerate(FEATURES)}
    # One definition of a hidden gem (talentsonar.matching.gems), the evidence score standing
    # for the deeper analysis until an AI fit analysis exists.
    hidden = hidden_gem_mask(scores, features, applicable, col)
    return PoolScores(
        scores=scores,
        features=features,
        applicable=applicable,
        weights=normalised,
        effective=effective_weights(job, normalised),
        required_direct=req_direct,
        required_implied=req_implied,
        nice_direct=nice_direct,
        hidden_gem=hidden,
    )


# --------------------------------------------------------------------------- explanation
def _names(skills: Sequence[str], limit: int = 6) -> str:
    shown = ", ".join(skills[:limit])
    return shown + (f" and {len(skills) - limit} more" if len(skills) > limit else "")


def rationale(job: JobInput, pool: CandidatePool, result: PoolScores, row: int) -> str:
    """A specific, one-paragraph explanation: matched, implied and missing skills, experience,
    title and semantic evidence of one candidate."""
    candidate = pool.inputs[row]
    score = float(result.scores[row])
    verdict = (
        "Strong match"
        if score >= 75
        else "Good match"
        if score >= 60
        else "Partial match"
        if score >= 40
        else "Weak match"
    )
    parts: list[str] = []
    required = list(job.required)
    if required:
        direct = [s for j, s in enumerate(required) if result.required_direct[row, j]]
        implied = [
            s
            for j, s in enumerate(required)
            if result.required_implied[row, j] and not result.required_direct[row, j]
        ]
        missing = [s for s in required if s not in direct and s not in implied]
        text = f"has {len(direct)}/{len(required)} required skills"
        if direct:
            text += f" ({_names(direct)})"
        parts.append(text)
        if implied:
            parts.append(f"related experience implies {_names(implied)}")
        if missing:
            parts.append(f"missing {_names(missing)}")
    nice = [s for s in job.nice if s not in job.required]
    nice_hit = [s for j, s in enumerate(nice) if result.nice_direct[row, j]]
    if nice_hit:
        parts.append(f"nice-to-have: {_names(nice_hit)}")
    if candidate.years is not None:
        minimum = job.min_years if job.min_years is not None else job_seniority_years(job.seniority)
        years = f"{candidate.years:g} years of experience"
        parts.append(f"{years} (job asks {minimum:g}+)" if minimum else years)
    col = {name: i for i, name in enumerate(FEATURES)}
    if result.applicable[col["title"]]:
        shared = sorted(job.title_tokens & candidate.title_tokens)
        if shared:
            parts.append(f"title overlap on {', '.join(shared)}")
        else:
            parts.append(f"no past title resembling '{job.title}'")
    if result.applicable[col["semantic"]]:
        semantic = result.features[row, col["semantic"]]
        tone = "high" if semantic >= 0.6 else "moderate" if semantic >= 0.35 else "low"
        parts.append(f"{tone} semantic similarity of CV and job description")
    if bool(result.hidden_gem[row]):
        parts.append(
            "hidden gem: strong semantic and experience evidence despite low keyword coverage"
        )
    return f"{verdict} ({score:.0f}/100) - " + "; ".join(parts) + "."


def feature_breakdown(result: PoolScores, row: int) -> list[dict[str, float | bool | str]]:
    """Per feature: value, weight (renormalised over applicable features) and contribution."""
    vector = np.array([result.effective[n] for n in FEATURES]) * result.applicable
    total = float(vector.sum()) or 1.0
    return [
        {
            "feature": name,
            "value": float(result.features[row, i]),
            "applicable": bool(result.applicable[i]),
            "weight": round(float(vector[i] / total), 6),
            "contribution": round(100.0 * float(result.features[row, i] * vector[i] / total), 2),
        }
        for i, name in enumerate(FEATURES)
    ]
