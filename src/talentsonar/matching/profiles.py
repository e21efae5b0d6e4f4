"""Turn stored jobs and candidates into scorer inputs (pure; the taxonomy is in-process data).

Also computes the *inputs hash* of a pair: a digest of everything the score depends on
(scorer version, weights, embedding model, job and candidate inputs), so background
re-scoring can skip pairs whose inputs did not change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import orjson

from talentsonar.matching.scoring import (
    SCORER_VERSION,
    CandidateInput,
    JobInput,
    education_level,
    location_tokens,
    seniority_from_years,
    seniority_level,
    title_tokens,
)
from talentsonar.matching.scoring.seniority import UNMARKED_TITLE_LEVEL, candidate_seniority

#: How many of the most recent positions count for title similarity.
RECENT_TITLES = 3
#: How many skills named in a job's description stand in for a missing requirements list.
INFERRED_SKILLS_LIMIT = 15


@lru_cache(maxsize=1)
def taxonomy() -> Any | None:
    """The shipped skills taxonomy (``None`` while the parsing layer is not installed:
    names are then compared as written, without aliases or implied skills)."""
    try:
        from talentsonar.skills.taxonomy import get_taxonomy
    except ImportError:
        return None
    return get_taxonomy()


def canonical_skills(names: Iterable[str]) -> list[str]:
    """Canonical taxonomy names (aliases resolved; unknown names kept, de-duplicated)."""
    tax = taxonomy()
    seen: dict[str, None] = {}
    for name in names:
        if not isinstance(name, str) or not name.strip():
            continue
        skill = tax.normalize(name) if tax is not None else None
        seen.setdefault(skill.name if skill is not None else " ".join(name.split()), None)
    return list(seen)


def skills_in_text(text: str, *, ambiguous: bool = True) -> list[str]:
    tax = taxonomy()
    return [] if tax is None else [s.name for s in tax.skills_in(text, ambiguous=ambiguous)]


def inferred_job_skills(description: str | None) -> list[str]:
    """The skills a job's prose names, for a job whose recruiter listed none (names that are
    also ordinary words do not count)."""
    return skills_in_text(description or "", ambiguous=False)[:INFERRED_SKILLS_LIMIT]


def implied_skills(skills: Iterable[str]) -> frozenset[str]:
    tax = taxonomy()
    implied: set[str] = set()
    if tax is not None:
        for name in skills:
            implied |= tax.implied(name)
    return frozenset(implied)


def _embedding(value: Any) -> np.ndarray | None:
    if value is None:
        return None
    # Vectors are float32 wherever they come from (the model, pgvector's text form from raw
    # SQL, pgvector's binary form): normalising to float32 first makes every path identical.
    if isinstance(value, str):
        array = np.fromstring(value.strip("[]"), sep=",", dtype=np.float32).astype(np.float64)
        return array if array.size else None
    array = np.asarray(value, dtype=np.float32).astype(np.float64)
    return array if array.ndim == 1 and array.size else None


def job_input(job: Any, title_embedding: Any = None) -> JobInput:
    """Scorer input of a ``Job`` row (or any object with the same attributes): only what
    the job shows. Its requirement fields hold the recruiter's values or those inferred
    from its posting (``talentsonar.jobs.requirements``); nothing is inferred here, so a
    match never names a requirement the job does not show."""
    required = canonical_skills(job.required_skills or [])
    provenance = getattr(job, "requirements", None) or {}
    inferred = (provenance.get("required_skills") or {}).get("source") == "inferred"
    nice_inferred = (provenance.get("nice_to_have_skills") or {}).get("source") == "inferred"
    nice = [s for s in canonical_skills(job.nice_to_have_skills or []) if s not in required]
    return JobInput(
        title=job.title or "",
        required=tuple(required),
        nice=tuple(nice),
        title_tokens=title_tokens(job.title),
        embedding=_embedding(job.embedding),
        min_years=float(job.min_years_experience) if job.min_years_experience is not None else None,
        seniority=seniority_level(job.seniority) if job.seniority else None,
        education=education_level(job.education_level) if job.education_level else None,
        location_tokens=location_tokens(job.location),
        remote=job.remote,
        title_embedding=_embedding(title_embedding),
        skills_inferred=bool(required) and inferred,
        nice_inferred=bool(nice) and nice_inferred,
    )


def work_history(profile: Mapping[str, Any]) -> list[Any]:
    """Positions of a stored profile (camelCase as the API stores it, or snake_case)."""
    found = profile.get("workHistory") or profile.get("work_history") or []
    return list(found) if isinstance(found, list) else []


def title_text(titles: list[str]) -> str:
    """The text whose embedding stands for a candidate's titles (headline + recent roles)."""
    return " / ".join(titles[: RECENT_TITLES + 1])


def candidate_titles(profile: Mapping[str, Any], headline: str | None) -> list[str]:
    titles = [headline or ""]
    for position in work_history(profile)[:RECENT_TITLES]:
        if isinstance(position, Mapping):
            titles.append(str(position.get("title") or position.get("designation") or ""))
    return [t for t in titles if t]


def current_title_level(profile: Mapping[str, Any], *, headline: str | None) -> int | None:
    """The seniority the candidate's headline and current title say (the higher), a title
    without a seniority word counting as mid level; ``None`` without either."""
    current = [headline or ""]
    positions = work_history(profile)
    if positions and isinstance(positions[0], Mapping):
        current.append(str(positions[0].get("title") or positions[0].get("designation") or ""))
    current = [t for t in current if t.strip()]
    if not current:
        return None
    named = [level for level in map(seniority_level, current) if level is not None]
    return max(named) if named else UNMARKED_TITLE_LEVEL


def candidate_education(profile: Mapping[str, Any]) -> int | None:
    levels = [
        education_level(" ".join(str(v) for v in entry.values() if isinstance(v, str)))
        for entry in (profile.get("education") or [])
        if isinstance(entry, Mapping)
    ]
    found = [level for level in levels if level is not None]
    return max(found) if found else None


def candidate_input(candidate: Any, title_embedding: Any = None) -> CandidateInput:
    """Scorer input of a ``Candidate`` row (or any object with the same attributes)."""
    profile: Mapping[str, Any] = candidate.profile or {}
    skills = frozenset(canonical_skills(candidate.skills or []))
    titles = candidate_titles(profile, candidate.headline)
    years = candidate.total_years_experience
    profile_years = profile.get("totalYearsExperience", profile.get("total_years_experience"))
    if years is None and isinstance(profile_years, int | float):
        years = float(profile_years)
    level = candidate_seniority(
        seniority_from_years(years), current_title_level(profile, headline=candidate.headline)
    )
    return CandidateInput(
        id=str(candidate.id),
        skills=skills,
        implied=implied_skills(skills),
        title_tokens=title_tokens(*titles),
        embedding=_embedding(candidate.embedding),
        years=float(years) if years is not None else None,
        seniority=level,
        education=candidate_education(profile),
        location_tokens=location_tokens(candidate.location),
        title_embedding=_embedding(title_embedding),
        **skill_checks(getattr(candidate, "skill_checks", None)),
    )


#: Sources in the order an explanation prefers to name them.
_CHECK_ORDER = ("code", "assessment", "recruiter", "github")


def skill_checks(value: Any) -> dict[str, Any]:
    """``verified``, ``failed`` and ``checked_by`` of a candidate from the skill profile's
    ``{skill: [status, [sources…]]}`` (what ``ScoringSourceRepository`` selects)."""
    if isinstance(value, str | bytes):
        value = orjson.loads(value)
    if not isinstance(value, Mapping) or not value:
        return {}
    verified: set[str] = set()
    failed: set[str] = set()
    by: list[tuple[str, str]] = []
    for skill, entry in value.items():
        if not isinstance(entry, Sequence) or len(entry) < 2:
            continue
        status, sources = entry[0], entry[1] or []
        if status == "verified":
            verified.add(skill)
        elif status == "failed":
            failed.add(skill)
        else:
            continue
        source = next((s for s in _CHECK_ORDER if s in sources), "assessment")
        by.append((skill, source))
    return {"verified": frozenset(verified), "failed": frozenset(failed),
            "checked_by": tuple(sorted(by))}


def _digest(payload: Any) -> str:
    raw = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    return hashlib.sha256(raw).hexdigest()


def _vector_digest(vector: np.ndarray | None) -> str | None:
    """Digest of a vector's float32 bytes (vectors are float32 at source, see _embedding)."""
    if vector is None:
        return None
    return hashlib.sha256(np.asarray(vector, dtype=np.float32).tobytes()).hexdigest()


def job_fingerprint(job: JobInput) -> str:
    return _digest(
        [
            job.title,
            job.required,
            job.nice,
            sorted(job.title_tokens),
            _vector_digest(job.embedding),
            job.min_years,
            job.seniority,
            job.education,
            sorted(job.location_tokens),
            job.remote,
            _vector_digest(job.title_embedding),
            job.skills_inferred,
            job.nice_inferred,
        ]
    )


def candidate_fingerprint(candidate: CandidateInput) -> str:
    return _digest(
        [
            sorted(candidate.skills),
            sorted(candidate.title_tokens),
            _vector_digest(candidate.embedding),
            candidate.years,
            candidate.seniority,
            candidate.education,
            sorted(candidate.location_tokens),
            _vector_digest(candidate.title_embedding),
            sorted(candidate.verified),
            sorted(candidate.failed),
            candidate.checked_by,
        ]
    )


def pair_hash(
    job_print: str, candidate_print: str, weights: Mapping[str, float], embedding_model: str | None
) -> str:
    """Everything a stored score depends on."""
    return _digest([SCORER_VERSION, dict(weights), embedding_model, job_print, candidate_print])
