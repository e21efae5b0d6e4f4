"""Demo jobs: three open positions in different fields (software, nursing, finance), so a
new install shows ranked, explained matches at once. Seeded only into an organisation
that has never had a job."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from talentsonar.core.runtime import Runtime
from talentsonar.embeddings import get_embedder
from talentsonar.jobs.repository import JobRepository
from talentsonar.jobs.schemas import JobCreate
from talentsonar.jobs.service import JobService

DEMO_JOBS = Path(__file__).with_name("demo_jobs.json")


async def seed(runtime: Runtime, org_id: uuid.UUID) -> int:
    """Create the demo jobs; returns how many were created."""
    bodies = [JobCreate.model_validate(item) for item in json.loads(DEMO_JOBS.read_text())]
    async with runtime.db.session() as session:
        if await JobRepository(session, org_id).has_any():
            return 0
        service = JobService(session, org_id, get_embedder(runtime))
        for body in bodies:
            await service.create(body, created_by_id=None)
    return len(bodies)
