from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from talentsonar.core.schemas import Schema
from talentsonar.models.interview import InterviewStatus


class InterviewCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "candidateId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35",
        "jobId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
        "scheduledAt": "2026-12-10T14:00:00Z",
        "interviewers": ["Ada Lovelace"],
        "notes": "Technical round",
    }]})
    candidate_id: uuid.UUID
    job_id: uuid.UUID
    scheduled_at: datetime | None = None
    interviewers: list[str] = Field(default_factory=list, max_length=20)
    notes: str | None = Field(None, max_length=10_000)


class InterviewUpdate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "scheduledAt": "2026-12-11T10:00:00Z",
        "status": "scheduled",
    }]})
    scheduled_at: datetime | None = None
    interviewers: list[str] | None = Field(None, max_length=20)
    status: InterviewStatus | None = None
    notes: str | None = Field(None, max_length=10_000)


class InterviewAnswer(Schema):
    question: str = Field(min_length=1, max_length=2_000)
    skill: str | None = Field(None, max_length=100)
    expected_points: list[str] = Field(default_factory=list, max_length=20)
    answer: str = Field("", max_length=20_000)
    rating: float | None = Field(None, ge=1, le=5)


class InterviewResults(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "ratings": {"Python": 4, "Communication": 5},
        "notes": "Clear answers on indexing",
    }]})
    answers: list[InterviewAnswer] = Field(default_factory=list, max_length=100)
    ratings: dict[
        Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[^\x00]*$")],
        Annotated[float, Field(ge=1, le=5)],
    ] = Field(default_factory=dict, max_length=100, description="competency -> 1..5")
    notes: str | None = Field(None, max_length=20_000)


class Interview(Schema):
    id: uuid.UUID
    candidate_id: uuid.UUID
    job_id: uuid.UUID
    scheduled_at: datetime | None
    interviewers: list[str]
    status: InterviewStatus
    notes: str | None
    results: dict[str, Any] | None
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime


class QuestionKitRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "jobTitle": "Backend Engineer",
        "skills": ["Python", "PostgreSQL"],
        "count": 5,
        "level": "senior",
    }]})
    job_title: str = Field(min_length=1, max_length=300)
    skills: list[str] = Field(default_factory=list, max_length=50)
    count: int = Field(8, ge=1, le=50)
    level: str | None = Field(None, pattern="^(junior|mid|senior)$")
