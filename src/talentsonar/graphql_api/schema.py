"""The schema: queries over jobs, candidates, matches, interviews, tasks and credits, and
the mutations that save round trips. ``docs/schema.graphql`` is its printed form."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from pydantic import ValidationError
from strawberry.types import ExecutionContext, Info

from talentsonar.candidates import service as candidates
from talentsonar.candidates.search import SearchFilters
from talentsonar.core.audit import Actor
from talentsonar.core.errors import UnprocessableEntity
from talentsonar.core.schemas import PageParams
from talentsonar.credits import service as credits
from talentsonar.embeddings import get_embedder
from talentsonar.feedback import service as feedback
from talentsonar.feedback.schemas import FeedbackCreate
from talentsonar.graphql_api.context import context_of
from talentsonar.graphql_api.relay import Connection, connection_of, window
from talentsonar.graphql_api.types import (
    Application,
    Candidate,
    CandidateSearchHit,
    CreditBalance,
    Feedback,
    Interview,
    Job,
    Match,
    Task,
    uuid_of,
)
from talentsonar.interviews import service as interviews
from talentsonar.jobs import service as jobs
from talentsonar.jobs.schemas import JobCreate
from talentsonar.pipeline import service as pipeline
from talentsonar.pipeline.schemas import StageMove
from talentsonar.tasks import service as tasks

#: The most hits a search ranks (its fused pool is smaller still).
SEARCH_DEPTH = 400


def _invalid(exc: ValidationError) -> UnprocessableEntity:
    details = [
        {"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
        for e in exc.errors(include_url=False, include_input=False)
    ]
    return UnprocessableEntity("The input is not valid", details=details)


@strawberry.input(description="Filters of a candidate search (all optional).")
class CandidateFilters:
    type: str | None = None
    employment_status: str | None = None
    skills: list[str] | None = None


@strawberry.type
class Query:
    @strawberry.field(description="A job of the organisation (null: none with this id).")
    async def job(self, info: Info, id: strawberry.ID) -> Job | None:
        found = await context_of(info).loaders.job.load(uuid_of(id))
        return Job.of(found) if found is not None else None

    @strawberry.field(description="The organisation's jobs, newest first.")
    async def jobs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: str | None = None,
    ) -> Connection[Job]:
        ctx = context_of(info)
        offset, limit = window(first, after)
        rows, total = await ctx.read(
            lambda s: jobs.job_window(s, ctx.org_id, offset=offset, limit=limit, status=status)
        )
        ctx.loaders.prime_jobs(rows)
        return connection_of([Job.of(r) for r in rows], offset=offset, total=total)

    @strawberry.field(description="A candidate of the organisation (null: none with this id).")
    async def candidate(self, info: Info, id: strawberry.ID) -> Candidate | None:
        found = await context_of(info).loaders.candidate.load(uuid_of(id))
        return Candidate.of(found) if found is not None else None

    @strawberry.field(description="The talent pool, newest first.")
    async def candidates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filters: CandidateFilters | None = None,
    ) -> Connection[Candidate]:
        ctx = context_of(info)
        offset, limit = window(first, after)
        f = filters or CandidateFilters()
        rows, total = await ctx.read(
            lambda s: candidates.candidate_window(
                s,
                ctx.org_id,
                offset=offset,
                limit=limit,
                type=f.type,
                employment_status=f.employment_status,
            )
        )
        ctx.loaders.prime_candidates(rows)
        return connection_of([Candidate.of(r) for r in rows], offset=offset, total=total)

    @strawberry.field(
        description="Hybrid search (full text, misspellings, meaning), best "
        "first: the search of GET /api/v1/candidates/search."
    )
    async def search_candidates(
        self,
        info: Info,
        query: str,
        filters: CandidateFilters | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[CandidateSearchHit]:
        ctx = context_of(info)
        offset, limit = window(first, after)
        q = query.strip()
        if not q or len(q) > 200:
            raise UnprocessableEntity("query must be 1 to 200 characters")
        f = filters or CandidateFilters()
        wanted = min(offset + limit, SEARCH_DEPTH)
        search_filters = SearchFilters(
            type=f.type, employment_status=f.employment_status, skills=tuple(f.skills or ())
        )
        result = await ctx.read(
            lambda s: candidates.search_candidates(
                s,
                ctx.runtime,
                ctx.org_id,
                q,
                search_filters,
                PageParams(page=1, limit=max(wanted, 1)),
            )
        )
        hits = [
            CandidateSearchHit(
                candidate=Candidate.of(h.row),
                score=round(h.score, 6),
                highlights=list(h.highlights),
                matched_terms=list(h.matched_terms),
                methods=sorted({r.method for r in h.reasons}),
            )
            for h in result.hits[offset : offset + limit]
        ]
        return connection_of(hits, offset=offset, total=min(result.total, SEARCH_DEPTH))

    @strawberry.field(description="The match of one job x candidate pair (null: not scored).")
    async def match(
        self, info: Info, job_id: strawberry.ID, candidate_id: strawberry.ID
    ) -> Match | None:
        found = await context_of(info).loaders.match.load(
            (uuid_of(job_id, "jobId"), uuid_of(candidate_id, "candidateId"))
        )
        return Match.of(found) if found is not None else None

    @strawberry.field(description="The organisation's interviews, latest first.")
    async def interviews(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Interview]:
        ctx = context_of(info)
        offset, limit = window(first, after)
        rows, total = await ctx.read(
            lambda s: interviews.interview_window(s, ctx.org_id, offset=offset, limit=limit)
        )
        return connection_of([Interview.of(r) for r in rows], offset=offset, total=total)

    @strawberry.field(description="A task of the organisation (null: none with this id).")
    async def task(self, info: Info, id: strawberry.ID) -> Task | None:
        ctx = context_of(info)
        task_id = uuid_of(id)
        row = await ctx.read(lambda s: tasks.task_row(s, ctx.org_id, task_id))
        return Task.of(row) if row is not None else None

    @strawberry.field(description="The organisation's tasks, newest first.")
    async def tasks(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Task]:
        ctx = context_of(info)
        offset, limit = window(first, after)
        rows, total = await ctx.read(
            lambda s: tasks.task_page(
                s, ctx.org_id, PageParams(page=1, limit=max(offset + limit, 1))
            )
        )
        return connection_of(
            [Task.of(r) for r in rows[offset : offset + limit]], offset=offset, total=total
        )

    @strawberry.field(description="The organisation's credit balance.")
    async def credit_balance(self, info: Info) -> CreditBalance:
        ctx = context_of(info)
        return CreditBalance(balance=await ctx.read(lambda s: credits.balance(s, ctx.org_id)))


@strawberry.input(description="A new job (as POST /api/v1/jobs takes it).")
class JobInput:
    title: str
    description: str = ""
    department: str | None = None
    location: str | None = None
    status: str = "open"
    required_skills: list[str] | None = None
    nice_to_have_skills: list[str] | None = None
    seniority: str | None = None
    min_years_experience: float | None = None
    remote: bool | None = None
    employment_type: str | None = None


@strawberry.input(description="Feedback on a match (as POST /api/v1/feedback takes it).")
class FeedbackInput:
    job_id: strawberry.ID
    candidate_id: strawberry.ID
    feedback_type: str = strawberry.field(description="positive, negative or hired")
    notes: str | None = None


@strawberry.input(description="Move an application (as POST /api/v1/applications/{id}/move).")
class MoveApplicationInput:
    application_id: strawberry.ID
    stage_id: strawberry.ID
    rejection_reason_id: strawberry.ID | None = None
    reason: str | None = None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a job; candidates are scored in the background.")
    async def create_job(self, info: Info, input: JobInput) -> Job:
        ctx = context_of(info)
        values: dict[str, Any] = {k: v for k, v in vars(input).items() if v is not None}
        try:
            body = JobCreate.model_validate(values)
        except ValidationError as exc:
            raise _invalid(exc) from None
        async with ctx.write() as session:
            service = jobs.JobService(session, ctx.org_id, get_embedder(ctx.runtime))
            job = await service.create(body, created_by_id=ctx.principal.user_id)
            return Job.of(job)

    @strawberry.mutation(description="Move an application to another stage of the pipeline.")
    async def move_application(self, info: Info, input: MoveApplicationInput) -> Application:
        ctx = context_of(info)
        application_id = uuid_of(input.application_id, "applicationId")
        try:
            body = StageMove.model_validate({
                "stage_id": str(input.stage_id), "reason": input.reason,
                "rejection_reason_id": None if input.rejection_reason_id is None
                else str(input.rejection_reason_id)})
        except ValidationError as exc:
            raise _invalid(exc) from None
        actor = Actor(user_id=ctx.principal.user_id, api_key_id=ctx.principal.api_key_id)
        async with ctx.write() as session:
            await pipeline.move(session, ctx.org_id, application_id, body, actor)
            return Application.of(
                await pipeline.get_application(session, ctx.org_id, application_id))

    @strawberry.mutation(description="Give feedback on a match (it teaches the ranking).")
    async def give_feedback(self, info: Info, input: FeedbackInput) -> Feedback:
        ctx = context_of(info)
        try:
            body = FeedbackCreate.model_validate(
                {
                    "job_id": str(input.job_id),
                    "candidate_id": str(input.candidate_id),
                    "feedback_type": input.feedback_type,
                    "notes": input.notes,
                }
            )
        except ValidationError as exc:
            raise _invalid(exc) from None
        async with ctx.write() as session:
            out = await feedback.record_feedback(
                session, ctx.runtime.settings, ctx.org_id, body, created_by_id=ctx.principal.user_id
            )
        return Feedback(
            id=strawberry.ID(str(out.id)),
            job_id=strawberry.ID(str(out.job_id)),
            candidate_id=strawberry.ID(str(out.candidate_id)),
            feedback_type=out.feedback_type,
            notes=out.notes,
            created_at=out.created_at,
        )


class Schema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Errors are the client's answer (:func:`..http.format_error` logs the unexpected
        ones), not a traceback in the log for every bad id."""


schema = Schema(query=Query, mutation=Mutation)
