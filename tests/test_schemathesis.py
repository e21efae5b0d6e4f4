"""Property-based API fuzzing: schemathesis generates requests for every operation in
the OpenAPI document and checks that none causes a server error (5xx).

Runs in-process (ASGI, through Starlette's TestClient with the app's own lifespan)
against a real database, each operation signed in as the owner of an organisation of its
own, so authenticated code paths run. One app, database and set of fake servers serve
every operation of the module (a pytest-xdist worker builds its own).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from starlette.testclient import TestClient

from talentsonar.app import create_app
from tests.conftest import APPS, make_settings
from tests.fakes.n8n_server import FakeN8n
from tests.fakes.stripe_server import FakeStripe
from tests.harness import FreshDatabases

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def live_app(
    tmp_path_factory: pytest.TempPathFactory, fresh_databases: FreshDatabases
) -> Iterator[TestClient]:
    # The optional integrations are configured (fakes on 127.0.0.1), so the fuzzer reaches
    # their code paths instead of a "not configured" answer.
    n8n, stripe = FakeN8n().start(), FakeStripe().start()
    database_url = fresh_databases.take()
    settings = make_settings(
        tmp_path_factory.mktemp("fuzz"),
        redis_key_prefix=f"tstest:{uuid.uuid4().hex[:12]}:",
        n8n_webhook_url=f"{n8n.url}/webhook/talent-search",
        n8n_base_url=n8n.url,
        stripe_base_url=f"{stripe.url}/v1",
        stripe_secret_key=stripe.api_key,
        stripe_webhook_secret=stripe.webhook_secret,
    )
    try:
        with TestClient(create_app(settings, database_url=database_url),
                        raise_server_exceptions=False) as client:
            yield client
    finally:
        fresh_databases.give_back(database_url)
        n8n.stop()
        stripe.stop()


@pytest.fixture
def owner_headers(live_app: TestClient) -> dict[str, str]:
    """A new owner (of a new organisation) for each operation."""
    return sign_in(live_app)


def _openapi() -> dict[str, Any]:
    """The app's OpenAPI document (building the app starts nothing)."""
    return APPS.openapi(make_settings(Path(tempfile.gettempdir()) / "ts-schemathesis"))


schema = schemathesis.openapi.from_dict(_openapi())


def sign_in(client: TestClient) -> dict[str, str]:
    email = f"fuzz-{uuid.uuid4().hex[:8]}@example.com"
    r = client.post("/api/v1/auth/register", json={
        "email": email, "password": "fuzz-password-1", "fullName": "Fuzz"})
    assert r.status_code == 201, r.text
    return {"Authorization": f"Bearer {r.json()['data']['token']}"}


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_operation_answers_a_server_error(
    case: Any, live_app: TestClient, owner_headers: dict[str, str]
) -> None:
    headers = owner_headers
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    # Signed in as a real owner, so generated inputs reach the handlers (anonymous and
    # forged credentials are covered by tests/auth and tests/core/test_isolation.py).
    sent = {k: v for k, v in (kwargs.get("headers") or {}).items()
            if k.lower() not in ("authorization", "x-api-key")}
    kwargs["headers"] = {**sent, **headers}
    response = live_app.request(**kwargs)
    # Multipart bodies (CV upload) are streamed: load them so schemathesis can report them;
    # a generated part httpx cannot render twice is checked on the status alone.
    try:
        response.request.read()
    except (AttributeError, TypeError):
        assert response.status_code < 500, response.text
        return
    case.validate_response(response, checks=[not_a_server_error])
