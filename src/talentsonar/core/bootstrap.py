"""Find (or start) the database and bring its schema up to date."""

from __future__ import annotations

import warnings

from talentsonar.core.config import Settings


def resolve_database_url(settings: Settings) -> tuple[str, bool]:
    """``(url, embedded)``: ``DATABASE_URL``, or the embedded server started on demand."""
    if settings.database_url:
        return settings.database_url, False
    from talentsonar.core.embedded_pg import start_embedded_postgres

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
        return start_embedded_postgres(settings.data_dir), True


def prepare_database(settings: Settings) -> tuple[str, bool]:
    from talentsonar.core.migrate import upgrade

    url, embedded = resolve_database_url(settings)
    upgrade(url)
    return url, embedded
