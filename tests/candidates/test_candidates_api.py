from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.events import CandidateChanged, EventContext
from talentsonar.core.runtime import Runtime


def candidate_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "internal",
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "headline": "Senior Backend Engineer",
        "summary": "Builds data pipelines in Python on PostgreSQL.",
        "skills": ["Python", "PostgreSQL"],
        "metadata": {"department": "Engineering"},
    }
    body.update(overrides)
    return body


async def test_candidate_crud_and_filters(client: httpx.AsyncClient,
                                          user: dict[str, Any]) -> None:
    h = user["headers"]
    created = await client.post("/api/v1/candidates", json=candidate_body(), headers=h)
    assert created.status_code == 201, created.text
    ada = created.json()["data"]
    assert ada["type"] == "internal"
    assert ada["employmentStatus"] == "available"
    # the stored metadata, and seed 001's mirror of the summary where its front end reads it
    assert ada["metadata"] == {"department": "Engineering", "summary": ada["summary"]}
    assert ada["matchStatistics"] == {"totalJobsMatched": 0, "bestMatchScore": None,
                                      "strongMatches": 0}
    assert ada["embeddingModel"]
    assert ada["cvFileUrl"] is None

    nurse = await client.post("/api/v1/candidates", json=candidate_body(
        type="past", name="Grace Nurse", email="grace@example.com", headline="ICU Nurse",
        summary="Critical care", skills=["Patient Care"], employmentStatus="hired"), headers=h)
    assert nurse.status_code == 201

    async def names(**params: Any) -> list[str]:
        r = await client.get("/api/v1/candidates", params=params, headers=h)
        assert r.status_code == 200, r.text
        return sorted(c["name"] for c in r.json()["data"])

    assert await names() == ["Ada Lovelace", "Grace Nurse"]
    assert await names(type="past") == ["Grace Nurse"]
    assert await names(type="uploaded") == []
    assert await names(employmentStatus="hired") == ["Grace Nurse"]
    assert await names(search="critical") == ["Grace Nurse"]
    assert await names(search="lovelace") == ["Ada Lovelace"]
    assert await names(skills="python,postgresql") == ["Ada Lovelace"]
    assert await names(skills="python,patient care") == []
    # a repeated key is a list too (URLSearchParams, most HTTP clients), alone or mixed
    assert await names(skills=["python", "postgresql"]) == ["Ada Lovelace"]
    assert await names(skills=["python", "patient care"]) == []
    assert await names(skills=["python", "postgresql,python"]) == ["Ada Lovelace"]
    assert await names(skills=["python,postgresql", "patient care"]) == []
    too_long = await client.get("/api/v1/candidates", params={"skills": ["x" * 600] * 2},
                                headers=h)
    assert too_long.status_code == 422
    assert await names(search="100%_") == []  # LIKE wildcards are literal
    past_the_end = await client.get("/api/v1/candidates", params={"page": 7, "type": "past"},
                                    headers=h)
    assert past_the_end.json() == {
        "data": [], "pagination": {"page": 7, "limit": 20, "total": 1, "totalPages": 1}}

    patched = await client.patch(f"/api/v1/candidates/{ada['id']}", json={
        "employmentStatus": "interviewing", "skills": ["Python", "GraphQL"]}, headers=h)
    assert patched.status_code == 200, patched.text
    assert patched.json()["data"]["employmentStatus"] == "interviewing"
    assert "GraphQL" in patched.json()["data"]["skills"]
    assert await names(skills="graphql") == ["Ada Lovelace"]

    assert (await client.delete(f"/api/v1/candidates/{ada['id']}", headers=h)).status_code == 200
    assert (await client.get(f"/api/v1/candidates/{ada['id']}", headers=h)).status_code == 404
    assert await names() == ["Grace Nurse"]


async def test_candidate_validation(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    for bad in ({"name": ""}, {"name": "x", "type": "alien"}, {"name": "x", "email": "nope"},
                {"name": "x", "employmentStatus": "retired"}, {"name": "x", "skills": "Python"},
                {"name": "x", "metadata": []}):
        response = await client.post("/api/v1/candidates", json=bad, headers=h)
        assert response.status_code == 422, (bad, response.text)
    for params in ({"type": "alien"}, {"employmentStatus": "retired"}, {"limit": 1000}):
        assert (await client.get("/api/v1/candidates", params=params,
                                 headers=h)).status_code == 422
    many = ",".join(f"s{i}" for i in range(25))
    assert (await client.get("/api/v1/candidates", params={"skills": many},
                             headers=h)).status_code == 422
    assert (await client.get("/api/v1/candidates", headers=h)).json()["pagination"]["total"] == 0


async def test_candidate_events_are_published(client: httpx.AsyncClient,
                                              user: dict[str, Any], runtime: Runtime) -> None:
    seen: list[str] = []

    async def record(ctx: EventContext, event: CandidateChanged) -> None:
        seen.append(event.change)

    runtime.events.subscribe(CandidateChanged, record)

    h = user["headers"]
    cid = (await client.post("/api/v1/candidates", json=candidate_body(),
                             headers=h)).json()["data"]["id"]
    await client.patch(f"/api/v1/candidates/{cid}", json={"name": "Ada King"}, headers=h)
    await client.delete(f"/api/v1/candidates/{cid}", headers=h)
    await client.delete(f"/api/v1/candidates/{cid}/erase", headers=h)
    assert seen == ["created", "updated", "deleted", "erased"]


async def test_candidates_are_invisible_to_other_organisations(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    cid = (await client.post("/api/v1/candidates", json=candidate_body(),
                             headers=user["headers"])).json()["data"]["id"]
    other = other_user["headers"]
    base = f"/api/v1/candidates/{cid}"
    assert (await client.get(base, headers=other)).status_code == 404
    assert (await client.patch(base, json={"name": "x"}, headers=other)).status_code == 404
    assert (await client.delete(base, headers=other)).status_code == 404
    assert (await client.delete(f"{base}/erase", headers=other)).status_code == 404
    assert (await client.get(f"{base}/export", headers=other)).status_code == 404
    assert (await client.get(f"{base}/cv", headers=other)).status_code == 404
    assert (await client.get("/api/v1/candidates", headers=other)).json()["data"] == []
    search = await client.get("/api/v1/candidates/search", params={"q": "Ada Python"},
                              headers=other)
    assert search.status_code == 200
    assert search.json()["data"] == []
    mine = await client.get("/api/v1/candidates/search", params={"q": "Ada Python"},
                            headers=user["headers"])
    assert [hit["candidate"]["id"] for hit in mine.json()["data"]] == [cid]
    assert (await client.get(base, headers=user["headers"])).status_code == 200


async def test_export_contains_everything(client: httpx.AsyncClient,
                                          user: dict[str, Any]) -> None:
    h = user["headers"]
    cid = (await client.post("/api/v1/candidates", json=candidate_body(),
                             headers=h)).json()["data"]["id"]
    export = await client.get(f"/api/v1/candidates/{cid}/export", headers=h)
    assert export.status_code == 200
    assert export.headers["content-disposition"].startswith("attachment")
    body = export.json()
    assert body["candidate"]["email"] == "ada@example.com"
    assert body["candidate"]["metadata"] == {"department": "Engineering"}
    assert len(body["candidate"]["embedding"]) == 384
    assert body["cvDocuments"] == []
