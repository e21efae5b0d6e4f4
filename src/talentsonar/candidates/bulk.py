"""Bulk CV ingestion from a directory (``talentsonar import cvs``): the upload pipeline
file by file, a few at a time, skipping files already in the organisation (resumable)."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from talentsonar.candidates import ingest
from talentsonar.candidates.repository import CvDocumentRepository
from talentsonar.core.errors import TalentSonarError
from talentsonar.core.runtime import Runtime

CV_SUFFIXES = frozenset({".pdf", ".docx", ".txt"})


@dataclass(slots=True)
class BulkReport:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # path, code, message


def cv_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*")
                  if p.is_file() and p.suffix.lower() in CV_SUFFIXES)


async def import_cvs(
    runtime: Runtime,
    org_id: uuid.UUID,
    paths: list[Path],
    *,
    job_id: uuid.UUID | None = None,
    concurrency: int = 2,
    on_done: Callable[[Path, str], None] | None = None,
) -> BulkReport:
    report = BulkReport()
    hashes = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    async with runtime.db.session(read_only=True) as session:
        known = await CvDocumentRepository(session, org_id).known_sha256(list(hashes.values()))
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(path: Path) -> None:
        if hashes[path] in known:
            report.skipped += 1
            outcome = "skipped"
        else:
            async with gate:
                outcome = await _ingest_one(runtime, org_id, path, job_id, report)
        if on_done is not None:
            on_done(path, outcome)

    await asyncio.gather(*(one(p) for p in paths))
    return report


async def _ingest_one(runtime: Runtime, org_id: uuid.UUID, path: Path,
                      job_id: uuid.UUID | None, report: BulkReport) -> str:
    try:
        answer, _ = await ingest.accept_uploads(
            runtime, org_id=org_id, user_id=None,
            files=[ingest.IncomingFile(filename=path.name, data=path.read_bytes())],
            candidate_type="uploaded", metadata={"source": "bulk import"}, job_id=job_id,
            inline=True)
        result = await ingest.process_inline(runtime, org_id, answer.files[0])
    except TalentSonarError as exc:
        report.failures.append((str(path), exc.code, exc.message))
        return "failed"
    except Exception as exc:  # one broken file must not stop the run
        report.failures.append((str(path), "internal_error", repr(exc)))
        return "failed"
    if result.get("created"):
        report.imported += 1
        return "imported"
    report.updated += 1
    return "updated"
