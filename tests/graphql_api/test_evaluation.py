"""Skills evaluation in GraphQL: ``candidate.skillProfile`` and ``candidate.assessments``
(with each invitation's assessment and that assessment's job) read through DataLoaders, in
as many SQL statements for 50 candidates as for 5; tenancy and roles as in REST."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import member_of
from tests.graphql_api.conftest import (
    counted_statements,
    gql,
    org_of,
    seed_evaluation,
    seed_pool,
)

QUERY = """
query Pool($first: Int!) {
  candidates(first: $first) {
    edges { node {
      id name
      skillProfile {
        candidateId verifiedCount claimedCount failedCount
        skills(first: 10) {
          totalCount
          edges { node { name status proficiency confidence
                         sources { source proficiency evidence verifiedAt } } }
        }
      }
      assessments(first: 5) {
        totalCount
        pageInfo { hasNextPage }
        edges { cursor node {
          status score answered questionCount email
          skillResults { skill source score proficiency questions }
          questionResults { id kind score answered status message testsPassed testsTotal }
          assessment { title seniority skills questionCount job { title } }
        } }
      }
    } }
  }
}"""

#: the caller's read, the read-only transaction's BEGIN, the candidates, then one per kind:
#: CV claims, skill evidence, combined levels, invitations, assessments, jobs
MAX_STATEMENTS = 9


def _sql(statements: list[str]) -> list[str]:
    return [s for s in statements if s.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK")]


async def test_skill_profiles_and_assessments_in_a_constant_number_of_statements(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    org = org_of(user)
    candidate_ids, job_ids = await seed_pool(runtime, org, candidates=55, jobs=3)
    await seed_evaluation(runtime, org, candidate_ids, job_ids[0])
    counts = {}
    for first in (5, 50):
        with counted_statements(runtime) as statements:
            r = await gql(client, user["headers"], QUERY, {"first": first})
        assert r.status_code == 200, r.text
        body = r.json()
        assert "errors" not in body, body
        nodes = [e["node"] for e in body["data"]["candidates"]["edges"]]
        assert len(nodes) == first
        counts[first] = len(_sql(statements))
        assert counts[first] <= MAX_STATEMENTS, "\n---\n".join(_sql(statements))
    # the loaders batch by kind: 50 candidates cost what 5 cost
    assert counts[50] == counts[5], counts

    for node in nodes:
        profile = node["skillProfile"]
        assert profile["candidateId"] == node["id"]
        assert profile["verifiedCount"] == 2
        skills = {e["node"]["name"]: e["node"] for e in profile["skills"]["edges"]}
        assert set(skills) == {"Python", "Docker"}
        assert profile["skills"]["totalCount"] == 2
        python = skills["Python"]
        assert python["status"] == "verified"
        by_source = {s["source"]: s for s in python["sources"]}
        assert by_source["assessment"]["evidence"]["score"] == 0.75
        assert {s["source"] for s in skills["Docker"]["sources"]} == {"github"}
        assert skills["Docker"]["sources"][0]["evidence"] == {"repositories": ["infra"]}

        invitations = node["assessments"]
        assert invitations["totalCount"] == 2
        assert invitations["pageInfo"]["hasNextPage"] is False
        open_one, graded = (e["node"] for e in invitations["edges"])  # newest first
        assert open_one["status"] == "invited"
        assert open_one["score"] is None
        assert open_one["skillResults"] == []
        assert open_one["assessment"]["title"] == "Docker basics"
        assert open_one["assessment"]["job"] is None
        assert graded["status"] == "graded"
        assert graded["score"] == 75.0
        assert graded["answered"] == 3
        assert graded["questionCount"] == 3
        assert graded["skillResults"] == [{"skill": "Python", "source": "assessment",
                                           "score": 0.75, "proficiency": 6.0, "questions": 2}]
        code = graded["questionResults"][1]
        assert code == {"id": "py-code-1", "kind": "code", "score": 0.5, "answered": True,
                        "status": "failed", "message": "1 of 2 tests", "testsPassed": 1,
                        "testsTotal": 2}
        assert graded["assessment"]["title"] == "Backend check"
        assert graded["assessment"]["skills"] == ["Python"]
        assert graded["assessment"]["questionCount"] > 0
        assert graded["assessment"]["job"] == {"title": "Job 0"}


async def test_pages_tenancy_and_roles(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    org = org_of(user)
    candidate_ids, job_ids = await seed_pool(runtime, org, candidates=1, jobs=1)
    await seed_evaluation(runtime, org, candidate_ids, job_ids[0])
    cid = str(candidate_ids[0])
    query = """query($id: ID!, $after: String) { candidate(id: $id) {
        skillProfile { skills(first: 1) { totalCount pageInfo { hasNextPage endCursor }
                                           edges { node { name } } } }
        assessments(first: 1, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { node { status } } } } }"""
    r = await gql(client, user["headers"], query, {"id": cid})
    data = r.json()["data"]["candidate"]
    skills = data["skillProfile"]["skills"]
    assert skills["totalCount"] == 2
    assert skills["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["name"] for e in skills["edges"]] == ["Python"]  # the higher level
    page = data["assessments"]
    assert [e["node"]["status"] for e in page["edges"]] == ["invited"]
    assert page["pageInfo"]["hasNextPage"] is True
    r = await gql(client, user["headers"], query,
                  {"id": cid, "after": page["pageInfo"]["endCursor"]})
    page = r.json()["data"]["candidate"]["assessments"]
    assert [e["node"]["status"] for e in page["edges"]] == ["graded"]
    assert page["totalCount"] == 2
    assert page["pageInfo"]["hasNextPage"] is False
    assert page["pageInfo"]["hasPreviousPage"] is True
    # past the end: an empty page that still counts them
    r = await gql(client, user["headers"], query,
                  {"id": cid, "after": page["pageInfo"]["endCursor"]})
    page = r.json()["data"]["candidate"]["assessments"]
    assert page["edges"] == []
    assert page["totalCount"] == 2

    # another organisation: the candidate is not found, so neither is anything under it
    r = await gql(client, other_user["headers"], query, {"id": cid})
    assert r.json() == {"data": {"candidate": None}}
    r = await client.get(f"/api/v1/candidates/{cid}/skills", headers=other_user["headers"])
    assert r.status_code == 404  # as REST answers it

    # a viewer reads them, as GET /api/v1/candidates/{id}/skills lets a viewer read
    viewer = await member_of(client, user, "viewer")
    r = await gql(client, viewer["headers"], query, {"id": cid})
    assert r.json()["data"]["candidate"]["skillProfile"]["skills"]["totalCount"] == 2

    # JobSwap's roles reach only /api/v1/jobswap, in REST and here
    employee = await member_of(client, user, "employee")
    rest = await client.get(f"/api/v1/candidates/{cid}/skills", headers=employee["headers"])
    assert rest.status_code == 403
    r = await gql(client, employee["headers"], query, {"id": cid})
    assert r.status_code == 403
    assert [e["extensions"]["code"] for e in r.json()["errors"]] == ["forbidden"]

    # bad arguments are the client's errors, never a 500
    r = await gql(client, user["headers"], query, {"id": cid, "after": "not-a-cursor"})
    assert r.status_code == 200
    assert [e["extensions"]["code"] for e in r.json()["errors"]] == ["invalid_cursor"]
    r = await gql(client, user["headers"],
                  "query($id: ID!) { candidate(id: $id) { assessments(first: 101) "
                  "{ totalCount } } }", {"id": cid})
    assert [e["extensions"]["code"] for e in r.json()["errors"]] == ["invalid_argument"]
    r = await gql(client, user["headers"],
                  "query($id: ID!) { candidate(id: $id) { skillProfile { skills(first: -1) "
                  "{ totalCount } } } }", {"id": str(uuid.uuid4())})
    assert r.json() == {"data": {"candidate": None}}
