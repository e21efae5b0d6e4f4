"""Skills evaluation in the graph: a candidate's skill profile (each skill's level, status
and the sources that back it) and the assessments the candidate was invited to, with their
results. Read through the request's loaders, as ``GET /api/v1/candidates/{id}/skills`` and
``/api/v1/assessments`` show them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from talentsonar.assessments.service import question_count
from talentsonar.graphql_api.context import context_of
from talentsonar.graphql_api.relay import Connection, connection_of, window
from talentsonar.models.assessment import Assessment as AssessmentModel
from talentsonar.models.assessment_invitation import AssessmentInvitation as InvitationModel
from talentsonar.skills.schemas import ProfileSkill as ProfileSkillSchema
from talentsonar.skills.schemas import SkillProfile as SkillProfileSchema

if TYPE_CHECKING:
    from talentsonar.graphql_api.types import Job

JobType = Annotated["Job", strawberry.lazy("talentsonar.graphql_api.types")]


@strawberry.type(description="What one source says about a skill, and its proof.")
class SkillSource:
    source: str = strawberry.field(
        description="cv, assessment, code, github or recruiter")
    proficiency: float = strawberry.field(description="0-10")
    confidence: float = strawberry.field(description="0-1")
    evidence: JSON = strawberry.field(
        description="The proof: a CV quote (quote, section, start, end), assessment "
        "answers, repositories, a recruiter's note")
    verified_at: datetime | None


@strawberry.type(description="One skill of a candidate: its combined level and sources.")
class ProfileSkill:
    name: str
    category: str | None
    proficiency: float = strawberry.field(description="0-10")
    confidence: float = strawberry.field(description="0-1")
    status: str = strawberry.field(description="verified, claimed or failed")
    verified_at: datetime | None
    sources: list[SkillSource]

    @classmethod
    def of(cls, skill: ProfileSkillSchema) -> ProfileSkill:
        return cls(
            name=skill.name, category=skill.category, proficiency=skill.proficiency,
            confidence=skill.confidence, status=skill.status, verified_at=skill.verified_at,
            sources=[SkillSource(source=s.source, proficiency=s.proficiency,
                                 confidence=s.confidence, evidence=JSON(s.evidence),
                                 verified_at=s.verified_at) for s in skill.sources],
        )


@strawberry.type(description="A candidate's skills: what the CV claims and what "
                 "assessments, code, GitHub and recruiters verified.")
class SkillProfile:
    candidate_id: strawberry.ID
    verified_count: int
    claimed_count: int
    failed_count: int
    _skills: strawberry.Private[list[ProfileSkillSchema]]

    @classmethod
    def of(cls, profile: SkillProfileSchema) -> SkillProfile:
        return cls(candidate_id=strawberry.ID(str(profile.candidate_id)),
                   verified_count=profile.verified_count, claimed_count=profile.claimed_count,
                   failed_count=profile.failed_count, _skills=profile.skills)

    @strawberry.field(description="The skills: verified first, then failed, then claimed; "
                      "each group by level.")
    def skills(self, first: int | None = None,
               after: str | None = None) -> Connection[ProfileSkill]:
        offset, limit = window(first, after)
        page = [ProfileSkill.of(s) for s in self._skills[offset:offset + limit]]
        return connection_of(page, offset=offset, total=len(self._skills))


@strawberry.type(description="An assessment: the skills and seniority each candidate's "
                 "paper is drawn for.")
class Assessment:
    id: strawberry.ID
    title: str
    job_id: strawberry.ID | None
    seniority: str
    skills: list[str]
    questions_per_skill: int
    include_code: bool
    time_limit_minutes: int
    question_count: int = strawberry.field(description="How many questions each candidate gets")
    created_at: datetime

    @classmethod
    def of(cls, row: AssessmentModel) -> Assessment:
        return cls(
            id=strawberry.ID(str(row.id)),
            job_id=None if row.job_id is None else strawberry.ID(str(row.job_id)),
            title=row.title, seniority=row.seniority, skills=list(row.skills or []),
            questions_per_skill=row.questions_per_skill, include_code=row.include_code,
            time_limit_minutes=row.time_limit_minutes, question_count=question_count(row),
            created_at=row.created_at,
        )

    @strawberry.field(description="The job the assessment was made from (null: none).")
    async def job(self, info: Info) -> JobType | None:
        if self.job_id is None:
            return None
        from talentsonar.graphql_api.types import Job

        found = await context_of(info).loaders.job.load(uuid.UUID(str(self.job_id)))
        return Job.of(found) if found is not None else None


@strawberry.type(description="A skill's result in a graded attempt.")
class AssessmentSkillResult:
    skill: str
    source: str = strawberry.field(description="assessment or code")
    score: float = strawberry.field(description="0-1")
    proficiency: float = strawberry.field(description="0-10, as recorded on the profile")
    questions: int


@strawberry.type(description="One question's result in a graded attempt.")
class AssessmentQuestionResult:
    id: str
    skill: str
    kind: str
    score: float = strawberry.field(description="0-1")
    answered: bool
    status: str | None = strawberry.field(description="A code exercise's sandbox status")
    message: str | None = strawberry.field(description="A code exercise's compiler or test "
                                           "message")
    tests_passed: int | None
    tests_total: int | None


def _float(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) else None


@strawberry.type(description="A candidate's invitation to an assessment: one attempt, its "
                 "status and, once graded, its results.")
class AssessmentInvitation:
    id: strawberry.ID
    assessment_id: strawberry.ID
    candidate_id: strawberry.ID
    email: str
    status: str = strawberry.field(
        description="invited, started, submitted, timed_out, graded or revoked")
    expires_at: datetime
    started_at: datetime | None
    deadline_at: datetime | None
    submitted_at: datetime | None
    graded_at: datetime | None
    score: float | None = strawberry.field(description="0-100, once graded")
    answered: int | None
    question_count: int
    skill_results: list[AssessmentSkillResult]
    question_results: list[AssessmentQuestionResult]
    created_at: datetime

    @classmethod
    def of(cls, row: InvitationModel) -> AssessmentInvitation:
        results: dict[str, Any] = row.results if isinstance(row.results, dict) else {}
        skills = [r for r in results.get("skills", []) if isinstance(r, dict)]
        questions = [q for q in results.get("perQuestion", []) if isinstance(q, dict)]
        return cls(
            id=strawberry.ID(str(row.id)),
            assessment_id=strawberry.ID(str(row.assessment_id)),
            candidate_id=strawberry.ID(str(row.candidate_id)),
            email=row.email, status=row.status, expires_at=row.expires_at,
            started_at=row.started_at, deadline_at=row.deadline_at,
            submitted_at=row.submitted_at, graded_at=row.graded_at, score=row.score,
            answered=_int(results.get("answered")),
            question_count=len(row.paper or []),
            skill_results=[AssessmentSkillResult(
                skill=str(r.get("skill", "")), source=str(r.get("source", "")),
                score=_float(r.get("score")), proficiency=_float(r.get("proficiency")),
                questions=_int(r.get("questions")) or 0) for r in skills],
            question_results=[AssessmentQuestionResult(
                id=str(q.get("id", "")), skill=str(q.get("skill", "")),
                kind=str(q.get("kind", "")), score=_float(q.get("score")),
                answered=bool(q.get("answered")),
                status=None if q.get("status") is None else str(q["status"]),
                message=None if q.get("message") is None else str(q["message"]),
                tests_passed=_int(q.get("testsPassed")),
                tests_total=_int(q.get("testsTotal"))) for q in questions],
            created_at=row.created_at,
        )

    @strawberry.field(description="The assessment (null: it was deleted).")
    async def assessment(self, info: Info) -> Assessment | None:
        found = await context_of(info).loaders.assessment.load(
            uuid.UUID(str(self.assessment_id)))
        return Assessment.of(found) if found is not None else None


async def skill_profile_of(info: Info, candidate_id: uuid.UUID) -> SkillProfile | None:
    found = await context_of(info).loaders.skill_profile.load(candidate_id)
    return SkillProfile.of(found) if found is not None else None


async def assessments_of(info: Info, candidate_id: uuid.UUID, first: int | None,
                         after: str | None) -> Connection[AssessmentInvitation]:
    offset, limit = window(first, after)
    found, total = await context_of(info).loaders.invitations.load(
        (candidate_id, offset, limit))
    return connection_of([AssessmentInvitation.of(r) for r in found], offset=offset,
                         total=total)
