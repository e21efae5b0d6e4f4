"""Notes on a candidate: visible to the whole organisation; a member @mentioned in a note
(by e-mail address or its local part, ``@sam`` or ``@sam@example.com``) or listed in
``mentionUserIds`` gets an in-app notification."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor
from talentsonar.core.errors import Forbidden, NotFound, UnprocessableEntity
from talentsonar.core.schemas import PageParams
from talentsonar.models.candidate_note import CandidateNote
from talentsonar.models.membership import Role
from talentsonar.models.user import User
from talentsonar.notifications import service as notifications
from talentsonar.orgs import service as orgs
from talentsonar.pipeline import schemas
from talentsonar.pipeline.repository import LookupRepository, NoteRepository, NoteRow

#: ``@local`` or ``@local@domain``: an e-mail address or its local part.
MENTION = re.compile(r"(?<![\w.@])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)")
NOTIFICATION_TYPE = "note.mention"


def _display(user: User) -> str:
    return user.full_name or user.email


class Members:
    """The organisation's members, found by id, e-mail address or its local part (a
    local part two members share mentions nobody: write the whole address)."""

    def __init__(self, members: Sequence[User]) -> None:
        self.by_id = {u.id: u for u in members}
        self.by_email = {u.email.lower(): u for u in members}
        locals_: dict[str, list[User]] = {}
        for user in members:
            locals_.setdefault(user.email.split("@", 1)[0].lower(), []).append(user)
        self.by_local = {k: v[0] for k, v in locals_.items() if len(v) == 1}

    def mentioned_in(self, text: str) -> list[uuid.UUID]:
        found = []
        for token in MENTION.findall(text):
            token = token.lower().rstrip(".")
            user = self.by_email.get(token) or self.by_local.get(token)
            if user is not None:
                found.append(user.id)
        return found

    def refs(self, ids: Sequence[str]) -> list[schemas.MentionedMember]:
        out = []
        for raw in ids:
            user = self.by_id.get(uuid.UUID(raw))
            if user is not None:
                out.append(schemas.MentionedMember(user_id=user.id, name=_display(user)))
        return out


async def _members(session: AsyncSession, org_id: uuid.UUID) -> Members:
    return Members([user for _, user in await orgs.members(session, org_id)])


def _note(row: NoteRow | CandidateNote, members: Members, author: str | None) -> schemas.Note:
    return schemas.Note(
        id=row.id,
        candidate_id=row.candidate_id,
        author_id=row.author_id,
        author_name=author,
        body=row.body,
        mentions=members.refs(row.mentions or []),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _require_candidate(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> str:
    found = await LookupRepository(session, org_id).candidates([candidate_id])
    if candidate_id not in found:
        raise NotFound("Candidate")
    return found[candidate_id].name


async def add_note(
    session: AsyncSession,
    org_id: uuid.UUID,
    candidate_id: uuid.UUID,
    body: schemas.NoteCreate,
    actor: Actor,
) -> schemas.Note:
    """Write a note and notify the members it mentions (not its author)."""
    candidate_name = await _require_candidate(session, org_id, candidate_id)
    members = await _members(session, org_id)
    unknown = [str(i) for i in body.mention_user_ids if i not in members.by_id]
    if unknown:
        raise UnprocessableEntity(
            "mentionUserIds: not members of the organisation",
            details=[{"userId": i} for i in unknown],
        )
    mentioned = list(dict.fromkeys([*body.mention_user_ids, *members.mentioned_in(body.body)]))
    note = await NoteRepository(session, org_id).create(
        CandidateNote(
            candidate_id=candidate_id,
            author_id=actor.user_id,
            body=body.body,
            mentions=[str(i) for i in mentioned],
        )
    )
    author = members.by_id.get(actor.user_id) if actor.user_id else None
    author_name = _display(author) if author else "A colleague"
    for user_id in mentioned:
        if user_id == actor.user_id:
            continue
        await notifications.notify(
            session,
            org_id,
            user_id,
            NOTIFICATION_TYPE,
            f"{author_name} mentioned you on {candidate_name or 'a candidate'}",
            body.body[:1000],
            {"candidateId": str(candidate_id), "noteId": str(note.id)},
        )
    return _note(note, members, _display(author) if author else None)


async def list_notes(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID, paging: PageParams
) -> tuple[list[schemas.Note], int]:
    await _require_candidate(session, org_id, candidate_id)
    rows, total = await NoteRepository(session, org_id).page(candidate_id, paging)
    members = await _members(session, org_id) if any(r.mentions for r in rows) else Members([])
    return [_note(r, members, r.author_name) for r in rows], total


async def delete_note(
    session: AsyncSession,
    org_id: uuid.UUID,
    candidate_id: uuid.UUID,
    note_id: uuid.UUID,
    *,
    user_id: uuid.UUID | None,
    role: Role,
) -> None:
    """Its author or an admin removes a note."""
    repo = NoteRepository(session, org_id)
    note = await repo.get(note_id)
    if note is None or note.candidate_id != candidate_id:
        raise NotFound("Note")
    if note.author_id != user_id and not role.at_least(Role.admin):
        raise Forbidden("Only the note's author or an admin can delete it")
    await repo.soft_delete(note)
