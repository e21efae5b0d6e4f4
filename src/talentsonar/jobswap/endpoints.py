"""JobSwap API (``/api/v1/jobswap``): seed 004's users (profiles), resumes, matches, swap
requests and HR portal, for the employees (``employee`` role), HR users (``hr`` role,
one company) and administrators of a network (an organisation)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile, status

from talentsonar.auth.principal import NetworkCaller, Principal, authorize_network, rate_limit
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.errors import NotFound, PayloadTooLarge
from talentsonar.core.schemas import Envelope, Page, Paging
from talentsonar.jobswap import service
from talentsonar.jobswap.network import NetworkAdmin
from talentsonar.jobswap.repository import (
    CompanyRepository,
    HrRequestRepository,
    MatchRepository,
    ProfileRepository,
    SwapRequestRepository,
)
from talentsonar.jobswap.schemas import (
    Commute,
    Company,
    CompanyCreate,
    Erased,
    GenerateAnswer,
    HrDecision,
    HrRequest,
    HrUser,
    HrUserAdd,
    Match,
    PlaceOut,
    Profile,
    ProfileCreate,
    ProfileExport,
    ProfileUpdate,
    PublicProfile,
    Resume,
    SwapAccept,
    SwapRequest,
    SwapRequestCreate,
)
from talentsonar.jobswap.service import Member, ProfileService
from talentsonar.jobswap.swaps import Swaps

router = APIRouter(prefix="/jobswap", tags=["jobswap"], dependencies=[Depends(authorize_network)])


async def _who(session: Session | ReadSession, principal: Principal) -> Member:
    return await service.member(session, principal)


def _actor(principal: Principal, request: Request) -> Actor:
    return Actor.of(principal, request)


# --- places and the network --------------------------------------------------------


@router.get("/places", response_model=Envelope[PlaceOut])
async def find_place(
    principal: NetworkCaller,
    runtime: RuntimeDep,
    q: Annotated[str, Query(min_length=2, max_length=300, pattern=r"^[^\x00]*$")],
) -> Envelope[PlaceOut]:
    """Where an address is (422 with suggestions when it cannot be found)."""
    place = await service.locate(runtime, q, "q")
    return Envelope(data=PlaceOut(lat=place.lat, lng=place.lon, area=place.area, label=place.label))


@router.get("/companies", response_model=Page[Company])
async def list_companies(
    principal: NetworkCaller, session: ReadSession, paging: Paging
) -> Page[Company]:
    rows = await CompanyRepository(session, principal.org_id).all()
    items, total = paging.page_of([Company.model_validate(c) for c in rows])
    return Page(data=items, pagination=paging.pagination(total))


@router.post("/companies", response_model=Envelope[Company], status_code=status.HTTP_201_CREATED)
async def add_company(
    body: CompanyCreate, principal: NetworkCaller, session: Session, request: Request
) -> Envelope[Company]:
    admin = NetworkAdmin(session, await _who(session, principal), _actor(principal, request))
    company = await admin.add_company(body.name)
    return Envelope(data=Company.model_validate(company), message="Company added to the network")


@router.post("/hr-users", response_model=Envelope[HrUser], status_code=status.HTTP_201_CREATED)
async def add_hr_user(
    body: HrUserAdd, principal: NetworkCaller, session: Session, request: Request
) -> Envelope[HrUser]:
    admin = NetworkAdmin(session, await _who(session, principal), _actor(principal, request))
    row = await admin.add_hr_user(body.user_id, body.company_id)
    return Envelope(data=HrUser.model_validate(row), message="HR user assigned")


# --- profiles (the seed's users) and resumes -----------------------------------------


def _profiles(
    runtime: RuntimeDep,
    session: Session | ReadSession,
    who: Member,
    principal: Principal,
    request: Request,
) -> ProfileService:
    return ProfileService(runtime, session, who, _actor(principal, request))


@router.post("/profiles", response_model=Envelope[Profile], status_code=status.HTTP_201_CREATED)
async def create_profile(
    body: ProfileCreate,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[Profile]:
    """Create the caller's profile; its matches are generated in the background."""
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    profile = await profiles.create(body)
    view = service.own_view(profile, await profiles.company_name(profile.company_id))
    return Envelope(data=view, message="Profile created; matches are being generated")


@router.get("/profiles/me", response_model=Envelope[Profile])
async def my_profile(principal: NetworkCaller, session: ReadSession) -> Envelope[Profile]:
    who = await _who(session, principal)
    profile = who.own_profile()
    names = await CompanyRepository(session, principal.org_id).names([profile.company_id])
    return Envelope(data=service.own_view(profile, names.get(profile.company_id, "")))


@router.get("/profiles/{profile_id}", response_model=Envelope[Profile | PublicProfile])
async def get_profile(
    profile_id: uuid.UUID,
    principal: NetworkCaller,
    session: ReadSession,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[Profile | PublicProfile]:
    """Your own profile in full; another's without home address or contact."""
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    return Envelope(data=await profiles.view(profile_id))


@router.put("/profiles/{profile_id}", response_model=Envelope[Profile])
async def update_profile(
    profile_id: uuid.UUID,
    body: ProfileUpdate,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[Profile]:
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    profile = await profiles.update(profile_id, body)
    view = service.own_view(profile, await profiles.company_name(profile.company_id))
    return Envelope(data=view, message="Profile updated; matches are being regenerated")


@router.delete("/profiles/{profile_id}", response_model=Envelope[Erased])
async def erase_profile(
    profile_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[Erased]:
    """Erase the profile, its matches and swap requests, and its resume (GDPR)."""
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    result = await profiles.erase(profile_id)
    return Envelope(data=Erased(**result), message="Profile erased")


@router.get("/profiles/{profile_id}/export", response_model=Envelope[ProfileExport])
async def export_profile(
    profile_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[ProfileExport]:
    """Everything held about the profile, as JSON (GDPR access request)."""
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    return Envelope(data=ProfileExport.model_validate(await profiles.export(profile_id)))


@router.post(
    "/profiles/{profile_id}/resume",
    response_model=Envelope[Resume],
    status_code=status.HTTP_201_CREATED,
    dependencies=[rate_limit("upload")],
    openapi_extra={"requestBody": {"content": {"multipart/form-data": {
        "example": {"file": "<the resume, PDF or DOCX>"}}}}},
)
async def upload_resume(
    profile_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
    file: Annotated[UploadFile, File(description="The resume (PDF, DOCX, TXT)")],
) -> Envelope[Resume]:
    """Upload, parse and embed the resume (the CV ingestion's checks and parser)."""
    limit = runtime.settings.upload_max_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(
            f"The resume is larger than {limit // 1_048_576} MB", code="file_too_large"
        )
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    profile = await profiles.attach_resume(profile_id, file.filename or "resume", data)
    return Envelope(data=await profiles.resume(profile.id), message="Resume parsed and embedded")


@router.get("/profiles/{profile_id}/resume", response_model=Envelope[Resume])
async def get_resume(
    profile_id: uuid.UUID,
    principal: NetworkCaller,
    session: ReadSession,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[Resume]:
    profiles = _profiles(runtime, session, await _who(session, principal), principal, request)
    return Envelope(data=await profiles.resume(profile_id))


# --- matches ------------------------------------------------------------------------


def _match_view(row: dict[str, Any]) -> Match:
    """A match row of ``MatchRepository.page_with_partners`` as the API answers it."""
    return Match(
        id=row["id"],
        user_id=row["profile_id"],
        match_user_id=row["match_profile_id"],
        compatibility_score=row["compatibility_score"],
        commute_before_minutes=row["commute_before_minutes"],
        commute_after_minutes=row["commute_after_minutes"],
        salary_compatible=row["salary_compatible"],
        created_at=row["created_at"],
        breakdown=row["breakdown"],
        your_commute=Commute(
            before_minutes=row["commute_before_minutes"],
            after_minutes=row["commute_after_minutes"],
            saved_minutes=row["commute_before_minutes"] - row["commute_after_minutes"],
        ),
        their_commute=Commute(
            before_minutes=row["their_commute_before_minutes"],
            after_minutes=row["their_commute_after_minutes"],
            saved_minutes=row["their_commute_before_minutes"] - row["their_commute_after_minutes"],
        ),
        match_profile=service.public_view_of_row(row["match_profile_id"], row, "partner_"),
    )


async def _own_profile_id(session: ReadSession, principal: Principal) -> uuid.UUID | None:
    return await ProfileRepository(session, principal.org_id).id_of_user(principal.user_id)


@router.get("/matches", response_model=Page[Match])
async def list_matches(
    principal: NetworkCaller,
    session: ReadSession,
    paging: Paging,
    min_score: Annotated[int, Query(alias="minScore", ge=0, le=100)] = 0,
) -> Page[Match]:
    """The caller's swap matches, best first, with both people's commute before and after."""
    # one query: the stored top matches joined with the partners' public columns
    profile_id = await _own_profile_id(session, principal)
    if profile_id is None:
        raise service.no_profile()
    rows, total = await MatchRepository(session, principal.org_id).page_with_partners(
        profile_id, min_score, paging.limit, paging.offset
    )
    return Page(data=[_match_view(r) for r in rows], pagination=paging.pagination(total))


@router.get("/matches/{match_id}", response_model=Envelope[Match])
async def get_match(
    match_id: uuid.UUID, principal: NetworkCaller, session: ReadSession
) -> Envelope[Match]:
    profile_id = await _own_profile_id(session, principal)
    row = None
    if profile_id is not None:
        row = await MatchRepository(session, principal.org_id).one_with_partner(
            profile_id, match_id
        )
    if row is None:
        raise NotFound("Match")
    return Envelope(data=_match_view(row))


@router.post(
    "/matches/generate",
    response_model=Envelope[GenerateAnswer],
    status_code=status.HTTP_202_ACCEPTED,
)
async def generate_matches(principal: NetworkCaller, session: Session) -> Envelope[GenerateAnswer]:
    """Queue match generation: the caller's profile, or (administrators without a
    profile) the whole network."""
    who = await _who(session, principal)
    profile_id = None if who.profile is None and who.is_admin else who.own_profile().id
    task = await service.queue_generation(session, principal.org_id, profile_id, principal.user_id)
    return Envelope(
        data=GenerateAnswer(
            task_id=task.id,
            status=task.status.value,
            status_url=f"/api/v1/tasks/{task.id}",
            scope="profile" if profile_id else "network",
        ),
        message="Match generation queued",
    )


# --- swap requests ---------------------------------------------------------------


def _swaps(
    runtime: RuntimeDep,
    session: Session | ReadSession,
    who: Member,
    principal: Principal,
    request: Request,
) -> Swaps:
    return Swaps(runtime, session, who, _actor(principal, request))


@router.post(
    "/swap-requests", response_model=Envelope[SwapRequest], status_code=status.HTTP_201_CREATED
)
async def create_swap_request(
    body: SwapRequestCreate,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[SwapRequest]:
    who = await _who(session, principal)
    swaps = _swaps(runtime, session, who, principal, request)
    row = await swaps.create(body)
    return Envelope(data=await swaps.view(row, who.own_profile()), message="Swap request sent")


@router.get("/swap-requests", response_model=Page[SwapRequest])
async def list_swap_requests(
    principal: NetworkCaller,
    session: ReadSession,
    paging: Paging,
    runtime: RuntimeDep,
    request: Request,
) -> Page[SwapRequest]:
    """The requests the caller sent or received (no one else sees them)."""
    who = await _who(session, principal)
    me = who.own_profile()
    repo = SwapRequestRepository(session, principal.org_id)
    rows, total = await repo.paginate(repo.of_party(me.id), paging)
    swaps = _swaps(runtime, session, who, principal, request)
    return Page(data=[await swaps.view(r, me) for r in rows], pagination=paging.pagination(total))


@router.get("/swap-requests/{swap_request_id}", response_model=Envelope[SwapRequest])
async def get_swap_request(
    swap_request_id: uuid.UUID,
    principal: NetworkCaller,
    session: ReadSession,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[SwapRequest]:
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    row, me = await swaps.mine(swap_request_id)
    return Envelope(data=await swaps.view(row, me))


@router.put("/swap-requests/{swap_request_id}/accept", response_model=Envelope[SwapRequest])
async def accept_swap_request(
    swap_request_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
    body: SwapAccept | None = None,
) -> Envelope[SwapRequest]:
    """Accept (idempotent); when both parties have, each company's HR gets a request."""
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    row = await swaps.accept(swap_request_id, body or SwapAccept())
    _, me = await swaps.mine(row.id)
    return Envelope(data=await swaps.view(row, me), message=f"Swap request {row.status}")


@router.put("/swap-requests/{swap_request_id}/decline", response_model=Envelope[SwapRequest])
async def decline_swap_request(
    swap_request_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[SwapRequest]:
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    row = await swaps.decline(swap_request_id)
    _, me = await swaps.mine(row.id)
    return Envelope(data=await swaps.view(row, me), message="Swap request declined")


# --- HR portal --------------------------------------------------------------------


@router.get("/hr/requests", response_model=Page[HrRequest])
async def list_hr_requests(
    principal: NetworkCaller,
    session: ReadSession,
    paging: Paging,
    runtime: RuntimeDep,
    request: Request,
    status_: Annotated[
        str | None, Query(alias="status", pattern="^(hr_review|approved|rejected)$")
    ] = None,
) -> Page[HrRequest]:
    """The swaps involving the caller's company (HR users only)."""
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    repo = HrRequestRepository(session, principal.org_id)
    rows, total = await repo.paginate(repo.of_company(swaps.hr_company(), status_), paging)
    return Page(data=[await swaps.hr_view(r) for r in rows], pagination=paging.pagination(total))


@router.get("/hr/requests/{hr_request_id}", response_model=Envelope[HrRequest])
async def get_hr_request(
    hr_request_id: uuid.UUID,
    principal: NetworkCaller,
    session: ReadSession,
    runtime: RuntimeDep,
    request: Request,
) -> Envelope[HrRequest]:
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    return Envelope(data=await swaps.hr_view(await swaps.hr_request(hr_request_id)))


@router.put("/hr/requests/{hr_request_id}/approve", response_model=Envelope[HrRequest])
async def approve_hr_request(
    hr_request_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
    body: HrDecision | None = None,
) -> Envelope[HrRequest]:
    """Approve for the caller's company; the swap is approved when every company has."""
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    row = await swaps.decide(hr_request_id, True, body.note if body else None)
    return Envelope(data=await swaps.hr_view(row), message="Approved")


@router.put("/hr/requests/{hr_request_id}/reject", response_model=Envelope[HrRequest])
async def reject_hr_request(
    hr_request_id: uuid.UUID,
    principal: NetworkCaller,
    session: Session,
    runtime: RuntimeDep,
    request: Request,
    body: HrDecision | None = None,
) -> Envelope[HrRequest]:
    swaps = _swaps(runtime, session, await _who(session, principal), principal, request)
    row = await swaps.decide(hr_request_id, False, body.note if body else None)
    return Envelope(data=await swaps.hr_view(row), message="Rejected")
