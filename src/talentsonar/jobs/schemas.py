from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from talentsonar.core.schemas import JsonObject, Schema

JobStatusValue = Literal["open", "closed", "on hold"]
SkillName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class MatchStatistics(Schema):
    total_candidates: int = 0
    strong_matches: int = 0
    good_matches: int = 0
    ai_analyzed_count: int = 0


RequirementSource = Literal["inferred", "edited"]
#: The requirement fields a job infers from its posting (camelCase as on the wire).
RequirementName = Literal["requiredSkills", "niceToHaveSkills", "seniority", "minYearsExperience"]


class RequirementEvidence(Schema):
    """Why the job holds a requirement: the sentence of the description (or the title)
    that says it, ``text == <source>[start:end]``, and the words in it that name it."""

    value: str
    text: str
    start: int
    end: int
    quote: str
    source: Literal["description", "title"] = "description"


class RequirementProvenance(Schema):
    """Where one requirement field's value comes from: ``inferred`` from the posting
    (with the evidence of each value; re-inferred when the description or title changes)
    or ``edited`` by a person (kept as is until a person hands it back to inference)."""

    source: RequirementSource
    evidence: list[RequirementEvidence] = Field(default_factory=list)


class JobRequirements(Schema):
    """Provenance of the job's requirement fields; a field is ``null`` on a job whose
    requirements were never inferred (created before inference existed, until the
    maintenance refresh reaches it)."""

    required_skills: RequirementProvenance | None = None
    nice_to_have_skills: RequirementProvenance | None = None
    seniority: RequirementProvenance | None = None
    min_years_experience: RequirementProvenance | None = None
    version: int | None = Field(None, description="Version of the inference that ran last")


class JobCreate(Schema):
    """A new job. Requirements not given (requiredSkills / niceToHaveSkills empty,
    seniority / minYearsExperience null) are inferred from the title and description; the
    job's ``requirements`` says which were, and why."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Senior Python Developer",
        "department": "Engineering",
        "location": "Remote",
        "description": "Build and run Python services on PostgreSQL and AWS.",
        "requiredSkills": ["Python", "PostgreSQL"],
        "niceToHaveSkills": ["Kubernetes"],
        "status": "open",
    }]})

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
    """Changes to a job. A requirement field given here counts as edited: it wins over
    inference and stays when the description changes later. Changing the title or the
    description infers the fields that were not edited again."""
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "closed"}]})

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
    infer_requirements: list[RequirementName] | None = Field(
        None,
        max_length=4,
        description=(
            "Requirement fields to hand back to inference from the description (an edit "
            "otherwise wins over inference and is kept when the description changes)."
        ),
    )

    @model_validator(mode="after")
    def _edit_or_infer(self) -> JobUpdate:
        wire = {
            "requiredSkills": "required_skills",
            "niceToHaveSkills": "nice_to_have_skills",
            "seniority": "seniority",
            "minYearsExperience": "min_years_experience",
        }
        both = sorted(n for n in self.infer_requirements or [] if wire[n] in self.model_fields_set)
        if both:
            raise ValueError(f"{', '.join(both)}: give a value or ask for inference, not both")
        return self


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
    requirements: JobRequirements = Field(
        default_factory=JobRequirements,
        description=(
            "Where requiredSkills, niceToHaveSkills, seniority and minYearsExperience come "
            "from (inferred from the posting, or edited) and the evidence of inferred ones."
        ),
    )
    created_by_id: uuid.UUID | None
    embedding_model: str | None
    match_statistics: MatchStatistics = Field(default_factory=MatchStatistics)
    created_at: datetime
    updated_at: datetime
