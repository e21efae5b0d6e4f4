from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import ConfigDict, StringConstraints

from talentsonar.core.schemas import Schema
from talentsonar.models.feedback import FeedbackType


class FeedbackCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "jobId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
        "candidateId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35",
        "feedbackType": "positive",
        "notes": "Strong systems design",
    }]})
    job_id: uuid.UUID
    candidate_id: uuid.UUID
    feedback_type: FeedbackType
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)] | None = None


class FeedbackOut(Schema):
    id: uuid.UUID
    job_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    feedback_type: str
    notes: str | None
    created_at: datetime


class RankingModelOut(Schema):
    weights: dict[str, float]
    n_samples: int
    n_positive: int
    version: int
    learned: bool
