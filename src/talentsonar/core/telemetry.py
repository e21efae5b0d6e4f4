"""OpenTelemetry traces: a request, its SQL, Redis and HTTP calls, and the background tasks
it queues, as one trace.

Off unless ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set (or a test passes an exporter to
:func:`configure_tracing`): then nothing is instrumented, no span is made, no trace
context is written into job arguments and the OpenTelemetry packages are not even
imported (this module imports them when tracing is turned on), so tracing costs nothing
when it is off: ``bench/api_throughput.py`` measures the service against one whose
process cannot import them. On, the
upstream instrumentations trace FastAPI (ASGI), SQLAlchemy (asyncpg), httpx and redis;
:func:`span` and :func:`task_span` add the operations of our own (a task's run carries on
the trace of the request that queued it: :func:`trace_carrier` writes its context into
the job's arguments). Spans name operations (routes, tasks, SQL with placeholders), never
a person's data.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

from talentsonar import __version__
from talentsonar.core.config import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter
    from sqlalchemy.ext.asyncio import AsyncEngine

#: The key of a job's arguments that carries the trace context (W3C ``traceparent``).
TRACE_ARG = "_trace"


class _State:
    provider: TracerProvider | None = None
    engines: list[Any] = []


def provider() -> TracerProvider | None:
    """The tracer provider when tracing is on, else ``None``."""
    return _State.provider


def enabled() -> bool:
    return _State.provider is not None


def configure_tracing(
    settings: Settings, exporter: SpanExporter | None = None
) -> TracerProvider | None:
    """Turn tracing on when ``settings`` name an OTLP endpoint (batched export over
    HTTP), or with ``exporter`` (spans exported as they end: tests); idempotent. Also
    instruments httpx and redis (process-wide)."""
    if _State.provider is not None:
        return _State.provider
    endpoint = settings.otel_exporter_otlp_endpoint
    if exporter is None and not endpoint:
        return None
    from opentelemetry import trace
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    tracer_provider = TracerProvider(
        resource=Resource.create(
            {"service.name": settings.otel_service_name, "service.version": __version__}
        )
    )
    if exporter is not None:
        tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        base = str(endpoint).rstrip("/")
        url = base if base.endswith("/v1/traces") else f"{base}/v1/traces"
        tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=url)))
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        trace.set_tracer_provider(tracer_provider)
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    # skip_dep_check: the instrumentations declare the versions they were tested with
    # (SQLAlchemy < 2.1, ...); tests/core/test_tracing.py checks ours are traced.
    HTTPXClientInstrumentor().instrument(tracer_provider=tracer_provider, skip_dep_check=True)
    RedisInstrumentor().instrument(tracer_provider=tracer_provider, skip_dep_check=True)
    _State.provider = tracer_provider
    return tracer_provider


def shutdown_tracing() -> None:
    """Flush and turn tracing off again (undoes the process-wide instrumentation)."""
    tracer_provider, _State.provider = _State.provider, None
    if tracer_provider is None:
        return
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    HTTPXClientInstrumentor().uninstrument()
    RedisInstrumentor().uninstrument()
    SQLAlchemyInstrumentor().uninstrument()
    _State.engines.clear()
    tracer_provider.force_flush()
    tracer_provider.shutdown()


def instrument_app(app: FastAPI) -> None:
    """Server spans for every request of ``app`` (not health checks or metrics)."""
    if _State.provider is None:
        return
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=_State.provider, excluded_urls="/health,/metrics"
    )


def instrument_engines(*engines: AsyncEngine) -> None:
    """A span per SQL statement of the engines (the statement with its placeholders; the
    instrumentation is set up once per process, for the first runtime's engines)."""
    if _State.provider is None or _State.engines:
        return
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    unique = list({id(e): e for e in engines}.values())
    SQLAlchemyInstrumentor().instrument(
        engines=[e.sync_engine for e in unique],
        tracer_provider=_State.provider,
        enable_commenter=False,
        skip_dep_check=True,
    )
    _State.engines.extend(unique)


def span(name: str, **attributes: str | int | float | bool) -> Any:
    """A span named ``name`` around the block (a no-op when tracing is off). Attributes
    name the operation (ids, counts), never personal data."""
    if _State.provider is None:
        return nullcontext()
    return _State.provider.get_tracer("talentsonar").start_as_current_span(
        name, attributes=attributes or None
    )


def trace_carrier() -> dict[str, str]:
    """The current trace context (W3C headers) for a job's arguments; empty when off."""
    if _State.provider is None:
        return {}
    from opentelemetry import propagate

    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier


@contextmanager
def task_span(name: str, carrier: Mapping[str, str] | None, **attributes: Any) -> Iterator[None]:
    """The span of one run of background task ``name``, a child of the span that queued
    it (from ``carrier``, the job's trace context) when there is one."""
    if _State.provider is None:
        yield
        return
    from opentelemetry import propagate, trace

    parent = propagate.extract(dict(carrier)) if isinstance(carrier, Mapping) else None
    tracer = _State.provider.get_tracer("talentsonar.worker")
    with tracer.start_as_current_span(
        f"task {name}",
        context=parent,
        kind=trace.SpanKind.CONSUMER,
        attributes={"task.name": name, **attributes},
    ):
        yield


def add_trace_ids(logger: Any, method: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: the current span's ``trace_id`` and ``span_id`` (when a span
    is recording) on every log line."""
    if _State.provider is None:
        return event_dict
    from opentelemetry import trace

    context = trace.get_current_span().get_span_context()
    if context.is_valid:
        event_dict["trace_id"] = format(context.trace_id, "032x")
        event_dict["span_id"] = format(context.span_id, "016x")
    return event_dict
