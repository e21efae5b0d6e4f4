"""``/api/v1/candidates/{id}/notes``: notes on a candidate with @mentions. Thin handlers
over ``pipeline.notes`` (``notes`` tag)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, Request, status

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, Session
from talentsonar.core.schemas import Envelope, Message, Page, Paging
from talentsonar.pipeline import notes
from talentsonar.pipeline.schemas import Note, NoteCreate

router = APIRouter(prefix="/candidates", tags=["notes"], dependencies=[Depends(authorize)])


@router.get("/{candidate_id}/notes", response_model=Page[Note])
async def list_notes(
    candidate_id: uuid.UUID, principal: Caller, session: ReadSession, paging: Paging
) -> Page[Note]:
    """The candidate's notes, newest first (everyone in the organisation sees them)."""
    items, total = await notes.list_notes(session, principal.org_id, candidate_id, paging)
    return Page(data=items, pagination=paging.pagination(total))


@router.post(
    "/{candidate_id}/notes", response_model=Envelope[Note], status_code=status.HTTP_201_CREATED
)
async def add_note(
    candidate_id: uuid.UUID,
    body: NoteCreate,
    principal: Caller,
    session: Session,
    request: Request,
) -> Envelope[Note]:
    """Write a note; members @mentioned in it (``@sam`` or ``@sam@example.com``) or listed
    in ``mentionUserIds`` are notified."""
    note = await notes.add_note(
        session, principal.org_id, candidate_id, body, Actor.of(principal, request)
    )
    return Envelope(data=note, message="Note added")


@router.delete("/{candidate_id}/notes/{note_id}", response_model=Message)
async def delete_note(
    candidate_id: uuid.UUID, note_id: uuid.UUID, principal: Caller, session: Session
) -> Message:
    """Remove a note (its author or an admin)."""
    await notes.delete_note(
        session,
        principal.org_id,
        candidate_id,
        note_id,
        user_id=principal.user_id,
        role=principal.role,
    )
    return Message(message="Note deleted")
