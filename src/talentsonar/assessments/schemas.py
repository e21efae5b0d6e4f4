"""Assessments on the wire (camelCase)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, EmailStr, Field, StringConstraints, model_validator

from talentsonar.core.schemas import Schema

Seniority = Literal["junior", "mid", "senior"]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
SkillName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


class AssessmentCreate(Schema):
    """From a job (``jobId``: its required skills and seniority) or from ``skills`` and a
    ``seniority``; the skills without a question bank are left out (and listed)."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Backend skills check",
        "jobId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
        "questionsPerSkill": 3,
        "includeCode": True,
        "timeLimitMinutes": 45,
    }]})

    title: Title | None = None
    job_id: uuid.UUID | None = None
    skills: list[SkillName] = Field(default_factory=list, max_length=20)
    seniority: Seniority | None = None
    questions_per_skill: int = Field(3, ge=1, le=6)
    include_code: bool = True
    time_limit_minutes: int = Field(45, ge=5, le=240)

    @model_validator(mode="after")
    def _one_source(self) -> AssessmentCreate:
        if self.job_id is None and not self.skills:
            raise ValueError("give a jobId or a list of skills")
        return self


class Assessment(Schema):
    id: uuid.UUID
    title: str
    job_id: uuid.UUID | None
    seniority: str
    skills: list[str]
    questions_per_skill: int
    include_code: bool
    time_limit_minutes: int
    #: how many questions each candidate gets
    question_count: int
    invitations: int = 0
    #: skills asked for that have no question bank (left out)
    skipped_skills: list[str] = Field(default_factory=list)
    created_at: datetime


class AssessmentInvitationCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "candidateId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35",
        "email": "grace@example.com",
    }]})
    candidate_id: uuid.UUID
    #: defaults to the candidate's e-mail address
    email: EmailStr | None = None
    #: replace an invitation not yet finished (the old link stops working)
    replace: bool = False


class Invitation(Schema):
    id: uuid.UUID
    assessment_id: uuid.UUID
    candidate_id: uuid.UUID
    email: str
    status: str
    expires_at: datetime
    started_at: datetime | None = None
    deadline_at: datetime | None = None
    submitted_at: datetime | None = None
    graded_at: datetime | None = None
    #: 0-100 once graded
    score: float | None = None
    results: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime


# -- the candidate's side (under the link's token) ----------------------------------------


class PaperOption(Schema):
    id: str
    text: str


class PaperQuestion(Schema):
    id: str
    skill: str
    kind: Literal["single", "multiple", "short", "code"]
    prompt: str
    options: list[PaperOption] | None = None
    language: str | None = None
    starter: str | None = None
    #: what the candidate saved so far
    answer: dict[str, Any] | None = None


class Paper(Schema):
    title: str
    organization: str | None
    status: str
    time_limit_minutes: int
    question_count: int
    expires_at: datetime
    started_at: datetime | None = None
    deadline_at: datetime | None = None
    #: seconds left on the server's clock (``None`` before the start)
    seconds_left: int | None = None
    #: the questions, once started
    questions: list[PaperQuestion] = Field(default_factory=list)


class AnswerSave(Schema):
    """``choices`` (option ids) for a choice question, ``text`` for a short answer,
    ``code`` for a code exercise."""
    model_config = ConfigDict(json_schema_extra={"examples": [{"choices": ["b"]}]})

    choices: list[Annotated[str, StringConstraints(max_length=20)]] | None = Field(
        None, max_length=10)
    text: Annotated[str, StringConstraints(max_length=5000)] | None = None
    code: Annotated[str, StringConstraints(max_length=50_000)] | None = None


class AnswerSaved(Schema):
    question_id: str
    saved_at: datetime
    seconds_left: int


class Submitted(Schema):
    status: str
    submitted_at: datetime
    answered: int
    question_count: int
