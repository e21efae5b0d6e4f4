"""``/api/v1/skills`` and ``/skills/categories``: the shipped taxonomy plus an
organisation's own skills, seed 002's filters, ETag / 304, invalidation by writes, and the
100 reads / 20 writes a minute limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, open_client, register_user


async def test_catalogue_lists_filters_and_caches(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    h = user["headers"]
    cats = await client.get("/api/v1/skills/categories", headers=h)
    assert cats.status_code == 200
    assert cats.headers["cache-control"] == "private, max-age=300"
    by_id = {c["id"]: c for c in cats.json()["data"]}
    assert by_id["programming-languages"]["skillCount"] > 10

    page = await client.get("/api/v1/skills", headers=h, params={
        "categoryId": "programming-languages", "search": "pyth", "limit": 5})
    assert page.status_code == 200, page.text
    body = page.json()
    python = next(s for s in body["data"] if s["name"] == "Python")
    assert python["source"] == "taxonomy"
    assert python["escoUri"].startswith("http://data.europa.eu/esco/skill/")
    etag = page.headers["etag"]
    same = await client.get("/api/v1/skills", headers={**h, "If-None-Match": etag}, params={
        "categoryId": "programming-languages", "search": "pyth", "limit": 5})
    assert same.status_code == 304
    assert same.headers["etag"] == etag

    created = await client.post("/api/v1/skills", headers=h, json={
        "name": "Pythonic Tooling", "categoryId": "programming-languages", "proficiency": 7,
        "tags": ["internal"]})
    assert created.status_code == 201, created.text
    skill = created.json()["data"]
    assert skill["source"] == "organization"
    # the write made every earlier ETag stale
    fresh = await client.get("/api/v1/skills", headers={**h, "If-None-Match": etag}, params={
        "categoryId": "programming-languages", "search": "pyth", "limit": 5})
    assert fresh.status_code == 200
    assert "Pythonic Tooling" in {s["name"] for s in fresh.json()["data"]}
    assert fresh.headers["etag"] != etag
    by_level = await client.get("/api/v1/skills", headers=h, params={
        "sortBy": "proficiency", "order": "desc", "limit": 1})
    assert by_level.json()["data"][0]["name"] == "Pythonic Tooling"
    newest = await client.get("/api/v1/skills", headers=h, params={
        "sortBy": "createdAt", "order": "desc", "limit": 1})
    assert newest.json()["data"][0]["id"] == skill["id"]

    # organisation-scoped: the other organisation neither lists nor reaches it
    theirs = await client.get("/api/v1/skills", headers=other_user["headers"],
                              params={"search": "pythonic"})
    assert theirs.json()["data"] == []
    assert (await client.get(f"/api/v1/skills/{skill['id']}",
                             headers=other_user["headers"])).status_code == 404

    patched = await client.patch(f"/api/v1/skills/{skill['id']}", headers=h,
                                 json={"description": "Our lint rules"})
    assert patched.json()["data"]["description"] == "Our lint rules"
    for bad, code in (({"name": "python3", "categoryId": "programming-languages"}, 409),
                      ({"name": "Pythonic Tooling", "categoryId": "programming-languages"}, 409),
                      ({"name": "X", "categoryId": "no-such-category"}, 422),
                      ({"name": "", "categoryId": "programming-languages"}, 422),
                      ({"name": "Y", "categoryId": "sales", "proficiency": 11}, 422)):
        r = await client.post("/api/v1/skills", headers=h, json=bad)
        assert r.status_code == code, (bad, r.text)
        assert "error" in r.json()
    bad_sort = await client.get("/api/v1/skills", headers=h, params={"sortBy": "rank"})
    assert bad_sort.status_code == 422
    assert (await client.delete(f"/api/v1/skills/{skill['id']}", headers=h)).status_code == 200
    gone = await client.get("/api/v1/skills", headers=h, params={"search": "pythonic"})
    assert gone.json()["data"] == []
    # the autocomplete route keeps working
    assert (await client.get("/api/v1/skills/suggest", headers=h,
                             params={"q": "k8"})).json()["data"][0]["name"] == "Kubernetes"


async def test_reads_and_writes_have_their_own_limits(
    tmp_path: Path, redis_prefix: str, database_url: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix,
                             rate_limit_skills_read="3/minute",
                             rate_limit_skills_write="1/minute")
    async with open_client(settings, database_url) as (client, _rt):
        h = (await register_user(client))["headers"]
        for _ in range(3):
            assert (await client.get("/api/v1/skills/categories", headers=h)).status_code == 200
        refused = await client.get("/api/v1/skills", headers=h)
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "rate_limited"
        body = {"name": "Tool A", "categoryId": "sales"}
        assert (await client.post("/api/v1/skills", headers=h, json=body)).status_code == 201
        body["name"] = "Tool B"
        assert (await client.post("/api/v1/skills", headers=h, json=body)).status_code == 429


async def test_recruiter_level_overrides_and_is_audited(
    runtime: Runtime, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    cand = (await client.post("/api/v1/candidates", headers=h, json={
        "name": "Ada", "skills": ["Python", "SQL"]})).json()["data"]
    profile = (await client.get(f"/api/v1/candidates/{cand['id']}/skills",
                                headers=h)).json()["data"]
    assert profile["claimedCount"] == 2
    assert {s["status"] for s in profile["skills"]} == {"claimed"}
    assert profile["skills"][0]["sources"][0]["source"] == "cv"
    set_level = await client.put(f"/api/v1/candidates/{cand['id']}/skills/python3", headers=h,
                                 json={"proficiency": 9, "note": "Pair-programmed with us"})
    assert set_level.status_code == 200, set_level.text
    python = next(s for s in set_level.json()["data"]["skills"] if s["name"] == "Python")
    assert python["status"] == "verified"
    assert python["proficiency"] == 9
    assert {s["source"] for s in python["sources"]} == {"cv", "recruiter"}
    audit = await client.get("/api/v1/organization/audit", headers=h)
    assert audit.status_code == 200, audit.text
    entry = next(e for e in audit.json()["data"] if e["action"] == "skills.level_set")
    assert entry["after"]["proficiency"] == 9
    bad = await client.put(f"/api/v1/candidates/{cand['id']}/skills/Python", headers=h,
                           json={"proficiency": 12})
    assert bad.status_code == 422
