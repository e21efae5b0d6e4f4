"""The ``talentsonar import`` commands, run as a user would (typer), on a real database."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from talentsonar.auth.service import create_user_with_org
from talentsonar.cli import app
from talentsonar.cli import console as cli_console
from talentsonar.core.config import get_settings
from talentsonar.core.runtime import Runtime
from tests.candidates.conftest import rl_config  # noqa: F401  (deterministic PDFs)
from tests.conftest import make_settings
from tests.cvs.builders import make_docx, make_pdf


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[str]:
    """The CLI pointed at this test's database, with one organisation in it."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("TALENTSONAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALENTSONAR_ENV", "test")
    monkeypatch.setenv("JWT_SECRETS", "k1:cli-test-secret-0123456789abcdef")
    get_settings.cache_clear()
    monkeypatch.setattr(cli_console, "width", 250)  # report tables on one line each

    async def make_org() -> str:
        runtime = Runtime(make_settings(tmp_path), database_url)
        try:
            async with runtime.db.session() as session:
                _, org = await create_user_with_org(
                    session, email="cli@example.com", full_name="Cli", password="pw-123456789",
                    org_name="Cli Org", settings=runtime.settings)
                return str(org.id)
        finally:
            await runtime.close()

    org_id = asyncio.run(make_org())
    yield org_id
    get_settings.cache_clear()


def query(database_url: str, sql: str) -> list[Any]:
    import psycopg

    with psycopg.connect(database_url) as conn:
        return list(conn.execute(sql).fetchall())


def test_import_cvs_is_resumable_and_reports_failures(
    cli_env: str, database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "cvs"
    (folder / "nested").mkdir(parents=True)
    (folder / "jane.pdf").write_bytes(make_pdf())
    (folder / "nested" / "omar.docx").write_bytes(make_docx(lines=[
        "Omar Field", "omar@example.net", "Registered Nurse", "Skills: Patient Care"]))
    (folder / "broken.pdf").write_bytes(b"")
    (folder / "notes.md").write_text("not a CV")
    runner = CliRunner()
    first = runner.invoke(app, ["import", "cvs", str(folder)])
    assert first.exit_code == 2, first.output
    assert "2 new" in first.output
    assert "1 failed" in first.output
    assert "empty_file" in first.output
    assert "broken.pdf" in first.output
    assert query(database_url, "SELECT count(*) FROM candidates")[0][0] == 2

    second = runner.invoke(app, ["import", "cvs", str(folder), "--org", cli_env])
    assert "0 new" in second.output
    assert "2 already imported" in second.output
    assert query(database_url, "SELECT count(*) FROM candidates")[0][0] == 2
    # every parse task ran to success (scoring tasks queued by the new candidates are
    # the matching engine's, run by a worker later)
    statuses = query(
        database_url, "SELECT DISTINCT status::text FROM tasks WHERE kind = 'cvs.parse_cv'"
    )
    assert statuses == [("succeeded",)]

    unknown_job = runner.invoke(app, ["import", "cvs", str(folder), "--job",
                                      "00000000-0000-0000-0000-000000000000"])
    assert unknown_job.exit_code == 1


BACKUP = {
    "jobs": [
        {"id": "job-1", "title": "Senior React Developer", "department": "Technology",
         "location": "Budapest", "description": "React and TypeScript",
         "requiredSkills": ["React", "TS"], "status": "open",
         "postedDate": "2025-01-15T10:30:00Z", "companyContext": {"industry": "SaaS"}},
        {"id": "2b7c1d9e-1111-4c55-9a43-1b7f0e2d9c10", "title": "Nurse", "status": "on hold"},
        {"id": "job-3", "title": "Broken", "status": "archived"},
        {"id": "job-4", "title": ""},
    ],
    "internalCandidates": [
        {"id": "c-1", "name": "Ada Lovelace", "email": "ada@example.com",
         "skills": ["React", "JS"], "currentRole": "Engineer", "department": "Tech",
         "matchScores": {"job-1": 87, "job-404": 50, "2b7c1d9e-1111-4c55-9a43-1b7f0e2d9c10": 140},
         "matchRationales": {"job-1": "Strong React"}},
    ],
    "pastCandidates": [
        {"id": "c-2", "name": "Grace Hopper", "email": "grace@example.com", "skills": [],
         "isHiddenGem": True, "lastRole": "Nurse"},
        {"id": "c-3", "name": "No Email", "email": "not-an-email", "skills": []},
    ],
    "uploadedCandidates": [{"name": "No id"}],
}


def test_import_localstorage_is_idempotent(cli_env: str, database_url: str,
                                           tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(BACKUP))
    runner = CliRunner()
    first = runner.invoke(app, ["import", "localstorage", str(backup)],
                          terminal_width=200)
    assert first.exit_code == 0, first.output
    jobs = query(database_url, "SELECT title, status, required_skills, created_at::date::text "
                               "FROM jobs ORDER BY title")
    assert jobs == [("Nurse", "on hold", [], jobs[0][3]),
                    ("Senior React Developer", "open", ["React", "TypeScript"], "2025-01-15")]
    people = query(database_url, "SELECT name, type, is_hidden_gem, metadata FROM candidates "
                                 "ORDER BY name")
    assert [(p[0], p[1], p[2]) for p in people] == [("Ada Lovelace", "internal", False),
                                                    ("Grace Hopper", "past", True)]
    ada_meta = people[0][3]
    assert ada_meta["currentRole"] == "Engineer"
    [(score_job, score)] = ada_meta["legacyMatchScores"].items()
    assert score == {"score": 87, "rationale": "Strong React"}
    for reason in ("unknown status 'archived'", "unknown job", "not a number from 0 to 100",
                   "missing id", "email"):
        assert reason in first.output, reason

    second = runner.invoke(app, ["import", "localstorage", str(backup)], terminal_width=200)
    assert second.exit_code == 0
    assert query(database_url, "SELECT count(*) FROM jobs")[0][0] == 2
    assert query(database_url, "SELECT count(*) FROM candidates")[0][0] == 2
    assert query(database_url, f"SELECT count(*) FROM jobs WHERE id = '{score_job}'")[0][0] == 1


def test_import_localstorage_rejects_bad_json(cli_env: str, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text("{not json")
    result = CliRunner().invoke(app, ["import", "localstorage", str(backup)])
    assert result.exit_code == 1
    assert "not valid JSON" in result.output
