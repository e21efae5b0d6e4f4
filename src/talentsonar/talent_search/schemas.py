from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from talentsonar.core.schemas import JsonObject, Schema


class SearchCriteria(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "query": "python developer",
        "skills": ["Python"],
        "location": "London",
        "limit": 20,
    }]})
    query: str = Field("", max_length=500)
    skills: list[str] = Field(default_factory=list, max_length=50)
    location: str | None = Field(None, max_length=200)
    limit: int = Field(20, ge=1, le=100)

    @model_validator(mode="after")
    def _needs_something_to_search(self) -> SearchCriteria:
        if not self.query.strip() and not self.skills:
            raise ValueError("give a query or at least one skill to search for")
        return self


class TalentResult(Schema):
    name: str
    email: str | None = None
    linkedin_url: str | None = None
    company: str | None = None
    title: str | None = None
    location: str | None = None
    skills: list[str] = Field(default_factory=list)
    source: Literal["internal", "external"] = "external"
    sources: list[str] = Field(default_factory=list)
    candidate_id: uuid.UUID | None = None
    score: float | None = None


class TalentSearchOut(Schema):
    results: list[TalentResult]
    total: int
    external_count: int
    internal_count: int
    degraded: bool
    degraded_reason: str | None = None


class BatchRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "searches": [{"query": "python developer", "limit": 10},
                     {"skills": ["Kubernetes"], "limit": 10}],
    }]})
    searches: list[SearchCriteria] = Field(min_length=1, max_length=20)


class BatchOut(Schema):
    searches: list[TalentSearchOut]


class WorkflowTrigger(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "payload": {"jobId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10"},
    }]})
    payload: JsonObject = Field(default_factory=dict)


class WorkflowOut(Schema):
    workflow_id: str
    status_code: int
    response: Any


class ImportRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "results": [{"name": "Linus Example", "email": "linus@example.com",
                     "title": "Platform Engineer", "skills": ["Go", "Kubernetes"],
                     "source": "external"}],
    }]})
    results: list[TalentResult] = Field(min_length=1, max_length=200)


class ImportOut(Schema):
    created: list[uuid.UUID]
    skipped: list[dict[str, Any]]
