"""The contract tests share one demo organisation (what ``scripts/run`` shows a fresh
install): the demo login, three jobs and eight CVs parsed and scored by the real paths,
with a fake Stripe and a fake N8N for seed 000's payment and workflow endpoints. Tests
that write create what they change, so the demo data stays as seeded for the others."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from talentsonar.core.runtime import Runtime
from talentsonar.demo import seed_demo
from tests.admin.helpers import make_platform_admin
from tests.conftest import client_of, make_settings, register_user, run_queued_tasks
from tests.contract.shapes import conformance_errors
from tests.contract.summary import PROPERTY
from tests.fakes.n8n_server import FakeN8n
from tests.fakes.stripe_server import FakeStripe
from tests.harness import FreshDatabases


@dataclass
class Demo:
    runtime: Runtime
    headers: dict[str, str]
    admin: dict[str, Any]
    org_id: str
    stripe: FakeStripe
    n8n: FakeN8n
    jobs: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)

    def job(self, title_part: str = "Backend") -> dict[str, Any]:
        return next(j for j in self.jobs if title_part in j["title"])

    def candidate(self, name: str = "Amira Haddad") -> dict[str, Any]:
        return next(c for c in self.candidates if c["name"] == name)


@pytest.fixture(scope="package")
def fakes() -> Iterator[tuple[FakeStripe, FakeN8n]]:
    stripe, n8n = FakeStripe().start(), FakeN8n().start()
    n8n.results = [
        {
            "name": "Ada Lovelace",
            "email": "ada@example.com",
            "title": "Engineer",
            "skills": ["Python"],
        }
    ]
    try:
        yield stripe, n8n
    finally:
        stripe.stop()
        n8n.stop()


@pytest.fixture(scope="package")
async def demo(
    tmp_path_factory: pytest.TempPathFactory,
    fresh_databases: FreshDatabases,
    fakes: tuple[FakeStripe, FakeN8n],
) -> AsyncIterator[Demo]:
    stripe, n8n = fakes
    settings = make_settings(
        tmp_path_factory.mktemp("contract"),
        redis_key_prefix=f"tstest:{uuid.uuid4().hex[:12]}:",
        credits_signup_grant=100_000,
        stripe_base_url=f"{stripe.url}/v1",
        stripe_secret_key=stripe.api_key,
        stripe_webhook_secret=stripe.webhook_secret,
        n8n_webhook_url=f"{n8n.url}/webhook/talent-search",
        n8n_base_url=n8n.url,
        n8n_timeout_seconds=5,
    )
    url = fresh_databases.take()
    runtime = Runtime(settings, url)
    await runtime.start()
    try:
        login = await seed_demo(runtime)
        await run_queued_tasks(runtime)
        async with client_of(runtime) as client:
            r = await client.post(
                "/api/v1/auth/login", json={"email": login.email, "password": login.password}
            )
            assert r.status_code == 200, r.text
            headers = {"Authorization": f"Bearer {r.json()['data']['token']}"}
            admin = await register_user(client, org="Platform Operators")
            await make_platform_admin(runtime, admin)
            demo = Demo(runtime, headers, admin, str(login.org_id), stripe, n8n)
            demo.jobs = (await client.get("/api/v1/jobs", headers=headers)).json()["data"]
            demo.candidates = (await client.get("/api/v1/candidates", headers=headers)).json()[
                "data"
            ]
        assert len(demo.jobs) == 3
        assert len(demo.candidates) == 8
        yield demo
    finally:
        await runtime.close()
        fresh_databases.give_back(url)


@pytest.fixture
async def client(demo: Demo) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(demo.runtime) as c:
        yield c


@pytest.fixture
def conforms(request: pytest.FixtureRequest) -> Any:
    """``conforms(key, response)``: records which seed endpoint this test covers (for the
    summary) and asserts the response has every field the seed's example shows."""

    def check(key: str, response: httpx.Response) -> Any:
        request.node.user_properties.append((PROPERTY, key))
        body = response.json() if response.content else None
        errors = conformance_errors(key, response.status_code, body)
        assert not errors, f"{key}: " + "; ".join(errors)
        return body

    return check
