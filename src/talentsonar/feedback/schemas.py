from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import StringConstraints

from talentsonar.core.schemas import Schema
from talentsonar.models.feedback import FeedbackType


class FeedbackCreate(Schema):
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
