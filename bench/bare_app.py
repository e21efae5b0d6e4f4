"""The baseline for bench/api_throughput.py: a bare FastAPI app answering a JSON list of
20 objects shaped like the service's task list (no auth, no database)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI

app = FastAPI()

_NOW = datetime.now(UTC).isoformat()
ITEMS: list[dict[str, Any]] = [
    {"id": str(uuid.uuid4()), "kind": "system.selftest", "status": "queued", "progress": 0,
     "total": 0, "completed": 0, "failed": 0, "attempts": 0, "subjectType": None,
     "subjectId": None, "result": None, "error": None, "createdAt": _NOW, "startedAt": None,
     "finishedAt": None}
    for _ in range(20)
]


@app.get("/items")
async def items() -> dict[str, Any]:
    return {"data": ITEMS, "pagination": {"page": 1, "limit": 20, "total": 20, "totalPages": 1}}
