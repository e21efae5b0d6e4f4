"""DataLoaders: 50 candidates, each with their top 5 matches and those matches' jobs, in
at most 6 SQL statements (the principal's read included)."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.graphql_api.conftest import counted_statements, gql, org_of, seed_pool

QUERY = """
query Pool($first: Int!) {
  candidates(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name
      topMatches(first: 5) {
        matchScore explanation breakdown { feature contribution }
        job { id title }
      }
    } }
  }
}"""


async def test_fifty_candidates_with_matches_and_jobs_in_six_statements(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    await seed_pool(runtime, org_of(user), candidates=55, jobs=8)
    with counted_statements(runtime) as statements:
        r = await gql(client, user["headers"], QUERY, {"first": 50})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "errors" not in body, body
    page = body["data"]["candidates"]
    assert page["totalCount"] == 55
    assert page["pageInfo"]["hasNextPage"] is True
    nodes = [e["node"] for e in page["edges"]]
    assert len(nodes) == 50
    titles = {f"Job {j}" for j in range(8)}
    for node in nodes:
        scores = [m["matchScore"] for m in node["topMatches"]]
        assert len(scores) == 5
        assert scores == sorted(scores, reverse=True)
        assert {m["job"]["title"] for m in node["topMatches"]} <= titles
        assert node["topMatches"][0]["breakdown"][0]["feature"] == "skills"
    # each candidate's best score: 90 - min over j of (i + 7j) % 60
    for node in nodes:
        i = int(node["name"].split()[1])
        best = sorted((90 - (i + 7 * j) % 60 for j in range(8)), reverse=True)[:5]
        assert [m["matchScore"] for m in node["topMatches"]] == best
    sql = [s for s in statements if s.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK")]
    assert len(sql) <= 6, "\n---\n".join(sql)

    # the next page follows the cursor
    r = await client.post(
        "/graphql",
        headers=user["headers"],
        json={
            "query": "query($after: String) { candidates(first: 50, after: $after) "
            "{ edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }",
            "variables": {"after": page["pageInfo"]["endCursor"]},
        },
    )
    rest = r.json()["data"]["candidates"]
    assert len(rest["edges"]) == 5
    assert rest["pageInfo"] == {"hasNextPage": False, "hasPreviousPage": True}
    assert not {e["node"]["id"] for e in rest["edges"]} & {n["id"] for n in nodes}
