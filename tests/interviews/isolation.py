"""Isolation factories for the interviews domain (see tests/isolation_factories.py)."""

from __future__ import annotations

from tests.isolation_factories import IsolationContext, factory, make_object


@factory("interview_id")
async def make_interview(ctx: IsolationContext) -> str:
    job_id = await make_object("job_id", ctx)
    candidate_id = await make_object("candidate_id", ctx)
    r = await ctx.client.post(
        "/api/v1/interviews", json={"jobId": job_id, "candidateId": candidate_id},
        headers=ctx.owner["headers"],
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])
