"""Wire shapes of skills with their evidence and standard ids (camelCase on the wire)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints

from talentsonar.core.schemas import Schema


class SkillEvidence(Schema):
    """The span of the parsed text that evidences a skill: ``text[start:end]``."""

    name: str
    start: int
    end: int
    text: str
    #: the CV section the span lies in ("skills", "experience", …), ``None`` outside any
    section: str | None = None
    #: what defends the mention: "name" (a distinctive name), "section" (a skills section),
    #: "list" (an item of a list of skills) or "tool" ("models in R")
    support: str = "name"


class OnetRef(Schema):
    """O*NET Technology Skills: the UNSPSC commodity and O*NET's example name."""

    commodity_code: str
    commodity_title: str | None = None
    example: str | None = None


class SkillDetail(Schema):
    name: str
    category: str | None = None
    #: ESCO skill concept (http://data.europa.eu/esco/skill/…), when one matches
    esco_uri: str | None = None
    esco_label: str | None = None
    onet: OnetRef | None = None
    #: where the CV shows it; ``None`` for a skill typed by a person, or implied
    evidence: SkillEvidence | None = None
    #: a parent implied by listed skills (React → JavaScript), not evidenced by the text
    implied: bool = False
    implied_by: list[str] = Field(default_factory=list)


class SkillSuggestion(Schema):
    name: str
    category: str | None = None
    esco_uri: str | None = None
    onet: OnetRef | None = None


# -- the catalogue: shipped taxonomy + the organisation's own skills -----------------------

SortBy = Literal["name", "proficiency", "createdAt"]
Order = Literal["asc", "desc"]


class SkillCategory(Schema):
    #: a slug of the category's name ("cloud-devops")
    id: str
    name: str
    skill_count: int
    #: skills the organisation added to this category
    organization_skill_count: int = 0


class CatalogSkill(Schema):
    #: ``tx:<slug>`` for a shipped skill, the UUID of an organisation's skill
    id: str
    name: str
    category_id: str
    category: str
    #: "taxonomy" (shipped) or "organization" (added by the organisation)
    source: Literal["taxonomy", "organization"]
    esco_uri: str | None = None
    onet_code: str | None = None
    description: str | None = None
    #: the level (0-10) the organisation expects, when it names one
    proficiency: int | None = None
    tags: list[str] = Field(default_factory=list)
    created_at: datetime | None = None


class SkillCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Terraform",
        "categoryId": "devops",
        "proficiency": 6,
        "tags": ["infrastructure"],
    }]})
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    category_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                  max_length=80)]
    proficiency: int | None = Field(None, ge=0, le=10)
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    tags: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                max_length=50)]] = Field(
        default_factory=list, max_length=20)


class SkillUpdate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "description": "Infrastructure as code with HashiCorp Terraform",
    }]})
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                           max_length=100)] | None = None
    category_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                  max_length=80)] | None = None
    proficiency: int | None = Field(None, ge=0, le=10)
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    tags: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                max_length=50)]] | None = Field(
        None, max_length=20)


# -- skill profiles ----------------------------------------------------------------------


class SourceEvidence(Schema):
    #: "cv" | "assessment" | "code" | "github" | "recruiter"
    source: str
    proficiency: float
    confidence: float
    #: the proof: a CV quote (``quote``, ``section``, ``start``, ``end``), assessment answers,
    #: repositories, a recruiter's note
    evidence: dict[str, Any] = Field(default_factory=dict)
    verified_at: datetime | None = None


class ProfileSkill(Schema):
    name: str
    category: str | None = None
    #: 0-10
    proficiency: float
    #: 0-1
    confidence: float
    #: "verified" | "claimed" | "failed"
    status: str
    sources: list[SourceEvidence]
    verified_at: datetime | None = None


class SkillProfile(Schema):
    candidate_id: uuid.UUID
    skills: list[ProfileSkill]
    verified_count: int
    claimed_count: int
    failed_count: int


class SkillLevelSet(Schema):
    """A recruiter's level for one skill: overrides every other source (audited)."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "proficiency": 7.5,
        "note": "Confirmed in the technical interview",
    }]})

    proficiency: float = Field(ge=0, le=10)
    note: Annotated[str, StringConstraints(max_length=1000)] | None = None


class RequiredSkillCoverage(Schema):
    skill: str
    verified: int
    claimed: int
    failed: int
    missing: int


class SkillsCoverage(Schema):
    job_id: uuid.UUID
    candidates: int
    skills: list[RequiredSkillCoverage]
