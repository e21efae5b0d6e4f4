"""The in-process store of the rate limits (no Redis, or Redis down): moving windows.

It replaces ``limits``' ``MemoryStorage``, whose expiry sweep is a background task that
walks a snapshot of the keys, waiting on a thread for each; a key cleared meanwhile (a
successful sign-in clears its failures) made the sweep fail with a ``KeyError``, logged as
a task exception, and its locks could be dropped while held. Here every operation runs
without awaiting anything, so on one event loop each is atomic: no locks, no threads, no
background task. Keys whose entries have all expired are dropped on a sweep done inline,
at most once per :data:`SWEEP_SECONDS`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from limits.aio.storage import MovingWindowSupport, Storage

SWEEP_SECONDS = 10.0


class _Window:
    __slots__ = ("expiry", "hits")

    def __init__(self, expiry: float) -> None:
        self.expiry = expiry
        self.hits: deque[float] = deque()  # times of the hits, oldest first

    def prune(self, now: float) -> None:
        cutoff = now - self.expiry
        hits = self.hits
        while hits and hits[0] < cutoff:
            hits.popleft()


class LocalMovingWindows(Storage, MovingWindowSupport):
    """A ``limits`` async storage for :class:`limits.aio.strategies.MovingWindowRateLimiter`
    in this process (``clock`` is ``time.time``; tests may pass another)."""

    STORAGE_SCHEME = ["async+talentsonar-local"]

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.clock = clock
        self.windows: dict[str, _Window] = {}
        self.counters: dict[str, tuple[int, float]] = {}  # key -> (count, expires at)
        self._next_sweep = clock() + SWEEP_SECONDS

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return ValueError

    def _sweep(self, now: float) -> None:
        if now < self._next_sweep:
            return
        self._next_sweep = now + SWEEP_SECONDS
        for key, window in list(self.windows.items()):
            window.prune(now)
            if not window.hits:
                del self.windows[key]
        for key, (_, expires) in list(self.counters.items()):
            if expires <= now:
                del self.counters[key]

    # --- moving window ----------------------------------------------------------------

    async def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if amount > limit:
            return False
        now = self.clock()
        self._sweep(now)
        window = self.windows.get(key)
        if window is None:
            window = self.windows[key] = _Window(expiry)
        window.prune(now)
        if len(window.hits) + amount > limit:
            return False
        window.hits.extend([now] * amount)
        return True

    async def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        """(time of the oldest hit in the window, hits in the window)."""
        now = self.clock()
        window = self.windows.get(key)
        if window is None:
            return now, 0
        window.prune(now)
        if not window.hits:
            return now, 0
        return window.hits[0], len(window.hits)

    # --- plain counters (fixed windows; the Storage interface) --------------------------

    async def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = self.clock()
        self._sweep(now)
        count, expires = self.counters.get(key, (0, 0.0))
        if expires <= now:
            count, expires = 0, now + expiry
        self.counters[key] = (count + amount, expires)
        return count + amount

    async def get(self, key: str) -> int:
        count, expires = self.counters.get(key, (0, 0.0))
        return count if expires > self.clock() else 0

    async def get_expiry(self, key: str) -> float:
        return self.counters.get(key, (0, self.clock()))[1]

    async def check(self) -> bool:
        return True

    async def reset(self) -> int | None:
        count = len(self.windows) + len(self.counters)
        self.windows.clear()
        self.counters.clear()
        return count

    async def clear(self, key: str) -> None:
        self.windows.pop(key, None)
        self.counters.pop(key, None)
