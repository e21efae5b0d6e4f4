"""Isolation-test factory for ``{candidate_id}`` (see tests/isolation_factories.py): a
candidate with a stored CV, so the file routes have something to leak."""

from __future__ import annotations

from tests.isolation_factories import IsolationContext, factory


@factory("candidate_id")
async def make_candidate(ctx: IsolationContext) -> str:
    cv = b"Isolation Person\nisolation.person@example.com\nData Engineer\nSkills: Python, SQL\n"
    r = await ctx.client.post("/api/v1/candidates/upload", headers=ctx.owner["headers"],
                              files=[("file", ("cv.txt", cv, "text/plain"))])
    assert r.status_code == 202, r.text
    return str(r.json()["data"]["files"][0]["candidateId"])
