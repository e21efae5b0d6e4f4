"""Demo CVs: eight short CVs of fictional people (written for Talent Sonar), uploaded
through the normal ingestion path, so parsing, scoring and search run on them like on
any upload. Seeded only into an organisation that has never had a candidate."""

from __future__ import annotations

import uuid
from pathlib import Path

from talentsonar.candidates.ingest import IncomingFile, accept_uploads
from talentsonar.candidates.repository import CandidateRepository
from talentsonar.core.runtime import Runtime

DEMO_CVS = Path(__file__).with_name("demo_cvs")


async def seed(runtime: Runtime, org_id: uuid.UUID) -> int:
    """Queue the demo CVs for parsing; returns how many were queued."""
    async with runtime.db.session(read_only=True) as session:
        if await CandidateRepository(session, org_id).has_any():
            return 0
    files = [IncomingFile(path.name, path.read_bytes()) for path in sorted(DEMO_CVS.glob("*.txt"))]
    accepted, _ = await accept_uploads(
        runtime, org_id=org_id, user_id=None, files=files, candidate_type="uploaded",
        metadata={"source": "demo"}, job_id=None,
    )
    return len(accepted.files)
