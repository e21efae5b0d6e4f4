"""Candidates API (``/api/v1/candidates``): CRUD, CV upload and download, hybrid search,
GDPR export and erasure."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, File, Form, Query, UploadFile, status
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Caller, authorize, rate_limit
from talentsonar.candidates import (
    ai_endpoints,
    github_endpoints,
    ingest,
    match_endpoints,
    notes_endpoints,
    skill_endpoints,
)
from talentsonar.candidates import service as candidate_service
from talentsonar.candidates import tasks as _tasks  # noqa: F401  (registers cvs.parse_cv)
from talentsonar.candidates.repository import CandidateRepository, CvDocumentRepository
from talentsonar.candidates.schemas import (
    Candidate,
    CandidateCreate,
    CandidateDetail,
    CandidateUpdate,
    CvDocumentOut,
    SearchPage,
    UploadAccepted,
)
from talentsonar.candidates.search import SearchFilters, hybrid_search
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.errors import NotFound, PayloadTooLarge, UnprocessableEntity
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import Envelope, Message, Page, Paging, check_json_object
from talentsonar.embeddings import get_embedder
from talentsonar.jobs.service import count_open_jobs, get_job
from talentsonar.models.candidate import Candidate as CandidateRow
from talentsonar.skills.canonical import canonical_skills
from talentsonar.skills.evidence import candidate_skill_details
from talentsonar.storage import get_storage
from talentsonar.storage.links import download_link

router = APIRouter(
    prefix="/candidates", tags=["candidates"], dependencies=[Depends(authorize)]
)
#: Every router under ``/api/v1/candidates``: the candidates themselves, then other domains'
#: views of and actions on a candidate (each keeps its own tag and rate limit).
routers = (
    router,
    ai_endpoints.router,
    match_endpoints.router,
    notes_endpoints.router,
    skill_endpoints.router,
    github_endpoints.router,
)

TypeFilter = Literal["internal", "past", "uploaded", "sourced", "all"]
EmploymentFilter = Literal["available", "interviewing", "hired"]
METADATA_MAX_BYTES = 16_384


#: ``skills=React,TypeScript`` (seed 001) or ``skills=React&skills=TypeScript`` (a repeated
#: key, as browsers' URLSearchParams and most HTTP clients write a list), or both.
SkillsQuery = Annotated[
    list[str] | None,
    Query(description="Skills the candidate must all have: comma-separated, or the key "
          "repeated (skills=React&skills=TypeScript)"),
]


def parse_skills_param(skills: str | list[str] | None) -> list[str]:
    if not skills:
        return []
    values = [skills] if isinstance(skills, str) else skills
    if sum(len(v) for v in values) > 1000:
        raise UnprocessableEntity("The skills filter is too long (1000 characters at most).")
    names = [s for value in values for s in value.split(",") if s.strip()]
    if len(names) > 20:
        raise UnprocessableEntity("At most 20 skills can be filtered on at once.")
    return canonical_skills(names)


async def to_summaries(session: AsyncSession, org_id: uuid.UUID, rows: list[CandidateRow]
                       ) -> list[Candidate]:
    stats = await candidate_service.match_statistics_for_candidates(
        session, org_id, [r.id for r in rows])
    out = []
    for row in rows:
        item = Candidate.model_validate(row)
        if row.id in stats:
            item.match_statistics = stats[row.id]
        out.append(item)
    return out


async def to_detail(session: AsyncSession, org_id: uuid.UUID, row: CandidateRow,
                    runtime: Runtime) -> CandidateDetail:
    """A candidate as ``GET /candidates/{id}`` shows it: with seed 001's
    ``metadata.summary`` and ``metadata.experienceYears`` mirrored from ``summary`` and
    ``totalYearsExperience``, and ``cvFileUrl`` a short-lived link a browser can open."""
    [summary] = await to_summaries(session, org_id, [row])
    docs = await CvDocumentRepository(session, org_id).for_candidate(row.id)
    fields = summary.model_dump(by_alias=False)
    fields["metadata"] = seed_metadata(fields["metadata"], row.summary,
                                       row.total_years_experience)
    detail = CandidateDetail.model_validate(
        {**fields, "summary": row.summary, "profile": row.profile,
         "embedding_model": row.embedding_model,
         "documents": [CvDocumentOut.model_validate(d) for d in docs],
         "skill_details": candidate_skill_details(row.skills or [], row.profile or {})}
    )
    current = next((d for d in docs if d.is_current), None)
    if current is not None:
        detail.cv_download_path = f"/api/v1/candidates/{row.id}/cv"
        detail.cv_file_url = await download_link(
            runtime, current.storage_key, filename=current.filename,
            content_type=current.content_type)
    return detail


def seed_metadata(metadata: dict[str, Any], summary: str | None,
                  years: float | None) -> dict[str, Any]:
    """``metadata`` with seed 001's ``summary`` and ``experienceYears`` (where the seed's
    front end reads them) when the candidate has them and the stored metadata does not."""
    out = dict(metadata or {})
    if summary is not None:
        out.setdefault("summary", summary)
    if years is not None:
        out.setdefault("experienceYears", years)
    return out


@router.post("", response_model=Envelope[CandidateDetail], status_code=status.HTTP_201_CREATED)
async def create_candidate(body: CandidateCreate, principal: Caller,
                           session: Session, runtime: RuntimeDep) -> Envelope[CandidateDetail]:
    """Add a candidate by hand (no CV)."""
    service = candidate_service.CandidateService(session, principal.org_id, get_embedder(runtime))
    row = await service.create(body)
    return Envelope(data=await to_detail(session, principal.org_id, row, runtime),
                    message="Candidate created successfully")


@router.get("", response_model=Page[Candidate])
async def list_candidates(
    principal: Caller,
    session: ReadSession,
    paging: Paging,
    type: Annotated[TypeFilter, Query()] = "all",
    employment_status: Annotated[EmploymentFilter | None, Query(alias="employmentStatus")] = None,
    search: Annotated[str | None, Query(max_length=200)] = None,
    skills: SkillsQuery = None,
) -> Page[Candidate]:
    """The talent pool, newest first."""
    rows, total = await CandidateRepository(session, principal.org_id).page(
        paging, type=None if type == "all" else type, employment_status=employment_status,
        skills=parse_skills_param(skills), search=search)
    stats = await candidate_service.match_statistics_for_candidates(
        session, principal.org_id, [row["id"] for row in rows])
    candidates = [{**row, "match_statistics": stats[row["id"]]} for row in rows]
    return Page[Candidate].model_validate(
        {"data": candidates, "pagination": paging.pagination(total)})


@router.get("/search", response_model=SearchPage)
async def search_candidates(
    principal: Caller,
    session: ReadSession,
    runtime: RuntimeDep,
    paging: Paging,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    type: Annotated[TypeFilter, Query()] = "all",
    employment_status: Annotated[EmploymentFilter | None, Query(alias="employmentStatus")] = None,
    skills: SkillsQuery = None,
) -> SearchPage:
    """Hybrid search: full text + fuzzy (misspellings: names by trigram similarity, and
    misspelt words searched as the skill or job-title word they are one or two edits from,
    e.g. "pyhton" as "python") + semantic (only above a similarity calibrated per query),
    fused by reciprocal rank; each hit says how it matched, and ``suggestions`` offers the
    query spelled right."""
    filters = SearchFilters(type=None if type == "all" else type,
                            employment_status=employment_status,
                            skills=parse_skills_param(skills))
    result = await hybrid_search(session, runtime, principal.org_id, q, filters, paging)
    hits = result.hits
    summaries = await to_summaries(session, principal.org_id, [h.row for h in hits])
    from talentsonar.candidates.schemas import SearchHit

    return SearchPage(
        data=[SearchHit(candidate=s, score=h.score, matched_by=h.reasons,
                        highlights=h.highlights, matched_terms=h.matched_terms)
              for s, h in zip(summaries, hits, strict=True)],
        pagination=paging.pagination(result.total),
        suggestions=result.suggestions,
    )


@router.post("/upload", response_model=Envelope[UploadAccepted], openapi_extra={
    "requestBody": {"content": {"multipart/form-data": {"example": {
        "files": ["<the CV file, PDF or DOCX>"], "type": "uploaded",
        "metadata": '{"source": "careers page"}'}}}}},
             status_code=status.HTTP_202_ACCEPTED, dependencies=[rate_limit("upload")])
async def upload_cvs(
    principal: Caller,
    runtime: RuntimeDep,
    files: Annotated[list[UploadFile] | None, File(description="One or more CVs")] = None,
    file: Annotated[UploadFile | None, File(description="A single CV")] = None,
    metadata: Annotated[str | None, Form(description="JSON object stored on the candidate")]
    = None,
    type: Annotated[Literal["internal", "past", "uploaded", "sourced"], Form()] = "uploaded",
    job_id: Annotated[uuid.UUID | None, Form(alias="jobId")] = None,
) -> Envelope[UploadAccepted]:
    """Upload CVs (PDF, DOCX, TXT). Unreadable or unsafe files are refused at once with a
    4xx; readable ones are stored and parsed by a worker (one task per file). A single
    file's answer waits a moment (``UPLOAD_WAIT_SECONDS``) for its task and then carries
    the candidate; otherwise follow ``files[].statusUrl``."""
    settings = runtime.settings
    uploads = [*(files or []), *([file] if file is not None else [])]
    if not uploads:
        raise UnprocessableEntity("Attach at least one file (field 'files' or 'file').",
                                  code="no_files")
    if len(uploads) > settings.upload_max_files:
        raise UnprocessableEntity(f"At most {settings.upload_max_files} files per upload.",
                                  code="too_many_files")
    meta = parse_metadata(metadata)
    if job_id is not None:
        async with runtime.db.session(read_only=True) as session:
            await get_job(session, principal.org_id, job_id)
    incoming = []
    for upload in uploads:
        data = await upload.read(settings.upload_max_bytes + 1)
        if len(data) > settings.upload_max_bytes:
            raise PayloadTooLarge(
                f"{upload.filename or 'The file'} is larger than "
                f"{settings.upload_max_bytes // 1_048_576} MB.", code="file_too_large",
                details={"filename": upload.filename, "maxBytes": settings.upload_max_bytes})
        incoming.append(ingest.IncomingFile(filename=upload.filename or "", data=data))
    inline = (len(incoming) == 1 and settings.upload_inline_max_bytes > 0
              and len(incoming[0].data) <= settings.upload_inline_max_bytes)
    answer, _ = await ingest.accept_uploads(
        runtime, org_id=principal.org_id, user_id=principal.user_id, files=incoming,
        candidate_type=type, metadata=meta, job_id=job_id, inline=inline)
    result = None
    if inline:
        result = await ingest.process_inline(runtime, principal.org_id, answer.files[0])
    elif len(answer.files) == 1 and settings.upload_wait_seconds > 0:
        result = await ingest.wait_for_task(runtime, principal.org_id, answer.files[0],
                                            settings.upload_wait_seconds)
    return await upload_answer(runtime, principal.org_id, answer, result)


async def upload_answer(runtime: Runtime, org_id: uuid.UUID, answer: UploadAccepted,
                        inline: dict[str, Any] | None) -> Envelope[UploadAccepted]:
    """The upload's answer; a file parsed before the answer (by the request, or by a
    worker while the request waited) also gives seed 001's
    candidate fields (``id``, ``name``, ``email``, ``skills``, ``cvFileUrl``,
    ``matchScoresQueued``) and the number of jobs it is being scored against."""
    message = ingest.upload_message(answer, inline)
    if inline is None or inline.get("status") != "done" or not inline.get("candidateId"):
        return Envelope(data=answer, message=message)
    # The primary, not a replica: the candidate was written a moment ago.
    async with runtime.db.session() as session:
        row = await CandidateRepository(session, org_id).get(uuid.UUID(inline["candidateId"]))
        if row is None:
            return Envelope(data=answer, message=message)
        current = await CvDocumentRepository(session, org_id).current_for(row.id)
        jobs = await count_open_jobs(session, org_id)
    answer.id, answer.name, answer.email = row.id, row.name, row.email
    answer.skills = list(row.skills or [])
    if current is not None:
        answer.cv_file_url = await download_link(
            runtime, current.storage_key, filename=current.filename,
            content_type=current.content_type)
    # A new or changed candidate is scored in the background; the same file again is not.
    answer.match_scores_queued = inline.get("duplicate") != "same_file"
    if answer.match_scores_queued:
        message += f". Analyzing against {jobs} open job{'s' if jobs != 1 else ''}..."
    return Envelope(data=answer, message=message)


def parse_metadata(raw: str | None) -> dict[str, Any]:
    if raw is None or not raw.strip():
        return {}
    if len(raw.encode()) > METADATA_MAX_BYTES:
        raise UnprocessableEntity("metadata is too large (16 KB at most).")
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise UnprocessableEntity("metadata must be a JSON object.") from exc
    if not isinstance(value, dict):
        raise UnprocessableEntity("metadata must be a JSON object.")
    try:
        return check_json_object(value)
    except ValueError as exc:
        raise UnprocessableEntity(f"metadata: {exc}") from exc


@router.get("/{candidate_id}", response_model=Envelope[CandidateDetail])
async def get_candidate(candidate_id: uuid.UUID, principal: Caller,
                        session: ReadSession, runtime: RuntimeDep) -> Envelope[CandidateDetail]:
    row = await CandidateRepository(session, principal.org_id).get_or_404(candidate_id)
    return Envelope(data=await to_detail(session, principal.org_id, row, runtime))


@router.patch("/{candidate_id}", response_model=Envelope[CandidateDetail])
async def update_candidate(candidate_id: uuid.UUID, body: CandidateUpdate,
                           principal: Caller, session: Session, runtime: RuntimeDep
                           ) -> Envelope[CandidateDetail]:
    service = candidate_service.CandidateService(session, principal.org_id, get_embedder(runtime))
    row = await service.update(candidate_id, body)
    return Envelope(data=await to_detail(session, principal.org_id, row, runtime),
                    message="Candidate updated successfully")


@router.delete("/{candidate_id}", response_model=Message)
async def delete_candidate(candidate_id: uuid.UUID, principal: Caller,
                           session: Session, runtime: RuntimeDep) -> Message:
    """Soft delete (hidden everywhere; use /erase to remove the data for good)."""
    service = candidate_service.CandidateService(session, principal.org_id, get_embedder(runtime))
    await service.delete(candidate_id)
    return Message(message="Candidate deleted successfully")


@router.delete("/{candidate_id}/erase", response_model=Envelope[dict[str, int]])
async def erase_candidate(candidate_id: uuid.UUID, principal: Caller,
                          session: Session, runtime: RuntimeDep) -> Envelope[dict[str, int]]:
    """GDPR erasure: the candidate, every CV version and file, embeddings, scores and
    anything else referencing them are removed permanently."""
    service = candidate_service.CandidateService(session, principal.org_id, get_embedder(runtime))
    counts = await service.erase(candidate_id, get_storage(runtime))
    return Envelope(data=counts, message="Candidate erased permanently")


@router.get("/{candidate_id}/export")
async def export_candidate(candidate_id: uuid.UUID, principal: Caller,
                           session: ReadSession, runtime: RuntimeDep) -> Response:
    """GDPR access: everything held about the candidate, as one JSON document."""
    service = candidate_service.CandidateService(session, principal.org_id, get_embedder(runtime))
    export = await service.export(candidate_id)
    return Response(
        orjson.dumps(export), media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="candidate-{candidate_id}.json"'},
    )


@router.get("/{candidate_id}/cv", response_model=None)
async def download_cv(
    candidate_id: uuid.UUID, principal: Caller, session: ReadSession,
    runtime: RuntimeDep,
    version: Annotated[int | None, Query(ge=1, le=10_000)] = None,
) -> Response:
    """The candidate's CV file (current version unless ``version``): a redirect to a
    short-lived presigned URL on S3, the bytes otherwise."""
    candidate = await CandidateRepository(session, principal.org_id).get_or_404(candidate_id)
    docs = await CvDocumentRepository(session, principal.org_id).for_candidate(candidate.id)
    doc = next((d for d in docs if (d.version == version if version else d.is_current)), None)
    if doc is None:
        raise NotFound("CV file")
    storage = get_storage(runtime)
    url = await storage.download_url(doc.storage_key, filename=doc.filename,
                                     content_type=doc.content_type)
    if url:
        return RedirectResponse(url, status_code=status.HTTP_307_TEMPORARY_REDIRECT)
    try:
        data = await storage.get(doc.storage_key)
    except KeyError as exc:
        raise NotFound("CV file") from exc
    safe = doc.filename.encode("ascii", "replace").decode().replace('"', "")
    return Response(data, media_type=doc.content_type,
                    headers={"Content-Disposition": f'attachment; filename="{safe}"',
                             "X-Content-Type-Options": "nosniff"})
