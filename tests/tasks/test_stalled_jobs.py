"""Stalled jobs come back one way: procrastinate's periodic job (its run on a killed
worker's job is in ``test_worker_crash``)."""

from __future__ import annotations

from pathlib import Path

from talentsonar.worker import RETRY_STALLED_TASK, build_app, stalled_check_cron
from tests.conftest import make_settings


def test_one_periodic_job_every_half_stalled_period(tmp_path: Path) -> None:
    app = build_app(make_settings(tmp_path, stalled_job_seconds=5), "postgresql://x@127.0.0.1/x")
    periodic = [
        (p.task.name, p.task.queue, p.cron) for p in app.periodic_registry.periodic_tasks.values()
    ]
    assert periodic == [(RETRY_STALLED_TASK, "maintenance", "* * * * * */2")]
    assert stalled_check_cron(make_settings(tmp_path, stalled_job_seconds=60)) == "* * * * * */30"
    assert stalled_check_cron(make_settings(tmp_path, stalled_job_seconds=3600)) == "* * * * * */30"
