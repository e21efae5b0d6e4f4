"""Free-form JSON fields (candidate ``metadata``, job ``companyContext``, a workflow's
``payload``) take only what can be stored and written back: integers beyond 64 bits,
NaN/Infinity, NUL characters and very deep nesting answer 422, never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talentsonar.core.schemas import JSON_MAX_DEPTH, check_json_object

BIG = 100000000000000000000  # 1e20: beyond both int64 and uint64


def _free_form_fields(spec: dict[str, Any]) -> set[tuple[str, str]]:
    """(schema, field) of every free-form JSON object in a schema any request body uses
    (nested schemas included)."""
    schemas = spec["components"]["schemas"]

    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"].rsplit("/", 1)[1]] if "$ref" in node else []
            return own + [r for value in node.values() for r in refs(value)]
        if isinstance(node, list):
            return [r for value in node for r in refs(value)]
        return []

    def is_free_form(prop: dict[str, Any]) -> bool:
        return any(
            o.get("type") == "object"
            and "properties" not in o
            and "patternProperties" not in o
            and o.get("additionalProperties", True) is True
            for o in prop.get("anyOf", [prop])
        )

    todo = [
        name
        for item in spec["paths"].values()
        for op in item.values()
        for name in refs(op.get("requestBody", {}))
    ]
    seen: set[str] = set()
    found = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for field, prop in schemas[name].get("properties", {}).items():
            if is_free_form(prop):
                found.add((name, field))
            todo.extend(refs(prop))
    return found


#: Every one of them is a JsonObject, exercised over HTTP below.
COVERED = {
    ("CandidateCreate", "metadata"),
    ("CandidateUpdate", "metadata"),
    ("JobCreate", "companyContext"),
    ("JobUpdate", "companyContext"),
    ("WorkflowTrigger", "payload"),
}


async def test_every_free_form_json_field_is_covered_here(client: httpx.AsyncClient) -> None:
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    assert _free_form_fields(spec) == COVERED


BAD_VALUES: list[tuple[str, bytes]] = [
    ("big int", b'{"n": 100000000000000000000}'),
    ("big negative int", b'{"n": -100000000000000000000}'),
    ("int64 max + 1", b'{"n": 9223372036854775808}'),
    ("nested big int", b'{"a": [1, {"b": 100000000000000000000}]}'),
    ("NaN", b'{"n": NaN}'),
    ("Infinity", b'{"n": Infinity}'),
    ("overflowing float", b'{"n": 1e400}'),
    ("NUL in a value", b'{"n": "a\\u0000b"}'),
    ("NUL in a key", b'{"a\\u0000": 1}'),
    ("too deep", b'{"n": ' + b"[" * 300 + b"]" * 300 + b"}"),
]


async def test_out_of_range_json_values_answer_422(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = {**user["headers"], "Content-Type": "application/json"}
    cand = await client.post("/api/v1/candidates", json={"name": "Ada"}, headers=user["headers"])
    job = await client.post("/api/v1/jobs", json={"title": "Engineer"}, headers=user["headers"])
    assert cand.status_code == job.status_code == 201
    cid, jid = cand.json()["data"]["id"], job.json()["data"]["id"]
    targets = [
        ("POST", "/api/v1/candidates", b'{"name": "Ada", "metadata": %s}'),
        ("PATCH", f"/api/v1/candidates/{cid}", b'{"metadata": %s}'),
        ("POST", "/api/v1/jobs", b'{"title": "Engineer", "companyContext": %s}'),
        ("PATCH", f"/api/v1/jobs/{jid}", b'{"companyContext": %s}'),
        ("POST", "/api/v1/workflows/screening/trigger", b'{"payload": %s}'),
    ]
    for method, path, template in targets:
        for what, value in BAD_VALUES:
            r = await client.request(method, path, content=template % value, headers=h)
            assert r.status_code == 422, (method, path, what, r.status_code, r.text[:300])
            error = r.json()["error"]
            assert error["code"] == "validation_error", (path, what, error)
    # nothing half-written: the candidate and the job kept their (empty) JSON
    assert (await client.get(f"/api/v1/candidates/{cid}", headers=h)).json()["data"][
        "metadata"
    ] == {}
    assert (await client.get(f"/api/v1/jobs/{jid}", headers=h)).json()["data"][
        "companyContext"
    ] == {}
    listed = (await client.get("/api/v1/candidates", headers=h)).json()["pagination"]["total"]
    assert listed == 1


async def test_values_at_the_limits_are_kept(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    metadata = {
        "max": 2**63 - 1,
        "min": -(2**63),
        "float": 1.5e300,
        "text": "é \u2028 \U0001f600",
        "deep": [[[[{"a": None, "b": True}]]]],
    }
    r = await client.post(
        "/api/v1/candidates", json={"name": "Ada", "metadata": metadata}, headers=user["headers"]
    )
    assert r.status_code == 201, r.text
    cid = r.json()["data"]["id"]
    got = await client.get(f"/api/v1/candidates/{cid}", headers=user["headers"])
    assert got.json()["data"]["metadata"] == metadata


def test_check_json_object_reports_where() -> None:
    with pytest.raises(ValueError, match=r"a\[1\]\.b"):
        check_json_object({"a": [1, {"b": BIG}]})
    deep: Any = 1
    for _ in range(JSON_MAX_DEPTH):
        deep = [deep]
    assert check_json_object({"d": deep[0]}) == {"d": deep[0]}
    with pytest.raises(ValueError, match="nested"):
        check_json_object({"d": deep})


async def test_interview_ratings_are_bounded(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = {**user["headers"], "Content-Type": "application/json"}
    cid = (await client.post("/api/v1/candidates", json={"name": "Ada"}, headers=h)).json()
    jid = (await client.post("/api/v1/jobs", json={"title": "Engineer"}, headers=h)).json()
    interview = await client.post(
        "/api/v1/interviews",
        json={"candidateId": cid["data"]["id"], "jobId": jid["data"]["id"]},
        headers=h,
    )
    path = f"/api/v1/interviews/{interview.json()['data']['id']}/results"
    for ratings in (b'{"python": NaN}', b'{"python": 1e400}', b'{"python": 1e300}',
                    b'{"python": 0}', b'{"py\\u0000": 3}', b'{"": 3}'):
        r = await client.put(path, content=b'{"ratings": %s}' % ratings, headers=h)
        assert r.status_code == 422, (ratings, r.status_code, r.text[:300])
    r = await client.put(path, json={"ratings": {"python": 4.5}}, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["results"]["ratings"] == {"python": 4.5}


async def test_upload_metadata_form_field_is_checked_too(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    """The upload's ``metadata`` form field is a JSON object in a string."""
    cv = ("ada.txt", b"Ada Lovelace\nada@example.com\nSkills: Python", "text/plain")
    for raw in ('{"n": 18446744073709551615}', '{"n": "a\\u0000b"}',
                '{"n": ' + "[" * 300 + "]" * 300 + "}"):
        r = await client.post(
            "/api/v1/candidates/upload", headers=user["headers"], data={"metadata": raw},
            files=[("file", cv)],
        )
        assert r.status_code == 422, (raw[:30], r.status_code, r.text[:300])
    listed = await client.get("/api/v1/candidates", headers=user["headers"])
    assert listed.json()["pagination"]["total"] == 0
