"""Retries of outbound calls (tenacity behind ``resilient_call``), against the fake N8N
server: retry then success, give up after the last retry, ``Retry-After`` honoured or,
when too long, not waited for, and no retry of a client error."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from talentsonar.core.http import (
    BreakerState,
    CircuitBreaker,
    CircuitOpen,
    ProviderClient,
    RetryableError,
    resilient_call,
)
from tests.fakes.n8n_server import FakeN8n


@pytest.fixture
def n8n() -> Iterator[FakeN8n]:
    fake = FakeN8n().start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
async def client(n8n: FakeN8n) -> AsyncIterator[ProviderClient]:
    provider = ProviderClient(
        "n8n-test",
        base_url=n8n.url,
        timeout=5.0,
        max_retries=2,
        breaker=CircuitBreaker("n8n-test", threshold=100),
    )
    try:
        yield provider
    finally:
        await provider.aclose()


async def test_server_errors_are_retried_until_success(
    n8n: FakeN8n, client: ProviderClient
) -> None:
    n8n.fail_next("status", 2, status=503)
    response = await client.request("POST", "/webhook/echo", json={"n": 1})
    assert response.status_code == 200
    assert len(n8n.requests) == 3
    assert client.breaker.state == BreakerState.closed


async def test_gives_up_after_the_last_retry(n8n: FakeN8n, client: ProviderClient) -> None:
    n8n.fail_next("status", 5, status=500)
    with pytest.raises(httpx.HTTPStatusError) as raised:
        await client.request("POST", "/webhook/echo", json={})
    assert raised.value.response.status_code == 500
    assert len(n8n.requests) == 3  # one call and max_retries=2 retries


async def test_retry_after_is_waited_for(n8n: FakeN8n, client: ProviderClient) -> None:
    n8n.fail_next("retry_after", 1, seconds=1)
    started = time.monotonic()
    response = await client.request("POST", "/webhook/echo", json={})
    assert response.status_code == 200
    assert len(n8n.requests) == 2
    # the server's second, not the first retry's jittered backoff (at most 0.2 s)
    assert time.monotonic() - started >= 1.0


async def test_a_long_retry_after_is_not_waited_for(n8n: FakeN8n, client: ProviderClient) -> None:
    n8n.fail_next("retry_after", 1, seconds=120)  # longer than max_retry_after (30 s)
    with pytest.raises(httpx.HTTPStatusError) as raised:
        await client.request("POST", "/webhook/echo", json={})
    assert raised.value.response.status_code == 429
    assert len(n8n.requests) == 1


async def test_client_errors_are_not_retried(n8n: FakeN8n, client: ProviderClient) -> None:
    response = await client.request("POST", "/webhook/missing", json={})
    assert response.status_code == 404
    n8n.fail_next("status", 1, status=400)
    assert (await client.request("POST", "/webhook/echo", json={})).status_code == 400
    assert len(n8n.requests) == 2


async def test_an_open_breaker_fails_at_once_and_is_not_retried() -> None:
    breaker = CircuitBreaker("down", threshold=2, reset_seconds=60.0)
    calls = 0

    async def failing() -> None:
        nonlocal calls
        calls += 1
        raise RetryableError("try again", retry_after=0)

    with pytest.raises(CircuitOpen):
        await resilient_call("down", breaker, failing, max_retries=5)
    assert calls == 2  # the breaker opened after two failures; the third try never ran
    assert breaker.state == BreakerState.open
