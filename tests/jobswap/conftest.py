"""One JobSwap demo network per test module's package (the demo seeder: two companies,
their HR users, twelve employees in Budapest, eight resumes parsed by the CV ingestion,
matches generated), shared by the JobSwap tests; tests that change it make their own
people or undo what they did."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from talentsonar.core.runtime import Runtime
from talentsonar.jobswap import demo as jobswap_demo
from tests.conftest import client_of, make_settings
from tests.fakes.threaded_server import free_port
from tests.harness import FreshDatabases
from tests.notifications.conftest import Inbox

API = "/api/v1/jobswap"


@dataclass
class Network:
    runtime: Runtime
    org_id: uuid.UUID
    inbox: Inbox
    tokens: dict[str, dict[str, str]] = field(default_factory=dict)

    async def headers(self, client: httpx.AsyncClient, email: str) -> dict[str, str]:
        if email not in self.tokens:
            r = await client.post(
                "/api/v1/auth/login",
                json={"email": email, "password": self.runtime.settings.demo_password},
            )
            assert r.status_code == 200, r.text
            self.tokens[email] = {"Authorization": f"Bearer {r.json()['data']['token']}"}
        return self.tokens[email]


@pytest.fixture(scope="package")
async def network(
    tmp_path_factory: pytest.TempPathFactory, fresh_databases: FreshDatabases
) -> AsyncIterator[Network]:
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    settings = make_settings(
        tmp_path_factory.mktemp("jobswap"),
        redis_key_prefix=f"tstest:{uuid.uuid4().hex[:12]}:",
        smtp_url=f"smtp://127.0.0.1:{port}",
        upload_isolate_extraction=False,
    )
    url = fresh_databases.take()
    runtime = Runtime(settings, url)
    await runtime.start()
    try:
        created = await jobswap_demo.seed(runtime, uuid.uuid4())
        assert created == len(jobswap_demo.EMPLOYEES)
        from sqlalchemy import text

        async with runtime.db.session() as session:
            org_id = await session.scalar(
                text("SELECT id FROM organizations WHERE name = :n"),
                {"n": jobswap_demo.NETWORK_NAME},
            )
        yield Network(runtime, org_id, inbox)
    finally:
        smtp.stop()
        await runtime.close()
        fresh_databases.give_back(url)


@pytest.fixture
async def client(network: Network) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(network.runtime) as c:
        yield c


def as_list(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data
