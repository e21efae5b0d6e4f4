"""All SQL of the feedback domain."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select

from talentsonar.core.repository import TenantRepository
from talentsonar.models.candidate import Candidate
from talentsonar.models.feedback import Feedback
from talentsonar.models.match import Match
from talentsonar.models.org_ranking_model import OrgRankingModel


class FeedbackRepository(TenantRepository[Feedback]):
    model = Feedback
    label = "Feedback"

    async def for_job(self, job_id: uuid.UUID) -> Sequence[tuple[Feedback, Candidate]]:
        stmt = (
            select(Feedback, Candidate)
            .join(Candidate, Candidate.id == Feedback.candidate_id)
            .where(
                Feedback.org_id == self.org_id,
                Feedback.deleted_at.is_(None),
                Feedback.job_id == job_id,
            )
            .order_by(Feedback.created_at.desc(), Feedback.id)
        )
        return [(f, c) for f, c in (await self.session.execute(stmt)).all()]

    async def labelled_features(self) -> list[tuple[dict[str, Any], str]]:
        """``(stored features, latest feedback type)`` of every pair with feedback and a score."""
        latest = (
            select(Feedback.job_id, Feedback.candidate_id, Feedback.feedback_type)
            .where(Feedback.org_id == self.org_id, Feedback.deleted_at.is_(None))
            .order_by(Feedback.job_id, Feedback.candidate_id, Feedback.created_at.desc())
            .distinct(Feedback.job_id, Feedback.candidate_id)
            .subquery()
        )
        stmt = (
            select(Match.features, latest.c.feedback_type)
            .join(
                latest,
                and_(Match.job_id == latest.c.job_id, Match.candidate_id == latest.c.candidate_id),
            )
            .where(Match.org_id == self.org_id)
        )
        return [(dict(f), t) for f, t in (await self.session.execute(stmt)).all()]

    async def count(self) -> int:
        stmt = select(func.count()).where(
            Feedback.org_id == self.org_id, Feedback.deleted_at.is_(None)
        )
        return int((await self.session.execute(stmt)).scalar_one())


class RankingModelRepository(TenantRepository[OrgRankingModel]):
    model = OrgRankingModel
    label = "Ranking model"

    async def current(self) -> OrgRankingModel | None:
        return (await self.session.execute(self.base())).scalar_one_or_none()
