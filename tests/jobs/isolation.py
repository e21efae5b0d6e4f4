"""Isolation-test factory for ``{job_id}`` (see tests/isolation_factories.py)."""

from __future__ import annotations

from tests.isolation_factories import IsolationContext, factory


@factory("job_id")
async def make_job(ctx: IsolationContext) -> str:
    r = await ctx.client.post("/api/v1/jobs", headers=ctx.owner["headers"], json={
        "title": "Isolation Engineer", "requiredSkills": ["Python"]})
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])
