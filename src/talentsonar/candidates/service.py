"""Candidates: create, update, soft delete, GDPR erase and export."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.candidates.profile import (
    CANDIDATE_EMBEDDING_VERSION,
    candidate_embedding_text,
    refresh_derived,
    settle_name,
)
from talentsonar.candidates.repository import (
    CandidateRepository,
    CandidateTaskRepository,
    CvDocumentRepository,
)
from talentsonar.candidates.schemas import (
    CandidateCreate,
    CandidateUpdate,
    CvDocumentOut,
)
from talentsonar.candidates.search import SearchFilters, SearchResult, hybrid_search
from talentsonar.core.db import after_commit
from talentsonar.core.events import CandidateChanged, publish
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.embeddings import Embedder, EmbeddingError
from talentsonar.matching.schemas import CandidateMatchStatistics
from talentsonar.matching.service import candidates_match_statistics
from talentsonar.models.candidate import Candidate
from talentsonar.pipeline import export as pipeline_export
from talentsonar.skills.canonical import canonical_skills
from talentsonar.storage import Storage

log = structlog.get_logger(__name__)

ExportSection = Callable[[AsyncSession, uuid.UUID, uuid.UUID], Awaitable[Any]]
#: Other domains add what they hold about a candidate to the GDPR export here
#: (``EXPORT_SECTIONS["matches"] = fn(session, org_id, candidate_id)``).
EXPORT_SECTIONS: dict[str, ExportSection] = {}

#: Fields whose change alters the candidate's embedding.
EMBEDDED_FIELDS = frozenset({"headline", "skills", "summary", "metadata", "name"})


async def match_statistics_for_candidates(
    session: AsyncSession, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, CandidateMatchStatistics]:
    """Per-candidate match counts from the matching domain's stored scores (zeros when
    none)."""
    found = await candidates_match_statistics(session, org_id, candidate_ids)
    return {cid: CandidateMatchStatistics.model_validate(row) for cid, row in found.items()}


async def embed_candidate(candidate: Candidate, embedder: Embedder) -> None:
    try:
        vector = await embedder.embed_one(candidate_embedding_text(candidate))
    except EmbeddingError as exc:
        log.warning("candidate.embedding_failed", candidate_id=str(candidate.id), error=str(exc))
        return
    candidate.embedding = vector
    candidate.embedding_model = embedder.model_id
    candidate.embedding_version = CANDIDATE_EMBEDDING_VERSION


class CandidateService:
    def __init__(self, session: AsyncSession, org_id: uuid.UUID, embedder: Embedder) -> None:
        self.session = session
        self.org_id = org_id
        self.embedder = embedder
        self.repo = CandidateRepository(session, org_id)
        self.documents = CvDocumentRepository(session, org_id)

    async def create(self, body: CandidateCreate, *, candidate_id: uuid.UUID | None = None
                     ) -> Candidate:
        values = body.model_dump(by_alias=False)
        metadata = values.pop("metadata")
        values["skills"] = canonical_skills(values["skills"])
        candidate = Candidate(id=candidate_id or uuid.uuid4(), metadata_=metadata,
                              profile={}, flags=[], **values)
        candidate.profile_status = "parsed"  # entered by hand: nothing left to parse
        refresh_derived(candidate)
        await embed_candidate(candidate, self.embedder)
        await self.repo.create(candidate)
        await publish(
            self.session,
            CandidateChanged(org_id=self.org_id, candidate_id=candidate.id, change="created"),
        )
        return candidate

    async def update(self, candidate_id: uuid.UUID, body: CandidateUpdate) -> Candidate:
        candidate = await self.repo.get_or_404(candidate_id)
        values: dict[str, Any] = body.model_dump(exclude_unset=True, by_alias=False)
        for key in ("type", "name", "skills", "employment_status", "metadata", "is_hidden_gem"):
            if key in values and values[key] is None:
                del values[key]
        if "skills" in values:
            values["skills"] = canonical_skills(values["skills"])
        if "metadata" in values:
            values["metadata_"] = values.pop("metadata")
        await self.repo.update(candidate, values)
        if "name" in values:
            settle_name(candidate)  # a name set by hand clears "name_not_found"
        refresh_derived(candidate)
        if EMBEDDED_FIELDS & (values.keys() | ({"metadata"} if "metadata_" in values else set())):
            await embed_candidate(candidate, self.embedder)
        await self.session.flush()
        await publish(
            self.session,
            CandidateChanged(org_id=self.org_id, candidate_id=candidate.id, change="updated"),
        )
        return candidate

    async def delete(self, candidate_id: uuid.UUID) -> None:
        candidate = await self.repo.get_or_404(candidate_id)
        await self.repo.soft_delete(candidate)
        await publish(
            self.session,
            CandidateChanged(org_id=self.org_id, candidate_id=candidate.id, change="deleted"),
        )

    async def erase(self, candidate_id: uuid.UUID, storage: Storage) -> dict[str, int]:
        """GDPR erasure: the candidate (even soft-deleted), every CV version and its file,
        tasks about them, and (ON DELETE CASCADE) every row of any domain referencing it."""
        candidate = await self.repo.get(candidate_id, include_deleted=True)
        if candidate is None:
            from talentsonar.core.errors import NotFound

            raise NotFound("Candidate")
        docs = await self.documents.for_candidate(candidate.id)
        doc_ids = [d.id for d in docs]
        orphan_keys = []
        for key in {d.storage_key for d in docs}:
            if not await self.documents.key_in_use(key, excluding=doc_ids):
                orphan_keys.append(key)
        await publish(
            self.session,
            CandidateChanged(org_id=self.org_id, candidate_id=candidate.id, change="erased"),
        )
        await CandidateTaskRepository(self.session, self.org_id).delete_about(
            [candidate.id, *doc_ids])
        await self.repo.erase(candidate)
        await self.session.flush()

        async def remove_files() -> None:
            for key in orphan_keys:
                try:
                    await storage.delete(key)
                except Exception as exc:  # the rows are gone; a leftover blob is logged
                    log.error("candidate.erase_file_failed", key=key, error=repr(exc))

        after_commit(self.session, remove_files)
        return {"documents": len(docs), "files": len(orphan_keys)}

    async def export(self, candidate_id: uuid.UUID) -> dict[str, Any]:
        """Everything held about one candidate, as JSON (GDPR access request)."""
        candidate = await self.repo.get_or_404(candidate_id)
        docs = await self.documents.for_candidate(candidate.id)
        record = {
            "id": str(candidate.id), "type": candidate.type, "name": candidate.name,
            "email": candidate.email, "phone": candidate.phone, "location": candidate.location,
            "headline": candidate.headline, "summary": candidate.summary,
            "skills": candidate.skills, "employmentStatus": candidate.employment_status,
            "metadata": candidate.metadata_, "profile": candidate.profile,
            "profileStatus": candidate.profile_status,
            "totalYearsExperience": candidate.total_years_experience,
            "flags": candidate.flags, "isHiddenGem": candidate.is_hidden_gem,
            "embeddingModel": candidate.embedding_model,
            "embedding": [float(x) for x in candidate.embedding]
            if candidate.embedding is not None else None,
            "createdAt": candidate.created_at.isoformat(),
            "updatedAt": candidate.updated_at.isoformat(),
        }
        documents = []
        for doc in docs:
            out = CvDocumentOut.model_validate(doc).model_dump(mode="json")
            out["extractedText"] = doc.extracted_text
            out["hiddenText"] = doc.hidden_text
            out["uploadOptions"] = doc.upload_options
            documents.append(out)
        export: dict[str, Any] = {
            "exportedAt": utcnow().isoformat(), "candidate": record, "cvDocuments": documents,
        }
        # The pipeline's: notes on the candidate, and applications with their history.
        export["notes"] = await pipeline_export.candidate_notes(
            self.session, self.org_id, candidate.id
        )
        export["applications"] = await pipeline_export.candidate_applications(
            self.session, self.org_id, candidate.id
        )
        for name, section in EXPORT_SECTIONS.items():
            export[name] = await section(self.session, self.org_id, candidate.id)
        return export


async def candidates_by_ids(
    session: AsyncSession, org_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Candidate]:
    """The organisation's live candidates among ``candidate_ids``, with what lists show."""
    return await CandidateRepository(session, org_id).by_ids_listed(candidate_ids)


async def candidate_window(
    session: AsyncSession, org_id: uuid.UUID, *, offset: int, limit: int,
    type: str | None = None, employment_status: str | None = None,
) -> tuple[list[Candidate], int]:
    """The talent pool from ``offset`` on, newest first, and its total."""
    return await CandidateRepository(session, org_id).window(
        offset=offset, limit=limit, type=type, employment_status=employment_status)


async def search_candidates(
    session: AsyncSession, runtime: Runtime, org_id: uuid.UUID, q: str,
    filters: SearchFilters, paging: PageParams,
) -> SearchResult:
    """The hybrid search of the candidates API (full text, fuzzy, semantic; fused)."""
    return await hybrid_search(session, runtime, org_id, q, filters, paging)
