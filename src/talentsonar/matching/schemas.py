"""Wire shapes of the matching API (camelCase)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import ConfigDict, Field, StringConstraints, model_validator

from talentsonar.core.schemas import PageParams, Schema, page_params

CandidateTypeFilter = Literal["all", "internal", "past", "uploaded", "sourced"]


class CandidateSummary(Schema):
    id: uuid.UUID
    name: str
    type: str
    headline: str | None = None
    skills: list[str] = Field(default_factory=list)


class MatchFeedback(Schema):
    feedback_type: str
    notes: str | None = None
    created_at: datetime


MATCH_SCORE_DOC = (
    "The score to sort by (seed 001's matchScore): the AI fit analysis's score when the pair "
    "has one, else the basic score"
)
BASIC_SCORE_DOC = "The basic score every pair gets in the background (0-100)"
AI_SCORE_DOC = "The score of the pair's latest AI fit analysis; null when it has none"


class Scores(Schema):
    """A pair's three scores: ``matchScore`` to sort by, and the two it comes from."""

    match_score: float = Field(description=MATCH_SCORE_DOC)
    basic_score: float = Field(description=BASIC_SCORE_DOC)
    ai_score: float | None = Field(None, description=AI_SCORE_DOC)

    @classmethod
    def of(cls, basic: float, ai: float | None) -> dict[str, float | None]:
        """The three scores from the stored basic and AI scores, as keyword arguments."""
        return {
            "match_score": float(ai if ai is not None else basic),
            "basic_score": float(basic),
            "ai_score": None if ai is None else float(ai),
        }


class JobMatch(Scores):
    candidate: CandidateSummary
    match_rationale: str
    ai_analyzed: bool
    is_hidden_gem: bool
    feedback: MatchFeedback | None = None


class BlindCandidate(Schema):
    """A candidate with identity, photo, age and gender hints removed."""

    alias: str
    type: str
    skills: list[str]
    total_years_experience: float | None = None
    recent_titles: list[str] = Field(default_factory=list)


class BlindMatch(Scores):
    candidate: BlindCandidate
    match_rationale: str


class FeatureContribution(Schema):
    feature: str
    value: float
    applicable: bool
    weight: float
    contribution: float


class Provenance(Schema):
    scorer_version: str
    embedding_model: str | None
    weights: dict[str, float]
    weights_version: int
    inputs_hash: str
    scored_at: datetime


class MatchDetail(Scores):
    job_id: uuid.UUID
    candidate_id: uuid.UUID
    match_rationale: str
    matched_skills: list[str]
    implied_skills: list[str]
    missing_skills: list[str]
    breakdown: list[FeatureContribution]
    provenance: Provenance
    is_hidden_gem: bool
    analysis_type: str
    ai_analysis: dict[str, Any] | None = None
    ai_provenance: dict[str, Any] | None = None
    analyzed_at: datetime | None = None


class JobSummary(Schema):
    id: uuid.UUID
    title: str
    department: str | None = None
    location: str | None = None
    status: str


class CandidateMatch(Scores):
    job: JobSummary
    match_rationale: str
    ai_analyzed: bool


class CandidateMatchStatistics(Schema):
    total_jobs_matched: int
    best_match_score: int | None
    strong_matches: int


class ScoreBucket(Schema):
    candidate_type: str
    count: int
    mean: float | None
    median: float | None
    p90: float | None
    histogram: dict[str, int]


class FairnessReport(Schema):
    job_id: uuid.UUID
    total: int
    groups: list[ScoreBucket]
    note: str


class ProfileMatchRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "text": "Python developer with PostgreSQL and Kubernetes",
        "threshold": 0.5,
        "count": 10,
    }]})
    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=50_000)] | None = None
    candidate_id: uuid.UUID | None = None
    threshold: float = Field(0.7, ge=-1.0, le=1.0)
    count: int = Field(10, ge=1, le=100)

    @model_validator(mode="after")
    def _one_source(self) -> ProfileMatchRequest:
        if bool(self.text) == (self.candidate_id is not None):
            raise ValueError("give exactly one of text or candidateId")
        return self


class ProfileMatch(Schema):
    candidate: CandidateSummary
    similarity: float


# --- query parameters of the match lists (``jobs/`` and ``candidates/`` endpoints) ---------

MinScore = Annotated[float, Query(alias="minScore", ge=0, le=100)]
#: Match lists: ``limit`` up to 200, 15 by default (as before they had pages).
MatchPaging = Annotated[PageParams, page_params(default_limit=15, max_limit=200)]
