from __future__ import annotations

from typing import Any

import httpx

from talentsonar.talent_search.merge import merge_results, normalise_linkedin, parse_external
from talentsonar.talent_search.schemas import TalentResult
from tests.fakes.n8n_server import FakeN8n

EXTERNAL = [
    {
        "name": "Ada Lovelace",
        "email": "ADA@example.com",
        "linkedinUrl": "https://www.linkedin.com/in/ada/",
        "company": "Analytical",
        "title": "Engineer",
        "skills": ["Python", "Math"],
    },
    {"name": "Grace Hopper", "linkedin_url": "linkedin.com/in/grace", "company": "Navy"},
    {"name": "Grace Hopper", "linkedin": "http://linkedin.com/in/grace?trk=1"},  # duplicate
    {"fullName": "Alan Turing", "company": "Bletchley", "skills": "Crypto, Logic"},
    {"name": "alan turing", "company": "bletchley"},  # duplicate by name + company
    {"company": "no name"},  # dropped
]


async def create_candidate(client: httpx.AsyncClient, user: dict[str, Any], **body: Any) -> str:
    r = await client.post("/api/v1/candidates", json=body, headers=user["headers"])
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


def test_merge_dedupes_by_email_linkedin_and_name_company() -> None:
    parsed = parse_external({"results": EXTERNAL})
    assert len(parsed) == 5
    merged = merge_results(parsed)
    assert [r.name for r in merged] == ["Ada Lovelace", "Grace Hopper", "Alan Turing"]
    assert merged[2].skills == ["Crypto", "Logic"]
    internal = TalentResult(name="Ada L.", email="ada@example.com", source="internal")
    both = merge_results([internal], parsed)
    assert both[0].sources == ["internal", "external"]
    assert normalise_linkedin("https://uk.linkedin.com/in/x/") == "linkedin.com/in/x"
    assert parse_external("nonsense") == []
    assert parse_external({"results": 3}) == []


async def test_search_merges_internal_and_external(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    fake_n8n: FakeN8n,
) -> None:
    fake_n8n.results = EXTERNAL
    cid = await create_candidate(
        client,
        user,
        name="Ada Lovelace",
        email="ada@example.com",
        skills=["Python"],
        headline="Python engineer",
    )
    await create_candidate(
        client,
        other_user,
        name="Secret Person",
        email="s@example.com",
        skills=["Python"],
        headline="Python engineer",
    )
    r = await client.post(
        "/api/v1/talent-search",
        json={"query": "python engineer", "skills": ["Python"], "limit": 10},
        headers=user["headers"],
    )
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert data["degraded"] is False
    names = [x["name"] for x in data["results"]]
    assert "Secret Person" not in names  # another organisation's pool never leaks
    ada = [x for x in data["results"] if x["email"] == "ada@example.com"]
    assert len(ada) == 1
    assert ada[0]["candidateId"] == cid
    assert ada[0]["sources"] == ["internal", "external"]
    assert {"Grace Hopper", "Alan Turing"} <= set(names)
    workflow, sent = fake_n8n.requests[-1]
    assert workflow == "talent-search"
    assert sent["skills"] == ["Python"]


async def test_n8n_faults_degrade_to_internal_results(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    fake_n8n: FakeN8n,
) -> None:
    fake_n8n.results = EXTERNAL
    await create_candidate(
        client, user, name="Internal Ina", skills=["Rust"], headline="Rust developer"
    )
    body = {"query": "rust developer", "limit": 5}

    async def search() -> dict[str, Any]:
        r = await client.post("/api/v1/talent-search", json=body, headers=user["headers"])
        assert r.status_code == 200, r.text
        return r.json()["data"]  # type: ignore[no-any-return]

    fake_n8n.fail_next("status", 1, status=500)  # one retry recovers
    assert (await search())["degraded"] is False
    fake_n8n.fail_next("retry_after", 1, seconds=0)  # 429 Retry-After: 0 -> retried
    assert (await search())["degraded"] is False
    fake_n8n.fail_next("bad_json")
    data = await search()
    assert data["degraded"] is True
    assert data["degradedReason"] == "n8n_bad_response"
    assert [x["name"] for x in data["results"]] == ["Internal Ina"]
    fake_n8n.fail_next("hang", 3, seconds=5.0)  # every attempt times out
    data = await search()
    assert data["degraded"] is True
    assert data["degradedReason"] == "n8n_unavailable"
    assert data["internalCount"] == 1
    # three consecutive failures opened the breaker: N8N is no longer called
    calls = len(fake_n8n.requests)
    data = await search()
    assert data["degradedReason"] == "n8n_circuit_open"
    assert len(fake_n8n.requests) == calls


async def test_batch_and_validation(
    client: httpx.AsyncClient, user: dict[str, Any], fake_n8n: FakeN8n
) -> None:
    fake_n8n.results = EXTERNAL[:2]
    r = await client.post(
        "/api/v1/talent-search/batch",
        json={"searches": [{"query": f"q{i}"} for i in range(6)]},
        headers=user["headers"],
    )
    assert r.status_code == 200, r.text
    assert [s["externalCount"] for s in r.json()["data"]["searches"]] == [2] * 6
    assert len(fake_n8n.requests) == 6
    bad = await client.post(
        "/api/v1/talent-search/batch", json={"searches": []}, headers=user["headers"]
    )
    assert bad.status_code == 422
    bad = await client.post("/api/v1/talent-search", json={"limit": 1000}, headers=user["headers"])
    assert bad.status_code == 422


async def test_workflow_trigger(
    client: httpx.AsyncClient, user: dict[str, Any], fake_n8n: FakeN8n
) -> None:
    r = await client.post(
        "/api/v1/workflows/enrich-1/trigger", json={"payload": {"a": 1}}, headers=user["headers"]
    )
    assert r.status_code == 200, r.text
    assert r.json()["data"]["response"] == {
        "ok": True,
        "workflow": "enrich-1",
        "received": {"a": 1},
    }
    r = await client.post(
        "/api/v1/workflows/missing/trigger", json={"payload": {}}, headers=user["headers"]
    )
    assert r.status_code == 404
    r = await client.post(
        "/api/v1/workflows/bad%20id/trigger", json={"payload": {}}, headers=user["headers"]
    )
    assert r.status_code == 422
    fake_n8n.fail_next("status", 3, status=502)
    r = await client.post(
        "/api/v1/workflows/x/trigger", json={"payload": {}}, headers=user["headers"]
    )
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "workflow_unavailable"


async def test_import_creates_sourced_candidates_once(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    results = [
        {
            "name": "Ada Lovelace",
            "email": "ada@example.com",
            "company": "Analytical",
            "skills": ["Python"],
            "source": "external",
        },
        {
            "name": "Grace Hopper",
            "linkedinUrl": "https://linkedin.com/in/grace",
            "source": "external",
        },
        {"name": "Grace Hopper", "linkedinUrl": "linkedin.com/in/grace/", "source": "external"},
        {"name": "Bad Email", "email": "not-an-email", "source": "external"},
    ]
    r = await client.post(
        "/api/v1/talent-search/import", json={"results": results}, headers=user["headers"]
    )
    assert r.status_code == 201, r.text
    out = r.json()["data"]
    assert len(out["created"]) == 2
    again = await client.post(
        "/api/v1/talent-search/import", json={"results": results[:1]}, headers=user["headers"]
    )
    assert again.json()["data"]["created"] == []
    listing = await client.get("/api/v1/candidates?type=sourced", headers=user["headers"])
    assert listing.json()["pagination"]["total"] == 2
    cid = out["created"][0]
    assert (
        await client.get(f"/api/v1/candidates/{cid}", headers=other_user["headers"])
    ).status_code == 404
    # another organisation can import the same person into its own pool
    r = await client.post(
        "/api/v1/talent-search/import", json={"results": results[:1]}, headers=other_user["headers"]
    )
    assert len(r.json()["data"]["created"]) == 1
