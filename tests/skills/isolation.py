"""Isolation factories for skills (the catalogue, skill profiles) and assessments."""

from __future__ import annotations

import uuid

from tests.isolation_factories import IsolationContext, factory


@factory("skill_id")
async def make_org_skill(ctx: IsolationContext) -> str:
    r = await ctx.client.post("/api/v1/skills", headers=ctx.owner["headers"], json={
        "name": f"Inhouse Tool {uuid.uuid4().hex[:6]}", "categoryId": "cloud-devops"})
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


@factory("skill")
async def make_skill_name(ctx: IsolationContext) -> str:
    return "Python"  # a name: the candidate in the path is the organisation's object


@factory("assessment_id")
async def make_assessment(ctx: IsolationContext) -> str:
    r = await ctx.client.post("/api/v1/assessments", headers=ctx.owner["headers"],
                              json={"skills": ["Python"], "seniority": "junior"})
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])
