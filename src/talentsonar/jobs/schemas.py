from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from talentsonar.core.schemas import JsonObject, Schema

JobStatusValue = Literal["open", "closed", "on hold"]
SkillName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class MatchStatistics(Schema):
    total_candidates: int = 0
    strong_matches: int = 0
    good_matches: int = 0
    ai_analyzed_count: int = 0


class JobCreate(Schema):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
    department: ShortText | None = None
    location: ShortText | None = None
    description: Annotated[str, StringConstraints(max_length=50_000)] = ""
    required_skills: list[SkillName] = Field(default_factory=list, max_length=100)
    nice_to_have_skills: list[SkillName] = Field(default_factory=list, max_length=100)
    status: JobStatusValue = "open"
    company_context: JsonObject = Field(default_factory=dict)
    seniority: Annotated[str, StringConstraints(max_length=50)] | None = None
    min_years_experience: float | None = Field(None, ge=0, le=60)
    education_level: Annotated[str, StringConstraints(max_length=100)] | None = None
    remote: bool | None = None
    employment_type: Annotated[str, StringConstraints(max_length=50)] | None = None


class JobUpdate(Schema):
    title: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
        | None
    ) = None
    department: ShortText | None = None
    location: ShortText | None = None
    description: Annotated[str, StringConstraints(max_length=50_000)] | None = None
    required_skills: list[SkillName] | None = Field(None, max_length=100)
    nice_to_have_skills: list[SkillName] | None = Field(None, max_length=100)
    status: JobStatusValue | None = None
    company_context: JsonObject | None = None
    seniority: Annotated[str, StringConstraints(max_length=50)] | None = None
    min_years_experience: float | None = Field(None, ge=0, le=60)
    education_level: Annotated[str, StringConstraints(max_length=100)] | None = None
    remote: bool | None = None
    employment_type: Annotated[str, StringConstraints(max_length=50)] | None = None


class Job(Schema):
    id: uuid.UUID
    title: str
    department: str | None
    location: str | None
    description: str
    status: JobStatusValue
    required_skills: list[str]
    nice_to_have_skills: list[str]
    company_context: dict[str, Any]
    seniority: str | None
    min_years_experience: float | None
    education_level: str | None
    remote: bool | None
    employment_type: str | None
    created_by_id: uuid.UUID | None
    embedding_model: str | None
    match_statistics: MatchStatistics = Field(default_factory=MatchStatistics)
    created_at: datetime
    updated_at: datetime
