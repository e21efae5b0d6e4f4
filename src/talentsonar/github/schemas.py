from __future__ import annotations

import uuid

from pydantic import ConfigDict, Field

from talentsonar.core.schemas import Schema


class GitHubAnalysisRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"username": "octocat"}]})
    #: a GitHub username; without it, the one in the candidate's CV links
    username: str | None = Field(None, min_length=1, max_length=39)


class GitHubAnalysisAccepted(Schema):
    task_id: uuid.UUID
    candidate_id: uuid.UUID
    username: str
    status_url: str
