"""What the pipeline holds about a candidate, for the GDPR export
(``GET /api/v1/candidates/{id}/export``): the notes on them and their applications, each
with its stage history (who moved it, when, why)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.schemas import PageParams
from talentsonar.pipeline import notes, service

#: Rows read per page (the export reads every page).
PAGE = 500


async def candidate_notes(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> list[dict[str, Any]]:
    """Every note on the candidate, newest first, with its author and mentions."""
    out: list[dict[str, Any]] = []
    page = 1
    while True:
        rows, total = await notes.list_notes(
            session, org_id, candidate_id, PageParams(page=page, limit=PAGE)
        )
        out.extend(r.model_dump(mode="json", by_alias=True) for r in rows)
        if not rows or len(out) >= total:
            return out
        page += 1


async def candidate_applications(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> list[dict[str, Any]]:
    """Every application of the candidate (latest move first), each with its
    ``history``: the stage changes, oldest first."""
    out: list[dict[str, Any]] = []
    offset = 0
    while True:
        found = await service.applications_of_candidates(
            session, org_id, [candidate_id], offset=offset, limit=PAGE
        )
        applications, total = found[candidate_id]
        for application in applications:
            item = application.model_dump(mode="json", by_alias=True)
            events = await service.history(session, org_id, application.id)
            item["history"] = [e.model_dump(mode="json", by_alias=True) for e in events]
            out.append(item)
        offset += PAGE
        if not applications or offset >= total:
            return out
