"""Domain events: one dataclass each, handlers found per runtime (no module-level table),
and handlers get the publisher's session and the runtime that opened it."""

from __future__ import annotations

import types
import uuid
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.events import (
    CandidateChanged,
    EventBus,
    EventContext,
    JobChanged,
    handles,
    publish,
)
from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings


def test_each_runtime_has_its_own_bus_with_the_domains_handlers(tmp_path: Path) -> None:
    first = Runtime(make_settings(tmp_path), "postgresql+psycopg://u@127.0.0.1:1/x")
    second = Runtime(make_settings(tmp_path), "postgresql+psycopg://u@127.0.0.1:1/x")
    found = {f"{h.__module__}.{h.__name__}" for h in first.events.handlers(JobChanged)}
    assert {
        "talentsonar.matching.tasks.on_job_changed",
        "talentsonar.ai.events.on_job_changed",
    } <= found

    async def extra(ctx: EventContext, event: JobChanged) -> None: ...

    first.events.subscribe(JobChanged, extra)
    assert extra in first.events.handlers(JobChanged)
    assert extra not in second.events.handlers(JobChanged)


def test_the_bus_collects_marked_handlers_of_a_module_once() -> None:
    module = types.ModuleType("fake_domain.subscribers")

    async def on_job(ctx: EventContext, event: JobChanged) -> None: ...

    async def unmarked(ctx: EventContext, event: JobChanged) -> None: ...

    on_job.__module__ = unmarked.__module__ = module.__name__
    handles(JobChanged, CandidateChanged)(on_job)
    module.on_job = on_job  # type: ignore[attr-defined]
    module.unmarked = unmarked  # type: ignore[attr-defined]
    # A module that imports a handler defined elsewhere does not subscribe it twice.
    importer = types.ModuleType("fake_domain.tasks")
    setattr(importer, "on_job", on_job)  # noqa: B010
    bus = EventBus.of_modules([module, importer])
    assert bus.handlers(JobChanged) == [on_job]
    assert bus.handlers(CandidateChanged) == [on_job]


async def test_handlers_receive_the_session_and_its_runtime(tmp_path: Path) -> None:
    runtime = Runtime(make_settings(tmp_path), "postgresql+psycopg://u@127.0.0.1:1/x")
    seen: list[tuple[EventContext, JobChanged]] = []

    async def record(ctx: EventContext, event: JobChanged) -> None:
        seen.append((ctx, event))

    bus = EventBus()
    bus.subscribe(JobChanged, record)
    runtime._events = bus
    session = runtime.db.sessionmaker()
    event = JobChanged(org_id=uuid.uuid4(), job_id=uuid.uuid4(), change="created")
    await publish(session, event)
    assert seen == [(EventContext(session, runtime), event)]
    await session.close()
    await runtime.db.dispose()


async def test_publishing_needs_a_session_opened_by_a_runtime() -> None:
    with pytest.raises(RuntimeError, match="opened by a Runtime"):
        await publish(AsyncSession(), JobChanged(org_id=uuid.uuid4(), job_id=uuid.uuid4()))
