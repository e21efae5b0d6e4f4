"""OpenTelemetry: one upload is one trace, from the request through the tasks it queues
(parse, embed, score), with parent links; log lines carry the trace and span ids."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import structlog
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from talentsonar.app import create_app
from talentsonar.core import telemetry
from talentsonar.core.runtime import Runtime
from tests.conftest import make_settings, register_user, run_queued_tasks
from tests.cvs.builders import make_pdf


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    spans = InMemorySpanExporter()
    yield spans
    telemetry.shutdown_tracing()


def _chain(span: ReadableSpan, by_id: dict[int, ReadableSpan]) -> list[str]:
    names = []
    current: ReadableSpan | None = span
    while current is not None:
        names.append(current.name)
        parent = current.parent
        current = by_id.get(parent.span_id) if parent is not None else None
    return names


async def test_an_upload_is_one_trace_from_request_to_scoring(
    exporter: InMemorySpanExporter, tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix, log_level="INFO")
    exporter_provider = telemetry.configure_tracing(settings, exporter)
    assert exporter_provider is not None
    runtime = Runtime(settings, database_url)
    await runtime.start()
    try:
        app = create_app(settings, runtime=runtime)  # instrumented: tracing is on
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            user = await register_user(c)
            job = await c.post(
                "/api/v1/jobs",
                headers=user["headers"],
                json={
                    "title": "Python Developer",
                    "description": "Python and PostgreSQL",
                    "requiredSkills": ["Python"],
                },
            )
            assert job.status_code == 201
            await run_queued_tasks(runtime)
            exporter.clear()
            r = await c.post(
                "/api/v1/candidates/upload",
                headers=user["headers"],
                files=[("files", ("jane.pdf", make_pdf(), "application/pdf"))],
            )
            assert r.status_code == 202, r.text
            await run_queued_tasks(runtime)
    finally:
        await runtime.close()

    spans = exporter.get_finished_spans()
    by_id = {s.context.span_id: s for s in spans}
    [request] = [s for s in spans if s.name == "POST /api/v1/candidates/upload"]
    trace_id = request.context.trace_id
    in_trace = [s for s in spans if s.context.trace_id == trace_id]
    names = {s.name for s in in_trace}
    # the request, the SQL it sent, parsing, embedding and scoring: one trace
    assert "task matching.score_candidate" in names, names
    assert "cvs.parse_profile" in names
    assert "embeddings.embed" in names
    sql = [s for s in in_trace if s.name in ("SELECT", "INSERT", "UPDATE")]
    assert sql
    assert {_chain(s, by_id)[-1] for s in sql} == {"POST /api/v1/candidates/upload"}
    score = next(s for s in in_trace if s.name == "task matching.score_candidate")
    chain = _chain(score, by_id)
    assert chain[-1] == "POST /api/v1/candidates/upload", chain
    parse = next(s for s in in_trace if s.name == "cvs.parse_profile")
    assert _chain(parse, by_id)[-1] == "POST /api/v1/candidates/upload"
    # every span of the trace links to a parent in it, up to the request's
    for s in in_trace:
        if s is not request:
            assert s.parent is not None
            assert s.parent.span_id in by_id, s.name
    # names say what ran, never who: no personal data of the CV in any span
    text = json.dumps([[s.name, dict(s.attributes or {})] for s in spans], default=str)
    assert "Jane" not in text
    assert "jane.pdf" not in text
    assert "example.org" not in text
    # log lines carry the trace and span they are written in
    assert telemetry.add_trace_ids in structlog.get_config()["processors"]
    tracer = exporter_provider.get_tracer("test")
    with tracer.start_as_current_span("work") as work:
        line = telemetry.add_trace_ids(None, "info", {"event": "x"})
    assert line["trace_id"] == format(work.get_span_context().trace_id, "032x")
    assert line["span_id"] == format(work.get_span_context().span_id, "016x")


async def test_tracing_is_off_without_an_endpoint(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    """No endpoint, no exporter: no provider, no context in job arguments."""
    assert telemetry.provider() is None
    assert telemetry.trace_carrier() == {}
    with telemetry.span("anything"):
        pass
    r = await client.get("/api/v1/tasks", headers=user["headers"])
    assert r.status_code == 200
