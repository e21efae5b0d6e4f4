"""GitHub evidence (issue 17) against a fake GitHub on 127.0.0.1 that speaks the REST
API's shapes: the username from the CV's links, paging, languages and manifests, ETag/304,
a 403 rate limit the task waits out, an unknown user's 404, the optional token."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, open_client, register_user, run_queued_tasks
from tests.fakes.github_server import FakeGitHub, FakeRepo


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


PYPROJECT = """[project]
name = "svc"
dependencies = ["fastapi>=0.110", "SQLAlchemy[asyncio]~=2.0", "pandas"]
"""
PACKAGE_JSON = (
    '{"dependencies": {"react": "^18", "@angular/core": "17"}, "devDependencies": {"jest": "29"}}'
)


@pytest.fixture(scope="module")
def github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub(page_size=2)
    fake.users["octo"] = [
        FakeRepo(
            "api",
            _ago(10),
            {"Python": 400_000, "Shell": 2_000},
            {"pyproject.toml": PYPROJECT, "README.md": "# api"},
        ),
        FakeRepo(
            "web", _ago(30), {"TypeScript": 150_000, "CSS": 9_000}, {"package.json": PACKAGE_JSON}
        ),
        FakeRepo(
            "tool",
            _ago(60),
            {"Go": 50_000},
            {
                "go.mod": "module example.com/tool\n\ngo 1.22\n\nrequire (\n"
                "\tgithub.com/gin-gonic/gin v1.9.1\n)\n"
            },
        ),
        FakeRepo(
            "old-java",
            _ago(3000),
            {"Java": 300_000},
            {
                "pom.xml": "<project xmlns='http://maven.apache.org/POM/4.0.0'><dependencies>"
                "<dependency><groupId>org.springframework.boot</groupId>"
                "<artifactId>spring-boot-starter-web</artifactId></dependency>"
                "</dependencies></project>"
            },
        ),
        FakeRepo("forked-linux", _ago(1), {"C": 9_000_000}, {}, fork=True),
        FakeRepo("empty", _ago(5)),
    ]
    fake.users["nolink"] = [
        FakeRepo("x", _ago(1), {"Rust": 10_000}, {"Cargo.toml": "[dependencies]\ntokio = '1'\n"})
    ]
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
async def app(
    tmp_path: Path, redis_prefix: str, database_url: str, github: FakeGitHub
) -> AsyncIterator[tuple[httpx.AsyncClient, Runtime]]:
    github.log.clear()
    github.rate_limited = 0
    settings = make_settings(
        tmp_path, redis_key_prefix=redis_prefix, github_api_url=github.url, http_max_retries=0
    )
    async with open_client(settings, database_url) as pair:
        yield pair


async def _candidate(client: httpx.AsyncClient, headers: dict[str, str], link: str) -> str:
    cv = (
        f"Octo Cat\nocto.cat@example.com | {link}\nSoftware Engineer\nSkills: Python, Docker\n"
    ).encode()
    r = await client.post(
        "/api/v1/candidates/upload", headers=headers, files=[("file", ("cv.txt", cv, "text/plain"))]
    )
    assert r.status_code == 202, r.text
    return str(r.json()["data"]["files"][0]["candidateId"])


async def _task(client: httpx.AsyncClient, headers: dict[str, str], url: str) -> dict[str, Any]:
    r = await client.get(url, headers=headers)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


async def test_the_cv_link_gives_skills_weighted_by_recency_and_volume(
    app: tuple[httpx.AsyncClient, Runtime], github: FakeGitHub
) -> None:
    client, runtime = app
    owner = await register_user(client)
    h = owner["headers"]
    candidate = await _candidate(client, h, "https://github.com/octo")
    r = await client.post(f"/api/v1/candidates/{candidate}/github-analysis", headers=h)
    assert r.status_code == 202, r.text
    accepted = r.json()["data"]
    assert accepted["username"] == "octo"
    await run_queued_tasks(runtime)
    task = await _task(client, h, accepted["statusUrl"])
    assert task["status"] == "succeeded", task
    assert (task["completed"], task["total"], task["progress"]) == (5, 5, 100)  # fork skipped
    assert task["result"]["repositories"] == 5
    # every page of the list was read (page size 2: three pages)
    assert sum("/users/octo/repos" in path for _, path, _, _ in github.log) == 3

    profile = (await client.get(f"/api/v1/candidates/{candidate}/skills", headers=h)).json()
    skills = {s["name"]: s for s in profile["data"]["skills"]}
    github_level = {
        name: next(src for src in s["sources"] if src["source"] == "github")
        for name, s in skills.items()
        if any(src["source"] == "github" for src in s["sources"])
    }
    # languages and manifests, on the taxonomy's names
    for name in (
        "Python",
        "TypeScript",
        "Go",
        "Java",
        "FastAPI",
        "Pandas",
        "React",
        "Angular",
        "Jest",
        "Gin",
        "Spring Boot",
    ):
        assert name in github_level, (name, sorted(github_level))
    assert "C" not in github_level  # a fork is someone else's code
    python, java = github_level["Python"], github_level["Java"]
    # the same order of volume, but Java was last pushed eight years ago
    assert python["proficiency"] > java["proficiency"]
    assert python["confidence"] > java["confidence"]
    # volume: 400 kB of Python beats 50 kB of Go pushed at about the same time
    assert python["proficiency"] > github_level["Go"]["proficiency"]
    assert 0 < java["proficiency"] <= 10
    assert 0 < python["confidence"] <= 1
    repos = python["evidence"]["repositories"]
    assert repos[0]["name"] == "octo/api"
    assert repos[0]["url"] == "https://github.com/octo/api"
    assert python["evidence"]["username"] == "octo"


async def test_conditional_requests_reuse_the_cached_bodies(
    app: tuple[httpx.AsyncClient, Runtime], github: FakeGitHub
) -> None:
    client, runtime = app
    owner = await register_user(client)
    h = owner["headers"]
    candidate = await _candidate(client, h, "github.com/nolink")
    for _ in range(2):
        r = await client.post(f"/api/v1/candidates/{candidate}/github-analysis", headers=h)
        assert r.status_code == 202, r.text
        await run_queued_tasks(runtime)
    second = await _task(client, h, r.json()["data"]["statusUrl"])
    assert second["status"] == "succeeded"
    assert [s["skill"] for s in second["result"]["skills"]] == ["Rust"]
    statuses = github.statuses()
    half = len(statuses) // 2
    assert 200 in statuses[:half]
    # the second run sent If-None-Match for everything it read before, and got 304s
    assert statuses[half:] == [304] * (len(statuses) - half)


@pytest.mark.parametrize("retry_after", [None, 110], ids=["403-reset", "429-retry-after"])
async def test_a_rate_limit_makes_the_task_wait_for_the_reset_not_fail(
    app: tuple[httpx.AsyncClient, Runtime], github: FakeGitHub, retry_after: int | None
) -> None:
    client, runtime = app
    owner = await register_user(client)
    h = owner["headers"]
    candidate = await _candidate(client, h, "https://github.com/nolink")
    r = await client.post(f"/api/v1/candidates/{candidate}/github-analysis", headers=h)
    assert r.status_code == 202, r.text
    url = r.json()["data"]["statusUrl"]
    github.rate_limited, github.reset_in, github.retry_after = 1, 120.0, retry_after
    try:
        await run_queued_tasks(runtime)
    finally:
        github.retry_after = None
    waiting = await _task(client, h, url)
    assert waiting["status"] == "queued", waiting  # not failed
    assert "rate limit" in waiting["error"]
    async with runtime.db.session() as session:
        due = await session.scalar(
            text(
                "SELECT scheduled_at - now() FROM procrastinate_jobs "
                "WHERE task_name = 'github.analyze_candidate' AND status = 'todo'"
            )
        )
    assert timedelta(seconds=100) < due <= timedelta(seconds=125)  # at GitHub's reset
    async with runtime.db.session() as session:  # the reset has come
        await session.execute(
            text(
                "UPDATE procrastinate_jobs SET scheduled_at = now() "
                "WHERE task_name = 'github.analyze_candidate' AND status = 'todo'"
            )
        )
    await run_queued_tasks(runtime)
    done = await _task(client, h, url)
    assert done["status"] == "succeeded", done
    assert [s["skill"] for s in done["result"]["skills"]] == ["Rust"]


async def test_an_unknown_github_user_is_a_clear_404_and_nothing_is_queued(
    app: tuple[httpx.AsyncClient, Runtime],
) -> None:
    client, _ = app
    owner = await register_user(client)
    h = owner["headers"]
    candidate = await _candidate(client, h, "https://github.com/octo")
    r = await client.post(
        f"/api/v1/candidates/{candidate}/github-analysis",
        headers=h,
        json={"username": "no-such-user"},
    )
    assert r.status_code == 404, r.text
    error = r.json()["error"]
    assert error["code"] == "github_user_not_found"
    assert "no-such-user" in error["message"]
    tasks = (await client.get("/api/v1/tasks", headers=h)).json()["data"]
    assert not [t for t in tasks if t["kind"] == "github.analyze_candidate"]


async def test_bad_input_is_refused_with_a_4xx(app: tuple[httpx.AsyncClient, Runtime]) -> None:
    client, _ = app
    owner = await register_user(client)
    h = owner["headers"]
    candidate = await _candidate(client, h, "https://www.linkedin.com/in/octo")
    missing = await client.post(f"/api/v1/candidates/{candidate}/github-analysis", headers=h)
    assert missing.status_code == 422
    assert missing.json()["error"]["code"] == "github_username_required"
    for bad in ("-octo", "octo--cat", "a/b", "x" * 40, "../etc"):
        r = await client.post(
            f"/api/v1/candidates/{candidate}/github-analysis", headers=h, json={"username": bad}
        )
        assert r.status_code == 422, (bad, r.text)
    unknown = await client.post(
        "/api/v1/candidates/00000000-0000-0000-0000-000000000000/github-analysis",
        headers=h,
        json={"username": "octo"},
    )
    assert unknown.status_code == 404
    given = await client.post(
        f"/api/v1/candidates/{candidate}/github-analysis", headers=h, json={"username": "@octo"}
    )
    assert given.status_code == 202, given.text


async def test_the_token_is_sent_when_configured(
    tmp_path: Path, redis_prefix: str, database_url: str, github: FakeGitHub
) -> None:
    github.log.clear()
    settings = make_settings(
        tmp_path,
        redis_key_prefix=redis_prefix,
        github_api_url=github.url,
        github_token="ghp_test_token",
    )
    async with open_client(settings, database_url) as (client, _):
        owner = await register_user(client)
        candidate = await _candidate(client, owner["headers"], "https://github.com/octo")
        r = await client.post(
            f"/api/v1/candidates/{candidate}/github-analysis", headers=owner["headers"]
        )
        assert r.status_code == 202
    assert github.log[-1][3] == "Bearer ghp_test_token"
