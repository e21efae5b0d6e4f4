"""CV ingestion: accept uploads (validate, extract, store, queue) and turn a stored CV
into a candidate (parse, deduplicate, embed, save).

Upload checks everything that can make a file unreadable (size, magic bytes, page and
character caps, encryption, corruption, zip bombs, XXE) *before* anything is written, so
a bad file answers a clear 4xx and leaves no row, task or blob behind (extraction runs in
the sandboxed pool of ``cvs.isolation``). What remains (parsing, duplicate detection,
embedding: the CPU-heavy part) runs in the ``cvs.parse_cv`` task on a worker, deferred in
the upload's transaction and woken by procrastinate's LISTEN/NOTIFY; an interactive upload
(a few files) is queued at :data:`URGENT_PRIORITY`, ahead of scoring and maintenance.
A single-file upload then waits up to ``UPLOAD_WAIT_SECONDS`` for that task
(:func:`wait_for_task`) to answer the candidate, and answers the task alone after that.

With ``UPLOAD_INLINE_MAX_BYTES`` set, a single small file is parsed by the request itself,
right after the commit (a process without workers); its job is still queued, but for
:data:`INLINE_FALLBACK_SECONDS` later: it only runs (and then finds the task finished)
if the request died, instead of racing the request for the same document.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import structlog

from talentsonar.candidates.profile import (
    CANDIDATE_EMBEDDING_VERSION,
    apply_profile,
    candidate_embedding_text,
    parse_cv_text,
    refresh_derived,
    settle_name,
    text_hash,
)
from talentsonar.candidates.repository import (
    CandidateRepository,
    CandidateTaskRepository,
    CvDocumentRepository,
)
from talentsonar.candidates.schemas import RejectedFile, UploadAccepted, UploadedFile
from talentsonar.core.config import Settings
from talentsonar.core.errors import TalentSonarError, UnprocessableEntity
from talentsonar.core.events import CandidateChanged, CvParsed, publish
from talentsonar.core.models import utcnow
from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractedDocument, ExtractionLimits
from talentsonar.embeddings import EmbeddingError, get_embedder
from talentsonar.models.candidate import Candidate
from talentsonar.models.cv_document import CvDocument
from talentsonar.models.task import TaskStatus
from talentsonar.storage import get_storage

log = structlog.get_logger(__name__)

TASK_NAME = "cvs.parse_cv"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}
TEXT_SAMPLE_CHARS = 4000
#: An upload parsed by the request queues its job this much later, as a safety net.
INLINE_FALLBACK_SECONDS = 120
#: An upload of at most this many files is someone waiting at a screen: its parsing jobs
#: go first (:data:`URGENT_PRIORITY`); larger batches queue at ``Priority.high``.
URGENT_FILES = 5
URGENT_PRIORITY = Priority.critical
#: Polling a task the request waits for: first after this long, then doubling up to the cap.
WAIT_FIRST_POLL_SECONDS = 0.05
WAIT_MAX_POLL_SECONDS = 0.25
_UNSAFE_FILENAME = re.compile(r"[\x00-\x1f\x7f/\\]+")


@dataclass(frozen=True, slots=True)
class IncomingFile:
    filename: str
    data: bytes


@dataclass(frozen=True, slots=True)
class AcceptedFile:
    incoming: IncomingFile
    document: ExtractedDocument


def safe_filename(name: str | None, kind: str = "") -> str:
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_FILENAME.sub("_", base).strip(" .")[:200]
    return base or f"cv.{kind or 'bin'}"


def storage_key(org_id: uuid.UUID, sha256: str, kind: str) -> str:
    """Content-addressed: the same file uploaded twice in an org is stored once."""
    return f"org/{org_id}/cv/{sha256[:2]}/{sha256}.{kind}"


def extraction_limits(settings: Settings) -> ExtractionLimits:
    return ExtractionLimits(max_bytes=settings.upload_max_bytes)


async def extract(settings: Settings, incoming: IncomingFile) -> ExtractedDocument:
    from talentsonar.cvs.extract import extract_document, extract_document_isolated

    fn = extract_document_isolated if settings.upload_isolate_extraction else extract_document
    return await asyncio.to_thread(
        fn, incoming.data, filename=incoming.filename, limits=extraction_limits(settings)
    )


async def screen_files(
    settings: Settings, files: list[IncomingFile]
) -> tuple[list[AcceptedFile], list[tuple[IncomingFile, TalentSonarError]]]:
    """Extract every file (the safety checks); split them into readable and rejected."""
    accepted: list[AcceptedFile] = []
    rejected: list[tuple[IncomingFile, TalentSonarError]] = []
    for incoming in files:
        if len(incoming.data) > settings.upload_max_bytes:
            rejected.append((incoming, DocumentRejected(
                "file_too_large",
                f"The file is larger than {settings.upload_max_bytes // 1_048_576} MB.",
                details={"bytes": len(incoming.data), "maxBytes": settings.upload_max_bytes})))
            continue
        try:
            document = await extract(settings, incoming)
        except TalentSonarError as exc:
            rejected.append((incoming, exc))
            continue
        if not document.text.strip():
            rejected.append((incoming, DocumentRejected(
                "no_text", "No readable text was found in this file (is it a scanned image?).")))
            continue
        accepted.append(AcceptedFile(incoming, document))
    return accepted, rejected


def rejection_error(rejected: list[tuple[IncomingFile, TalentSonarError]]) -> TalentSonarError:
    """The error answered when no file of an upload could be accepted."""
    if len(rejected) == 1:
        exc = rejected[0][1]
        exc.details = {**(exc.details or {}), "filename": rejected[0][0].filename} \
            if isinstance(exc.details, dict) or exc.details is None else exc.details
        return exc
    codes = {exc.status_code for _, exc in rejected}
    error = UnprocessableEntity(
        "None of the uploaded files could be read.", code="documents_rejected",
        details={"files": [{"filename": f.filename, "code": e.code, "message": e.message}
                           for f, e in rejected]},
    )
    if len(codes) == 1:
        error.status_code = codes.pop()  # type: ignore[misc]
    return error


async def accept_uploads(
    runtime: Runtime,
    *,
    org_id: uuid.UUID,
    user_id: uuid.UUID | None,
    files: list[IncomingFile],
    candidate_type: str,
    metadata: dict[str, Any],
    job_id: uuid.UUID | None,
    inline: bool = False,
) -> tuple[UploadAccepted, list[uuid.UUID]]:
    """Screen, store and queue the files; returns the answer and the queued task ids.
    Raises (nothing written) when no file is readable. With ``inline`` the caller parses
    the files itself (:func:`process_inline`): their jobs are only a delayed safety net."""
    settings = runtime.settings
    scheduled_at = utcnow() + timedelta(seconds=INLINE_FALLBACK_SECONDS) if inline else None
    priority = URGENT_PRIORITY if len(files) <= URGENT_FILES else Priority.high
    accepted, rejected = await screen_files(settings, files)
    if not accepted:
        raise rejection_error(rejected)
    storage = get_storage(runtime)
    stored: list[str] = []
    answers: list[UploadedFile] = []
    try:
        for item in accepted:
            doc = item.document
            key = storage_key(org_id, doc.sha256, doc.kind)
            if not await storage.exists(key):
                await storage.put(key, item.incoming.data, content_type=CONTENT_TYPES[doc.kind])
                stored.append(key)
        async with runtime.db.session() as session:
            for item in accepted:
                doc = item.document
                row = CvDocument(
                    id=uuid.uuid4(), org_id=org_id, candidate_id=None, version=0,
                    is_current=False, storage_key=storage_key(org_id, doc.sha256, doc.kind),
                    filename=safe_filename(item.incoming.filename, doc.kind),
                    content_type=CONTENT_TYPES[doc.kind], kind=doc.kind,
                    size=len(item.incoming.data), sha256=doc.sha256,
                    text_sha256=text_hash(doc.text), pages=doc.pages,
                    extracted_text=doc.text,
                    hidden_text=[{"page": h.page, "reason": h.reason, "text": h.text[:2000]}
                                 for h in doc.hidden_text],
                    flags=list(doc.flags),
                    upload_options={"type": candidate_type, "metadata": metadata,
                                    "jobId": str(job_id) if job_id else None},
                    uploaded_by_id=user_id,
                )
                session.add(row)
                await session.flush()
                task = await enqueue(
                    session, TASK_NAME, org_id=org_id, args={"document_id": str(row.id)},
                    priority=priority, created_by_id=user_id,
                    subject=("cv_document", row.id), total=1, scheduled_at=scheduled_at,
                )
                answers.append(UploadedFile(
                    filename=row.filename, task_id=task.id, status=task.status.value,
                    status_url=f"/api/v1/tasks/{task.id}", document_id=row.id,
                ))
    except BaseException:
        for key in stored:  # nothing committed: take the new blobs back
            try:
                await storage.delete(key)
            except Exception as exc:
                log.error("upload.cleanup_failed", key=key, error=repr(exc))
        raise
    return UploadAccepted(
        files=answers,
        rejected=[RejectedFile(filename=f.filename, code=e.code, message=e.message)
                  for f, e in rejected],
    ), [a.task_id for a in answers]


async def process_document(runtime: Runtime, org_id: uuid.UUID, document_id: uuid.UUID
                           ) -> dict[str, Any]:
    """Parse a stored CV and file it under a new or the matching existing candidate.
    Idempotent: a document already filed returns the same answer."""
    async with runtime.db.session(read_only=False) as session:
        doc = await CvDocumentRepository(session, org_id).get(document_id)
        if doc is None:
            return {"status": "gone", "documentId": str(document_id)}
        if doc.candidate_id is not None:
            return {"status": "done", "documentId": str(doc.id),
                    "candidateId": str(doc.candidate_id), "duplicate": None}
        text = doc.extracted_text
        options = dict(doc.upload_options or {})

    try:
        profile = await asyncio.to_thread(parse_cv_text, text)
        profile_status = "parsed" if profile is not None else "partial"
    except Exception as exc:  # a parser bug must not lose the upload
        log.error("cv.parse_failed", document_id=str(document_id), error=repr(exc))
        profile, profile_status = None, "failed"

    draft = Candidate(profile={}, skills=[], metadata_=dict(options.get("metadata") or {}),
                      name="", flags=[])
    if profile:
        apply_profile(draft, profile)
    refresh_derived(draft)
    embedder = get_embedder(runtime)
    draft_text = candidate_embedding_text(draft) if draft.name or draft.skills else ""
    vector = None
    if draft_text:
        try:
            vector = await embedder.embed_one(draft_text)
        except EmbeddingError as exc:
            log.warning("cv.embedding_failed", document_id=str(document_id), error=str(exc))

    async with runtime.db.session() as session:
        candidates = CandidateRepository(session, org_id)
        documents = CvDocumentRepository(session, org_id)
        await candidates.lock_for_deduplication()
        doc = await documents.get(document_id)
        if doc is None:
            return {"status": "gone", "documentId": str(document_id)}
        if doc.candidate_id is not None:
            return {"status": "done", "documentId": str(doc.id),
                    "candidateId": str(doc.candidate_id), "duplicate": None}
        found = await candidates.find_duplicate(
            email=draft.email, phone_e164=draft.phone_e164, content_hash=doc.text_sha256,
            file_sha256=doc.sha256, name=draft.name or None,
            text_sample=doc.extracted_text[:TEXT_SAMPLE_CHARS],
            text_similarity=runtime.settings.duplicate_text_similarity,
        )
        if found is not None and found[1] == "same_file":
            existing = found[0]
            version = await documents.version_of(existing.id, doc.sha256)
            await documents.hard_delete(doc)  # same bytes, same blob: nothing new to keep
            return {"status": "done", "documentId": None, "candidateId": str(existing.id),
                    "candidateName": existing.name, "duplicate": "same_file",
                    "created": False, "version": version}
        if found is not None:
            candidate, reason = found
            created = False
        else:
            candidate_type = options.get("type") or "uploaded"
            candidate = Candidate(
                id=uuid.uuid4(), type=candidate_type, name="", skills=[], flags=[],
                profile={}, metadata_=dict(options.get("metadata") or {}),
                employment_status="available",
            )
            reason, created = None, True
        if profile:
            apply_profile(candidate, profile)
        candidate.profile_status = profile_status
        candidate.content_hash = doc.text_sha256
        candidate.flags = sorted(set(candidate.flags or []) | set(doc.flags or []))
        settle_name(candidate)
        if options.get("jobId"):
            candidate.metadata_ = {**(candidate.metadata_ or {}),
                                   "uploadedForJobId": options["jobId"]}
        refresh_derived(candidate)
        final_text = candidate_embedding_text(candidate)
        if vector is not None and final_text == draft_text:
            candidate.embedding, candidate.embedding_model = vector, embedder.model_id
            candidate.embedding_version = CANDIDATE_EMBEDDING_VERSION
        else:
            try:
                candidate.embedding = await embedder.embed_one(final_text)
                candidate.embedding_model = embedder.model_id
                candidate.embedding_version = CANDIDATE_EMBEDDING_VERSION
            except EmbeddingError as exc:
                log.warning("cv.embedding_failed", document_id=str(document_id), error=str(exc))
        if created:
            await candidates.create(candidate)
        else:
            await session.flush()
        await documents.attach(doc, candidate.id)
        await publish(session, CandidateChanged(
            org_id=org_id, candidate_id=candidate.id, change="created" if created else "updated"))
        await publish(session, CvParsed(org_id=org_id, candidate_id=candidate.id,
                                        document_id=doc.id, created=created,
                                        profile_status=profile_status))
        return {"status": "done", "documentId": str(doc.id), "candidateId": str(candidate.id),
                "candidateName": candidate.name, "duplicate": reason, "created": created,
                "version": doc.version, "profileStatus": profile_status}


async def process_inline(runtime: Runtime, org_id: uuid.UUID, item: UploadedFile
                         ) -> dict[str, Any]:
    """Parse a file accepted with ``inline=True`` now; record the task's answer and copy
    the outcome (candidate, duplicate, version) onto ``item``."""
    result = await process_document(runtime, org_id, item.document_id)
    await finish_inline(runtime, org_id, item.task_id, result)
    item.status = "succeeded"
    if result.get("candidateId"):
        item.candidate_id = uuid.UUID(result["candidateId"])
    item.duplicate = result.get("duplicate")
    item.version = result.get("version")
    return result


async def wait_for_task(runtime: Runtime, org_id: uuid.UUID, item: UploadedFile,
                        seconds: float) -> dict[str, Any] | None:
    """Wait up to ``seconds`` for a worker to finish ``item``'s parsing task; its result
    (copied onto ``item`` as :func:`process_inline` does), or ``None`` when it is still
    queued or running then (the caller answers the task to follow) or it failed."""
    deadline = asyncio.get_running_loop().time() + seconds
    pause = WAIT_FIRST_POLL_SECONDS
    while True:
        await asyncio.sleep(min(pause, max(0.0, deadline - asyncio.get_running_loop().time())))
        async with runtime.db.session(read_only=True) as session:
            status, result = await CandidateTaskRepository(session, org_id).outcome(item.task_id)
        item.status = status.value
        if status is TaskStatus.succeeded and result is not None:
            if result.get("candidateId"):
                item.candidate_id = uuid.UUID(result["candidateId"])
            item.duplicate = result.get("duplicate")
            item.version = result.get("version")
            return result
        if status in (TaskStatus.failed, TaskStatus.cancelled):
            return None
        if asyncio.get_running_loop().time() >= deadline:
            return None
        pause = min(pause * 2, WAIT_MAX_POLL_SECONDS)


def upload_message(answer: UploadAccepted, inline: dict[str, Any] | None) -> str:
    """What an upload did, in words: the candidate a file parsed at once went to, or how
    many files wait for the worker."""
    if inline is None or inline.get("status") != "done":
        count = len(answer.files)
        return f"{count} CV{'s' if count != 1 else ''} accepted for parsing"
    name, version = inline.get("candidateName") or "(unnamed)", inline.get("version")
    if inline.get("created"):
        return f"1 CV parsed: new candidate {name}"
    if inline.get("duplicate") == "same_file":
        return f"Already on file: candidate {name}, the same file as its version {version}"
    return f"Already on file: candidate {name}, updated to version {version}"


async def finish_inline(runtime: Runtime, org_id: uuid.UUID, task_id: uuid.UUID,
                        result: dict[str, Any]) -> None:
    """Record a task that the upload request ran itself; the queued job then sees it
    succeeded and does nothing."""
    async with runtime.db.session() as session:
        await CandidateTaskRepository(session, org_id).mark_succeeded(task_id, result)
