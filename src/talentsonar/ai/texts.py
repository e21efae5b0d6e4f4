"""Reading requirement texts and quoting CVs: shared by the built-in analyst's operations
(``analyst``, ``interview_kit``)."""

from __future__ import annotations

import re

from talentsonar.ai.evidence import cv_facts
from talentsonar.ai.knowledge import extract_skills

_PREFERRED = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|bonus|a plus|desirable|ideally)\b", re.I
)
_SEGMENT = re.compile(r"\n|(?<=[.;])\s+")


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
