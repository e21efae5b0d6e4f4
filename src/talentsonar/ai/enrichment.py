"""The built-in analyst's enrichment of a candidate: a suggested role title, an experience
summary and the skills the CV implies, within its own skill categories."""

from __future__ import annotations

from typing import Any

from talentsonar.ai import schemas as s
from talentsonar.ai.evidence import CvFacts
from talentsonar.ai.knowledge import (
    FULL_STACK,
    skill_category,
)
from talentsonar.ai.texts import THIN_CV_CHARS, THIN_SKILLS, cv_profile
from talentsonar.skills.taxonomy import get_taxonomy

_ROLE_BY_CATEGORY = {
    "Web Development": "Web Developer",
    "Mobile Development": "Mobile Developer",
    "Cloud & DevOps": "DevOps Engineer",
    "Data Science & AI": "Data Scientist",
    "Data & Databases": "Data Engineer",
    "Business & Management": "Project Manager",
    "Security": "Security Engineer",
    "Programming Languages": "Software Engineer",
    "Software Engineering & Testing": "Software Engineer",
    "Operating Systems & IT Infrastructure": "System Administrator",
    "Accounting": "Accountant",
    "Finance & Banking": "Finance Professional",
    "Sales": "Sales Professional",
    "Digital Media & Marketing": "Marketing Professional",
    "Design & Creative": "Designer",
    "Human Resources": "HR Professional",
}


#: A role suggested from skills needs this many skills in its category, and this share.
ROLE_MIN_SKILLS = 3
ROLE_MIN_SHARE = 0.4


def enrichment(cv: str, stored: dict[str, Any] | None = None) -> s.Enrichment:
    """A role title consistent with the profile (the CV's own current title when it has
    one), a summary of what the CV shows, and implied skills in the profile's own fields."""
    p = cv_profile(cv, stored)
    facts: CvFacts = p["facts"]
    counts: dict[str, int] = {}
    for skill in p["skills"]:
        cat = skill_category(skill)
        if cat in _ROLE_BY_CATEGORY:
            counts[cat] = counts.get(cat, 0) + 1
    taxonomy = get_taxonomy()
    sides = set(p["skills"]).union(*(taxonomy.implied(k) for k in p["skills"]))
    own_title = next(
        (
            t
            for t in (p["title"], facts.current_title, facts.headline)
            if t and 1 <= len(t.split()) <= 8
        ),
        None,
    )
    total = sum(counts.values())
    if own_title:
        role = " ".join(own_title.split()).title() if own_title.isupper() else own_title
    elif FULL_STACK in sides or {"Frontend Development", "Backend Development"} <= sides:
        role = "Full-Stack Developer"
    else:
        top = max(counts, key=lambda c: (counts[c], c), default=None)
        if (
            top is not None
            and counts[top] >= ROLE_MIN_SKILLS
            and counts[top] >= ROLE_MIN_SHARE * total
        ):
            role = _ROLE_BY_CATEGORY[top]
        else:
            role = "Professional"
        if role != "Professional" and p["seniority"] in ("Senior", "Lead"):
            role = f"{'Senior' if p['seniority'] == 'Senior' else 'Lead'} {role}"
    fields = {skill_category(k) for k in p["skills"]}
    inferred = [k for k in p["implied"] if skill_category(k) in fields]
    years = (
        f"about {p['years']:g} years of experience"
        if p["years"]
        else "experience of unknown length"
    )
    summary = (
        f"{p['seniority']}-level profile with {years}"
        + (f" across {', '.join(p['skills'][:6])}" if p["skills"] else "")
        + "."
    )
    if facts.length < THIN_CV_CHARS or len(p["skills"]) < THIN_SKILLS:
        summary += " Thin evidence: the CV says little we can read; the suggestions are tentative."
    return s.Enrichment(
        suggested_role_title=role, experience_summary=summary, inferred_skills=inferred
    )
