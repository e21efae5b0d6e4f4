"""The structured profile parsed from a CV's text (camelCase on the wire)."""

from __future__ import annotations

from pydantic import Field

from talentsonar.core.schemas import Schema
from talentsonar.skills.schemas import SkillEvidence

#: ``ParsedProfile.flags``: the CV gives no name of its author (an anonymised CV, or a name
#: the parser could not tell from a heading); the candidate record then carries no invented one
FLAG_NAME_NOT_FOUND = "name_not_found"


class Span(Schema):
    """Where a value came from: ``text[start:end]`` of the parsed text."""

    start: int
    end: int
    text: str


class Links(Schema):
    linkedin: str | None = None
    github: str | None = None
    portfolio: str | None = None
    other: list[str] = Field(default_factory=list)


class WorkEntry(Schema):
    title: str | None = None
    company: str | None = None
    start: str | None = None  # "YYYY-MM" or "YYYY"
    end: str | None = None  # None while current
    current: bool = False
    description: str | None = None


class EducationEntry(Schema):
    degree: str | None = None
    institution: str | None = None
    year: int | None = None


class ParsedProfile(Schema):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: Links = Field(default_factory=Links)
    headline: str | None = None
    #: the role held now: from the headline ("Data Engineer at Acme") or the latest job
    current_title: str | None = None
    current_company: str | None = None
    summary: str | None = None
    skills: list[str] = Field(default_factory=list)
    #: per skill, the span that evidences it (offsets, quoted text, section, support)
    skill_evidence: list[SkillEvidence] = Field(default_factory=list)
    work_history: list[WorkEntry] = Field(default_factory=list)
    education: list[EducationEntry] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    total_years_experience: float | None = None
    #: what the parser could not establish (``FLAG_NAME_NOT_FOUND``)
    flags: list[str] = Field(default_factory=list)
    #: field path ("name", "skills", "workHistory.0.company"…) → source spans
    evidence: dict[str, list[Span]] = Field(default_factory=dict)
