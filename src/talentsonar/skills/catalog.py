"""The skills catalogue: the shipped taxonomy (with ESCO / O*NET ids) plus the skills an
organisation adds, listed with seed 002's filters and cached per organisation.

Every read of an organisation's catalogue is keyed by the organisation's catalogue
*version* (a random token kept in the cache): a write replaces it after the commit, so every
cached page and every ``ETag`` handed out before the write is stale at once, on every
process."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.cache import content_key
from talentsonar.core.db import after_commit
from talentsonar.core.errors import Conflict, NotFound, UnprocessableEntity
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.models.org_skill import OrgSkill
from talentsonar.skills.canonical import taxonomy
from talentsonar.skills.repository import OrgSkillRepository
from talentsonar.skills.schemas import (
    CatalogSkill,
    SkillCategory,
    SkillCreate,
    SkillUpdate,
)
from talentsonar.skills.standards import standards_of

#: Seconds a cached catalogue page lives (and ``Cache-Control: max-age``).
CATALOG_TTL = 300
VERSION_TTL = 7 * 24 * 3600.0


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "skill"


@lru_cache(maxsize=1)
def shipped() -> tuple[tuple[CatalogSkill, ...], dict[str, str]]:
    """The taxonomy's skills as catalogue entries, and ``{category slug: name}``."""
    tax = taxonomy()
    if tax is None:
        return (), {}
    skills = []
    categories: dict[str, str] = {}
    for skill in tax.skills.values():
        ids = standards_of(skill.name)
        cat = slug(skill.category)
        categories[cat] = skill.category
        skills.append(CatalogSkill(
            id=f"tx:{slug(skill.name)}", name=skill.name, category_id=cat,
            category=skill.category, source="taxonomy",
            esco_uri=ids.esco_uri if ids else None, onet_code=ids.onet_code if ids else None,
        ))
    skills.sort(key=lambda s: s.name.lower())
    return tuple(skills), categories


def _org_entry(row: OrgSkill) -> CatalogSkill:
    categories = shipped()[1]
    return CatalogSkill(
        id=str(row.id), name=row.name, category_id=row.category_id,
        category=categories.get(row.category_id, row.category_id), source="organization",
        description=row.description, proficiency=row.proficiency, tags=list(row.tags or []),
        created_at=row.created_at,
    )


@dataclass(frozen=True, slots=True)
class CatalogQuery:
    category_id: str | None = None
    search: str | None = None
    sort_by: str = "name"
    order: str = "asc"


async def version(runtime: Runtime, org_id: uuid.UUID) -> str:
    """The organisation's catalogue version (made on first use)."""
    current = await runtime.cache.get("skills_version", str(org_id))
    if isinstance(current, str):
        return current
    fresh = secrets.token_hex(8)
    await runtime.cache.set("skills_version", str(org_id), fresh, VERSION_TTL)
    return fresh


def bump_after_commit(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID) -> None:
    async def bump() -> None:
        await runtime.cache.set("skills_version", str(org_id), secrets.token_hex(8), VERSION_TTL)
        await runtime.cache.invalidate_tags(f"skills:{org_id}")

    after_commit(session, bump)


def etag_of(*parts: Any) -> str:
    return f'W/"{content_key(*parts)[:32]}"'


def _sorter(sort_by: str) -> Callable[[CatalogSkill], Any]:
    if sort_by == "proficiency":
        return lambda s: (s.proficiency is None, s.proficiency or 0, s.name.lower())
    if sort_by == "createdAt":
        return lambda s: (s.created_at is None, s.created_at.timestamp() if s.created_at else 0,
                          s.name.lower())
    return lambda s: s.name.lower()


def _filtered(entries: list[CatalogSkill], query: CatalogQuery) -> list[CatalogSkill]:
    if query.category_id:
        entries = [e for e in entries if e.category_id == query.category_id]
    if query.search:
        needle = query.search.strip().lower()
        entries = [e for e in entries if needle in e.name.lower()
                   or any(needle in t.lower() for t in e.tags)]
    key = _sorter(query.sort_by)
    entries.sort(key=key, reverse=query.order == "desc")
    if query.order == "desc" and query.sort_by != "name":
        # keep the skills without a value last either way
        entries.sort(key=lambda s: (s.proficiency if query.sort_by == "proficiency"
                                    else s.created_at) is None)
    return entries


async def list_skills(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, query: CatalogQuery,
    paging: PageParams, known_version: str,
) -> dict[str, Any]:
    """One page of the catalogue as JSON data (``{"data", "pagination"}``), cached."""
    async def compute() -> dict[str, Any]:
        own = [_org_entry(r) for r in await OrgSkillRepository(session, org_id).all()]
        entries = _filtered([*shipped()[0], *own], query)
        page = entries[paging.offset: paging.offset + paging.limit]
        return {"data": [e.model_dump(mode="json", by_alias=True) for e in page],
                "pagination": paging.pagination(len(entries)).model_dump(by_alias=True)}

    key = content_key(org_id, known_version, query.category_id, query.search, query.sort_by,
                      query.order, paging.page, paging.limit)
    value, _ = await runtime.cache.get_or_compute(
        "skills_catalog", key, compute, ttl=CATALOG_TTL, tags=(f"skills:{org_id}",))
    result: dict[str, Any] = value
    return result


async def categories(session: AsyncSession, org_id: uuid.UUID) -> list[SkillCategory]:
    entries, names = shipped()
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.category_id] = counts.get(entry.category_id, 0) + 1
    own: dict[str, int] = {}
    for row in await OrgSkillRepository(session, org_id).all():
        own[row.category_id] = own.get(row.category_id, 0) + 1
    return [SkillCategory(id=cid, name=name, skill_count=counts.get(cid, 0) + own.get(cid, 0),
                          organization_skill_count=own.get(cid, 0))
            for cid, name in sorted(names.items(), key=lambda kv: kv[1].lower())]


def _check_category(category_id: str) -> None:
    if category_id not in shipped()[1]:
        raise UnprocessableEntity(
            f"Unknown categoryId {category_id!r}: see GET /api/v1/skills/categories",
            details={"field": "categoryId"})


async def _check_name(repo: OrgSkillRepository, name: str, own_id: uuid.UUID | None) -> None:
    tax = taxonomy()
    known = tax.normalize(name) if tax is not None else None
    if known is not None:
        raise Conflict(f"{name!r} is already a skill of the shipped taxonomy ({known.name})")
    clash = await repo.named(name)
    if clash is not None and clash.id != own_id:
        raise Conflict(f"The organisation already has a skill named {clash.name!r}")


async def get_skill(session: AsyncSession, org_id: uuid.UUID, skill_id: uuid.UUID) -> CatalogSkill:
    row = await OrgSkillRepository(session, org_id).get(skill_id)
    if row is None:
        raise NotFound("Skill not found")
    return _org_entry(row)


async def create_skill(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID,
                       user_id: uuid.UUID | None, body: SkillCreate) -> CatalogSkill:
    repo = OrgSkillRepository(session, org_id)
    _check_category(body.category_id)
    await _check_name(repo, body.name, None)
    row = await repo.create(OrgSkill(
        name=body.name, category_id=body.category_id, description=body.description,
        proficiency=body.proficiency, tags=list(dict.fromkeys(body.tags)),
        created_by_id=user_id))
    bump_after_commit(runtime, session, org_id)
    return _org_entry(row)


async def update_skill(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID,
                       skill_id: uuid.UUID, body: SkillUpdate) -> CatalogSkill:
    repo = OrgSkillRepository(session, org_id)
    row = await repo.get(skill_id)
    if row is None:
        raise NotFound("Skill not found")
    values = body.model_dump(exclude_unset=True)
    if values.get("name") is None:
        values.pop("name", None)
    if values.get("category_id") is None:
        values.pop("category_id", None)
    if "category_id" in values:
        _check_category(values["category_id"])
    if "name" in values:
        await _check_name(repo, values["name"], row.id)
    if values.get("tags") is None:
        values.pop("tags", None)
    await repo.update(row, values)
    bump_after_commit(runtime, session, org_id)
    return _org_entry(row)


async def delete_skill(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID,
                       skill_id: uuid.UUID) -> None:
    repo = OrgSkillRepository(session, org_id)
    row = await repo.get(skill_id)
    if row is None:
        raise NotFound("Skill not found")
    await repo.soft_delete(row)
    bump_after_commit(runtime, session, org_id)
