"""Isolation factories for the pipeline (see tests/isolation_factories.py)."""

from __future__ import annotations

import uuid

from tests.isolation_factories import IsolationContext, factory, make_object


@factory("application_id")
async def make_application(ctx: IsolationContext) -> str:
    job_id = await make_object("job_id", ctx)
    candidate_id = await make_object("candidate_id", ctx)
    r = await ctx.client.post(
        "/api/v1/applications",
        headers=ctx.owner["headers"],
        json={"jobId": job_id, "candidateId": candidate_id},
    )
    assert r.status_code in (200, 201), r.text
    return str(r.json()["data"]["id"])


@factory("stage_id")
async def make_stage(ctx: IsolationContext) -> str:
    r = await ctx.client.post(
        "/api/v1/pipeline/stages",
        headers=ctx.owner["headers"],
        json={"name": f"Stage {uuid.uuid4().hex[:8]}"},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


@factory("reason_id")
async def make_reason(ctx: IsolationContext) -> str:
    r = await ctx.client.post(
        "/api/v1/pipeline/rejection-reasons",
        headers=ctx.owner["headers"],
        json={"label": f"Reason {uuid.uuid4().hex[:8]}"},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


@factory("note_id")
async def make_note(ctx: IsolationContext) -> str:
    candidate_id = await make_object("candidate_id", ctx)
    r = await ctx.client.post(
        f"/api/v1/candidates/{candidate_id}/notes",
        headers=ctx.owner["headers"],
        json={"body": "A note"},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])
