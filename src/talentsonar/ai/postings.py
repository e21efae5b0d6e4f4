"""The built-in analyst's operations on a job posting: its analysis (duties, true
seniority, skill requirements) and structured requirements from job information."""

from __future__ import annotations

from typing import Any

from talentsonar.ai import schemas as s
from talentsonar.ai.duties import responsibilities as ranked_duties
from talentsonar.ai.knowledge import (
    SENIORITY_ORDER,
    implied_skills,
    normalize_skill,
    seniority_from_text,
    skill_category,
    years_of_experience,
)
from talentsonar.ai.texts import first_line, split_requirements


def job_analysis(job: str) -> s.JobAnalysis:
    required, preferred = split_requirements(job)
    years = years_of_experience(job)
    level = seniority_from_text(first_line(job), years)
    if years is not None and SENIORITY_ORDER.index(level) < SENIORITY_ORDER.index(
        seniority_from_text("", years)
    ):
        level = seniority_from_text("", years)  # content says more senior than the title
    reqs = [
        s.SkillRequirement(skill=k, importance="required", category=skill_category(k))
        for k in required
    ]
    reqs += [
        s.SkillRequirement(skill=k, importance="preferred", category=skill_category(k))
        for k in preferred
    ]
    profile = (
        f"A {level.lower()} professional"
        + (f" with {years:g}+ years of experience" if years else "")
        + (f", strong in {', '.join(required[:5])}" if required else "")
        + (f"; {', '.join(preferred[:3])} a plus" if preferred else "")
        + "."
    )
    duties = ranked_duties(job, required + preferred)
    if not duties:
        profile += " The posting states no duties we could extract; ask the hiring manager."
    return s.JobAnalysis(
        key_responsibilities=duties,
        ideal_candidate_profile=profile,
        true_seniority_level=level,
        skill_requirements=reqs,
    )


_DEFAULT_YEARS = {"Junior": 0, "Mid": 2, "Senior": 5, "Lead": 8, "Executive": 10}


def job_requirements(info: dict[str, Any]) -> s.GeneratedJobRequirements:
    title = str(info.get("title", ""))
    description = str(info.get("description", ""))
    given = [normalize_skill(x) for x in info.get("skills", []) if str(x).strip()]
    required, preferred = split_requirements(description)
    required = list(dict.fromkeys(given + required))
    preferred = [
        k for k in dict.fromkeys(preferred + implied_skills(required)) if k not in required
    ]
    years = years_of_experience(description)
    level = str(info.get("seniority") or seniority_from_text(title, years))
    if level not in _DEFAULT_YEARS:
        level = seniority_from_text(level, years)
    min_years = int(years) if years is not None else _DEFAULT_YEARS[level]
    responsibilities = ranked_duties(description, required + preferred) or [
        f"Design, build and maintain work using {', '.join(required[:3])}"
        if required
        else f"Deliver the core work of a {title}",
        "Collaborate with the team on planning, reviews and delivery",
    ]
    return s.GeneratedJobRequirements(
        title=title,
        seniority=level,
        min_years_experience=min(50, min_years),
        required_skills=required,
        preferred_skills=preferred[:8],
        responsibilities=responsibilities,
        summary=(title if level.lower() in title.lower() else f"{level} {title}")
        + f" with {min_years}+ years"
        + (f" in {', '.join(required[:4])}" if required else ""),
    )


#: The role a profile suggests by the taxonomy category most of its skills fall in.
