"""The sign-in methods are in the OpenAPI document although the credentials are read from
the headers directly: the two schemes, and on every operation that reads them, either."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.conftest import APPS, make_settings, register_user

EITHER = [{"OAuth2PasswordBearer": []}, {"APIKeyHeader": []}]


def test_the_schemes_and_each_operations_requirement_are_documented(tmp_path: Path) -> None:
    document: dict[str, Any] = APPS.openapi(make_settings(tmp_path))
    assert document["components"]["securitySchemes"] == {
        "OAuth2PasswordBearer": {
            "type": "oauth2",
            "flows": {"password": {"scopes": {}, "tokenUrl": "/api/v1/auth/token"}},
        },
        "APIKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
    }
    operations = {
        (method, path): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
    }
    # every API operation reads the caller's credentials (anonymous ones for their limit)
    api = {key: op for key, op in operations.items() if key[1].startswith("/api/v1/")}
    assert len(api) > 90
    assert {key for key, op in api.items() if op.get("security") != EITHER} == set()
    assert operations[("get", "/health/live")].get("security") is None
    # the credentials are no parameters of their own
    for operation in api.values():
        names = {p["name"].lower() for p in operation.get("parameters", [])}
        assert not names & {"authorization", "x-api-key"}


async def test_the_bearer_scheme_is_read_in_any_case(client: httpx.AsyncClient) -> None:
    user = await register_user(client)
    for scheme in ("Bearer", "bearer", "BEARER"):
        answer = await client.get("/api/v1/tasks",
                                  headers={"Authorization": f"{scheme} {user['token']}"})
        assert answer.status_code == 200, (scheme, answer.text)
    for header in ({"Authorization": f"Basic {user['token']}"},
                   {"Authorization": user["token"]}, {"X-API-Key": ""}):
        assert (await client.get("/api/v1/tasks", headers=header)).status_code == 401
