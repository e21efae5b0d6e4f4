"""What makes the test harness fast without making tests share anything they can see.

- :class:`FreshDatabases`: copies of the migrated template made ahead of the tests that
  will use them, and dropped after them, by a background thread; a test gets a database
  no test used before, as with ``CREATE DATABASE … TEMPLATE`` in its own setup, but waits
  for neither the copy nor the drop.
- :class:`AppPool`: ``create_app`` costs about a second of CPU and builds the same routes
  every time. An app is built once per *settings profile* (the values of the settings
  ``create_app`` reads while it builds, found by recording them) and lent to one client at
  a time with that test's :class:`Runtime` on ``app.state.runtime``, where every request
  finds it. Apps a test changed (dependency overrides, routes, middleware) are not lent
  again.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from fastapi import FastAPI
from starlette.datastructures import State

from talentsonar.app import create_app
from talentsonar.core.config import Settings
from talentsonar.core.db import with_database
from talentsonar.core.observability import configure_logging
from talentsonar.core.runtime import Runtime

# --- databases ---------------------------------------------------------------------------


class FreshDatabases:
    """Databases copied from ``template`` on the server at ``server_url``, ``ahead`` of need."""

    def __init__(self, server_url: str, template: str, *, ahead: int = 2) -> None:
        self.server_url = server_url
        self.template = template
        self.ahead = ahead
        self._ready: list[str] = []
        self._to_drop: list[str] = []
        self._taken: dict[str, str] = {}  # url -> database name
        self._wanted = ahead
        self._error: BaseException | None = None
        self._closing = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._work, name="fresh-databases", daemon=True)
        self._thread.start()

    def take(self, timeout: float = 120.0) -> str:
        """The URL of a database no one used yet (made now if none is ready)."""
        with self._changed:
            self._wanted += 1
            self._changed.notify_all()
            if not self._changed.wait_for(lambda: self._ready or self._error, timeout):
                raise TimeoutError(f"no fresh test database within {timeout} s")
            if self._error is not None:
                raise RuntimeError("could not copy the template database") from self._error
            self._wanted -= 1
            name = self._ready.pop(0)
            url = with_database(self.server_url, name)
            self._taken[url] = name
            return url

    def give_back(self, url: str) -> None:
        """Drop a database taken with :meth:`take` (later, in the background)."""
        with self._changed:
            self._to_drop.append(self._taken.pop(url))
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._thread.join(timeout=60)

    def _work(self) -> None:
        try:
            self._serve()
        except BaseException as exc:  # the server went away: tell whoever waits
            with self._changed:
                self._error = exc
                self._changed.notify_all()

    def _serve(self) -> None:
        with psycopg.connect(with_database(self.server_url, "postgres"), autocommit=True) as conn:
            while True:
                with self._changed:
                    self._changed.wait_for(
                        lambda: self._closing or self._to_drop or len(self._ready) < self._wanted
                    )
                    if self._closing:
                        leftovers, self._ready = self._ready + self._to_drop, []
                        break
                    # a test waiting for its database comes first, then the drops
                    create = len(self._ready) < self._wanted
                    drop = None if create else self._to_drop.pop(0)
                if drop is not None:
                    conn.execute(f'DROP DATABASE IF EXISTS "{drop}" WITH (FORCE)')
                    continue
                name = f"t_{uuid.uuid4().hex[:16]}"
                conn.execute(
                    f'CREATE DATABASE "{name}" TEMPLATE "{self.template}" STRATEGY FILE_COPY'
                )
                with self._changed:
                    self._ready.append(name)
                    self._changed.notify_all()
            for name in leftovers:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- apps --------------------------------------------------------------------------------

_READS: list[set[str]] = []


class _RecordingSettings(Settings):
    """The same settings, noting which fields are read while an app is being built."""

    def __getattribute__(self, name: str) -> Any:
        if _READS and name in Settings.model_fields:
            _READS[-1].add(name)
        return super().__getattribute__(name)


@dataclass
class _Profile:
    """The settings values an app's build read, and its apps not lent right now."""

    reads: dict[str, Any]
    idle: list[FastAPI] = field(default_factory=list)

    def fits(self, settings: Settings) -> bool:
        return all(getattr(settings, name) == value for name, value in self.reads.items())


@dataclass
class _Built:
    profile: _Profile
    routes: int
    middleware: int


class AppPool:
    def __init__(self) -> None:
        self._profiles: list[_Profile] = []
        self._built: dict[int, _Built] = {}
        self.builds = 0

    def _build(self, settings: Settings) -> FastAPI:
        recording = _RecordingSettings.model_construct(
            _fields_set=settings.model_fields_set, **settings.__dict__
        )
        _READS.append(set())
        try:
            app = create_app(recording)
        finally:
            read = _READS.pop()
        self.builds += 1
        reads = {name: getattr(settings, name) for name in sorted(read)}
        profile = next((p for p in self._profiles if p.reads == reads), None)
        if profile is None:
            profile = _Profile(reads)
            self._profiles.append(profile)
        self._built[id(app)] = _Built(profile, len(app.router.routes), len(app.user_middleware))
        return app

    def _take(self, settings: Settings) -> FastAPI:
        app = next((p.idle.pop() for p in self._profiles if p.fits(settings) and p.idle), None)
        if app is None:
            return self._build(settings)
        configure_logging(settings)  # create_app's process-wide side effect, as if built
        return app

    def _give_back(self, app: FastAPI) -> None:
        app.state = State()
        built = self._built[id(app)]
        if (
            not app.dependency_overrides
            and len(app.router.routes) == built.routes
            and len(app.user_middleware) == built.middleware
        ):
            built.profile.idle.append(app)
        else:  # changed by its test: never lent again
            del self._built[id(app)]

    @contextlib.contextmanager
    def lend(self, runtime: Runtime) -> Iterator[FastAPI]:
        """An app built for ``runtime.settings``'s profile, serving ``runtime``, for the
        duration of the block (its lifespan is not run: the runtime is the caller's)."""
        app = self._take(runtime.settings)
        app.state.runtime = runtime
        try:
            yield app
        finally:
            self._give_back(app)

    def openapi(self, settings: Settings) -> dict[str, Any]:
        """The OpenAPI document of ``create_app(settings)``."""
        app = self._take(settings)
        try:
            return app.openapi()
        finally:
            self._give_back(app)
