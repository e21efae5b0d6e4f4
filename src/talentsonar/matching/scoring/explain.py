"""Explanations of a score: a one-paragraph rationale and the per-feature breakdown."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from talentsonar.matching.scoring.experience import minimum_years
from talentsonar.matching.scoring.inputs import CandidatePool, JobInput
from talentsonar.matching.scoring.pool import PoolScores
from talentsonar.matching.scoring.weights import COLUMN, FEATURES


def _names(skills: Sequence[str], limit: int = 6) -> str:
    shown = ", ".join(skills[:limit])
    return shown + (f" and {len(skills) - limit} more" if len(skills) > limit else "")


#: How an explanation names the source that verified (or failed) a skill.
SOURCE_WORDS = {
    "code": "a code exercise",
    "assessment": "an assessment",
    "github": "GitHub",
    "recruiter": "a recruiter",
}


def _verified(skill: str, verified: frozenset[str], checked: dict[str, str]) -> str:
    if skill not in verified:
        return skill
    return f"{skill} verified by {SOURCE_WORDS.get(checked.get(skill, ''), 'an assessment')}"


def match_verdict(score: float) -> str:
    """The words for a 0-100 score, wherever a score is explained (matching and AI answers)."""
    if score >= 75:
        return "Strong match"
    if score >= 60:
        return "Good match"
    if score >= 40:
        return "Partial match"
    return "Weak match"


def rationale(job: JobInput, pool: CandidatePool, result: PoolScores, row: int) -> str:
    """A specific, one-paragraph explanation: matched, implied and missing skills, experience,
    title and semantic evidence of one candidate."""
    candidate = pool.inputs[row]
    score = float(result.scores[row])
    verdict = match_verdict(score)
    parts: list[str] = []
    required = list(job.required)
    if required:
        checked = dict(candidate.checked_by)
        failed = [s for s in required if s in candidate.failed]
        direct = [
            s
            for j, s in enumerate(required)
            if (result.required_direct[row, j] or s in candidate.verified) and s not in failed
        ]
        implied = [
            s
            for j, s in enumerate(required)
            if result.required_implied[row, j] and s not in direct and s not in failed
        ]
        missing = [s for s in required if s not in direct and s not in implied and s not in failed]
        text = f"has {len(direct)}/{len(required)} required skills"
        if direct:
            text += f" ({_names([_verified(s, candidate.verified, checked) for s in direct])})"
        parts.append(text)
        if failed:
            by = sorted({SOURCE_WORDS.get(checked.get(s, ""), "an assessment") for s in failed})
            parts.append(
                f"failed {_names(failed)} in {' and '.join(by)} (counts less than a CV claim)"
            )
        if implied:
            parts.append(f"related experience implies {_names(implied)}")
        if missing:
            parts.append(f"missing {_names(missing)}")
    nice = [s for s in job.nice if s not in job.required]
    nice_hit = [s for j, s in enumerate(nice) if result.nice_direct[row, j]]
    if nice_hit:
        parts.append(f"nice-to-have: {_names(nice_hit)}")
    if candidate.years is not None:
        minimum = minimum_years(job.min_years, job.seniority)
        years = f"{candidate.years:g} years of experience"
        if job.min_years:
            parts.append(f"{years} (job asks {job.min_years:g}+)")
        elif minimum:  # the job names a seniority, not a number of years
            parts.append(f"{years} ({minimum:g}+ usual at the job's seniority)")
        else:
            parts.append(years)
    col = COLUMN
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
