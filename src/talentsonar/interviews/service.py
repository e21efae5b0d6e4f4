"""Interviews: CRUD, question kits aimed at what the CV did not evidence, results and
their analysis (coverage of each job requirement by CV and interview)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai import analyst
from talentsonar.ai import service as ai
from talentsonar.ai.service import AiContext
from talentsonar.core.errors import UnprocessableEntity
from talentsonar.core.models import utcnow
from talentsonar.interviews.repository import InterviewRepository
from talentsonar.interviews.schemas import InterviewCreate, InterviewResults, InterviewUpdate
from talentsonar.matching.profiles import job_input
from talentsonar.models.interview import Interview, InterviewStatus
from talentsonar.models.job import Job


class InterviewService:
    def __init__(self, ctx: AiContext) -> None:
        self.ctx = ctx
        self.repo = InterviewRepository(ctx.session, ctx.org_id)

    async def create(self, body: InterviewCreate) -> Interview:
        await ai.load_job(self.ctx, body.job_id)
        await ai.load_candidate(self.ctx, body.candidate_id)
        interview = Interview(
            candidate_id=body.candidate_id,
            job_id=body.job_id,
            scheduled_at=body.scheduled_at,
            interviewers=[i.strip() for i in body.interviewers if i.strip()],
            notes=body.notes,
            status=InterviewStatus.scheduled.value,
        )
        return await self.repo.create(interview)

    async def update(self, interview_id: uuid.UUID, body: InterviewUpdate) -> Interview:
        interview = await self.repo.get_or_404(interview_id)
        values: dict[str, Any] = body.model_dump(exclude_unset=True, by_alias=False)
        if "status" in values:
            if values["status"] is None:
                del values["status"]
            else:
                values["status"] = InterviewStatus(values["status"]).value
                if (
                    values["status"] == InterviewStatus.completed.value
                    and interview.completed_at is None
                ):
                    values["completed_at"] = utcnow()
        if values.get("interviewers") is None:
            values.pop("interviewers", None)
        return await self.repo.update(interview, values)

    async def record_results(self, interview_id: uuid.UUID, body: InterviewResults) -> Interview:
        interview = await self.repo.get_or_404(interview_id)
        if interview.status == InterviewStatus.cancelled.value:
            raise UnprocessableEntity("A cancelled interview cannot have results")
        results = body.model_dump(mode="json", by_alias=True)
        for item in results["answers"]:
            if not item.get("skill"):
                item["skill"] = "General"
        return await self.repo.update(
            interview,
            {
                "results": results,
                "results_version": interview.results_version + 1,
                "status": InterviewStatus.completed.value,
                "completed_at": interview.completed_at or utcnow(),
            },
        )

    async def unevidenced_requirements(self, interview: Interview) -> tuple[str, list[str]]:
        """(job title, the job's requirements the CV does not evidence — all of them if none)."""
        job = await ai.load_job(self.ctx, interview.job_id)
        _, cv = await ai.load_candidate(self.ctx, interview.candidate_id)
        requirements = job_requirements(job)
        missing = [r for r in requirements if analyst.cv_quote(cv, r) is None]
        return job.title, missing or requirements

    async def questions(self, interview_id: uuid.UUID, count: int) -> dict[str, Any]:
        interview = await self.repo.get_or_404(interview_id)
        title, skills = await self.unevidenced_requirements(interview)
        answer = await ai.question_kit(
            self.ctx, title=title, skills=skills, count=count, tags=(f"job:{interview.job_id}",)
        )
        answer["focusSkills"] = skills
        return answer

    async def analysis(self, interview_id: uuid.UUID) -> dict[str, Any]:
        interview = await self.repo.get_or_404(interview_id)
        if not interview.results:
            raise UnprocessableEntity("Record the interview results before analysing them")
        job = await ai.load_job(self.ctx, interview.job_id)
        candidate, cv = await ai.load_candidate(self.ctx, interview.candidate_id)
        text = ai.job_text(job)
        recorded = {
            "answers": interview.results.get("answers", []),
            "ratings": interview.results.get("ratings", {}),
            "requirements": job_requirements(job),
        }
        # The assessment (scores, coverage, what was not assessed) is computed here, from
        # the recorded results: every provider explains it, none may change it.
        assessment = analyst.interview_assessment(text, cv, recorded)
        facts = analyst.interview_result(assessment).model_dump(mode="json", by_alias=True)
        return await ai.run_operation(
            self.ctx,
            "interview_analysis",
            {"requirements": text, "cv": cv, "interview": recorded, "assessment": facts},
            tags=(f"interview:{interview.id}", f"job:{job.id}", f"candidate:{candidate.id}"),
            names=(candidate.name,) if candidate.name else (),
            cache_parts=("interview", str(interview.id), interview.results_version),
            finalize=lambda result: keep_assessment(result, facts),
        )


#: The fields of an interview analysis that are the assessment's, whoever answered.
ASSESSMENT_FIELDS = (
    "overallScore",
    "recommendation",
    "competencyScores",
    "coverageMatrix",
    "notAssessed",
)


def keep_assessment(result: dict[str, Any], assessment: dict[str, Any]) -> dict[str, Any]:
    """The provider's analysis with the assessment's numbers and coverage (monotonic,
    honest about what was not assessed); the builtin's strengths and concerns stand in
    where the provider gave none."""
    out = {**result, **{k: assessment[k] for k in ASSESSMENT_FIELDS}}
    for key in ("strengths", "concerns"):
        if not out.get(key):
            out[key] = assessment[key]
    return out


def job_requirements(job: Job) -> list[str]:
    """The job's requirements as matching reads them: the recruiter's required and
    nice-to-have skills (canonical), or those its description names when none are listed."""
    found = job_input(job)
    return list(dict.fromkeys([*found.required, *found.nice]))


async def interviews_for_candidates(
    session: AsyncSession, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Interview]]:
    """Each candidate's interviews, latest first (one query for them all)."""
    found: dict[uuid.UUID, list[Interview]] = {cid: [] for cid in candidate_ids}
    for interview in await InterviewRepository(session, org_id).for_candidates(candidate_ids):
        found.setdefault(interview.candidate_id, []).append(interview)
    return found


async def interview_window(
    session: AsyncSession, org_id: uuid.UUID, *, offset: int, limit: int
) -> tuple[list[Interview], int]:
    """The organisation's interviews from ``offset`` on, latest first, and their total."""
    return await InterviewRepository(session, org_id).window(offset=offset, limit=limit)
