"""GitHub evidence of a candidate: ``POST /api/v1/candidates/{id}/github-analysis``.

A thin handler over ``github.service``; it keeps the ``github`` tag.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Depends, status

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import RuntimeDep, Session
from talentsonar.core.schemas import Envelope
from talentsonar.github import service
from talentsonar.github import tasks as _tasks  # noqa: F401  (registers github.analyze_candidate)
from talentsonar.github.schemas import GitHubAnalysisAccepted, GitHubAnalysisRequest

router = APIRouter(prefix="/candidates", tags=["github"], dependencies=[Depends(authorize)])


@router.post(
    "/{candidate_id}/github-analysis",
    response_model=Envelope[GitHubAnalysisAccepted],
    status_code=status.HTTP_202_ACCEPTED,
)
async def analyze_github(
    candidate_id: uuid.UUID,
    principal: Caller,
    session: Session,
    runtime: RuntimeDep,
    body: Annotated[GitHubAnalysisRequest | None, Body()] = None,
) -> Envelope[GitHubAnalysisAccepted]:
    """Queue an analysis of the candidate's public GitHub repositories (the username
    given, or the one in the CV's links): skills from languages and manifests, weighted
    by recency and volume, recorded on the skill profile as ``github`` evidence. An
    unknown GitHub user answers 404. Follow the task at ``statusUrl``."""
    accepted = await service.start_analysis(
        session,
        runtime,
        org_id=principal.org_id,
        user_id=principal.user_id,
        candidate_id=candidate_id,
        username=body.username if body else None,
    )
    return Envelope(data=accepted, message=f"GitHub analysis of {accepted.username} queued")
