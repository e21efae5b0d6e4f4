"""Organisation invitations: the token is an HMAC of the invitation id (so the email
task can rebuild it from the id alone); only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Principal
from talentsonar.auth.service import get_user
from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.errors import Conflict, Forbidden, NotFound
from talentsonar.core.models import utcnow
from talentsonar.core.queue import enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.core.security import sha256_hex
from talentsonar.models.invitation import Invitation
from talentsonar.models.membership import Membership, Role
from talentsonar.models.user import User
from talentsonar.orgs.repository import InvitationRepository, MemberRepository, invitation_by_hash


def invitation_token(runtime: Runtime, invitation_id: uuid.UUID) -> str:
    secret = runtime.keys.keys[0][1].encode()
    mac = hmac.new(secret, b"invitation:" + invitation_id.bytes, hashlib.sha256).hexdigest()[:40]
    return f"tsi_{invitation_id.hex}{mac}"


async def invite(
    runtime: Runtime,
    session: AsyncSession,
    principal: Principal,
    email: str,
    role: Role,
    actor: Actor,
) -> Invitation:
    if role == Role.owner or not principal.can(role):
        raise Forbidden("You cannot invite someone with a role above your own (or as owner)")
    invitation = Invitation(
        id=uuid.uuid4(),
        email=email.strip().lower(),
        role=role,
        invited_by_id=principal.user_id,
        expires_at=utcnow() + timedelta(hours=runtime.settings.invitation_ttl_hours),
        token_hash="",
    )
    invitation.token_hash = sha256_hex(invitation_token(runtime, invitation.id))
    await InvitationRepository(session, principal.org_id).create(invitation)
    await enqueue(
        session,
        "notifications.send_email",
        org_id=principal.org_id,
        args={"template": "invitation", "object_id": str(invitation.id)},
        created_by_id=principal.user_id,
    )
    await audit.record(
        session,
        actor,
        "invitation.created",
        org_id=principal.org_id,
        target_type="invitation",
        target_id=invitation.id,
        after={"email": invitation.email, "role": role.value},
    )
    return invitation


async def revoke(
    session: AsyncSession, org_id: uuid.UUID, invitation_id: uuid.UUID, actor: Actor
) -> Invitation:
    invitation = await InvitationRepository(session, org_id).get_or_404(invitation_id)
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already accepted", code="invitation_accepted")
    if invitation.revoked_at is None:
        invitation.revoked_at = utcnow()
        await session.flush()
        await audit.record(
            session,
            actor,
            "invitation.revoked",
            org_id=org_id,
            target_type="invitation",
            target_id=invitation.id,
        )
    return invitation


async def accept(session: AsyncSession, token: str, user: User, actor: Actor) -> Membership:
    invitation = await invitation_by_hash(session, sha256_hex(token))
    if invitation is None or invitation.revoked_at is not None:
        raise NotFound("Invitation")
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already accepted", code="invitation_accepted")
    if invitation.expires_at < utcnow():
        raise Conflict("This invitation has expired", code="invitation_expired")
    if invitation.email != user.email.strip().lower():
        raise Forbidden(
            "This invitation is for another email address", code="invitation_email_mismatch"
        )
    if await MemberRepository(session).membership_of(user.id, invitation.org_id) is not None:
        raise Conflict("You are already a member of this organisation", code="already_member")
    membership = Membership(user_id=user.id, org_id=invitation.org_id, role=invitation.role)
    session.add(membership)
    invitation.accepted_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor,
        "invitation.accepted",
        org_id=invitation.org_id,
        target_type="invitation",
        target_id=invitation.id,
        after={"userId": str(user.id), "role": invitation.role.value},
    )
    return membership


async def page(
    session: AsyncSession, org_id: uuid.UUID, paging: PageParams
) -> tuple[Sequence[Invitation], int]:
    """One page of the organisation's invitations, newest first, and the total."""
    repo = InvitationRepository(session, org_id)
    return await repo.paginate(
        repo.base().order_by(Invitation.created_at.desc(), Invitation.id), paging
    )


async def accept_as(
    session: AsyncSession, token: str, user_id: uuid.UUID, actor: Actor
) -> Membership:
    """:func:`accept` for the signed-in user ``user_id``."""
    user = await get_user(session, user_id)
    return await accept(session, token, user, actor)
