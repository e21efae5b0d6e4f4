"""Apply the Alembic migrations (``talentsonar db upgrade``, and ``serve`` on start)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, pool, text

from talentsonar.core.db import libpq_url
from talentsonar.core.errors import ServiceUnavailable


def sync_url(url: str) -> str:
    return libpq_url(url).replace("postgresql://", "postgresql+psycopg://", 1)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "talentsonar:migrations")
    cfg.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return cfg


class PgvectorMissing(ServiceUnavailable):
    code = "pgvector_missing"


def check_server(url: str) -> None:
    """Fail early, with a clear message, when the server cannot host Talent Sonar."""
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            available = conn.execute(
                text("SELECT name FROM pg_available_extensions WHERE name IN ('vector', 'pg_trgm')")
            ).scalars().all()
    except Exception as exc:
        raise ServiceUnavailable(f"Cannot connect to the database: {exc}") from exc
    finally:
        engine.dispose()
    if "vector" not in available:
        raise PgvectorMissing(
            "The PostgreSQL server at DATABASE_URL has no pgvector extension. Install pgvector "
            "(https://github.com/pgvector/pgvector, package postgresql-<version>-pgvector), use "
            "an image such as pgvector/pgvector:pg17, or unset DATABASE_URL to use the embedded "
            "PostgreSQL."
        )
    if "pg_trgm" not in available:
        raise PgvectorMissing(
            "The PostgreSQL server has no pg_trgm extension (postgresql-contrib)."
        )


def upgrade(url: str, revision: str = "heads") -> None:
    check_server(url)
    command.upgrade(alembic_config(url), revision)


def current(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            heads = MigrationContext.configure(conn).get_current_heads()
    finally:
        engine.dispose()
    return ",".join(heads) if heads else None
