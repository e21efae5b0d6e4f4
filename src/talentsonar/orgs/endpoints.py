from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from talentsonar.auth.principal import CurrentPrincipal, OrgAdmin, authorize
from talentsonar.auth.repository import MembershipRepository, OrganizationRepository
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Page, PageParams, page_params
from talentsonar.orgs import service
from talentsonar.orgs.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyOut,
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



#: Short lists answered whole by default (a page of up to 100).
ShortList = Annotated[PageParams, page_params(default_limit=100)]

@router.get("", response_model=Envelope[OrganizationOut])
async def get_organization(
    principal: CurrentPrincipal, session: ReadSession
) -> Envelope[OrganizationOut]:
    """The caller's organisation."""
    org = await OrganizationRepository(session).get_or_404(principal.org_id)
    return Envelope(data=OrganizationOut.model_validate(org))


@router.get("/members", response_model=Page[Member])
async def list_members(
    principal: CurrentPrincipal, session: ReadSession, paging: ShortList
) -> Page[Member]:
    """Members of the caller's organisation and their roles."""
    rows, total = paging.page_of(await MembershipRepository(session).members(principal.org_id))
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
