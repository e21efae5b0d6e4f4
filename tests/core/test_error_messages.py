"""Error messages name what is wrong in words a client can act on."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


@pytest.mark.parametrize(("body", "error", "position"), [
    (b'{"name": "Data team",', "Expecting property name enclosed in double quotes", 21),
    (b"{not json", "Expecting property name enclosed in double quotes", 1),
    (b'{"name": "x"} trailing', "Extra data", 14),
])
async def test_a_body_that_is_not_json_says_so_and_where(
    client: httpx.AsyncClient, user: dict[str, Any], body: bytes, error: str, position: int
) -> None:
    r = await client.post("/api/v1/jobs", content=body, headers={
        **user["headers"], "Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    answer = r.json()["error"]
    assert answer["code"] == "invalid_json"
    assert answer["message"] == (
        f"The request body is not valid JSON: {error} (at character {position})")
    assert answer["details"] == {"position": position, "error": error}


async def test_a_missing_body_says_so(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    r = await client.post("/api/v1/jobs", headers={
        **user["headers"], "Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["message"] == "Invalid request: the request body is missing"


async def test_field_errors_still_name_the_fields(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    r = await client.post("/api/v1/jobs", json={"title": 5}, headers=user["headers"])
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "validation_error"
    assert "title" in r.json()["error"]["message"]
