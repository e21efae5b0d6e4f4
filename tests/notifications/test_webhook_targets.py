"""Outbound webhooks reach public addresses only (SSRF): checked when an endpoint is
registered and again at every delivery, connected to the address that was checked,
without redirects, and with errors that tell a tenant nothing about the network.

The receivers here listen on 127.0.0.1, which the ``settings`` of this package allow
explicitly (``WEBHOOK_ALLOWED_NETWORKS``); the refusals use the default settings."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from talentsonar.core import egress
from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, open_client, register_user, run_queued_tasks
from tests.fakes.threaded_server import ThreadedServer, free_port
from tests.notifications.conftest import Receiver
from tests.notifications.test_notifications import drive_low_balance

NOT_ALLOWED = "The endpoint's address is not allowed"
NO_RESPONSE = "No response from the endpoint"

REFUSED_URLS = [
    "http://127.0.0.1:6379/",
    "http://localhost:6379/",
    "http://0.0.0.0:8080/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.1/hook",
    "http://100.64.0.1/hook",
    "http://224.0.0.1/hook",
    "http://255.255.255.255/hook",
    "http://[fe80::1]/hook",
    "http://[fc00::1]/hook",
    "http://[2002:a00:1::1]/hook",  # 6to4 of 10.0.0.1
]
PUBLIC_URL = "https://93.184.215.14/hook"


def default_settings(tmp_path: Path, redis_prefix: str) -> Settings:
    return make_settings(tmp_path / "default", redis_key_prefix=redis_prefix)


async def deliveries(client: httpx.AsyncClient, user: dict[str, Any], eid: str) -> list[Any]:
    r = await client.get(f"/api/v1/webhooks/{eid}/deliveries", headers=user["headers"])
    assert r.status_code == 200, r.text
    return r.json()["data"]  # type: ignore[no-any-return]


async def register(client: httpx.AsyncClient, user: dict[str, Any], url: str) -> httpx.Response:
    return await client.post(
        "/api/v1/webhooks", json={"url": url, "eventTypes": ["credits.low"]},
        headers=user["headers"],
    )


async def test_private_targets_are_refused_at_registration_by_default(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    async with open_client(default_settings(tmp_path, redis_prefix), database_url) as (c, _):
        user = await register_user(c)
        for url in REFUSED_URLS:
            r = await register(c, user, url)
            assert r.status_code == 422, (url, r.status_code, r.text)
            error = r.json()["error"]
            assert error["code"] == "webhook_url_not_allowed", (url, error)
            assert "127.0.0.1" not in error["message"]
        for url in ("ftp://93.184.215.14/", "file:///etc/passwd", "gopher://93.184.215.14/"):
            assert (await register(c, user, url)).status_code == 422, url
        listed = await c.get("/api/v1/webhooks", headers=user["headers"])
        assert listed.json()["data"] == []
        # a public address is fine; changing it to a private one is refused like creating
        created = await register(c, user, PUBLIC_URL)
        assert created.status_code == 201, created.text
        eid = created.json()["data"]["id"]
        r = await c.patch(
            f"/api/v1/webhooks/{eid}", json={"url": "http://127.0.0.1:6379/"},
            headers=user["headers"],
        )
        assert r.status_code == 422
        assert r.json()["error"]["code"] == "webhook_url_not_allowed"
        got = await c.get(f"/api/v1/webhooks/{eid}", headers=user["headers"])
        assert got.json()["data"]["url"] == PUBLIC_URL


async def test_the_address_is_checked_again_at_delivery(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    receiver: Receiver,
    tmp_path: Path,
    database_url: str,
    redis_prefix: str,
) -> None:
    """Registered while 127.0.0.1 was allowed (or before this check existed); delivered by
    a worker with the default settings: refused, and the receiver sees nothing."""
    r = await register(client, user, receiver.url)
    assert r.status_code == 201, r.text
    eid = r.json()["data"]["id"]
    await drive_low_balance(client, user)
    async with open_client(default_settings(tmp_path, redis_prefix), database_url) as (_, rt):
        await run_queued_tasks(rt)
    assert receiver.received == []
    [d] = await deliveries(client, user, eid)
    assert (d["status"], d["attempts"], d["responseCode"], d["error"]) == (
        "failed", 1, None, NOT_ALLOWED
    )


@dataclass
class Dns:
    """What the resolver answers, in turn, per host (the last answer repeats)."""

    answers: dict[str, list[list[str]]] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    async def resolve(self, host: str, port: int) -> list[egress.IPAddress]:
        self.asked.append(host)
        queue = self.answers[host]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return [ipaddress.ip_address(a) for a in answer]


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Dns:
    fake = Dns()
    monkeypatch.setattr(egress, "resolve", fake.resolve)
    return fake


async def test_dns_rebinding_after_registration_is_refused(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime, dns: Dns
) -> None:
    dns.answers["hooks.rebinding.test"] = [["93.184.215.14"], ["10.0.0.7"]]
    r = await register(client, user, "http://hooks.rebinding.test/hook")
    assert r.status_code == 201, r.text
    await drive_low_balance(client, user)
    await run_queued_tasks(runtime)
    [d] = await deliveries(client, user, r.json()["data"]["id"])
    assert (d["status"], d["attempts"], d["error"]) == ("failed", 1, NOT_ALLOWED)
    assert dns.asked == ["hooks.rebinding.test", "hooks.rebinding.test"]


async def test_delivery_connects_to_the_checked_address_with_the_host_kept(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime, receiver: Receiver,
    dns: Dns,
) -> None:
    """The name does not exist in any real DNS: the delivery reaches the receiver only
    because it connects to the address the check resolved (once per attempt)."""
    assert receiver.server is not None
    dns.answers["hooks.pinned.test"] = [["127.0.0.1"]]
    url = f"http://hooks.pinned.test:{receiver.server.port}/hook"
    r = await register(client, user, url)
    assert r.status_code == 201, r.text
    await drive_low_balance(client, user)
    await run_queued_tasks(runtime)
    assert len(receiver.received) == 1
    _, headers = receiver.received[0]
    assert headers["host"] == f"hooks.pinned.test:{receiver.server.port}"
    [d] = await deliveries(client, user, r.json()["data"]["id"])
    assert (d["status"], d["responseCode"]) == ("succeeded", 200)
    assert dns.asked == ["hooks.pinned.test", "hooks.pinned.test"]  # registration, delivery


@pytest.fixture
def hanging_up_server() -> Iterator[int]:
    """Accepts TCP connections and closes them at once (an open port, no HTTP)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(sock.getsockname()[1])
    finally:
        stop.set()
        thread.join(timeout=2)
        sock.close()


async def test_delivery_errors_do_not_reveal_the_network(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime, hanging_up_server: int
) -> None:
    """A closed port and an open one that hangs up read the same: no port scanning."""
    closed = await register(client, user, f"http://127.0.0.1:{free_port()}/hook")
    hangs_up = await register(client, user, f"http://127.0.0.1:{hanging_up_server}/hook")
    await drive_low_balance(client, user)
    await run_queued_tasks(runtime)
    errors = set()
    for created in (closed, hangs_up):
        [d] = await deliveries(client, user, created.json()["data"]["id"])
        assert (d["status"], d["responseCode"]) == ("failed", None)
        errors.add(d["error"])
    assert errors == {NO_RESPONSE}


@pytest.fixture
def tricky_receiver() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    async def redirect(request: Request) -> Response:
        hits.append("redirect")
        return RedirectResponse("/elsewhere", status_code=302)

    async def elsewhere(request: Request) -> Response:
        hits.append("elsewhere")
        return PlainTextResponse("ok")

    async def leaky(request: Request) -> Response:
        hits.append("leaky")
        return PlainTextResponse("redis_version:7.2.4 internal-secret", status_code=500)

    server = ThreadedServer(Starlette(routes=[
        Route("/redirect", redirect, methods=["POST"]),
        Route("/elsewhere", elsewhere, methods=["GET", "POST"]),
        Route("/leaky", leaky, methods=["POST"]),
    ])).start()
    try:
        yield server.url, hits
    finally:
        server.stop()


async def test_redirects_are_not_followed_and_bodies_not_reflected(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    runtime: Runtime,
    tricky_receiver: tuple[str, list[str]],
) -> None:
    base, hits = tricky_receiver
    redirecting = await register(client, user, f"{base}/redirect")
    leaky = await register(client, user, f"{base}/leaky")
    await drive_low_balance(client, user)
    await run_queued_tasks(runtime)
    [d] = await deliveries(client, user, redirecting.json()["data"]["id"])
    assert (d["status"], d["attempts"], d["responseCode"]) == ("failed", 1, 302)
    assert "elsewhere" not in hits
    [d] = await deliveries(client, user, leaky.json()["data"]["id"])
    assert (d["status"], d["responseCode"], d["error"]) == ("failed", 500, "HTTP 500")
    assert hits.count("leaky") == d["attempts"] > 1  # a 5xx is retried


def test_allowed_networks_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32, 10.0.0.0/8,fd00::/8")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.webhook_allowed_networks == ["127.0.0.1/32", "10.0.0.0/8", "fd00::/8"]
    allowed = egress.parse_networks(settings.webhook_allowed_networks)
    assert egress.is_allowed(ipaddress.ip_address("10.1.2.3"), allowed)
    assert egress.is_allowed(ipaddress.ip_address("fd00::5"), allowed)
    assert not egress.is_allowed(ipaddress.ip_address("192.168.0.1"), allowed)
    monkeypatch.setenv("WEBHOOK_ALLOWED_NETWORKS", "not-a-network")
    with pytest.raises(ValidationError, match="WEBHOOK_ALLOWED_NETWORKS"):
        Settings(_env_file=None)  # type: ignore[call-arg]
    monkeypatch.delenv("WEBHOOK_ALLOWED_NETWORKS")
    assert Settings(_env_file=None).webhook_allowed_networks == []  # type: ignore[call-arg]


async def test_pinned_request_keeps_host_and_tls_name() -> None:
    target = egress.Target(
        url=httpx.URL("https://hooks.example.com:8443/in?x=1"),
        addresses=(ipaddress.ip_address("2606:2800:220:1::1"),),
    )
    async with httpx.AsyncClient() as client:
        request = egress.pinned_request(
            client, target, "POST", content=b"{}", headers={"X-A": "1"}
        )
        assert str(request.url) == "https://[2606:2800:220:1::1]:8443/in?x=1"
        assert request.headers["host"] == "hooks.example.com:8443"
        assert request.headers["x-a"] == "1"
        assert request.extensions["sni_hostname"] == "hooks.example.com"
        with pytest.raises(egress.TargetNotAllowed):
            egress.pinned_request(
                client, target, "POST", content=b"", headers={},
                address=ipaddress.ip_address("127.0.0.1"),
            )
