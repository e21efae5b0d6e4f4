"""The facts of one scored pair, as matching computed them: the service other domains (the
AI fit analysis) read instead of recomputing years, skills or seniority from text.

One source of truth: the candidate's years, skills and seniority and the job's requirements
are matching's scorer inputs (``talentsonar.matching.profiles``); the score, features and
skill coverage are the stored match's; the rank is the pair's place in the job's list.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.matching import gems
from talentsonar.matching.profiles import candidate_input, candidate_titles, job_input
from talentsonar.matching.repository import MatchRepository, ScoringSourceRepository
from talentsonar.matching.scoring import FEATURES
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job

#: Seniority levels of the scorer (``SENIORITY_LEVELS``) by name, for people to read.
LEVEL_NAMES = {
    0: "Intern",
    1: "Junior",
    2: "Mid",
    3: "Senior",
    4: "Lead",
    5: "Principal",
    6: "Executive",
}


def level_name(level: float | None) -> str | None:
    """The name of a seniority level (a candidate's may be the mean of two levels: the
    nearest name)."""
    return None if level is None else LEVEL_NAMES.get(min(round(level), 6))


@dataclass(frozen=True, slots=True)
class PairFacts:
    match_score: float
    rank: int
    features: dict[str, float]
    applicable: dict[str, bool]
    weights: dict[str, float]
    job_title: str
    required: list[str]
    nice: list[str]
    skills_inferred: bool
    matched: list[str]
    implied: list[str]
    missing: list[str]
    job_min_years: float | None
    job_seniority: str | None
    candidate_years: float | None
    candidate_seniority: str | None
    candidate_skills: list[str]
    candidate_titles: list[str] = field(default_factory=list)
    rationale: str = ""

    @property
    def top_ranked(self) -> bool:
        return self.rank == 1

    @property
    def evidence_score(self) -> float:
        return gems.evidence_score(self.features, self.applicable)

    def as_dict(self) -> dict[str, Any]:
        """The facts as a JSON object (camelCase), as a provider reads them."""
        return {
            "matchScore": self.match_score,
            "rank": self.rank,
            "topRanked": self.top_ranked,
            "features": self.features,
            "applicable": self.applicable,
            "weights": self.weights,
            "jobTitle": self.job_title,
            "requiredSkills": self.required,
            "niceToHaveSkills": self.nice,
            "skillsInferred": self.skills_inferred,
            "matchedSkills": self.matched,
            "impliedSkills": self.implied,
            "missingSkills": self.missing,
            "jobMinYears": self.job_min_years,
            "jobSeniority": self.job_seniority,
            "candidateYears": self.candidate_years,
            "candidateSeniority": self.candidate_seniority,
            "candidateSkills": self.candidate_skills,
            "candidateTitles": self.candidate_titles,
            "basicRationale": self.rationale,
            "evidenceScore": self.evidence_score,
        }


async def pair_facts(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    job: Job | None = None,
    candidate: Candidate | None = None,
) -> PairFacts | None:
    """The facts of a scored pair of ``org_id``; ``None`` when the pair has no match.
    ``job`` and ``candidate``, when the caller has loaded them (live, this organisation's),
    save reading them again."""
    repo = MatchRepository(session, org_id)
    match = await repo.get_pair(job_id, candidate_id)
    if match is None:
        return None
    source = ScoringSourceRepository(session, org_id)
    if job is None or job.id != job_id:
        job = await source.job(job_id)
    if candidate is None or candidate.id != candidate_id:
        candidate = await source.live_candidate(candidate_id)
    if job is None or candidate is None:
        return None
    job_in = job_input(job)
    cand_in = candidate_input(candidate)
    score = float(match.match_score)
    # Rank: 1 + the live matches scoring strictly higher.
    higher = await repo.count_for_job(job_id, min_score=math.nextafter(score, math.inf))
    details = match.details or {}
    breakdown = {b.get("feature"): b for b in details.get("breakdown", []) if isinstance(b, dict)}
    features = {name: float((match.features or {}).get(name, 0.0)) for name in FEATURES}
    applicable = {
        name: bool(breakdown[name].get("applicable"))
        if name in breakdown
        else name in (match.features or {})
        for name in FEATURES
    }
    weights = {
        name: float(breakdown[name].get("weight", 0.0)) if name in breakdown else 0.0
        for name in FEATURES
    }
    required = list(job_in.required)
    matched = [s for s in details.get("matchedSkills", []) if isinstance(s, str)]
    implied = [s for s in details.get("impliedSkills", []) if isinstance(s, str)]
    missing = [s for s in details.get("missingSkills", []) if isinstance(s, str)]
    if not (matched or implied or missing) and required:
        matched = [s for s in required if s in cand_in.skills]
        implied = [s for s in required if s not in cand_in.skills and s in cand_in.implied]
        missing = [s for s in required if s not in matched and s not in implied]
    return PairFacts(
        match_score=score,
        rank=higher + 1,
        features=features,
        applicable=applicable,
        weights=weights,
        job_title=job.title or "",
        required=required,
        nice=list(job_in.nice),
        skills_inferred=job_in.skills_inferred,
        matched=matched,
        implied=implied,
        missing=missing,
        job_min_years=job_in.min_years,
        job_seniority=level_name(job_in.seniority),
        candidate_years=cand_in.years,
        candidate_seniority=level_name(cand_in.seniority),
        candidate_skills=sorted(cand_in.skills),
        candidate_titles=candidate_titles(candidate.profile or {}, candidate.headline),
        rationale=match.match_rationale or "",
    )
