"""Talent search: external talent through the N8N webhook, merged with the internal
pool's hybrid search and de-duplicated. When N8N is down (breaker open, timeouts,
errors, bad JSON) the internal results still answer, flagged ``degraded``."""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Any

import httpx
import structlog
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.candidates.schemas import CandidateCreate
from talentsonar.candidates.search import SearchFilters, hybrid_search
from talentsonar.candidates.service import CandidateService
from talentsonar.core.errors import NotFound, ServiceUnavailable, UnprocessableEntity
from talentsonar.core.http import CircuitOpen
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.embeddings import get_embedder
from talentsonar.talent_search.merge import merge_results, parse_external
from talentsonar.talent_search.repository import PoolRepository
from talentsonar.talent_search.schemas import (
    ImportOut,
    SearchCriteria,
    TalentResult,
    TalentSearchOut,
)

log = structlog.get_logger(__name__)
PROVIDER = "n8n"
WORKFLOW_ID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")


class WorkflowUnavailable(ServiceUnavailable):
    code = "workflow_unavailable"


def _client(runtime: Runtime) -> Any:
    return runtime.http_client(PROVIDER, timeout=runtime.settings.n8n_timeout_seconds)


async def external_search(
    runtime: Runtime, criteria: SearchCriteria
) -> tuple[list[TalentResult], str | None]:
    """(results, reason it failed or None)."""
    url = runtime.settings.n8n_webhook_url
    if not url:
        return [], "n8n_not_configured"
    try:
        response = await _client(runtime).request(
            "POST", url, json=criteria.model_dump(mode="json", by_alias=True)
        )
    except CircuitOpen:
        return [], "n8n_circuit_open"
    except httpx.HTTPStatusError as exc:
        return [], f"n8n_http_{exc.response.status_code}"
    except httpx.HTTPError as exc:
        log.warning("talent_search.n8n_error", error=repr(exc))
        return [], "n8n_unavailable"
    if response.status_code >= 400:
        return [], f"n8n_http_{response.status_code}"
    try:
        payload = response.json()
    except ValueError:
        return [], "n8n_bad_response"
    return parse_external(payload)[: criteria.limit], None


async def internal_search(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, criteria: SearchCriteria
) -> list[TalentResult]:
    q = " ".join([criteria.query, *criteria.skills, criteria.location or ""]).strip()
    if not q:
        return []
    found = await hybrid_search(
        session, runtime, org_id, q, SearchFilters(), PageParams(page=1, limit=criteria.limit)
    )
    results = []
    for hit in found.hits:
        row = hit.row
        meta = row.metadata_ or {}
        results.append(
            TalentResult(
                name=row.name,
                email=row.email,
                linkedin_url=meta.get("linkedinUrl"),
                company=meta.get("company"),
                title=row.headline,
                location=row.location,
                skills=list(row.skills or []),
                source="internal",
                candidate_id=row.id,
                score=round(hit.score, 4),
            )
        )
    return results


def _answer(
    internal: list[TalentResult], external: list[TalentResult], reason: str | None
) -> TalentSearchOut:
    merged = merge_results(internal, external)
    return TalentSearchOut(
        results=merged,
        total=len(merged),
        internal_count=len(internal),
        external_count=len(external),
        degraded=reason is not None,
        degraded_reason=reason,
    )


async def search(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, criteria: SearchCriteria
) -> TalentSearchOut:
    external, reason = await external_search(runtime, criteria)
    internal = await internal_search(runtime, session, org_id, criteria)
    return _answer(internal, external, reason)


async def batch(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, searches: list[SearchCriteria]
) -> list[TalentSearchOut]:
    """External calls run concurrently (at most ``TALENT_SEARCH_BATCH_CONCURRENCY``);
    the internal searches share the request's session, so they run one after another."""
    limit = asyncio.Semaphore(runtime.settings.talent_search_batch_concurrency)

    async def one(criteria: SearchCriteria) -> tuple[list[TalentResult], str | None]:
        async with limit:
            return await external_search(runtime, criteria)

    externals = await asyncio.gather(*(one(c) for c in searches))
    answers = []
    for criteria, (external, reason) in zip(searches, externals, strict=True):
        internal = await internal_search(runtime, session, org_id, criteria)
        answers.append(_answer(internal, external, reason))
    return answers


async def trigger_workflow(
    runtime: Runtime, workflow_id: str, payload: dict[str, Any]
) -> tuple[int, Any]:
    if not WORKFLOW_ID.match(workflow_id):
        raise UnprocessableEntity("workflowId may only contain letters, digits, - and _")
    base = runtime.settings.n8n_base_url
    if not base:
        raise WorkflowUnavailable("N8N is not configured (N8N_BASE_URL)", code="n8n_not_configured")
    url = f"{base.rstrip('/')}/webhook/{workflow_id}"
    try:
        response = await _client(runtime).request("POST", url, json=payload)
    except CircuitOpen:
        raise
    except httpx.HTTPStatusError as exc:
        raise WorkflowUnavailable(
            f"The workflow failed (HTTP {exc.response.status_code})",
            details={"status": exc.response.status_code},
        ) from exc
    except httpx.HTTPError as exc:
        raise WorkflowUnavailable(
            f"The workflow could not be reached: {type(exc).__name__}"
        ) from exc
    if response.status_code == 404:
        raise NotFound("Workflow")
    if response.status_code >= 400:
        raise UnprocessableEntity(
            f"The workflow refused the payload (HTTP {response.status_code})",
            code="workflow_rejected",
            details={"status": response.status_code, "body": response.text[:500]},
        )
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text[:10_000]
    return response.status_code, body


async def import_results(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, results: list[TalentResult]
) -> ImportOut:
    """Create ``sourced`` candidates; skip anyone already in the pool (by email) or twice
    in the request, and entries that are not valid candidates."""
    existing = await PoolRepository(session, org_id).existing_emails(
        r.email for r in results if r.email
    )
    service = CandidateService(session, org_id, get_embedder(runtime))
    created: list[uuid.UUID] = []
    skipped: list[dict[str, Any]] = []
    for index, result in enumerate(merge_results([r.model_copy() for r in results])):
        if result.email and result.email.lower() in existing:
            skipped.append({"index": index, "name": result.name, "reason": "already_in_pool"})
            continue
        try:
            body = CandidateCreate(
                type="sourced",
                name=result.name,
                email=result.email,
                location=result.location,
                headline=result.title,
                skills=result.skills,
                metadata={
                    k: v
                    for k, v in {
                        "source": "talent_search",
                        "linkedinUrl": result.linkedin_url,
                        "company": result.company,
                    }.items()
                    if v
                },
            )
        except ValidationError as exc:
            skipped.append(
                {
                    "index": index,
                    "name": result.name,
                    "reason": "invalid",
                    "errors": [e["msg"] for e in exc.errors()][:3],
                }
            )
            continue
        row = await service.create(body)
        created.append(row.id)
        if result.email:
            existing.add(result.email.lower())
    duplicates = len(results) - len(merge_results([r.model_copy() for r in results]))
    if duplicates:
        skipped.append({"reason": "duplicate_in_request", "count": duplicates})
    return ImportOut(created=created, skipped=skipped)
