"""Domain events: one frozen dataclass per event, handled in the publisher's transaction.

A domain announces a change with :func:`publish`; another reacts with a handler marked
``@handles(EventType)`` in its ``tasks.py``, ``events.py`` or ``subscribers.py`` (found by
convention, see :mod:`talentsonar.discovery`). Handlers receive an :class:`EventContext`
(the publisher's session, in its transaction, and the runtime that opened it), so whatever
they write or enqueue commits (or rolls back) atomically with the change itself::

    @handles(CandidateChanged)
    async def rescore(ctx: EventContext, event: CandidateChanged) -> None: ...

    await publish(session, CandidateChanged(org_id=c.org_id, candidate_id=c.id))

Each runtime has its own :class:`EventBus` (``runtime.events``); nothing is registered in
a module-level table, and a test may subscribe to its own runtime's bus only.

The event types live here, below every domain, so a subscriber never imports the
publishing domain.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.db import SESSION_RUNTIME

if TYPE_CHECKING:
    from talentsonar.core.runtime import Runtime


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    #: The event's public name (notification type, webhook event).
    name: ClassVar[str] = "event"
    org_id: uuid.UUID


@dataclass(frozen=True, slots=True, kw_only=True)
class JobChanged(Event):
    name: ClassVar[str] = "job.changed"
    job_id: uuid.UUID
    change: Literal["created", "updated", "deleted"] = "updated"


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateChanged(Event):
    name: ClassVar[str] = "candidate.changed"
    candidate_id: uuid.UUID
    change: Literal["created", "updated", "deleted", "erased"] = "updated"


@dataclass(frozen=True, slots=True, kw_only=True)
class SkillProfileChanged(Event):
    """A source (assessment, code, GitHub, a recruiter) changed a candidate's verified
    skills: matching re-scores the candidate. Published once per transaction."""

    name: ClassVar[str] = "skills.profile_changed"
    candidate_id: uuid.UUID


@dataclass(frozen=True, slots=True, kw_only=True)
class CvParsed(Event):
    name: ClassVar[str] = "cv.parsed"
    candidate_id: uuid.UUID
    document_id: uuid.UUID
    created: bool
    profile_status: str


@dataclass(frozen=True, slots=True, kw_only=True)
class OrganizationCreated(Event):
    name: ClassVar[str] = "organization.created"
    user_id: uuid.UUID


@dataclass(frozen=True, slots=True, kw_only=True)
class CreditsLow(Event):
    name: ClassVar[str] = "credits.low"
    balance: int
    threshold: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentSucceeded(Event):
    name: ClassVar[str] = "payment.succeeded"
    payment_id: uuid.UUID
    credits: int
    amount: int
    currency: str
    user_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AnalysisCompleted(Event):
    """The AI analysis of a job's top candidates finished."""

    name: ClassVar[str] = "analysis.completed"

    job_id: uuid.UUID
    task_id: uuid.UUID | None
    completed: int
    failed: int
    user_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ApplicationStageChanged(Event):
    """An application entered a stage: created (``from_stage_id`` is ``None``) or moved.
    ``to_kind`` is the stage's kind (open, hired, rejected, withdrawn), whatever its name."""

    name: ClassVar[str] = "application.stage_changed"

    application_id: uuid.UUID
    job_id: uuid.UUID
    candidate_id: uuid.UUID
    from_stage_id: uuid.UUID | None
    from_stage: str | None
    to_stage_id: uuid.UUID
    to_stage: str
    to_kind: str
    reason: str | None = None
    user_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class EventContext:
    """What a handler works with: the publisher's session (and transaction) and the
    runtime that opened it (its settings, cache, queue)."""

    session: AsyncSession
    runtime: Runtime


E = TypeVar("E", bound=Event)
Handler = Callable[[EventContext, Any], Awaitable[None]]
HANDLED_EVENTS = "__handles_events__"


def handles(*event_types: type[Event]) -> Callable[[Callable[[EventContext, E], Awaitable[None]]],
                                                  Callable[[EventContext, E], Awaitable[None]]]:
    """Mark ``async handler(ctx, event)`` as handling ``event_types`` (no registration:
    each runtime's bus collects the marked handlers of the domains' modules)."""

    def mark(
        handler: Callable[[EventContext, E], Awaitable[None]],
    ) -> Callable[[EventContext, E], Awaitable[None]]:
        setattr(handler, HANDLED_EVENTS, tuple(event_types))
        return handler

    return mark


class EventBus:
    """The handlers of one runtime, by event type, in the order they were found."""

    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Handler]] = {}

    @classmethod
    def of_modules(cls, modules: Iterable[ModuleType]) -> EventBus:
        bus = cls()
        for module in modules:
            for value in vars(module).values():
                if getattr(value, "__module__", None) != module.__name__:
                    continue
                for event_type in getattr(value, HANDLED_EVENTS, ()):
                    bus.subscribe(event_type, value)
        return bus

    def subscribe(self, event_type: type[Event], handler: Handler) -> None:
        handlers = self._handlers.setdefault(event_type, [])
        if handler not in handlers:
            handlers.append(handler)

    def unsubscribe(self, event_type: type[Event], handler: Handler) -> None:
        self._handlers.get(event_type, []).remove(handler)

    def handlers(self, event_type: type[Event]) -> list[Handler]:
        return list(self._handlers.get(event_type, ()))

    async def publish(self, ctx: EventContext, event: Event) -> None:
        for handler in self.handlers(type(event)):
            await handler(ctx, event)


def runtime_of(session: AsyncSession) -> Runtime:
    """The runtime whose database opened ``session``."""
    runtime: Runtime | None = session.info.get(SESSION_RUNTIME)
    if runtime is None:
        raise RuntimeError("events need a session opened by a Runtime (runtime.db.session())")
    return runtime


async def publish(session: AsyncSession, event: Event) -> None:
    """Run every handler of ``type(event)`` in order, inside ``session``'s transaction."""
    runtime = runtime_of(session)
    await runtime.events.publish(EventContext(session, runtime), event)
