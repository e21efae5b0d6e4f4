"""Assessments' background work: the invitation e-mail and the grading of an attempt
(code runs in the sandbox here, in the worker, never in the API process)."""

from __future__ import annotations

import uuid
from typing import Any

from talentsonar.assessments.grader import grade_attempt as grade
from talentsonar.assessments.repository import TakeRepository
from talentsonar.assessments.service import api_link_url, link_token, link_url
from talentsonar.core.queue import Priority, TaskContext, task
from talentsonar.notifications.email import send_email


@task("assessments.send_invitation", priority=Priority.high, max_attempts=5)
async def send_invitation(ctx: TaskContext, invitation_id: str) -> dict[str, Any]:
    """E-mail the candidate the single-use link (re-made from the invitation's nonce)."""
    runtime = ctx.runtime
    async with ctx.session() as session:
        repo = TakeRepository(session)
        invitation = await repo.by_id(uuid.UUID(invitation_id))
        if invitation is None or invitation.status != "invited":
            return {"sent": 0}
        assessment = await repo.assessment(invitation.assessment_id)
        org = await repo.org_name(invitation.org_id)
        token = link_token(runtime, invitation.id, invitation.token_nonce)
        email, expires = invitation.email, invitation.expires_at
        title = assessment.title if assessment is not None else "An assessment"
        minutes = assessment.time_limit_minutes if assessment is not None else 0
    link, api_link = link_url(runtime, token), api_link_url(runtime, token)
    body = (
        f"{org or 'A recruiter'} invites you to take an assessment: {title}.\n\n"
        f"You have {minutes} minutes once you start; the timer runs on our server and your "
        "answers are saved as you go. The link works once, needs no account, and expires "
        f"on {expires:%Y-%m-%d %H:%M} UTC.\n\n"
        f"Open the assessment: {link}\n\n"
        f"Through the API instead: GET {api_link} (start it: POST {api_link}/start)\n"
    )
    await send_email(runtime.settings, email, f"Assessment: {title}", body)
    return {"sent": 1}


@task("assessments.grade_attempt", priority=Priority.high, max_attempts=3)
async def grade_attempt(ctx: TaskContext, invitation_id: str) -> dict[str, Any]:
    async with ctx.session() as session:
        result = await grade(ctx.runtime, session, uuid.UUID(invitation_id))
    await ctx.progress(completed=1, total=1)
    return result
