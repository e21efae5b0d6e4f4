"""A job survives its worker being killed with SIGKILL and finishes on a new worker."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from talentsonar.core.runtime import Runtime
from talentsonar.models.task import Task, TaskStatus
from tests.tasks.test_tasks_api import queue_selftest

#: A generous ceiling so a broken worker fails the test instead of hanging it.
GIVE_UP_SECONDS = 120


def start_worker(database_url: str, tmp_path: Path, name: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TALENTSONAR_ENV": "test",
        "TALENTSONAR_DATA_DIR": str(tmp_path / "data"),
        "JWT_SECRETS": "k1:worker-test-secret-0123456789abcdef",
        "STALLED_JOB_SECONDS": "5",
        "WORKER_CONCURRENCY": "2",
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
    }
    env.pop("REDIS_URL", None)
    cli = Path(sys.executable).parent / "talentsonar"
    log = open(tmp_path / f"{name}.log", "wb")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen([str(cli), "worker"], env=env, cwd=tmp_path, stdout=log,
                            stderr=subprocess.STDOUT)


async def task_row(runtime: Runtime, task_id: str) -> Task:
    async with runtime.db.session() as s:
        return (await s.execute(select(Task).where(Task.id == uuid.UUID(task_id)))).scalar_one()


async def wait_for(runtime: Runtime, task_id: str, ok: Any, what: str) -> Task:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + GIVE_UP_SECONDS
    while loop.time() < deadline:
        row = await task_row(runtime, task_id)
        if ok(row):
            return row
        await asyncio.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}; last status {row.status}")


async def test_job_survives_sigkill_of_its_worker(
    client: httpx.AsyncClient, runtime: Runtime, database_url: str, tmp_path: Path,
    user: dict[str, Any],
) -> None:
    task_id = await queue_selftest(runtime, user["user"]["organization"]["id"],
                                   steps=6, step_seconds=0.5)
    first = start_worker(database_url, tmp_path, "first")
    second: subprocess.Popen[bytes] | None = None
    try:
        await wait_for(runtime, task_id,
                       lambda t: t.status == TaskStatus.running and t.completed >= 2,
                       "the first worker to make progress")
        seen = await client.get(f"/api/v1/tasks/{task_id}", headers=user["headers"])
        assert seen.json()["data"]["status"] == "running"
        assert 0 < seen.json()["data"]["progress"] < 100

        first.send_signal(signal.SIGKILL)
        first.wait()
        after_kill = await task_row(runtime, task_id)
        assert after_kill.status == TaskStatus.running  # nobody finished it

        second = start_worker(database_url, tmp_path, "second")
        done = await wait_for(runtime, task_id,
                              lambda t: t.status in (TaskStatus.succeeded, TaskStatus.failed),
                              "the task to finish on the second worker")
        second_log = (tmp_path / "second.log").read_text()
        assert done.status == TaskStatus.succeeded, second_log
        assert done.attempts == 2
        # brought back by the periodic stalled-job task, the one recovery mechanism
        assert "queue.stalled_job_requeued" in second_log
        assert done.result == {"steps": 6}
        api = await client.get(f"/api/v1/tasks/{task_id}", headers=user["headers"])
        assert api.json()["data"]["status"] == "succeeded"
        assert api.json()["data"]["progress"] == 100
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
