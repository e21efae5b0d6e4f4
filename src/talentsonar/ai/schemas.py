"""AI outputs (Pydantic models every provider must produce) and the API schemas around them."""

from __future__ import annotations

import uuid
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from talentsonar.core.schemas import Schema

T = TypeVar("T")

Score = int  # 0..100, validated with Field bounds where used


# --- outputs ---------------------------------------------------------------
class EvidenceItem(Schema):
    """One strength or gap: the requirement it concerns and the CV line that shows it."""

    requirement: str
    importance: Literal["required", "preferred"]
    kind: Literal["strength", "gap"]
    quote: str | None = Field(
        None, description="A line of the CV (for a gap: the closest related evidence, if any)"
    )
    section: str | None = Field(None, description="The CV section the quote comes from")
    note: str = ""


Confidence = Literal["low", "medium", "high"]


class CvAnalysis(Schema):
    match_score: int = Field(ge=0, le=100)
    summary: str
    matched_skills: list[str]
    missing_skills: list[str]
    strengths: list[str]
    gaps: list[str]
    years_of_experience: float | None = None
    seniority: str
    recommendation: Literal["strong_yes", "yes", "maybe", "no"]
    evidence: list[EvidenceItem] = Field(default_factory=list)
    confidence: Confidence = "medium"
    evidence_note: str | None = Field(None, description="Set when the evidence is thin")
    basic_score: float | None = Field(
        None, description="The pair's basic match score, when the analysis started from it"
    )
    score_differences: list[str] = Field(
        default_factory=list, description="Why matchScore differs from basicScore, with evidence"
    )


class DimensionScore(Schema):
    score: int = Field(ge=0, le=100)
    rationale: str


class MultiDimensionalAnalysis(Schema):
    technical_skills: DimensionScore
    experience: DimensionScore
    seniority_fit: DimensionScore
    role_alignment: DimensionScore
    growth_potential: DimensionScore


class SkillGap(Schema):
    skill: str
    importance: Literal["required", "preferred"]
    evidenced: bool
    gap: str
    recommendation: str


class FuturePotential(Schema):
    score: int = Field(ge=0, le=100)
    trajectory: str
    timeframe: str
    rationale: str


class FitAnalysis(Schema):
    multi_dimensional_analysis: MultiDimensionalAnalysis
    strengths: list[str]
    gaps: list[str]
    skill_gap_analysis: list[SkillGap]
    future_potential_projection: FuturePotential
    match_score: int = Field(ge=0, le=100)
    match_rationale: str
    is_hidden_gem: bool = Field(
        False,
        description="Low basic score (< 60), high deeper analysis (>= 60 and >= basic + 10), "
        "not the job's top-ranked candidate (talentsonar.matching.gems)",
    )
    basic_score: float | None = Field(None, description="The pair's basic match score")
    score_differences: list[str] = Field(
        default_factory=list, description="Why matchScore differs from basicScore, with evidence"
    )
    years_of_experience: float | None = None
    seniority: str | None = None
    evidence: list[EvidenceItem] = Field(default_factory=list)
    confidence: Confidence = "medium"
    evidence_note: str | None = None


class SkillRequirement(Schema):
    skill: str
    importance: Literal["required", "preferred"]
    category: str


class JobAnalysis(Schema):
    key_responsibilities: list[str]
    ideal_candidate_profile: str
    true_seniority_level: str
    skill_requirements: list[SkillRequirement]


class GeneratedJobRequirements(Schema):
    title: str
    seniority: str
    min_years_experience: int = Field(ge=0, le=50)
    required_skills: list[str]
    preferred_skills: list[str]
    responsibilities: list[str]
    summary: str


class Enrichment(Schema):
    suggested_role_title: str
    experience_summary: str
    inferred_skills: list[str]


class InterviewQuestion(Schema):
    question: str
    skill: str
    level: str
    kind: Literal["technical", "behavioural"]
    expected_points: list[str]


class QuestionKit(Schema):
    questions: list[InterviewQuestion]


class CompetencyScore(Schema):
    competency: str
    score: int = Field(ge=0, le=100)
    evidence: str


class CoverageRow(Schema):
    requirement: str
    cv_evidence: str | None
    interview_evidence: str | None
    covered_by: Literal["cv", "interview", "both", "none"]


class InterviewAnalysis(Schema):
    """Scores follow ``talentsonar.ai.interview_scoring``: a rating r/5 is 20*r/100, questions
    with neither answer nor rating are ``notAssessed`` (excluded, never a zero), and
    ``overallScore`` is ``null`` with recommendation ``not_assessed`` when nothing was scored."""

    overall_score: int | None = Field(ge=0, le=100)
    recommendation: Literal["strong_hire", "hire", "lean_no", "no_hire", "not_assessed"]
    competency_scores: list[CompetencyScore]
    coverage_matrix: list[CoverageRow]
    strengths: list[str]
    concerns: list[str]
    not_assessed: list[str] = Field(
        default_factory=list, description="Questions with neither an answer nor a rating"
    )


# --- API envelopes ---------------------------------------------------------
class AnswerGrade(Schema):
    """A short answer graded against its rubric of expected points."""

    score: int = Field(ge=0, le=100, description="The share of the expected points covered")
    covered_points: list[str]
    missed_points: list[str]
    feedback: str = ""


class AiAnswer(Schema, Generic[T]):
    """An operation's answer and where it came from."""

    provider: str
    model: str
    cached: bool
    prompt_version: str
    fallback: bool = False
    fallback_reason: str | None = None
    injection_flags: list[str] = Field(default_factory=list)
    redacted: bool = False
    result: T


def _spread_result(data: Any) -> Any:
    """The result's fields beside the provenance (the seeds read ``data.<field>``);
    ``result`` stays as it was."""
    if isinstance(data, dict):
        result = data.get("result")
        if isinstance(result, BaseModel):
            result = result.model_dump(by_alias=True)
        if isinstance(result, dict):
            return {**result, **data}
    return data


class _FlatAnswer(Schema):
    """Mixin of the answers below: ``model_validate`` of an :class:`AiAnswer`-shaped dict
    copies its ``result`` to the top level."""

    @model_validator(mode="before")
    @classmethod
    def _flat(cls, data: Any) -> Any:
        return _spread_result(data)


# Each: the provenance (provider, model, cached, ...), the result's fields at ``data`` level
# (as seeds 000/001 read them) and the same result under ``result``.
class CvAnalysisAnswer(_FlatAnswer, AiAnswer[CvAnalysis], CvAnalysis):
    pass


class JobAnalysisAnswer(_FlatAnswer, AiAnswer[JobAnalysis], JobAnalysis):
    pass


class JobRequirementsAnswer(
    _FlatAnswer, AiAnswer[GeneratedJobRequirements], GeneratedJobRequirements
):
    pass


class EnrichmentAnswer(_FlatAnswer, AiAnswer[Enrichment], Enrichment):
    pass


class QuestionKitAnswer(_FlatAnswer, AiAnswer[QuestionKit], QuestionKit):
    pass


class InterviewAnalysisAnswer(_FlatAnswer, AiAnswer[InterviewAnalysis], InterviewAnalysis):
    pass


class FitAnswer(_FlatAnswer, AiAnswer[FitAnalysis], FitAnalysis):
    """Seed 001's ``{matchScore, aiAnalysis}`` of a pair beside our provenance:
    ``matchScore`` and ``aiScore`` are the AI's score, ``basicScore`` the pair's basic
    score (``null`` when the pair has none)."""

    ai_analysis: FitAnalysis
    ai_score: int = Field(ge=0, le=100)
    basic_score: float | None = None

    @model_validator(mode="before")
    @classmethod
    def _seed_names(cls, data: Any) -> Any:
        data = _spread_result(data)
        if isinstance(data, dict) and "result" in data:
            data = {"aiAnalysis": data["result"], "aiScore": data.get("matchScore"), **data}
        return data


class CvAnalysisRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "candidateId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35",
        "jobId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
    }]})
    cv_text: str | None = Field(None, max_length=200_000)
    candidate_id: uuid.UUID | None = None
    job_requirements: str | None = Field(None, max_length=50_000)
    job_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _one_of_each(self) -> CvAnalysisRequest:
        if not (self.cv_text and self.cv_text.strip()) and self.candidate_id is None:
            raise ValueError("give cvText or candidateId")
        if not (self.job_requirements and self.job_requirements.strip()) and self.job_id is None:
            raise ValueError("give jobRequirements or jobId")
        return self


class BatchCvItem(Schema):
    cv_text: str | None = Field(None, max_length=200_000)
    candidate_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _one(self) -> BatchCvItem:
        if not (self.cv_text and self.cv_text.strip()) and self.candidate_id is None:
            raise ValueError("give cvText or candidateId")
        return self


class BatchCvAnalysisRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "cvs": [{"candidateId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35"}],
        "jobId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
    }]})
    cvs: list[BatchCvItem] = Field(min_length=1, max_length=50)
    job_requirements: str | None = Field(None, max_length=50_000)
    job_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _job(self) -> BatchCvAnalysisRequest:
        if not (self.job_requirements and self.job_requirements.strip()) and self.job_id is None:
            raise ValueError("give jobRequirements or jobId")
        return self


class BatchItemResult(Schema):
    index: int
    ok: bool
    error: str | None = None
    analysis: CvAnalysisAnswer | None = None


class JobRequirementsRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Senior Backend Engineer",
        "description": "Build Python APIs on PostgreSQL; 5+ years.",
        "department": "Engineering",
        "seniority": "senior",
        "skills": ["Python", "PostgreSQL"],
    }]})
    title: str = Field(min_length=1, max_length=300)
    description: str = Field("", max_length=50_000)
    department: str | None = Field(None, max_length=200)
    seniority: str | None = Field(None, max_length=50)
    skills: list[str] = Field(default_factory=list, max_length=100)


class AnalyzeTopRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"limit": 5, "minScore": 60}]})
    limit: int = Field(10, ge=1, le=100)
    min_score: float = Field(0, ge=0, le=100)


class AnalyzeTopAccepted(Schema):
    task_id: uuid.UUID
    total: int
    status_url: str
    job_id: uuid.UUID
    candidates_queued: int = Field(description="Seed 001's name of ``total``")
    estimated_completion_time: str = Field(
        description="How long the batch should take, e.g. '30-50 seconds'")

    @model_validator(mode="before")
    @classmethod
    def _queued(cls, data: Any) -> Any:
        if isinstance(data, dict):
            total = data.get("total")
            data = {"candidatesQueued": total, **data}
        return data


class AnalysisStatus(Schema):
    in_progress: bool
    total: int
    completed: int
    failed: int
    progress: int
    task_id: uuid.UUID | None = None
    status: str | None = None
