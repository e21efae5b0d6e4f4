"""``/api/v1/assessments``: templates and invitations (recruiters), and the candidate's
side under the link's token (``/assessments/take/{token}``: no account; limited per IP)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, status

from talentsonar.assessments import attempts, service
from talentsonar.assessments import schemas as s
from talentsonar.assessments import tasks as _tasks  # noqa: F401  (registers the tasks)
from talentsonar.auth.principal import Caller, authorize, rate_limit
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Message, Page, Paging

router = APIRouter(prefix="/assessments", tags=["assessments"],
                   dependencies=[Depends(authorize)])
#: The candidate's side: anonymous, the token is the credential.
take_router = APIRouter(prefix="/assessments/take", tags=["assessments"],
                        dependencies=[rate_limit()])
routers = (take_router, router)

Token = Annotated[str, Path(min_length=10, max_length=120)]
QuestionId = Annotated[str, Path(min_length=1, max_length=80)]


@router.post("", response_model=Envelope[s.Assessment], status_code=status.HTTP_201_CREATED)
async def create_assessment(body: s.AssessmentCreate, principal: Caller,
                            session: Session) -> Envelope[s.Assessment]:
    """A template from a job's requirements (``jobId``) or from ``skills`` and a
    ``seniority``: each candidate gets questions drawn and shuffled from our banks."""
    created = await service.create(session, principal.org_id, principal.user_id, body)
    return Envelope(data=created, message="Assessment created")


@router.get("", response_model=Page[s.Assessment])
async def list_assessments(principal: Caller, session: ReadSession,
                           paging: Paging) -> Page[s.Assessment]:
    items, total = await service.page(session, principal.org_id, paging)
    return Page(data=items, pagination=paging.pagination(total))


@router.get("/{assessment_id}", response_model=Envelope[s.Assessment])
async def get_assessment(assessment_id: uuid.UUID, principal: Caller,
                         session: ReadSession) -> Envelope[s.Assessment]:
    return Envelope(data=await service.get(session, principal.org_id, assessment_id))


@router.delete("/{assessment_id}", response_model=Message)
async def delete_assessment(assessment_id: uuid.UUID, principal: Caller,
                            session: Session) -> Message:
    await service.delete(session, principal.org_id, assessment_id)
    return Message(message="Assessment deleted")


@router.post("/{assessment_id}/invitations", response_model=Envelope[s.Invitation],
             status_code=status.HTTP_201_CREATED)
async def invite_candidate(assessment_id: uuid.UUID, body: s.AssessmentInvitationCreate,
                           principal: Caller, session: Session,
                           runtime: RuntimeDep) -> Envelope[s.Invitation]:
    """Invite a candidate: an e-mail with a single-use link that expires
    (``ASSESSMENT_LINK_TTL_HOURS``). One attempt: another invitation while one is open
    needs ``replace: true``."""
    created = await service.invite(runtime, session, principal.org_id, principal.user_id,
                                   assessment_id, body)
    return Envelope(data=created, message="Invitation sent")


@router.get("/{assessment_id}/invitations", response_model=Page[s.Invitation])
async def list_invitations(assessment_id: uuid.UUID, principal: Caller, session: ReadSession,
                           paging: Paging) -> Page[s.Invitation]:
    """Invitations with their status and, once graded, score and per-skill results."""
    found = await service.invitations_of(session, principal.org_id, assessment_id)
    items, total = paging.page_of(found)
    return Page(data=items, pagination=paging.pagination(total))


@take_router.get("/{token}", response_model=Envelope[s.Paper])
async def open_paper(token: Token, session: Session, runtime: RuntimeDep) -> Envelope[s.Paper]:
    """The paper's rules (before the start) or its questions and saved answers."""
    return Envelope(data=await attempts.paper(runtime, session, token))


@take_router.post("/{token}/start", response_model=Envelope[s.Paper])
async def start_paper(token: Token, session: Session, runtime: RuntimeDep) -> Envelope[s.Paper]:
    """Start the server's timer; answers the questions."""
    return Envelope(data=await attempts.start(runtime, session, token))


@take_router.put("/{token}/answers/{question_id}", response_model=Envelope[s.AnswerSaved])
async def save_answer(token: Token, question_id: QuestionId, body: s.AnswerSave,
                      session: Session, runtime: RuntimeDep) -> Envelope[s.AnswerSaved]:
    """Save (or replace) one answer while the time lasts."""
    saved = await attempts.save_answer(runtime, session, token, question_id, body)
    return Envelope(data=saved)


@take_router.post("/{token}/submit", response_model=Envelope[s.Submitted])
async def submit_paper(token: Token, session: Session,
                       runtime: RuntimeDep) -> Envelope[s.Submitted]:
    """Finish: the attempt closes (the link stops working) and is graded in the background."""
    done = await attempts.submit(runtime, session, token)
    return Envelope(data=done, message="Submitted: the results follow once graded")
