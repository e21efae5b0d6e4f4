from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Principal
from talentsonar.auth.repository import ApiKeyRepository
from talentsonar.auth.service import API_KEY_PREFIX
from talentsonar.core.db import after_commit
from talentsonar.core.errors import Forbidden
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.core.security import new_secret, sha256_hex
from talentsonar.models.api_key import ApiKey
from talentsonar.orgs.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyOut


async def create_api_key(
    session: AsyncSession, principal: Principal, body: ApiKeyCreate
) -> ApiKeyCreated:
    if not principal.can(body.role):
        raise Forbidden("An API key cannot have a higher role than its creator")
    raw = new_secret(API_KEY_PREFIX)
    key = await ApiKeyRepository(session, principal.org_id).create(
        ApiKey(
            name=body.name,
            prefix=raw[:12],
            key_hash=sha256_hex(raw),
            role=body.role,
            created_by_id=principal.user_id,
            expires_at=body.expires_at,
        )
    )
    return ApiKeyCreated(**ApiKeyOut.model_validate(key).model_dump(), key=raw)


async def list_api_keys(session: AsyncSession, org_id: uuid.UUID) -> Sequence[ApiKey]:
    repo = ApiKeyRepository(session, org_id)
    return await repo.list(repo.base().order_by(ApiKey.created_at.desc()))


async def revoke_api_key(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, key_id: uuid.UUID
) -> ApiKey:
    key = await ApiKeyRepository(session, org_id).get_or_404(key_id)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await session.flush()
    tag = f"apikey:{key.key_hash}"
    after_commit(session, lambda: runtime.cache.invalidate_tags(tag))
    return key
