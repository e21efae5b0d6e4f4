"""Pipeline moves are recruiter feedback: an application entering a stage of kind
``hired`` or ``rejected`` is recorded as ``hired`` / ``negative`` feedback on the pair, so
the organisation's ranking learns from real decisions without extra clicks."""

from __future__ import annotations

from talentsonar.analytics.service import invalidate_after_commit
from talentsonar.core.events import ApplicationStageChanged, EventContext, handles
from talentsonar.feedback import service
from talentsonar.feedback.schemas import FeedbackCreate
from talentsonar.models.feedback import FeedbackType

#: The feedback a move into a stage of each kind gives.
FEEDBACK_OF_KIND = {"hired": FeedbackType.hired, "rejected": FeedbackType.negative}


@handles(ApplicationStageChanged)
async def learn_from_move(ctx: EventContext, event: ApplicationStageChanged) -> None:
    kind = FEEDBACK_OF_KIND.get(event.to_kind)
    if kind is None:
        return
    notes = f"Pipeline: moved to {event.to_stage}" + (f" ({event.reason})" if event.reason else "")
    await service.record_feedback(
        ctx.session,
        ctx.runtime.settings,
        event.org_id,
        FeedbackCreate(
            job_id=event.job_id,
            candidate_id=event.candidate_id,
            feedback_type=kind,
            notes=notes[:5000],
        ),
        created_by_id=event.user_id,
    )
    invalidate_after_commit(ctx.session, event.org_id)
