from __future__ import annotations

from typing import Any

import httpx

from talentsonar.candidates.search import reciprocal_rank_fusion, trigram_similarity

PEOPLE = [
    {"name": "Ada Lovelace", "type": "internal", "headline": "Platform Engineer",
     "skills": ["Kubernetes", "Terraform", "Go"],
     "summary": "Runs container clusters and infrastructure as code in the cloud."},
    {"name": "Grace Hopper", "type": "past", "headline": "Registered Nurse",
     "skills": ["Patient Care", "Triage"],
     "summary": "Intensive care unit nurse caring for critically ill patients in hospital."},
    {"name": "Linus Baker", "type": "sourced", "headline": "Pastry Chef",
     "skills": ["Baking", "Menu Planning"],
     "summary": "Bakes bread and desserts for a busy restaurant kitchen."},
    {"name": "Katherine Johnson", "type": "internal", "headline": "Financial Analyst",
     "skills": ["Financial Modeling", "Excel"],
     "summary": "Builds budgets, forecasts and valuation models for investment decisions."},
]


async def seed(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, str]:
    ids = {}
    for person in PEOPLE:
        r = await client.post("/api/v1/candidates", json=person, headers=headers)
        assert r.status_code == 201, r.text
        ids[person["name"]] = r.json()["data"]["id"]
    return ids


async def search(client: httpx.AsyncClient, headers: dict[str, str], **params: Any
                 ) -> dict[str, Any]:
    r = await client.get("/api/v1/candidates/search", params=params, headers=headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def methods(hit: dict[str, Any]) -> set[str]:
    return {m["method"] for m in hit["matchedBy"]}


async def test_finds_by_misspelled_skill(client: httpx.AsyncClient,
                                         user: dict[str, Any]) -> None:
    h = user["headers"]
    ids = await seed(client, h)
    body = await search(client, h, q="kubernets")
    top = body["data"][0]
    assert top["candidate"]["id"] == ids["Ada Lovelace"]
    assert "fuzzy" in methods(top)
    assert "Kubernetes" in top["matchedTerms"]
    assert "Kubernetes" in body["suggestions"]


async def test_misspelled_names_match_but_vocabulary_words_do_not_match_names(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    ids = await seed(client, h)
    misspelled = await search(client, h, q="Lovelase")
    assert misspelled["data"][0]["candidate"]["id"] == ids["Ada Lovelace"]
    assert "fuzzy" in methods(misspelled["data"][0])
    # "baker" is a job word: the fuzzy leg (names by similarity) leaves it alone, and the
    # exact name still matches through the full-text leg
    by_word = await search(client, h, q="baker")
    baker = next(d for d in by_word["data"] if d["candidate"]["id"] == ids["Linus Baker"])
    assert "fuzzy" not in methods(baker)
    assert "fulltext" in methods(baker)


async def test_finds_by_meaning(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    ids = await seed(client, h)
    body = await search(client, h, q="someone to look after sick people in a clinic")
    top = body["data"][0]
    assert top["candidate"]["id"] == ids["Grace Hopper"]
    assert methods(top) == {"semantic"}
    money = await search(client, h, q="corporate finance budgeting")
    assert money["data"][0]["candidate"]["id"] == ids["Katherine Johnson"]


async def test_fulltext_hits_are_highlighted_and_weighted(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    ids = await seed(client, h)
    body = await search(client, h, q="nurse")
    top = body["data"][0]
    assert top["candidate"]["id"] == ids["Grace Hopper"]
    assert "fulltext" in methods(top)
    assert any("<mark>" in fragment for fragment in top["highlights"])
    assert body["suggestions"] == []
    by_name = await search(client, h, q="Lovelace")
    assert by_name["data"][0]["candidate"]["id"] == ids["Ada Lovelace"]


async def test_filters_and_pagination(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    ids = await seed(client, h)
    internal = await search(client, h, q="engineer analyst", type="internal")
    assert {hit["candidate"]["type"] for hit in internal["data"]} == {"internal"}
    skilled = await search(client, h, q="cloud", skills="terraform")
    assert [hit["candidate"]["id"] for hit in skilled["data"]] == [ids["Ada Lovelace"]]
    first = await search(client, h, q="work", limit=1)
    second = await search(client, h, q="work", limit=1, page=2)
    assert first["pagination"]["limit"] == 1
    if first["pagination"]["total"] > 1:
        assert first["data"][0]["candidate"]["id"] != second["data"][0]["candidate"]["id"]
    for bad in ({"q": ""}, {"q": "x" * 201}, {"q": "x", "type": "alien"}, {}):
        r = await client.get("/api/v1/candidates/search", params=bad, headers=h)
        assert r.status_code == 422


async def test_deleted_candidates_are_not_found(client: httpx.AsyncClient,
                                                user: dict[str, Any]) -> None:
    h = user["headers"]
    ids = await seed(client, h)
    await client.delete(f"/api/v1/candidates/{ids['Linus Baker']}", headers=h)
    body = await search(client, h, q="pastry chef baking")
    assert ids["Linus Baker"] not in {hit["candidate"]["id"] for hit in body["data"]}


async def test_skills_suggest(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    r = await client.get("/api/v1/skills/suggest", params={"q": "kube"}, headers=h)
    assert r.status_code == 200
    assert r.json()["data"][0]["name"] == "Kubernetes"
    assert (await client.get("/api/v1/skills/suggest", params={"q": ""},
                             headers=h)).status_code == 422
    assert (await client.get("/api/v1/skills/suggest", params={"q": "kube"})).status_code == 401


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    import uuid

    a, b, c = (uuid.UUID(int=i) for i in range(1, 4))
    fused = reciprocal_rank_fusion({"fulltext": [(a, 1.0), (b, 0.5)],
                                    "semantic": [(b, 0.9), (c, 0.8)]})
    assert [cid for cid, _, _ in fused] == [b, a, c]
    assert {r.method for r in fused[0][2]} == {"fulltext", "semantic"}


def test_trigram_similarity_matches_pg_trgm_semantics() -> None:
    assert trigram_similarity("kubernetes", "kubernetes") == 1.0
    assert trigram_similarity("kubernets", "kubernetes") > 0.5
    assert trigram_similarity("nurse", "terraform") < 0.1
