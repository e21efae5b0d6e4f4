"""Wire shapes of the analytics API (seed 001's dashboard and insights)."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from talentsonar.core.schemas import Schema


class Activity(Schema):
    type: str = Field(description="job, candidate, or feedback:<type>")
    id: str
    label: str
    at: datetime


class Dashboard(Schema):
    total_jobs: int
    open_jobs: int
    total_candidates: int
    strong_matches: int = Field(description="Pairs whose matchScore is at least 75")
    ai_analysis_count: int
    average_match_score: int = Field(description="Mean matchScore of the live pairs, rounded")
    recent_activity: list[Activity]
    applications_by_stage: dict[str, int] = Field(
        default_factory=dict,
        description="Live applications per pipeline stage (in board order) across the "
        "organisation's jobs",
    )


class SkillCount(Schema):
    skill: str
    count: int


class DepartmentInsight(Schema):
    department: str
    top_skills: list[SkillCount] = Field(
        description="The department's open jobs' most wanted "
        "skills (required and nice to have), at most 10"
    )


class SkillSupplyDemand(Schema):
    skill: str
    demand: int = Field(description="Open jobs requiring the skill")
    supply: int = Field(description="Live candidates with the skill")
    supply_per_opening: float | None


class Pipeline(Schema):
    by_type: dict[str, int]
    by_status: dict[str, int]
    feedback: dict[str, int]
    applications_by_stage: dict[str, int] = Field(
        default_factory=dict,
        description="Live applications per hiring pipeline stage (in board order)",
    )


class InsightBreakdowns(Schema):
    skill_supply_demand: list[SkillSupplyDemand]
    pipeline: Pipeline


class Insights(Schema):
    """Seed 001's array of department-wise skill demand in ``data``; our other breakdowns
    beside it in ``breakdowns``."""

    data: list[DepartmentInsight]
    breakdowns: InsightBreakdowns
