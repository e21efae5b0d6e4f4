"""Alembic environment: runs with psycopg (sync), so raw multi-statement SQL works."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool, text

import talentsonar.models  # noqa: F401  (registers every table on the metadata)
from talentsonar.core.models import Base

config = context.config
target_metadata = Base.metadata
MIGRATION_LOCK = 7_246_163_001  # pg_advisory_lock key for migrations


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as connection:
        # Several API/worker containers may start at once: one migrates, the others wait
        # and then find nothing left to do.
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        connection.commit()
        try:
            _run(connection)
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        compare_type=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
