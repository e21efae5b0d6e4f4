"""The GraphQL object types: built from the domains' entities, their relations read
through the request's loaders."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from talentsonar.core.errors import BadRequest
from talentsonar.graphql_api.context import context_of
from talentsonar.graphql_api.evaluation import (
    AssessmentInvitation,
    SkillProfile,
    assessments_of,
    skill_profile_of,
)
from talentsonar.graphql_api.relay import Connection, connection_of, window
from talentsonar.models.candidate import Candidate as CandidateModel
from talentsonar.models.interview import Interview as InterviewModel
from talentsonar.models.job import Job as JobModel
from talentsonar.models.match import Match as MatchModel


def uuid_of(value: str, what: str = "id") -> uuid.UUID:
    """An ID argument as a UUID; anything else is a bad request (never a 500)."""
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise BadRequest(f"{what} is not a valid id", code="invalid_id") from None


@strawberry.type(description="A job opening of the organisation.")
class Job:
    id: strawberry.ID
    title: str
    department: str | None
    location: str | None
    description: str
    status: str
    required_skills: list[str]
    nice_to_have_skills: list[str]
    seniority: str | None
    min_years_experience: float | None
    remote: bool | None
    employment_type: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, job: JobModel) -> Job:
        return cls(
            id=strawberry.ID(str(job.id)),
            title=job.title,
            department=job.department,
            location=job.location,
            description=job.description or "",
            status=job.status,
            required_skills=list(job.required_skills or []),
            nice_to_have_skills=list(job.nice_to_have_skills or []),
            seniority=job.seniority,
            min_years_experience=job.min_years_experience,
            remote=job.remote,
            employment_type=job.employment_type,
            created_at=job.created_at,
            updated_at=job.updated_at,
        )


@strawberry.type(description="One feature's part in a basic score.")
class FeatureContribution:
    feature: str
    value: float
    applicable: bool
    weight: float
    contribution: float


@strawberry.type(description="A scored job x candidate pair, with its explanation.")
class Match:
    job_id: strawberry.ID
    candidate_id: strawberry.ID
    match_score: float = strawberry.field(
        description="The score to sort by: the AI score when there is one, else the basic one"
    )
    basic_score: float
    ai_score: float | None
    explanation: str = strawberry.field(description="Why the pair scored as it did")
    breakdown: list[FeatureContribution]
    matched_skills: list[str]
    implied_skills: list[str]
    missing_skills: list[str]
    is_hidden_gem: bool
    analysis_type: str
    scorer_version: str
    scored_at: datetime

    @classmethod
    def of(cls, match: MatchModel) -> Match:
        details: dict[str, Any] = match.details or {}
        breakdown = [
            FeatureContribution(
                feature=str(b.get("feature", "")),
                value=float(b.get("value", 0.0)),
                applicable=bool(b.get("applicable", False)),
                weight=float(b.get("weight", 0.0)),
                contribution=float(b.get("contribution", 0.0)),
            )
            for b in details.get("breakdown", [])
            if isinstance(b, dict)
        ]
        basic = float(match.match_score)
        ai = None if match.ai_score is None else float(match.ai_score)
        return cls(
            job_id=strawberry.ID(str(match.job_id)),
            candidate_id=strawberry.ID(str(match.candidate_id)),
            match_score=ai if ai is not None else basic,
            basic_score=basic,
            ai_score=ai,
            explanation=match.match_rationale or "",
            breakdown=breakdown,
            matched_skills=list(details.get("matchedSkills", [])),
            implied_skills=list(details.get("impliedSkills", [])),
            missing_skills=list(details.get("missingSkills", [])),
            is_hidden_gem=bool(match.is_hidden_gem),
            analysis_type=match.analysis_type,
            scorer_version=match.scorer_version,
            scored_at=match.updated_at,
        )

    @strawberry.field
    async def job(self, info: Info) -> Job | None:
        found = await context_of(info).loaders.job.load(uuid.UUID(str(self.job_id)))
        return Job.of(found) if found is not None else None

    @strawberry.field
    async def candidate(self, info: Info) -> Candidate | None:
        found = await context_of(info).loaders.candidate.load(uuid.UUID(str(self.candidate_id)))
        return Candidate.of(found) if found is not None else None


@strawberry.type(description="An interview of a candidate for a job.")
class Interview:
    id: strawberry.ID
    job_id: strawberry.ID
    candidate_id: strawberry.ID
    status: str
    scheduled_at: datetime | None
    completed_at: datetime | None
    interviewers: list[str]

    @classmethod
    def of(cls, interview: InterviewModel) -> Interview:
        return cls(
            id=strawberry.ID(str(interview.id)),
            job_id=strawberry.ID(str(interview.job_id)),
            candidate_id=strawberry.ID(str(interview.candidate_id)),
            status=interview.status,
            scheduled_at=interview.scheduled_at,
            completed_at=interview.completed_at,
            interviewers=[str(i) for i in interview.interviewers or []],
        )

    @strawberry.field
    async def job(self, info: Info) -> Job | None:
        found = await context_of(info).loaders.job.load(uuid.UUID(str(self.job_id)))
        return Job.of(found) if found is not None else None


@strawberry.type(description="A stage of the hiring pipeline.")
class PipelineStage:
    id: strawberry.ID
    name: str
    kind: str


@strawberry.type(description="A candidate's application to a job, and where it stands.")
class Application:
    id: strawberry.ID
    job_id: strawberry.ID
    candidate_id: strawberry.ID
    job_title: str
    stage: PipelineStage
    stage_entered_at: datetime
    time_in_stage_seconds: int
    source: str
    rejection_reason: str | None
    created_at: datetime

    @classmethod
    def of(cls, a: Any) -> Application:
        return cls(
            id=strawberry.ID(str(a.id)), job_id=strawberry.ID(str(a.job_id)),
            candidate_id=strawberry.ID(str(a.candidate_id)), job_title=a.job_title,
            stage=PipelineStage(id=strawberry.ID(str(a.stage.id)), name=a.stage.name,
                                kind=str(a.stage.kind.value)),
            stage_entered_at=a.stage_entered_at, time_in_stage_seconds=a.time_in_stage_seconds,
            source=a.source,
            rejection_reason=a.rejection_reason.label if a.rejection_reason else None,
            created_at=a.created_at,
        )

    @strawberry.field
    async def job(self, info: Info) -> Job | None:
        found = await context_of(info).loaders.job.load(uuid.UUID(str(self.job_id)))
        return Job.of(found) if found is not None else None


@strawberry.type(description="A person in the talent pool.")
class Candidate:
    id: strawberry.ID
    name: str
    type: str
    email: str | None
    phone: str | None
    location: str | None
    headline: str | None
    skills: list[str]
    employment_status: str
    profile_status: str
    total_years_experience: float | None
    is_hidden_gem: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, c: CandidateModel) -> Candidate:
        return cls(
            id=strawberry.ID(str(c.id)),
            name=c.name,
            type=c.type,
            email=c.email,
            phone=c.phone,
            location=c.location,
            headline=c.headline,
            skills=list(c.skills or []),
            employment_status=c.employment_status,
            profile_status=c.profile_status,
            total_years_experience=c.total_years_experience,
            is_hidden_gem=bool(c.is_hidden_gem),
            created_at=c.created_at,
            updated_at=c.updated_at,
        )

    @strawberry.field(description="The candidate's best matches with live jobs, best first.")
    async def top_matches(self, info: Info, first: int = 5) -> list[Match]:
        if first < 0 or first > 100:
            raise BadRequest("first must be between 0 and 100", code="invalid_argument")
        if first == 0:
            return []
        found = await context_of(info).loaders.top_matches.load((uuid.UUID(str(self.id)), first))
        return [Match.of(m) for m in found]

    @strawberry.field(description="The pair's match with one job (null when not scored).")
    async def match(self, info: Info, job_id: strawberry.ID) -> Match | None:
        found = await context_of(info).loaders.match.load(
            (uuid_of(job_id, "jobId"), uuid.UUID(str(self.id)))
        )
        return Match.of(found) if found is not None else None

    @strawberry.field(description="The score to sort by against one job (null: not scored).")
    async def match_score(self, info: Info, job_id: strawberry.ID) -> float | None:
        found = await context_of(info).loaders.match.load(
            (uuid_of(job_id, "jobId"), uuid.UUID(str(self.id)))
        )
        return (
            None
            if found is None
            else float(found.ai_score if found.ai_score is not None else found.match_score)
        )

    @strawberry.field(description="The candidate's applications, latest move first.")
    async def applications(self, info: Info, first: int | None = None,
                           after: str | None = None) -> Connection[Application]:
        offset, limit = window(first, after)
        found, total = await context_of(info).loaders.applications.load(
            (uuid.UUID(str(self.id)), offset, limit))
        return connection_of([Application.of(a) for a in found], offset=offset, total=total)

    @strawberry.field(description="The candidate's skills, each with its level, status "
                      "and sources (null: the candidate is gone).")
    async def skill_profile(self, info: Info) -> SkillProfile | None:
        return await skill_profile_of(info, uuid.UUID(str(self.id)))

    @strawberry.field(description="The assessments the candidate was invited to, newest "
                      "first, with each attempt's status and results.")
    async def assessments(self, info: Info, first: int | None = None,
                          after: str | None = None) -> Connection[AssessmentInvitation]:
        return await assessments_of(info, uuid.UUID(str(self.id)), first, after)

    @strawberry.field(description="The candidate's interviews, latest first.")
    async def interviews(self, info: Info) -> list[Interview]:
        found = await context_of(info).loaders.interviews.load(uuid.UUID(str(self.id)))
        return [Interview.of(i) for i in found]


@strawberry.type(description="A candidate found by the hybrid search, with why.")
class CandidateSearchHit:
    candidate: Candidate
    score: float
    highlights: list[str]
    matched_terms: list[str]
    methods: list[str]


@strawberry.type(description="Background work: status and progress.")
class Task:
    id: strawberry.ID
    kind: str
    status: str
    progress: int
    total: int
    completed: int
    failed: int
    error: str | None
    subject_type: str | None
    subject_id: strawberry.ID | None
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, row: Any) -> Task:
        return cls(
            id=strawberry.ID(str(row["id"])),
            kind=row["kind"],
            status=str(row["status"]),
            progress=int(row["progress"]),
            total=row["total"],
            completed=row["completed"],
            failed=row["failed"],
            error=row["error"],
            subject_type=row["subject_type"],
            subject_id=None if row["subject_id"] is None else strawberry.ID(str(row["subject_id"])),
            created_at=row["created_at"],
            finished_at=row["finished_at"],
        )


@strawberry.type(description="The organisation's credits.")
class CreditBalance:
    balance: int


@strawberry.type(description="Recruiter feedback on a match.")
class Feedback:
    id: strawberry.ID
    job_id: strawberry.ID
    candidate_id: strawberry.ID
    feedback_type: str
    notes: str | None
    created_at: datetime
