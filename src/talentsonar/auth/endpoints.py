from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import ValidationError

from talentsonar.auth import service, throttle
from talentsonar.auth.principal import SignedIn, rate_limit
from talentsonar.auth.repository import MembershipRepository, UserRepository
from talentsonar.auth.schemas import (
    AuthResult,
    LoginRequest,
    OAuthToken,
    OrganizationRef,
    RefreshRequest,
    RegisterRequest,
    UserOut,
)
from talentsonar.core.deps import RuntimeDep, Session, client_ip
from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import Envelope, Message

router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[rate_limit("auth")])
COOKIE_PATH = "/api/v1/auth"


def _client(request: Request) -> throttle.Client:
    return throttle.Client(client_ip(request), request.cookies.get(throttle.DEVICE_COOKIE))


def _set_device_cookie(response: Response, runtime: Runtime, value: str) -> None:
    """The device cookie: this browser signed in here before (spared by the account-wide
    sign-in limit). Only the sign-in endpoints ever see it."""
    response.set_cookie(
        throttle.DEVICE_COOKIE,
        value,
        max_age=throttle.cookie_max_age(runtime),
        path=COOKIE_PATH,
        secure=runtime.settings.base_url.startswith("https://"),
        httponly=True,
        samesite="lax",
    )


@router.post("/register", response_model=Envelope[AuthResult], status_code=status.HTTP_201_CREATED)
async def register(
    body: RegisterRequest, request: Request, response: Response, runtime: RuntimeDep,
    session: Session,
) -> Envelope[AuthResult]:
    """Create a user and their organisation (they become its owner); returns tokens."""
    result, cookie = await service.register(runtime, session, body, _client(request))
    _set_device_cookie(response, runtime, cookie)
    return Envelope(data=result, message="Account created")


@router.post("/login", response_model=Envelope[AuthResult])
async def login(
    body: LoginRequest, request: Request, response: Response, runtime: RuntimeDep
) -> Envelope[AuthResult]:
    """Exchange email and password for an access token and a refresh token.

    Throttled per account and source (429 with `Retry-After`); sets the `ts_device` cookie
    that lets this browser through when the account is under attack from elsewhere."""
    result, cookie = await service.login(
        runtime, str(body.email), body.password, _client(request), body.organization_id
    )
    _set_device_cookie(response, runtime, cookie)
    return Envelope(data=result)


@router.post("/token", response_model=OAuthToken, include_in_schema=True, openapi_extra={
    "requestBody": {"content": {"application/x-www-form-urlencoded": {"example": {
        "grant_type": "password", "username": "ada@example.com",
        "password": "correct-horse-battery"}}}}})
async def oauth_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], request: Request, response: Response,
    runtime: RuntimeDep,
) -> OAuthToken:
    """OAuth2 password flow (used by the Swagger UI "Authorize" button)."""
    try:
        body = LoginRequest(email=form.username, password=form.password)
    except ValidationError as exc:
        raise UnprocessableEntity(
            "Invalid email or password format",
            details=exc.errors(include_url=False, include_context=False),
        ) from exc
    result, cookie = await service.login(runtime, str(body.email), body.password, _client(request))
    _set_device_cookie(response, runtime, cookie)
    ttl = runtime.settings.jwt_access_ttl_seconds
    return OAuthToken(access_token=result.token, expires_in=ttl)


@router.post("/refresh", response_model=Envelope[AuthResult])
async def refresh(
    body: RefreshRequest, runtime: RuntimeDep, session: Session
) -> Envelope[AuthResult]:
    """Rotate a refresh token: the old one stops working, a new pair is returned."""
    return Envelope(data=await service.refresh(runtime, session, body.refresh_token))


@router.post("/logout", response_model=Message)
async def logout(principal: SignedIn, session: Session) -> Message:
    """Sign out everywhere: every refresh token of this user is revoked, and every access
    token issued with them is refused from the next request on."""
    await service.logout(session, principal)
    return Message(message="Signed out")


@router.get("/me", response_model=Envelope[UserOut])
async def me(principal: SignedIn, session: Session) -> Envelope[UserOut]:
    """The signed-in user, their role and organisation (API keys have no user: 404)."""
    if principal.user_id is None:
        raise NotFound("User", details={"reason": "API keys act for an organisation, not a user"})
    user = await UserRepository(session).get_or_404(principal.user_id)
    memberships = await MembershipRepository(session).memberships_of(user.id)
    org = next((o for _, o in memberships if o.id == principal.org_id), None)
    if org is None:
        raise NotFound("Organization")
    refs = [OrganizationRef.model_validate(o) for _, o in memberships]
    return Envelope(data=service.user_out(user, principal.role, org, refs))
