"""One DataLoader per entity and per relation, made per request: the objects a query asks
for are read in one batch per kind, whatever the number of parents."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

from talentsonar.assessments import service as assessments
from talentsonar.candidates import service as candidates
from talentsonar.interviews import service as interviews
from talentsonar.jobs import service as jobs
from talentsonar.matching import service as matching
from talentsonar.models.assessment import Assessment
from talentsonar.models.assessment_invitation import AssessmentInvitation
from talentsonar.models.candidate import Candidate
from talentsonar.models.interview import Interview
from talentsonar.models.job import Job
from talentsonar.models.match import Match
from talentsonar.pipeline import service as pipeline
from talentsonar.skills import service as skills
from talentsonar.skills.schemas import SkillProfile

if TYPE_CHECKING:
    from talentsonar.graphql_api.context import GraphQLContext

Pair = tuple[uuid.UUID, uuid.UUID]
#: ``(candidate_id, first)``: a candidate's best ``first`` matches.
TopKey = tuple[uuid.UUID, int]
#: ``(candidate_id, offset, limit)``: a window of a candidate's applications (or
#: assessment invitations).
AppKey = tuple[uuid.UUID, int, int]
WindowKey = AppKey


class Loaders:
    """The request's loaders (see :class:`GraphQLContext`)."""

    def __init__(self, ctx: GraphQLContext) -> None:
        self.ctx = ctx
        self.job = DataLoader[uuid.UUID, Job | None](load_fn=self._jobs)
        self.candidate = DataLoader[uuid.UUID, Candidate | None](load_fn=self._candidates)
        self.top_matches = DataLoader[TopKey, list[Match]](load_fn=self._top_matches)
        self.match = DataLoader[Pair, Match | None](load_fn=self._matches)
        self.interviews = DataLoader[uuid.UUID, list[Interview]](load_fn=self._interviews)
        self.applications = DataLoader[AppKey, tuple[list[Any], int]](
            load_fn=self._applications)
        self.skill_profile = DataLoader[uuid.UUID, SkillProfile | None](
            load_fn=self._skill_profiles)
        self.assessment = DataLoader[uuid.UUID, Assessment | None](load_fn=self._assessments)
        self.invitations = DataLoader[WindowKey, tuple[list[AssessmentInvitation], int]](
            load_fn=self._invitations)

    async def _jobs(self, ids: Sequence[uuid.UUID]) -> list[Job | None]:
        org = self.ctx.org_id
        found = await self.ctx.read(lambda s: jobs.jobs_by_ids(s, org, ids))
        return [found.get(i) for i in ids]

    async def _candidates(self, ids: Sequence[uuid.UUID]) -> list[Candidate | None]:
        org = self.ctx.org_id
        found = await self.ctx.read(lambda s: candidates.candidates_by_ids(s, org, ids))
        return [found.get(i) for i in ids]

    async def _top_matches(self, keys: Sequence[TopKey]) -> list[list[Match]]:
        org = self.ctx.org_id
        most = max(first for _, first in keys)
        ids = [cid for cid, _ in keys]
        found = await self.ctx.read(
            lambda s: matching.top_matches_for_candidates(s, org, ids, per_candidate=most)
        )
        return [found.get(cid, [])[:first] for cid, first in keys]

    async def _matches(self, pairs: Sequence[Pair]) -> list[Match | None]:
        org = self.ctx.org_id
        found = await self.ctx.read(lambda s: matching.matches_for_pairs(s, org, pairs))
        return [found.get(p) for p in pairs]

    async def _interviews(self, ids: Sequence[uuid.UUID]) -> list[list[Interview]]:
        org = self.ctx.org_id
        found = await self.ctx.read(lambda s: interviews.interviews_for_candidates(s, org, ids))
        return [found.get(i, []) for i in ids]

    async def _applications(self, keys: Sequence[AppKey]) -> list[tuple[list[Any], int]]:
        org = self.ctx.org_id
        out: list[tuple[list[Any], int]] = []
        found: dict[tuple[int, int], dict[uuid.UUID, tuple[list[Any], int]]] = {}
        for offset, limit in {(offset, limit) for _, offset, limit in keys}:
            ids = [cid for cid, o, n in keys if (o, n) == (offset, limit)]

            def read(s: AsyncSession, ids: list[uuid.UUID] = ids, offset: int = offset,
                     limit: int = limit) -> Awaitable[Any]:
                return pipeline.applications_of_candidates(s, org, ids, offset=offset,
                                                           limit=limit)

            found[(offset, limit)] = await self.ctx.read(read)
        for cid, offset, limit in keys:
            out.append(found[(offset, limit)].get(cid, ([], 0)))
        return out

    async def _skill_profiles(self, ids: Sequence[uuid.UUID]) -> list[SkillProfile | None]:
        org = self.ctx.org_id
        found = await self.ctx.read(lambda s: skills.profiles(s, org, ids))
        return [found.get(i) for i in ids]

    async def _assessments(self, ids: Sequence[uuid.UUID]) -> list[Assessment | None]:
        org = self.ctx.org_id
        found = await self.ctx.read(lambda s: assessments.assessments_by_ids(s, org, ids))
        return [found.get(i) for i in ids]

    async def _invitations(
        self, keys: Sequence[WindowKey]
    ) -> list[tuple[list[AssessmentInvitation], int]]:
        org = self.ctx.org_id
        found: dict[tuple[int, int], dict[uuid.UUID, tuple[list[AssessmentInvitation], int]]]
        found = {}
        for offset, limit in {(offset, limit) for _, offset, limit in keys}:
            ids = [cid for cid, o, n in keys if (o, n) == (offset, limit)]

            def read(s: AsyncSession, ids: list[uuid.UUID] = ids, offset: int = offset,
                     limit: int = limit) -> Awaitable[Any]:
                return assessments.invitations_of_candidates(s, org, ids, offset=offset,
                                                             limit=limit)

            found[(offset, limit)] = await self.ctx.read(read)
        return [found[(o, n)].get(cid, ([], 0)) for cid, o, n in keys]

    def prime_candidates(self, rows: Sequence[Candidate]) -> None:
        for row in rows:
            self.candidate.prime(row.id, row)

    def prime_jobs(self, rows: Sequence[Job]) -> None:
        for row in rows:
            self.job.prime(row.id, row)
