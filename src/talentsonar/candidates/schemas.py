from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, EmailStr, Field, StringConstraints

from talentsonar.core.schemas import JsonObject, Pagination, Schema
from talentsonar.matching.schemas import CandidateMatchStatistics
from talentsonar.skills.schemas import SkillDetail

CandidateTypeValue = Literal["internal", "past", "uploaded", "sourced"]
EmploymentStatusValue = Literal["available", "interviewing", "hired"]
ProfileStatusValue = Literal["partial", "parsed", "failed"]
SkillName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


def _text(max_length: int) -> Any:
    return Annotated[str, StringConstraints(strip_whitespace=True, max_length=max_length)]


class CandidateCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Grace Hopper",
        "email": "grace@example.com",
        "headline": "Senior Python Developer",
        "location": "London",
        "skills": ["Python", "PostgreSQL", "Docker"],
        "type": "sourced",
    }]})
    type: CandidateTypeValue = "sourced"
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
    email: EmailStr | None = None
    phone: _text(60) | None = None  # type: ignore[valid-type]
    location: _text(300) | None = None  # type: ignore[valid-type]
    headline: _text(500) | None = None  # type: ignore[valid-type]
    summary: _text(20_000) | None = None  # type: ignore[valid-type]
    skills: list[SkillName] = Field(default_factory=list, max_length=300)
    employment_status: EmploymentStatusValue = "available"
    metadata: JsonObject = Field(default_factory=dict)
    is_hidden_gem: bool = False
    total_years_experience: float | None = Field(None, ge=0, le=70)


class CandidateUpdate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "headline": "Staff Python Developer",
        "skills": ["Python", "Kubernetes"],
    }]})
    type: CandidateTypeValue | None = None
    name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
        | None
    ) = None
    email: EmailStr | None = None
    phone: _text(60) | None = None  # type: ignore[valid-type]
    location: _text(300) | None = None  # type: ignore[valid-type]
    headline: _text(500) | None = None  # type: ignore[valid-type]
    summary: _text(20_000) | None = None  # type: ignore[valid-type]
    skills: list[SkillName] | None = Field(None, max_length=300)
    employment_status: EmploymentStatusValue | None = None
    metadata: JsonObject | None = None
    is_hidden_gem: bool | None = None
    total_years_experience: float | None = Field(None, ge=0, le=70)


class Candidate(Schema):
    id: uuid.UUID
    type: CandidateTypeValue
    name: str
    email: str | None
    phone: str | None
    location: str | None
    headline: str | None
    skills: list[str]
    employment_status: EmploymentStatusValue
    profile_status: ProfileStatusValue
    total_years_experience: float | None
    is_hidden_gem: bool
    flags: list[str]
    metadata: dict[str, Any] = Field(validation_alias="metadata_")
    match_statistics: CandidateMatchStatistics = Field(
        default_factory=lambda: CandidateMatchStatistics(
            total_jobs_matched=0, best_match_score=None, strong_matches=0
        )
    )
    created_at: datetime
    updated_at: datetime


class CvDocumentOut(Schema):
    id: uuid.UUID
    version: int
    is_current: bool
    filename: str
    content_type: str
    kind: str
    size: int
    sha256: str
    pages: int | None
    flags: list[str]
    created_at: datetime


class CandidateDetail(Candidate):
    summary: str | None
    profile: dict[str, Any]
    cv_file_url: str | None = Field(
        None, description="The current CV, for a browser: a short-lived link that needs no "
        "bearer token (S3 presigned, or signed by the API); ask again once it expires")
    cv_download_path: str | None = Field(
        None, description="The current CV through the API (bearer token; any version)")
    documents: list[CvDocumentOut] = Field(default_factory=list)
    embedding_model: str | None
    #: ``skills`` with their ESCO / O*NET ids and the CV span that evidences each, then the
    #: parents they imply (``implied: true``, no evidence)
    skill_details: list[SkillDetail] = Field(default_factory=list)


class UploadedFile(Schema):
    filename: str
    task_id: uuid.UUID
    status: str
    status_url: str
    document_id: uuid.UUID
    candidate_id: uuid.UUID | None = None
    duplicate: str | None = Field(
        None, description="Parsed at once and already on file: why it is the same person "
        "(same_file, same_text, same_email, same_phone, similar_text)")
    version: int | None = Field(
        None, description="Parsed at once: the candidate's CV version this file is")


class RejectedFile(Schema):
    filename: str
    code: str
    message: str


class UploadAccepted(Schema):
    """The files taken and refused, and (seed 001's shape) the candidate when the upload
    was one file parsed within the request; those fields are ``null`` otherwise."""

    files: list[UploadedFile]
    rejected: list[RejectedFile] = Field(default_factory=list)
    id: uuid.UUID | None = Field(None, description="The candidate the CV was filed under")
    name: str | None = None
    email: str | None = None
    skills: list[str] | None = None
    cv_file_url: str | None = Field(
        None, description="A short-lived link to the CV that needs no bearer token")
    match_scores_queued: bool = Field(
        False, description="Whether scoring the candidate against the jobs is queued")


class MatchReason(Schema):
    method: Literal["fulltext", "fuzzy", "semantic"]
    rank: int
    score: float


class SearchHit(Schema):
    candidate: Candidate
    score: float
    matched_by: list[MatchReason]
    highlights: list[str] = Field(default_factory=list)
    matched_terms: list[str] = Field(default_factory=list)


class SearchPage(Schema):
    data: list[SearchHit]
    pagination: Pagination
    suggestions: list[str] = Field(default_factory=list)
