"""Outbound calls: one pooled ``httpx.AsyncClient`` per provider, retries (tenacity) with
jittered exponential backoff on retryable errors only (honouring ``Retry-After``), and a
circuit breaker per provider. Every call is counted in metrics.

SDK-based providers (OpenAI, Gemini, Stripe) use :func:`resilient_call` around their
own client calls, so the same breaker, retry and metrics apply to them.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
import structlog
import tenacity

from talentsonar.core.errors import ServiceUnavailable
from talentsonar.core.observability import (
    BREAKER_STATE,
    EXTERNAL_CALL_DURATION,
    EXTERNAL_CALL_ERRORS,
)

T = TypeVar("T")
log = structlog.get_logger(__name__)

RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


class BreakerState(enum.IntEnum):
    closed = 0
    half_open = 1
    open = 2


class CircuitOpen(ServiceUnavailable):
    code = "provider_unavailable"


class RetryableError(Exception):
    """Raised by a call wrapper to ask for a retry; ``retry_after`` in seconds if known."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class CircuitBreaker:
    """Opens after ``threshold`` consecutive failures; after ``reset_seconds`` one trial
    call is let through (half-open): success closes it, failure opens it again."""

    def __init__(self, provider: str, *, threshold: int = 5, reset_seconds: float = 30.0) -> None:
        self.provider = provider
        self.threshold = threshold
        self.reset_seconds = reset_seconds
        self.failures = 0
        self.opened_at = 0.0
        self.state = BreakerState.closed
        self._trial_in_flight = False
        BREAKER_STATE.labels(provider).set(0)

    def _set(self, state: BreakerState) -> None:
        if state != self.state:
            log.warning("breaker.state", provider=self.provider, state=state.name)
        self.state = state
        BREAKER_STATE.labels(self.provider).set(int(state))

    def allow(self) -> bool:
        if self.state == BreakerState.closed:
            return True
        if self.state == BreakerState.open:
            if time.monotonic() - self.opened_at < self.reset_seconds:
                return False
            self._set(BreakerState.half_open)
        if self._trial_in_flight:
            return False
        self._trial_in_flight = True
        return True

    def record_success(self) -> None:
        self.failures = 0
        self._trial_in_flight = False
        self._set(BreakerState.closed)

    def record_failure(self) -> None:
        self._trial_in_flight = False
        self.failures += 1
        if self.state == BreakerState.half_open or self.failures >= self.threshold:
            self.opened_at = time.monotonic()
            self._set(BreakerState.open)


#: Full-jitter exponential backoff: a wait drawn from 0 .. min(10, 0.2 * 2 ** (n - 1)) s
#: after the n-th failure.
JITTERED_BACKOFF = tenacity.wait_random_exponential(multiplier=0.2, max=10.0)

#: What ``is_retryable`` answers: False (give up), True (retry after the jittered backoff)
#: or the number of seconds the server asked for (its ``Retry-After``).
Verdict = float | bool


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class _ServerWaitOrBackoff(tenacity.wait.wait_base):
    """Wait what the server asked for, else the jittered backoff."""

    def __init__(self, verdict: Callable[[BaseException], Verdict]) -> None:
        self.verdict = verdict

    def __call__(self, retry_state: tenacity.RetryCallState) -> float:
        assert retry_state.outcome is not None
        exc = retry_state.outcome.exception()
        verdict = self.verdict(exc) if exc is not None else True
        if verdict is True:
            return float(JITTERED_BACKOFF(retry_state))
        return float(verdict)


async def resilient_call(
    provider: str,
    breaker: CircuitBreaker,
    call: Callable[[], Awaitable[T]],
    *,
    max_retries: int = 3,
    is_retryable: Callable[[BaseException], Verdict] = lambda exc: False,
    max_retry_after: float = 30.0,
) -> T:
    """Run ``call`` behind the breaker, retrying (with tenacity) what ``is_retryable``
    accepts, up to ``max_retries`` times.

    ``is_retryable(exc)`` returns False (give up), True (retry with backoff) or a number
    of seconds to wait (the server's ``Retry-After``); a :class:`RetryableError` asks for
    a retry itself. A server asking for more than ``max_retry_after`` seconds is not
    waited for. An open breaker fails at once (:class:`CircuitOpen`, never retried).
    """

    def verdict(exc: BaseException) -> Verdict:
        if isinstance(exc, CircuitOpen) or not isinstance(exc, Exception):
            return False  # an open breaker, a cancellation
        if isinstance(exc, RetryableError):
            return True if exc.retry_after is None else exc.retry_after
        return is_retryable(exc)

    def should_retry(exc: BaseException) -> bool:
        answer = verdict(exc)
        return answer is True or (answer is not False and answer <= max_retry_after)

    def log_retry(retry_state: tenacity.RetryCallState) -> None:
        wait = retry_state.next_action.sleep if retry_state.next_action else 0.0
        log.info(
            "external.retry",
            provider=provider,
            attempt=retry_state.attempt_number,
            wait=round(wait, 2),
        )

    async def once() -> T:
        if not breaker.allow():
            EXTERNAL_CALL_ERRORS.labels(provider, "circuit_open").inc()
            raise CircuitOpen(f"{provider} is unavailable (circuit open)")
        start = time.perf_counter()
        try:
            result = await call()
        except Exception as exc:
            EXTERNAL_CALL_DURATION.labels(provider, "error").observe(time.perf_counter() - start)
            EXTERNAL_CALL_ERRORS.labels(provider, type(exc).__name__).inc()
            breaker.record_failure()
            raise
        EXTERNAL_CALL_DURATION.labels(provider, "ok").observe(time.perf_counter() - start)
        breaker.record_success()
        return result

    retrying = tenacity.AsyncRetrying(
        stop=tenacity.stop_after_attempt(max_retries + 1),
        retry=tenacity.retry_if_exception(should_retry),
        wait=_ServerWaitOrBackoff(verdict),
        before_sleep=log_retry,
        reraise=True,
    )
    return await retrying(once)


def httpx_retryable(exc: BaseException) -> float | bool:
    if isinstance(exc, httpx.HTTPStatusError):
        if exc.response.status_code not in RETRYABLE_STATUS:
            return False
        retry_after = parse_retry_after(exc.response.headers.get("retry-after"))
        return retry_after if retry_after is not None else True
    return isinstance(exc, httpx.TransportError)


class ProviderClient:
    """A keep-alive ``httpx.AsyncClient`` for one provider, with breaker and retries."""

    def __init__(
        self,
        provider: str,
        *,
        base_url: str = "",
        timeout: float = 30.0,
        max_retries: int = 3,
        breaker: CircuitBreaker | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.provider = provider
        self.max_retries = max_retries
        self.breaker = breaker or CircuitBreaker(provider)
        self.client = httpx.AsyncClient(
            base_url=base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
            headers=headers,
        )

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def once() -> httpx.Response:
            response = await self.client.request(method, url, **kwargs)
            if response.status_code >= 500 or response.status_code in RETRYABLE_STATUS:
                response.raise_for_status()
            return response

        return await resilient_call(
            self.provider,
            self.breaker,
            once,
            max_retries=self.max_retries,
            is_retryable=httpx_retryable,
        )

    async def aclose(self) -> None:
        await self.client.aclose()
