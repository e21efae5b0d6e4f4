"""AI outputs (Pydantic models every provider must produce) and the API schemas around them."""

from __future__ import annotations

import uuid
from typing import Generic, Literal, TypeVar

from pydantic import Field, model_validator

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


class JobRequirements(Schema):
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
    """Scores follow ``talentsonar.interviews.scoring``: a rating r/5 is 20*r/100, questions
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


class CvAnalysisRequest(Schema):
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
    analysis: AiAnswer[CvAnalysis] | None = None


class JobRequirementsRequest(Schema):
    title: str = Field(min_length=1, max_length=300)
    description: str = Field("", max_length=50_000)
    department: str | None = Field(None, max_length=200)
    seniority: str | None = Field(None, max_length=50)
    skills: list[str] = Field(default_factory=list, max_length=100)


class AnalyzeTopRequest(Schema):
    limit: int = Field(10, ge=1, le=100)
    min_score: float = Field(0, ge=0, le=100)


class AnalyzeTopAccepted(Schema):
    task_id: uuid.UUID
    total: int
    status_url: str


class AnalysisStatus(Schema):
    in_progress: bool
    total: int
    completed: int
    failed: int
    progress: int
    task_id: uuid.UUID | None = None
    status: str | None = None
