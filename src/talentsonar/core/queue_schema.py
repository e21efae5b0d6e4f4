"""procrastinate's database schema, applied by our first migration.

procrastinate is pinned, so its ``schema.sql`` is the schema of the version we run;
an upgrade of procrastinate comes with a migration applying its migration files.
"""

from __future__ import annotations

from importlib import resources


def procrastinate_schema_sql() -> str:
    return (resources.files("procrastinate") / "sql" / "schema.sql").read_text()
