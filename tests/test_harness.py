"""The harness's shortcuts keep tests apart: a lent app serves only its borrower's runtime,
an app is lent only for the settings it was built with, a database is never handed out
twice and is dropped after its test."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
from fastapi.middleware.cors import CORSMiddleware

from talentsonar.core.db import with_database
from talentsonar.core.runtime import Runtime
from tests.conftest import APPS, client_of, make_settings, open_client, register_user
from tests.harness import FreshDatabases


async def test_clients_open_at_once_each_serve_their_own_runtime(
    tmp_path: Path, runtime: Runtime, fresh_databases: FreshDatabases
) -> None:
    other_url = fresh_databases.take()
    try:
        async with client_of(runtime) as mine, open_client(
            make_settings(tmp_path / "other"), other_url
        ) as (theirs, _):
            assert mine._transport.app is not theirs._transport.app  # type: ignore[attr-defined]
            user = await register_user(mine, email="only-here@example.com")
            me = await mine.get("/api/v1/auth/me", headers=user["headers"])
            assert me.status_code == 200, me.text
            # the other app's database has no such user
            again = await register_user(theirs, email="only-here@example.com")
            assert again["user"]["id"] != user["user"]["id"]
    finally:
        fresh_databases.give_back(other_url)


async def test_an_app_is_lent_only_for_the_settings_it_was_built_with(
    tmp_path: Path, database_url: str
) -> None:
    origin = "https://example.test"
    plain = Runtime(make_settings(tmp_path), database_url)
    with_cors = Runtime(make_settings(tmp_path, cors_origins=[origin]), database_url)
    try:
        with APPS.lend(plain) as first:
            assert first.state.runtime is plain
        builds = APPS.builds
        with APPS.lend(plain) as again:
            assert again is first  # built once
        with APPS.lend(with_cors) as other:
            assert other is not first
            assert other.state.runtime is with_cors
            cors = next(m for m in other.user_middleware if m.cls is CORSMiddleware)
            assert cors.kwargs["allow_origins"] == [origin]
        assert APPS.builds == builds + 1
        # An app its test changed is never lent again.
        with APPS.lend(plain) as changed:
            changed.dependency_overrides[object] = object
        with APPS.lend(plain) as fresh:
            assert fresh is not changed  # (the pool lends the app given back last)
    finally:
        await plain.close()
        await with_cors.close()


def _databases(server_url: str) -> set[str]:
    with psycopg.connect(with_database(server_url, "postgres"), autocommit=True) as conn:
        return {row[0] for row in conn.execute("SELECT datname FROM pg_database")}


def test_fresh_databases_are_new_and_dropped_after_use(
    pg_server_url: str, template_db: str
) -> None:
    databases = FreshDatabases(pg_server_url, template_db, ahead=1)
    try:
        first, second = databases.take(), databases.take()
        assert first != second
        names = {url.split("/")[3].split("?")[0] for url in (first, second)}
        assert names <= _databases(pg_server_url)
        with psycopg.connect(first) as conn:  # a copy of the migrated template
            assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)
        databases.give_back(first)
        databases.give_back(second)
        deadline = time.monotonic() + 60
        while names & _databases(pg_server_url) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not names & _databases(pg_server_url)
    finally:
        databases.close()
