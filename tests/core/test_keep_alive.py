"""Idle keep-alive connections outlive the clients' own idle time: with uvicorn's default
(5 s) a load-test user thinking 1-5 s between actions sometimes sent a POST (a CV upload)
on a connection the server was closing, and got a dropped connection (clients retry only
idempotent requests)."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from talentsonar.cli import server_options
from tests.conftest import make_settings


def test_serve_keeps_idle_connections_longer_than_clients_and_balancers(tmp_path: Path) -> None:
    default = uvicorn.Config("talentsonar.app:create_app",
                             **server_options(make_settings(tmp_path)))
    assert default.timeout_keep_alive > 60  # the usual idle timeout of clients and balancers
    chosen = make_settings(tmp_path, http_keep_alive_seconds=120)
    assert uvicorn.Config("x:y", **server_options(chosen)).timeout_keep_alive == 120
