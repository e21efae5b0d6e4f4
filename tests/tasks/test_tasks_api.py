"""GET /api/v1/tasks: status and progress of background work, to the owning org only."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.worker import load_task_modules
from tests.conftest import run_queued_tasks


async def queue_selftest(runtime: Runtime, org_id: str, **args: Any) -> str:
    load_task_modules()
    async with runtime.db.session() as session:
        row = await enqueue(session, "system.selftest", org_id=uuid.UUID(org_id), args=args,
                            priority=Priority.high)
    return str(row.id)


async def test_task_lifecycle_visible_to_owner_only(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    org = user["user"]["organization"]["id"]
    task_id = await queue_selftest(runtime, org, steps=4)
    queued = await client.get(f"/api/v1/tasks/{task_id}", headers=user["headers"])
    assert queued.status_code == 200
    assert queued.json()["data"]["status"] == "queued"
    assert queued.json()["data"]["progress"] == 0
    hidden = await client.get(f"/api/v1/tasks/{task_id}", headers=other_user["headers"])
    assert hidden.status_code == 404

    await run_queued_tasks(runtime)

    done = (await client.get(f"/api/v1/tasks/{task_id}", headers=user["headers"])).json()["data"]
    assert done["status"] == "succeeded"
    assert (done["progress"], done["total"], done["completed"]) == (100, 4, 4)
    assert done["result"] == {"steps": 4}
    assert done["attempts"] == 1
    assert done["startedAt"]
    assert done["finishedAt"]


async def test_task_list_is_scoped_paged_and_filtered(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    mine = [await queue_selftest(runtime, user["user"]["organization"]["id"]) for _ in range(3)]
    await queue_selftest(runtime, other_user["user"]["organization"]["id"])
    page = await client.get("/api/v1/tasks?limit=2&page=1", headers=user["headers"])
    assert page.status_code == 200
    body = page.json()
    assert body["pagination"] == {"page": 1, "limit": 2, "total": 3, "totalPages": 2}
    second = await client.get("/api/v1/tasks?limit=2&page=2", headers=user["headers"])
    ids = [t["id"] for t in body["data"]] + [t["id"] for t in second.json()["data"]]
    assert sorted(ids) == sorted(mine)
    queued = await client.get("/api/v1/tasks?status=queued&kind=system.selftest",
                              headers=user["headers"])
    assert queued.json()["pagination"]["total"] == 3
    none = await client.get("/api/v1/tasks?status=succeeded", headers=user["headers"])
    assert none.json()["pagination"]["total"] == 0


async def test_task_list_newest_first_past_the_end_and_without_payload(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    org = user["user"]["organization"]["id"]
    first = await queue_selftest(runtime, org, steps=2)
    second = await queue_selftest(runtime, org, steps=3)
    listed = (await client.get("/api/v1/tasks", headers=user["headers"])).json()
    assert [t["id"] for t in listed["data"]] == [second, first]
    assert "payload" not in listed["data"][0]
    assert set(listed["data"][0]) >= {"id", "kind", "status", "progress", "createdAt"}
    past = await client.get("/api/v1/tasks?page=5&limit=10", headers=user["headers"])
    assert past.status_code == 200
    assert past.json()["data"] == []
    assert past.json()["pagination"]["total"] == 2
    by_kind = await client.get("/api/v1/tasks?kind=no.such.kind", headers=user["headers"])
    assert by_kind.json()["pagination"]["total"] == 0
    bad = await client.get("/api/v1/tasks?status=exploded", headers=user["headers"])
    assert bad.status_code == 422
