"""The caller's organisation: ``/api/v1/organization`` (profile, members, API keys,
invitations, audit log) and ``/api/v1/invitations/{token}/accept``."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status

from talentsonar.admin.schemas import AuditEntryOut
from talentsonar.auth.principal import (
    CurrentPrincipal,
    OrgAdmin,
    SignedIn,
    authorize,
    rate_limit,
)
from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.errors import NotFound
from talentsonar.core.schemas import Envelope, Page, PageParams, Paging, page_params
from talentsonar.orgs import invitations, service
from talentsonar.orgs.schemas import (
    AcceptedInvitation,
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyOut,
    InvitationCreate,
    InvitationOut,
    Member,
    MemberAdd,
    MemberUpdate,
    OrganizationOut,
)

router = APIRouter(
    prefix="/organization",
    tags=["organization"],
    dependencies=[Depends(authorize)],
)
# Accepting an invitation changes the caller's own memberships, whatever their role.
invites = APIRouter(prefix="/invitations", tags=["organization"], dependencies=[rate_limit()])
#: Both routers of this package, in the order they are mounted under ``/api/v1``.
routers = (router, invites)

Since = Annotated[datetime | None, Query(alias="from")]
Until = Annotated[datetime | None, Query(alias="to")]



#: Short lists answered whole by default (a page of up to 100).
ShortList = Annotated[PageParams, page_params(default_limit=100)]

@router.get("", response_model=Envelope[OrganizationOut])
async def get_organization(
    principal: CurrentPrincipal, session: ReadSession
) -> Envelope[OrganizationOut]:
    """The caller's organisation."""
    org = await service.get_organization(session, principal.org_id)
    return Envelope(data=OrganizationOut.model_validate(org))


@router.get("/members", response_model=Page[Member])
async def list_members(
    principal: CurrentPrincipal, session: ReadSession, paging: ShortList
) -> Page[Member]:
    """Members of the caller's organisation and their roles."""
    rows, total = paging.page_of(await service.members(session, principal.org_id))
    return Page(
        pagination=paging.pagination(total),
        data=[
            Member(
                user_id=u.id,
                email=u.email,
                full_name=u.full_name,
                role=m.role,
                joined_at=m.created_at,
            )
            for m, u in rows
        ]
    )


@router.post("/members", response_model=Envelope[Member], status_code=status.HTTP_201_CREATED)
async def add_member(
    body: MemberAdd, principal: OrgAdmin, runtime: RuntimeDep, session: Session
) -> Envelope[Member]:
    """Add an already registered user (by email) with a role. Admins only; 404 if no
    such user, 409 if already a member."""
    member = await service.add_member(runtime, session, principal, body)
    return Envelope(data=member, message="Member added")


@router.patch("/members/{user_id}", response_model=Envelope[Member])
async def update_member(
    user_id: uuid.UUID,
    body: MemberUpdate,
    principal: OrgAdmin,
    runtime: RuntimeDep,
    session: Session,
) -> Envelope[Member]:
    """Change a member's role (effective at once). The last owner cannot be demoted (409)."""
    member = await service.update_member(runtime, session, principal, user_id, body)
    return Envelope(data=member, message="Role changed")


@router.delete("/members/{user_id}", response_model=Envelope[Member])
async def remove_member(
    user_id: uuid.UUID, principal: OrgAdmin, runtime: RuntimeDep, session: Session
) -> Envelope[Member]:
    """Remove a member (their tokens for this organisation stop working at once). The last
    owner cannot be removed (409)."""
    member = await service.remove_member(runtime, session, principal, user_id)
    return Envelope(data=member, message="Member removed")


@router.get("/api-keys", response_model=Page[ApiKeyOut])
async def list_api_keys(principal: OrgAdmin, session: ReadSession, paging: ShortList
                        ) -> Page[ApiKeyOut]:
    """API keys of the organisation (never their secrets). Admins only."""
    keys, total = paging.page_of(await service.list_api_keys(session, principal.org_id))
    return Page(data=[ApiKeyOut.model_validate(k) for k in keys],
                pagination=paging.pagination(total))


@router.post(
    "/api-keys", response_model=Envelope[ApiKeyCreated], status_code=status.HTTP_201_CREATED
)
async def create_api_key(
    body: ApiKeyCreate, principal: OrgAdmin, session: Session
) -> Envelope[ApiKeyCreated]:
    """Create an API key for machine clients. The secret is shown in this answer only."""
    created = await service.create_api_key(session, principal, body)
    return Envelope(data=created, message="Store this key now: it will not be shown again")


@router.delete("/api-keys/{key_id}", response_model=Envelope[ApiKeyOut])
async def revoke_api_key(
    key_id: uuid.UUID, principal: OrgAdmin, session: Session
) -> Envelope[ApiKeyOut]:
    """Revoke an API key; it stops working at once on every API process."""
    key = await service.revoke_api_key(session, principal.org_id, key_id)
    return Envelope(data=ApiKeyOut.model_validate(key), message="API key revoked")


@router.get("/audit", response_model=Page[AuditEntryOut])
async def org_audit(
    principal: OrgAdmin,
    session: ReadSession,
    paging: Paging,
    action: Annotated[str | None, Query(max_length=100)] = None,
    since: Since = None,
    until: Until = None,
) -> Page[AuditEntryOut]:
    """The organisation's own audit log (admins and owners)."""
    rows, total = await audit.entries(
        session, paging, org_id=principal.org_id, action=action, since=since, until=until
    )
    return Page(
        data=[AuditEntryOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@router.get("/invitations", response_model=Page[InvitationOut])
async def list_invitations(
    principal: OrgAdmin, session: ReadSession, paging: Paging
) -> Page[InvitationOut]:
    rows, total = await invitations.page(session, principal.org_id, paging)
    return Page(
        data=[InvitationOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@router.post(
    "/invitations", response_model=Envelope[InvitationOut], status_code=status.HTTP_201_CREATED
)
async def create_invitation(
    body: InvitationCreate,
    request: Request,
    principal: OrgAdmin,
    runtime: RuntimeDep,
    session: Session,
) -> Envelope[InvitationOut]:
    """Invite someone by email; the acceptance token is emailed to them."""
    invitation = await invitations.invite(
        runtime, session, principal, str(body.email), body.role, Actor.of(principal, request)
    )
    return Envelope(data=InvitationOut.model_validate(invitation), message="Invitation sent")


@router.delete("/invitations/{invitation_id}", response_model=Envelope[InvitationOut])
async def revoke_invitation(
    invitation_id: uuid.UUID, request: Request, principal: OrgAdmin, session: Session
) -> Envelope[InvitationOut]:
    invitation = await invitations.revoke(
        session, principal.org_id, invitation_id, Actor.of(principal, request)
    )
    return Envelope(data=InvitationOut.model_validate(invitation), message="Invitation revoked")


@invites.post("/{token}/accept", response_model=Envelope[AcceptedInvitation])
async def accept_invitation(
    token: str, request: Request, principal: SignedIn, session: Session
) -> Envelope[AcceptedInvitation]:
    """Join the inviting organisation (signed in with the invited email address)."""
    if principal.user_id is None:
        raise NotFound("Invitation")
    membership = await invitations.accept_as(
        session, token[:200], principal.user_id, Actor.of(principal, request)
    )
    return Envelope(
        data=AcceptedInvitation(org_id=membership.org_id, role=membership.role),
        message="Welcome aboard: sign in to this organisation to use it",
    )
