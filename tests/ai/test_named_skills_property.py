"""Property (issue 15): no explanation, analysis or interview kit names a skill that neither
the CV nor the job shows (shown: named in it, or implied by a skill named in it).

Profiles and jobs are built from the vocabulary (the shared taxonomy's distinctive names);
every output is searched for skills, both in its skill fields and in its free text.
Behavioural questions are about a competency ("Ownership", "Communication"), asked of every
candidate: their competency label is not a claim about the CV or the job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentsonar.ai import analyst
from talentsonar.matching.profiles import candidate_input, job_input
from talentsonar.matching.scoring import CandidatePool, feature_breakdown, rationale, score_pool
from talentsonar.skills.taxonomy import get_taxonomy

#: Output fields that hold one skill name.
SKILL_FIELDS = {"skill", "requirement", "competency"}
SKILL_LISTS = {
    "matchedSkills",
    "missingSkills",
    "inferredSkills",
    "requiredSkills",
    "preferredSkills",
}


@lru_cache(maxsize=1)
def vocabulary() -> list[str]:
    """Skills whose own name, alone on a skills line, reads as exactly that skill."""
    taxonomy = get_taxonomy()
    out = []
    for name in sorted(taxonomy.skills):
        found = [s.name for s in taxonomy.skills_in(f"Skills: {name}, Teamwork")]
        if found[:1] == [name] and len(name) > 2:
            out.append(name)
    return out


def shown(*texts: str) -> set[str]:
    taxonomy = get_taxonomy()
    named = {s.name for text in texts for s in taxonomy.skills_in(text)}
    return named | {p for name in named for p in taxonomy.implied(name)}


def listed(names: list[str]) -> set[str]:
    taxonomy = get_taxonomy()
    return set(names) | {p for name in names for p in taxonomy.implied(name)}


def named_in(value: Any, allowed: set[str], *, path: str = "") -> Iterator[tuple[str, str]]:
    """(where, skill) for every skill an output names, in fields and in free text."""
    taxonomy = get_taxonomy()
    if isinstance(value, dict):
        if value.get("kind") == "behavioural":
            value = {k: v for k, v in value.items() if k not in ("skill", "expectedPoints")}
        for key, item in value.items():
            if key == "category":
                continue  # a taxonomy category ("Web Development"), not a skill claimed
            if key in SKILL_FIELDS and isinstance(item, str):
                skill = taxonomy.normalize(item)
                if skill is not None:
                    yield f"{path}.{key}", skill.name
            elif key in SKILL_LISTS and isinstance(item, list):
                for entry in item:
                    skill = taxonomy.normalize(str(entry))
                    if skill is not None:
                        yield f"{path}.{key}", skill.name
            else:
                yield from named_in(item, allowed, path=f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from named_in(item, allowed, path=f"{path}[{index}]")
    elif isinstance(value, str):
        for skill in taxonomy.skills_in(_without(value, allowed)):
            yield path, skill.name


def _without(text: str, names: set[str]) -> str:
    """``text`` with the allowed skills' own names blanked out, so that free text is searched
    for *other* skills ("strong in Design Patterns" must not read as "in Design")."""
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(re.escape(name), " ; ", text, flags=re.IGNORECASE)
    return text


class _Row:
    """A stored-looking job or candidate for matching's pure scorer inputs."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def matching_explanation(cv_skills: list[str], years: float, job: dict[str, Any]) -> list[str]:
    job_row = _Row(
        title=job["title"],
        required_skills=job["required"],
        nice_to_have_skills=job["nice"],
        description=job["text"],
        embedding=None,
        min_years_experience=job["years"],
        seniority=None,
        education_level=None,
        location=None,
        remote=None,
    )
    cand_row = _Row(
        id="c1",
        skills=cv_skills,
        profile={},
        headline="Engineer",
        total_years_experience=years,
        embedding=None,
        location=None,
    )
    j = job_input(job_row)
    pool = CandidatePool.build([candidate_input(cand_row)])
    result = score_pool(j, pool)
    assert np.isfinite(result.scores).all()
    return [rationale(j, pool, result, 0), *(str(b) for b in feature_breakdown(result, 0))]


@st.composite
def pair(draw: st.DrawFn) -> tuple[str, dict[str, Any], list[str], float]:
    vocab = vocabulary()
    cv_skills = draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=6, unique=True))
    required = draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=4, unique=True))
    nice = draw(st.lists(st.sampled_from(vocab), max_size=2, unique=True))
    nice = [k for k in nice if k not in required]
    years = draw(st.integers(0, 25))
    overlap = draw(st.booleans())
    if overlap:
        cv_skills = list(dict.fromkeys([*cv_skills, required[0]]))
    start = 2026 - years
    cv = (
        "Jordan Example\nSoftware Engineer\n"
        f"Skills: {', '.join(cv_skills)}\n"
        "Experience\n"
        f"{start} - present: Engineer at Northwind. Worked daily with {cv_skills[0]}.\n"
    )
    text = (
        "Platform Engineer\n"
        f"Required skills: {', '.join(required)}\n"
        + (f"Nice to have: {', '.join(nice)}\n" if nice else "")
        + f"- Build and run services with {required[0]}\n"
        + f"- Maintain the tooling around {required[-1]}\n"
        + f"{max(1, years // 2)}+ years of experience.\n"
    )
    job = {
        "title": "Platform Engineer",
        "required": required,
        "nice": nice,
        "text": text,
        "years": max(1, years // 2),
    }
    return cv, job, cv_skills, float(years)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair())
def test_no_output_names_a_skill_that_neither_the_cv_nor_the_job_shows(
    case: tuple[str, dict[str, Any], list[str], float],
) -> None:
    cv, job, cv_skills, years = case
    # Shown: what the texts defend, the job's listed requirements (the recruiter's list) and
    # the candidate's stored skills, and what those imply.
    allowed = shown(cv, job["text"]) | listed(job["required"] + job["nice"] + cv_skills)
    facts = {
        "matchScore": 50.0,
        "rank": 2,
        "topRanked": False,
        "features": {"required_skills": 0.5, "experience": 1.0},
        "applicable": {"required_skills": True, "experience": True},
        "weights": {"required_skills": 0.3},
        "jobTitle": job["title"],
        "requiredSkills": job["required"],
        "niceToHaveSkills": job["nice"],
        "matchedSkills": [k for k in job["required"] if k in cv_skills],
        "impliedSkills": [],
        "missingSkills": [k for k in job["required"] if k not in cv_skills],
        "jobMinYears": job["years"],
        "jobSeniority": "Mid",
        "candidateYears": years,
        "candidateSeniority": "Mid",
        "candidateSkills": cv_skills,
        "candidateTitles": ["Software Engineer"],
    }
    outputs: dict[str, Any] = {
        "cv_analysis": analyst.cv_analysis(cv, job["text"]),
        "cv_analysis_of_pair": analyst.cv_analysis(cv, job["text"], facts),
        "fit_analysis": analyst.fit_analysis(cv, job["text"]),
        "fit_analysis_of_pair": analyst.fit_analysis(cv, job["text"], facts),
        "job_analysis": analyst.job_analysis(job["text"]),
        "enrichment": analyst.enrichment(cv),
        "kit": analyst.question_kit(job["title"], job["required"] + job["nice"], 8),
        "interview": analyst.interview_analysis(
            job["text"],
            cv,
            {
                "answers": [
                    {"question": "Q", "skill": job["required"][0], "answer": "Yes", "rating": 3}
                ],
                "ratings": {},
                "requirements": job["required"],
            },
        ),
    }
    dumped = {k: v.model_dump(mode="json", by_alias=True) for k, v in outputs.items()}
    dumped["matching_explanation"] = matching_explanation(cv_skills, years, job)
    invented = sorted(
        {(where, skill) for where, skill in named_in(dumped, allowed) if skill not in allowed}
    )
    assert not invented, (invented, cv, job["text"])
