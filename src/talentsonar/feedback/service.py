"""Record recruiter feedback; once there is enough, learn the org's feature weights and
re-score its matches, both in the background (``feedback.relearn``: fitting takes about
0.1 s of CPU, which a request would spend holding up every other request of its process;
feedback arriving within ``MATCHING_FEEDBACK_RELEARN_SECONDS``, such as a bulk rejection
or a recruiter going down a list, queues one relearn)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.config import Settings
from talentsonar.core.models import utcnow
from talentsonar.core.queue import enqueue_once
from talentsonar.feedback.learning import fit_weights, has_enough_feedback
from talentsonar.feedback.repository import FeedbackRepository, RankingModelRepository
from talentsonar.feedback.schemas import FeedbackCreate, FeedbackOut, RankingModelOut
from talentsonar.matching.lookup import ensure_job, require_candidate
from talentsonar.matching.scoring import normalise_weights
from talentsonar.matching.tasks import enqueue_rescore
from talentsonar.models.feedback import Feedback
from talentsonar.models.org_ranking_model import OrgRankingModel


async def record_feedback(
    session: AsyncSession,
    settings: Settings,
    org_id: uuid.UUID,
    body: FeedbackCreate,
    *,
    created_by_id: uuid.UUID | None,
) -> FeedbackOut:
    """Store the feedback (job and candidate must be the org's: else 404) and queue a
    relearn ``MATCHING_FEEDBACK_RELEARN_SECONDS`` from now, unless one is already waiting:
    it will see this feedback too."""
    await ensure_job(session, org_id, body.job_id)
    candidate = await require_candidate(session, org_id, body.candidate_id)
    feedback = await FeedbackRepository(session, org_id).create(
        Feedback(
            job_id=body.job_id,
            candidate_id=body.candidate_id,
            feedback_type=body.feedback_type.value,
            notes=body.notes or None,
            created_by_id=created_by_id,
        )
    )
    delay = timedelta(seconds=settings.matching_feedback_relearn_seconds)
    await enqueue_once(
        session, RELEARN_TASK, org_id=org_id, key=str(org_id), scheduled_at=utcnow() + delay
    )
    return FeedbackOut(
        id=feedback.id,
        job_id=feedback.job_id,
        candidate_id=feedback.candidate_id,
        candidate_name=candidate.name,
        feedback_type=feedback.feedback_type,
        notes=feedback.notes,
        created_at=feedback.created_at,
    )


RELEARN_TASK = "feedback.relearn"


async def maybe_relearn(session: AsyncSession, settings: Settings, org_id: uuid.UUID) -> bool:
    """Refit the org's weights when it has enough labelled pairs of both classes; a new
    model re-scores the org's matches in the background. ``True`` when weights changed."""
    samples = await FeedbackRepository(session, org_id).labelled_features()
    if not has_enough_feedback([t for _, t in samples], settings.matching_feedback_min_samples):
        return False
    fitted = fit_weights(samples, l2=settings.matching_feedback_l2)
    models = RankingModelRepository(session, org_id)
    current = await models.current()
    if current is not None and current.weights == fitted.weights:
        return False
    if current is None:
        await models.create(
            OrgRankingModel(
                weights=fitted.weights,
                n_samples=fitted.n_samples,
                n_positive=fitted.n_positive,
                version=1,
                training_loss=fitted.loss,
            )
        )
    else:
        await models.update(
            current,
            {
                "weights": fitted.weights,
                "n_samples": fitted.n_samples,
                "n_positive": fitted.n_positive,
                "version": current.version + 1,
                "training_loss": fitted.loss,
            },
        )
    await enqueue_rescore(session, org_id)
    return True


async def job_feedback(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID
) -> list[FeedbackOut]:
    await ensure_job(session, org_id, job_id)
    return [
        FeedbackOut(
            id=f.id,
            job_id=f.job_id,
            candidate_id=f.candidate_id,
            candidate_name=c.name,
            feedback_type=f.feedback_type,
            notes=f.notes,
            created_at=f.created_at,
        )
        for f, c in await FeedbackRepository(session, org_id).for_job(job_id)
    ]


async def ranking_model(session: AsyncSession, org_id: uuid.UUID) -> RankingModelOut:
    current = await RankingModelRepository(session, org_id).current()
    if current is None:
        return RankingModelOut(
            weights=normalise_weights(None), n_samples=0, n_positive=0, version=0, learned=False
        )
    return RankingModelOut(
        weights=current.weights,
        n_samples=current.n_samples,
        n_positive=current.n_positive,
        version=current.version,
        learned=True,
    )
