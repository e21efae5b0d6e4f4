"""Reading requirement texts and quoting CVs: shared by the built-in analyst's operations
(``analyst``, ``interview_kit``)."""

from __future__ import annotations

import re
from typing import Any

from talentsonar.ai.evidence import cv_facts
from talentsonar.ai.knowledge import extract_skills, seniority_from_text, years_of_experience

_PREFERRED = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|bonus|a plus|desirable|ideally)\b", re.I
)
_SEGMENT = re.compile(r"\n|(?<=[.;])\s+")

#: Below this many characters, or with fewer skills than this, a CV is thin evidence.
THIN_CV_CHARS = 400
THIN_SKILLS = 3


def split_requirements(text: str) -> tuple[list[str], list[str]]:
    """(required, preferred) skills: lines mentioning "preferred / nice to have" are preferred."""
    required: list[str] = []
    preferred: list[str] = []
    in_preferred_section = False
    for line in _SEGMENT.split(text):
        if _PREFERRED.search(line):
            in_preferred_section = line.strip().endswith(":") or in_preferred_section
            target = preferred
        elif line.strip().endswith(":"):
            in_preferred_section = False
            target = required
        else:
            target = preferred if in_preferred_section else required
        for skill in extract_skills(line):
            if skill not in required and skill not in preferred:
                target.append(skill)
    return required, preferred


def cv_quote(cv: str, skill: str) -> str | None:
    """The CV line evidencing ``skill`` (or a skill implying it), cited with its section."""
    quote = cv_facts(cv).quote(skill)
    return quote.cite() if quote is not None else None


def first_line(text: str) -> str:
    """The first non-blank line (a posting's or a CV's title), at most 200 characters."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def cv_profile(cv: str, stored: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the CV shows, as the parser reads it (the profile's years and skills). ``stored``
    is a stored candidate's profile (``years``, ``title``): where given, it wins, so the
    answer agrees with what the candidate's page shows."""
    facts = cv_facts(cv)
    stored = stored or {}
    years = stored.get("years")
    if years is None:
        years = facts.years if facts.years is not None else years_of_experience(cv)
    own_title = stored.get("title") or facts.current_title or facts.headline
    title = own_title or first_line(cv)
    return {
        "facts": facts,
        "skills": list(facts.skills),
        "implied": facts.implied,
        "years": years,
        "title": own_title,
        "titles": [t for t in (own_title, facts.current_title, facts.headline, *facts.titles) if t],
        "seniority": seniority_from_text(title, years),
    }
