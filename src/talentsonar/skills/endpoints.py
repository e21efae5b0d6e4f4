"""``/api/v1/skills``: autocomplete (``/suggest``), the catalogue (the shipped taxonomy plus
the organisation's own skills, with seed 002's filters, ``ETag`` / ``Cache-Control`` and
conditional GETs) and its categories. Reads are limited to 100 a minute per caller, writes
to 20 (``RATE_LIMIT_SKILLS_READ`` / ``RATE_LIMIT_SKILLS_WRITE``)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import JSONResponse, Response

from talentsonar.auth.principal import Principal, authorize, caller
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Message, Page, Paging
from talentsonar.skills import catalog
from talentsonar.skills.canonical import taxonomy
from talentsonar.skills.schemas import (
    CatalogSkill,
    OnetRef,
    Order,
    SkillCategory,
    SkillCreate,
    SkillSuggestion,
    SkillUpdate,
    SortBy,
)
from talentsonar.skills.standards import standards_of
from talentsonar.skills.taxonomy import Skill

router = APIRouter(prefix="/skills", tags=["skills"],
                   dependencies=[Depends(authorize)])
#: The catalogue: its own read and write limits instead of the default one.
catalog_router = APIRouter(prefix="/skills", tags=["skills"])
routers = (router, catalog_router)

Reader = Annotated[Principal, Depends(caller("skills_read"))]
Writer = Annotated[Principal, Depends(caller("skills_write"))]
CACHE_CONTROL = f"private, max-age={catalog.CATALOG_TTL}"


@router.get("/suggest", response_model=Envelope[list[SkillSuggestion]])
async def suggest_skills(
    q: Annotated[str, Query(min_length=1, max_length=100)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Envelope[list[SkillSuggestion]]:
    """Canonical skills whose name or alias starts with ``q`` ("k8" -> Kubernetes)."""
    tax = taxonomy()
    if tax is None:
        return Envelope(data=[])
    return Envelope(data=[_suggestion(s) for s in tax.suggest(q, limit)])


def _suggestion(skill: Skill) -> SkillSuggestion:
    ids = standards_of(skill.name)
    onet = (
        OnetRef(commodity_code=ids.onet_code, commodity_title=ids.onet_title,
                example=ids.onet_example)
        if ids is not None and ids.onet_code else None
    )
    return SkillSuggestion(name=skill.name, category=skill.category,
                           esco_uri=ids.esco_uri if ids is not None else None, onet=onet)


def _not_modified(request: Request, etag: str) -> bool:
    wanted = request.headers.get("if-none-match")
    if wanted is None:
        return False
    tags = {t.strip() for t in wanted.split(",")}
    return etag in tags or "*" in tags


def _cached(body: object, etag: str) -> JSONResponse:
    return JSONResponse(body, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL})


def _unchanged(etag: str) -> Response:
    return Response(status_code=status.HTTP_304_NOT_MODIFIED,
                    headers={"ETag": etag, "Cache-Control": CACHE_CONTROL})


_CACHED_READ: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the `If-None-Match` ETag is current"},
}


@catalog_router.get("", response_model=None,
                    responses={200: {"model": Page[CatalogSkill]}, **_CACHED_READ})
async def list_skills(
    request: Request,
    principal: Reader,
    session: ReadSession,
    runtime: RuntimeDep,
    paging: Paging,
    category_id: Annotated[str | None, Query(alias="categoryId", max_length=80)] = None,
    search: Annotated[str | None, Query(max_length=100)] = None,
    sort_by: Annotated[SortBy, Query(alias="sortBy")] = "name",
    order: Order = "asc",
) -> Response:
    """The catalogue: shipped skills (with ESCO / O*NET ids) and the organisation's own,
    filtered by ``categoryId`` and ``search``, sorted by ``sortBy`` (``name``,
    ``proficiency``: the level the organisation expects, ``createdAt``). Sends an ``ETag``;
    ``If-None-Match`` with the current one answers 304."""
    version = await catalog.version(runtime, principal.org_id)
    query = catalog.CatalogQuery(category_id, search, sort_by, order)
    etag = catalog.etag_of("list", principal.org_id, version, query.category_id, query.search,
                           sort_by, order, paging.page, paging.limit)
    if _not_modified(request, etag):
        return _unchanged(etag)
    data = await catalog.list_skills(runtime, session, principal.org_id, query, paging, version)
    page = Page[CatalogSkill].model_validate(data)
    return _cached(page.model_dump(mode="json", by_alias=True), etag)


@catalog_router.get("/categories", response_model=None,
                    responses={200: {"model": Envelope[list[SkillCategory]]}, **_CACHED_READ})
async def list_categories(
    request: Request, principal: Reader, session: ReadSession, runtime: RuntimeDep,
) -> Response:
    """The shipped taxonomy's categories, with how many skills each holds (the
    organisation's own included)."""
    version = await catalog.version(runtime, principal.org_id)
    etag = catalog.etag_of("categories", principal.org_id, version)
    if _not_modified(request, etag):
        return _unchanged(etag)
    found = await catalog.categories(session, principal.org_id)
    body = Envelope[list[SkillCategory]](data=found)
    return _cached(body.model_dump(mode="json", by_alias=True), etag)


@catalog_router.post("", response_model=Envelope[CatalogSkill],
                     status_code=status.HTTP_201_CREATED)
async def create_skill(body: SkillCreate, principal: Writer, session: Session,
                       runtime: RuntimeDep) -> Envelope[CatalogSkill]:
    """Add a skill of the organisation's own (a name the taxonomy does not know)."""
    created = await catalog.create_skill(runtime, session, principal.org_id, principal.user_id,
                                         body)
    return Envelope(data=created, message="Skill created")


@catalog_router.get("/{skill_id}", response_model=None,
                    responses={200: {"model": Envelope[CatalogSkill]}, **_CACHED_READ})
async def get_skill(request: Request, skill_id: uuid.UUID, principal: Reader,
                    session: ReadSession, runtime: RuntimeDep) -> Response:
    """One of the organisation's own skills."""
    version = await catalog.version(runtime, principal.org_id)
    etag = catalog.etag_of("skill", principal.org_id, version, skill_id)
    found = await catalog.get_skill(session, principal.org_id, skill_id)
    if _not_modified(request, etag):
        return _unchanged(etag)
    body = Envelope[CatalogSkill](data=found)
    return _cached(body.model_dump(mode="json", by_alias=True), etag)


@catalog_router.patch("/{skill_id}", response_model=Envelope[CatalogSkill])
async def update_skill(skill_id: uuid.UUID, body: SkillUpdate, principal: Writer,
                       session: Session, runtime: RuntimeDep) -> Envelope[CatalogSkill]:
    updated = await catalog.update_skill(runtime, session, principal.org_id, skill_id, body)
    return Envelope(data=updated, message="Skill updated")


@catalog_router.delete("/{skill_id}", response_model=Message)
async def delete_skill(skill_id: uuid.UUID, principal: Writer, session: Session,
                       runtime: RuntimeDep) -> Message:
    await catalog.delete_skill(runtime, session, principal.org_id, skill_id)
    return Message(message="Skill deleted")
