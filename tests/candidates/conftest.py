from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from sqlalchemy import text

from talentsonar.core.runtime import Runtime

# Byte-identical PDFs for identical content (no creation date / random document id), so
# "the same file uploaded twice" can be built twice.
rl_config.invariant = 1


async def row_counts(runtime: Runtime) -> dict[str, int]:
    """Rows written by ingestion (whole database: each test has its own)."""
    async with runtime.db.session() as session:
        out = {}
        for table in ("candidates", "cv_documents", "tasks"):
            out[table] = int((await session.execute(
                text(f"SELECT count(*) FROM {table}"))).scalar_one())
        out["jobs_queued"] = int((await session.execute(
            text("SELECT count(*) FROM procrastinate_jobs"))).scalar_one())
        return out


def stored_files(runtime: Runtime) -> list[Path]:
    root = runtime.settings.data_dir / "files"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
