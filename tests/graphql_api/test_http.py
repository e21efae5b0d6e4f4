"""GraphQL over HTTP: status codes, error format and codes, limits, authentication,
tenancy, roles, mutations and the hybrid search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from talentsonar.graphql_api.schema import schema
from tests.conftest import make_settings, member_of, open_client
from tests.graphql_api.conftest import gql, org_of, seed_pool

SPEC = "application/graphql-response+json"


def codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors", [])]


def test_schema_snapshot_is_current() -> None:
    """docs/schema.graphql is the schema as served (`scripts/generate_clients` writes it)."""
    path = Path(__file__).resolve().parents[2] / "docs" / "schema.graphql"
    assert path.read_text() == schema.as_str() + "\n", (
        "docs/schema.graphql is out of date: run scripts/generate_clients"
    )


async def test_transport_errors_limits_and_codes(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    # unparseable JSON: 400, in the GraphQL error format
    r = await client.post(
        "/graphql", content=b"{not json", headers={**h, "content-type": "application/json"}
    )
    assert r.status_code == 400
    assert codes(r.json()) == ["bad_request"]
    r = await client.post("/graphql", json=[{"query": "{ creditBalance { balance } }"}], headers=h)
    assert r.status_code == 400
    r = await client.post("/graphql", json={"variables": {}}, headers=h)
    assert r.status_code == 400
    assert codes(r.json()) == ["bad_request"]
    # syntax and validation errors: 200 with errors (application/json) ...
    r = await gql(client, h, "{ candidates { ")
    assert r.status_code == 200
    assert codes(r.json()) == ["graphql_parse_failed"]
    assert "data" not in r.json()
    r = await gql(client, h, "{ noSuchField }")
    assert r.status_code == 200
    assert codes(r.json()) == ["graphql_validation_failed"]
    # ... and 400 for a client that accepts the spec's media type
    r = await gql(client, {**h, "accept": SPEC}, "{ noSuchField }")
    assert r.status_code == 400
    assert r.headers["content-type"].startswith(SPEC)
    # depth and cost limits, refused before running, naming the limit
    deep = (
        "{ candidates { edges { node { "
        + "topMatches { candidate { " * 6
        + "id"
        + " } }" * 6
        + " } } } }"
    )
    r = await gql(client, h, deep)
    body = r.json()
    assert r.status_code == 200
    assert codes(body) == ["query_too_deep"]
    assert body["errors"][0]["extensions"]["limit"] == 12
    assert "depth limit" in body["errors"][0]["message"]
    costly = (
        "{ candidates(first: 100) { edges { node { topMatches(first: 100) { "
        "candidate { topMatches(first: 100) { job { id } } } } } } } }"
    )
    r = await gql(client, h, costly)
    assert codes(r.json()) == ["query_too_costly"]
    assert "cost limit (20000)" in r.json()["errors"][0]["message"]
    huge = "{ " + " ".join(f"a{i}: creditBalance {{ balance }}" for i in range(2000)) + " }"
    r = await gql(client, h, huge)
    assert codes(r.json()) == ["query_too_large"]
    # resolver errors carry our codes; the rest of the data still answers
    r = await gql(client, h, '{ creditBalance { balance } job(id: "nope") { id } }')
    body = r.json()
    assert r.status_code == 200
    assert codes(body) == ["invalid_id"]
    assert body["data"] == {"creditBalance": {"balance": 0}, "job": None}
    assert body["errors"][0]["path"] == ["job"]
    r = await gql(client, h, "{ candidates(first: 500) { totalCount } }")
    assert r.status_code == 200
    assert codes(r.json()) == ["invalid_argument"]
    assert r.json()["data"] is None
    r = await gql(client, h, '{ candidates(after: "bm90LWEtY3Vyc29y") { totalCount } }')
    assert codes(r.json()) == ["invalid_cursor"]
    # mutations need POST; queries may use GET
    r = await client.get("/graphql", params={"query": "{ creditBalance { balance } }"}, headers=h)
    assert r.status_code == 200
    assert r.json()["data"]["creditBalance"]["balance"] == 0
    r = await client.get(
        "/graphql",
        params={"query": 'mutation { createJob(input: {title: "X"}) { id } }'},
        headers=h,
    )
    assert r.status_code == 405
    # GraphiQL outside production
    r = await client.get("/graphql", headers={"accept": "text/html"})
    assert r.status_code == 200
    assert "graphiql" in r.text.lower()


async def test_authentication_tenancy_and_roles(
    client: httpx.AsyncClient,
    runtime: Runtime,
    user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    r = await client.post("/graphql", json={"query": "{ creditBalance { balance } }"})
    assert r.status_code == 401
    assert codes(r.json()) == ["unauthorized"]
    r = await gql(client, {"Authorization": "Bearer not-a-token"}, "{ jobs { totalCount } }")
    assert r.status_code == 401
    candidate_ids, job_ids = await seed_pool(runtime, org_of(other_user), candidates=2, jobs=2)
    # another organisation's ids are not found, and its lists are not ours
    r = await gql(
        client,
        user["headers"],
        """query($c: ID!, $j: ID!) {
        candidate(id: $c) { id } job(id: $j) { id }
        match(jobId: $j, candidateId: $c) { matchScore }
        candidates { totalCount } jobs { totalCount } }""",
        {"c": str(candidate_ids[0]), "j": str(job_ids[0])},
    )
    assert r.json()["data"] == {
        "candidate": None,
        "job": None,
        "match": None,
        "candidates": {"totalCount": 0},
        "jobs": {"totalCount": 0},
    }
    # its owner sees them, matchScore included
    r = await gql(
        client,
        other_user["headers"],
        """query($c: ID!, $j: ID!) {
        candidate(id: $c) { name matchScore(jobId: $j) match(jobId: $j) { job { title } } } }""",
        {"c": str(candidate_ids[0]), "j": str(job_ids[0])},
    )
    assert r.json()["data"]["candidate"] == {
        "name": "Person 0",
        "matchScore": 90.0,
        "match": {"job": {"title": "Job 0"}},
    }
    # an API key authenticates as REST does
    key = await client.post(
        "/api/v1/organization/api-keys",
        json={"name": "bot", "role": "viewer"},
        headers=other_user["headers"],
    )
    assert key.status_code == 201, key.text
    key_headers = {"X-API-Key": key.json()["data"]["key"]}
    r = await gql(client, key_headers, "{ candidates { totalCount } }")
    assert r.json()["data"]["candidates"]["totalCount"] == 2
    # viewers read but never write
    r = await gql(client, key_headers, 'mutation { createJob(input: {title: "Nurse"}) { id } }')
    assert codes(r.json()) == ["forbidden"]
    viewer = await member_of(client, user, "viewer")
    r = await gql(
        client, viewer["headers"], 'mutation { createJob(input: {title: "Nurse"}) { id } }'
    )
    assert codes(r.json()) == ["forbidden"]
    r = await gql(client, user["headers"], "{ jobs { totalCount } }")
    assert r.json()["data"]["jobs"]["totalCount"] == 0


async def test_mutations_and_search(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    h = user["headers"]
    r = await gql(
        client,
        h,
        """mutation($input: JobInput!) {
        createJob(input: $input) { id title status requiredSkills } }""",
        {
            "input": {
                "title": "Python Developer",
                "description": "Python and PostgreSQL services",
                "requiredSkills": ["Python"],
            }
        },
    )
    job = r.json()["data"]["createJob"]
    assert job["title"] == "Python Developer"
    assert job["status"] == "open"
    listed = await client.get(f"/api/v1/jobs/{job['id']}", headers=h)
    assert listed.status_code == 200
    r = await gql(client, h, 'mutation { createJob(input: {title: ""}) { id } }')
    body = r.json()
    assert codes(body) == ["validation_error"]
    assert body["errors"][0]["extensions"]["details"]
    candidate_ids, job_ids = await seed_pool(runtime, org_of(user), candidates=3, jobs=1)
    r = await gql(
        client,
        h,
        """mutation($input: FeedbackInput!) {
        giveFeedback(input: $input) { id feedbackType candidateId } }""",
        {
            "input": {
                "jobId": str(job_ids[0]),
                "candidateId": str(candidate_ids[1]),
                "feedbackType": "positive",
                "notes": "Strong",
            }
        },
    )
    assert r.json()["data"]["giveFeedback"]["feedbackType"] == "positive"
    r = await gql(
        client,
        h,
        """mutation($input: FeedbackInput!) {
        giveFeedback(input: $input) { id } }""",
        {"input": {"jobId": job["id"], "candidateId": job["id"], "feedbackType": "positive"}},
    )
    assert codes(r.json()) == ["not_found"]
    # the hybrid search of the REST API, as a connection
    person = await client.post(
        "/api/v1/candidates",
        json={
            "name": "Ada Lovelace",
            "headline": "Kubernetes platform engineer",
            "skills": ["Kubernetes", "Go"],
        },
        headers=h,
    )
    assert person.status_code == 201, person.text
    r = await gql(
        client,
        h,
        """{ searchCandidates(query: "kubernetes", first: 5) {
        totalCount edges { cursor node { score methods candidate { name } } } } }""",
    )
    found = r.json()["data"]["searchCandidates"]
    assert found["edges"][0]["node"]["candidate"]["name"] == "Ada Lovelace"
    assert "fulltext" in found["edges"][0]["node"]["methods"]
    rest = await client.get("/api/v1/candidates/search", params={"q": "kubernetes"}, headers=h)
    assert [c["candidate"]["name"] for c in rest.json()["data"]][:1] == ["Ada Lovelace"]


async def test_introspection_follows_the_setting(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(
        tmp_path, redis_key_prefix=redis_prefix, graphql_introspection=False, graphql_ide=False
    )
    async with open_client(settings, database_url) as (c, _):
        owner = await c.post(
            "/api/v1/auth/register",
            json={"email": "intro@example.com", "password": "correct-horse-1", "fullName": "I"},
        )
        h = {"Authorization": f"Bearer {owner.json()['data']['token']}"}
        r = await gql(c, h, "{ __schema { types { name } } }")
        assert r.status_code == 200
        assert codes(r.json()) == ["introspection_disabled"]
        r = await gql(c, h, "{ __typename creditBalance { balance } }")
        assert r.json()["data"]["__typename"] == "Query"
        r = await c.get("/graphql", headers={"accept": "text/html"})
        assert r.status_code == 404
        r = await c.get("/graphql/static/graphiql.min.js")  # nor its assets
        assert r.status_code == 404
        assert r.json()["error"]["code"] == "not_found"


async def test_applications_connection_and_move(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    h = user["headers"]
    candidate_ids, job_ids = await seed_pool(runtime, org_of(user), candidates=2, jobs=3)
    for job_id in job_ids:
        r = await client.post("/api/v1/applications", headers=h, json={
            "jobId": str(job_id), "candidateId": str(candidate_ids[0])})
        assert r.status_code == 201, r.text
    stages = (await client.get("/api/v1/pipeline/stages", headers=h)).json()["data"]
    query = """query($id: ID!, $after: String) { candidate(id: $id) {
        applications(first: 2, after: $after) { totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id jobTitle stage { name kind } job { title } } } } } }"""
    r = await gql(client, h, query, {"id": str(candidate_ids[0])})
    page = r.json()["data"]["candidate"]["applications"]
    assert page["totalCount"] == 3
    assert page["pageInfo"]["hasNextPage"] is True
    assert len(page["edges"]) == 2
    first = page["edges"][0]["node"]
    assert first["job"]["title"] == first["jobTitle"]
    r = await gql(client, h, query, {"id": str(candidate_ids[0]),
                                     "after": page["pageInfo"]["endCursor"]})
    assert len(r.json()["data"]["candidate"]["applications"]["edges"]) == 1
    target = next(s for s in stages if s["kind"] == "open" and s["name"] != first["stage"]["name"])
    move = """mutation($input: MoveApplicationInput!) {
        moveApplication(input: $input) { id stage { id name } } }"""
    r = await gql(client, h, move, {"input": {"applicationId": first["id"],
                                              "stageId": target["id"]}})
    assert r.json()["data"]["moveApplication"]["stage"]["id"] == target["id"]
    # another organisation cannot move it
    r = await gql(client, other_user["headers"], move, {
        "input": {"applicationId": first["id"], "stageId": target["id"]}})
    assert codes(r.json()) == ["not_found"]
