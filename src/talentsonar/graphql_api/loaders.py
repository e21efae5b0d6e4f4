"""One DataLoader per entity and per relation, made per request: the objects a query asks
for are read in one batch per kind, whatever the number of parents."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from strawberry.dataloader import DataLoader

from talentsonar.candidates import service as candidates
from talentsonar.interviews import service as interviews
from talentsonar.jobs import service as jobs
from talentsonar.matching import service as matching
from talentsonar.models.candidate import Candidate
from talentsonar.models.interview import Interview
from talentsonar.models.job import Job
from talentsonar.models.match import Match

if TYPE_CHECKING:
    from talentsonar.graphql_api.context import GraphQLContext

Pair = tuple[uuid.UUID, uuid.UUID]
#: ``(candidate_id, first)``: a candidate's best ``first`` matches.
TopKey = tuple[uuid.UUID, int]


class Loaders:
    """The request's loaders (see :class:`GraphQLContext`)."""

    def __init__(self, ctx: GraphQLContext) -> None:
        self.ctx = ctx
        self.job = DataLoader[uuid.UUID, Job | None](load_fn=self._jobs)
        self.candidate = DataLoader[uuid.UUID, Candidate | None](load_fn=self._candidates)
        self.top_matches = DataLoader[TopKey, list[Match]](load_fn=self._top_matches)
        self.match = DataLoader[Pair, Match | None](load_fn=self._matches)
        self.interviews = DataLoader[uuid.UUID, list[Interview]](load_fn=self._interviews)

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

    def prime_candidates(self, rows: Sequence[Candidate]) -> None:
        for row in rows:
            self.candidate.prime(row.id, row)

    def prime_jobs(self, rows: Sequence[Job]) -> None:
        for row in rows:
            self.job.prime(row.id, row)
