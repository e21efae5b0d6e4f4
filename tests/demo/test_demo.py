"""The demo a fresh install starts with: a login, three jobs and eight CVs that go through
the real ingestion and matching paths, ranked sensibly; seeding twice changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from talentsonar.demo import seed_demo
from tests.conftest import run_queued_tasks

EXPECTED_BEST = {
    "Senior Backend Engineer (Python)": {"Amira Haddad", "Lena Novak"},
    "ICU Registered Nurse": {"Grace Okafor"},
    "Financial Analyst": {"Priya Sharma"},
}


async def _count(runtime: Runtime, table: str) -> int:
    async with runtime.db.session(read_only=True) as s:
        return int((await s.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one())


async def test_demo_org_has_jobs_and_ranked_candidates(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    login = await seed_demo(runtime)
    assert login.created
    # + the JobSwap network; the demo CVs' applications follow their parsing (pipeline/demo.py)
    assert login.seeded == {"candidates": 8, "jobs": 3, "pipeline": 0, "jobswap": 12}
    await run_queued_tasks(runtime)

    r = await client.post("/api/v1/auth/login", json={
        "email": login.email, "password": login.password})
    assert r.status_code == 200, r.text
    headers = {"Authorization": f"Bearer {r.json()['data']['token']}"}

    candidates = (await client.get("/api/v1/candidates", headers=headers)).json()
    assert candidates["pagination"]["total"] == 8
    parsed = {c["name"]: c for c in candidates["data"]}
    assert parsed["Amira Haddad"]["email"] == "amira.haddad@example.com"
    assert "PostgreSQL" in parsed["Amira Haddad"]["skills"]

    jobs = (await client.get("/api/v1/jobs", headers=headers)).json()["data"]
    assert {j["title"] for j in jobs} == set(EXPECTED_BEST)
    for job in jobs:
        matches: list[dict[str, Any]] = (await client.get(
            f"/api/v1/jobs/{job['id']}/matches", params={"minScore": 0},
            headers=headers)).json()["data"]
        assert len(matches) == 8, job["title"]
        assert matches[0]["candidate"]["name"] in EXPECTED_BEST[job["title"]], (
            job["title"], [(m["candidate"]["name"], m["matchScore"]) for m in matches])
        assert matches[0]["matchRationale"]
        board = (await client.get(f"/api/v1/jobs/{job['id']}/pipeline",
                                  headers=headers)).json()["data"]
        assert board["total"] >= 2, job["title"]
        assert len([c for c in board["stages"] if c["count"]]) >= 2, job["title"]

    again = await seed_demo(runtime)
    assert not again.created
    assert again.seeded == {"candidates": 0, "jobs": 0, "pipeline": 0, "jobswap": 0}
    # the recruiting demo's (the JobSwap network's resumes are candidates of its own org)
    assert await _count(runtime, f"candidates WHERE org_id = '{login.org_id}'") == 8
    assert await _count(runtime, "jobs") == 3
    assert await _count(runtime, f"applications WHERE org_id = '{login.org_id}'") == 8


def _cli(database_url: str, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The real `talentsonar` command in a process of its own (nothing imported before)."""
    env = {**os.environ, "DATABASE_URL": database_url, "TALENTSONAR_ENV": "test",
           "TALENTSONAR_DATA_DIR": str(tmp_path / "data"), "CREDITS_SIGNUP_GRANT": "100",
           "JWT_SECRETS": "k1:cli-test-secret-0123456789abcdef0123", "LOG_FORMAT": "json",
           # argon2 at its cheapest, as in make_settings: the demo seeds 14 accounts
           "PASSWORD_HASH_TIME_COST": "1", "PASSWORD_HASH_MEMORY_KIB": "64"}
    env.pop("REDIS_URL", None)
    cli = Path(sys.executable).parent / "talentsonar"
    return subprocess.run([str(cli), *argv], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=240, check=False)


async def _balance_of(runtime: Runtime, email: str) -> int:
    async with runtime.db.session(read_only=True) as s:
        return int((await s.execute(text(
            "SELECT b.balance FROM credit_balances b JOIN memberships m ON m.org_id = b.org_id"
            " JOIN users u ON u.id = m.user_id WHERE u.email = :email"
        ), {"email": email})).scalar_one())


async def test_the_demo_seeded_by_the_command_line_has_the_signup_credits(
    runtime: Runtime, database_url: str, tmp_path: Path
) -> None:
    """`talentsonar serve` and `talentsonar demo seed` seed before the app exists: the
    organisation must still get the sign-up grant, or every AI endpoint answers 402."""
    done = _cli(database_url, tmp_path, "demo", "seed")
    assert done.returncode == 0, done.stderr
    assert await _balance_of(runtime, runtime.settings.demo_email) == 100


async def test_an_admin_created_by_the_command_line_has_the_signup_credits(
    runtime: Runtime, database_url: str, tmp_path: Path
) -> None:
    done = _cli(database_url, tmp_path, "users", "create-admin", "--email", "root@example.com",
                "--password", "root-password-123")
    assert done.returncode == 0, done.stderr
    assert await _balance_of(runtime, "root@example.com") == 100
