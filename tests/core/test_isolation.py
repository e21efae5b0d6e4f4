"""Generic tenancy and role tests over every route in the OpenAPI document.

New domains are covered automatically; see tests/isolation_factories.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, member_of, run_queued_tasks
from tests.isolation_factories import (
    FACTORIES,
    IsolationContext,
    load_domain_factories,
    make_object,
    request_body,
)

PARAM = re.compile(r"{([^}]+)}")


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str) -> Settings:
    """Some GET routes run (paid) AI operations: the organisations need credits."""
    return make_settings(tmp_path, redis_key_prefix=redis_prefix, credits_signup_grant=1000)
#: Routes open without credentials.
OPEN_ROUTES = {
    ("POST", "/api/v1/auth/register"),
    ("POST", "/api/v1/auth/login"),
    ("POST", "/api/v1/auth/token"),
    ("POST", "/api/v1/auth/refresh"),
}
#: Open too, but authenticated by a signature instead of credentials (the download link
#: is itself the permission: tests/storage/test_download_links.py).
SIGNED_ROUTES = {
    ("POST", "/api/v1/payments/webhook"),
    ("GET", "/api/v1/files/{token}"),
    # a candidate's assessment link: the token is the permission (tests/skills)
    ("GET", "/api/v1/assessments/take/{token}"),
    ("POST", "/api/v1/assessments/take/{token}/start"),
    ("PUT", "/api/v1/assessments/take/{token}/answers/{question_id}"),
    ("POST", "/api/v1/assessments/take/{token}/submit"),
}
#: Writes every signed-in caller may do, viewers included.
SELF_SERVICE_WRITES = {
    ("POST", "/api/v1/auth/logout"),
    ("POST", "/api/v1/invitations/{token}/accept"),
    ("POST", "/api/v1/notifications/{notification_id}/read"),
    ("POST", "/api/v1/notifications/read-all"),
}
#: Path parameters that do not name an object of one organisation: platform-admin routes
#: (cross-organisation by design; non-admins get 403, see tests/admin), secret invitation
#: tokens, and N8N workflow names.
NOT_TENANT_SCOPED = ("/api/v1/admin/", "/api/v1/invitations/", "/api/v1/workflows/",
                     "/api/v1/files/", "/api/v1/assessments/take/")


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


async def _fill(path: str, ctx: IsolationContext) -> str:
    params = PARAM.findall(path)
    missing = [p for p in params if p not in FACTORIES]
    assert not missing, (
        f"{path}: no isolation factory for path parameter(s) {missing}; register one in "
        "tests/<domain>/isolation.py (see tests/isolation_factories.py)"
    )
    for param in params:
        path = path.replace("{" + param + "}", await make_object(param, ctx))
    return path


async def test_other_organisations_objects_answer_404(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    load_domain_factories()
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    theirs = IsolationContext(client, runtime, other_user)
    scoped = [
        (method, template, op)
        for method, template, op in _operations(spec)
        if PARAM.search(template) and not template.startswith(NOT_TENANT_SCOPED)
    ]
    for _, template, _ in scoped:  # make every object first, then let background work
        await _fill(template, theirs)  # (e.g. match scoring) finish
    await run_queued_tasks(runtime)
    checked = 0
    for method, template, op in scoped:
        path = await _fill(template, theirs)
        kwargs = request_body(method, template, op, spec)
        if method == "GET":  # the owner does see it: the id is real (the answer may still
            # be a state error, e.g. analysing an interview that has no results yet)
            own = await client.request(method, path, headers=other_user["headers"])
            assert own.status_code != 404, (method, template, own.text)
            assert own.status_code < 500, (method, template, own.text)
        r = await client.request(method, path, headers=user["headers"], **kwargs)
        assert r.status_code == 404, (method, template, r.status_code, r.text)
        assert r.json()["error"]["code"] == "not_found"
        checked += 1
    assert checked >= 4


async def test_every_api_route_needs_credentials_unless_listed(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    """Anonymous calls answer 401 everywhere under /api except the listed open routes."""
    load_domain_factories()
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    ours = IsolationContext(client, runtime, user)
    checked = 0
    for method, template, op in _operations(spec):
        if not template.startswith("/api/") or (method, template) in OPEN_ROUTES | SIGNED_ROUTES:
            continue
        path = await _fill(template, ours)
        r = await client.request(method, path, **request_body(method, template, op, spec))
        assert r.status_code == 401, (method, template, r.status_code, r.text)
        checked += 1
    assert checked >= 10


async def test_viewers_cannot_write_anywhere(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    load_domain_factories()
    viewer = await member_of(client, user, "viewer")
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    ours = IsolationContext(client, runtime, user)
    checked = 0
    for method, template, op in _operations(spec):
        if method == "GET" or (method, template) in (
            OPEN_ROUTES | SIGNED_ROUTES | SELF_SERVICE_WRITES
        ):
            continue
        path = await _fill(template, ours)
        kwargs = request_body(method, template, op, spec)
        r = await client.request(method, path, headers=viewer["headers"], **kwargs)
        assert r.status_code == 403, (method, template, r.status_code, r.text)
        checked += 1
    assert checked >= 4
    # and reading still works
    assert (await client.get("/api/v1/tasks", headers=viewer["headers"])).status_code == 200
