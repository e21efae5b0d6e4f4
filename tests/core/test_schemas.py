"""RowsJSON writes the same JSON as validating the rows into the schema and serialising."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, get_args

import orjson
import pytest
from asyncpg.pgproto.pgproto import UUID as DriverUUID
from hypothesis import given, settings
from hypothesis import strategies as st

from talentsonar.candidates.schemas import Candidate, CandidateTypeValue
from talentsonar.core.schemas import Envelope, Page, PageParams, RowsJSON, Schema
from talentsonar.matching.schemas import JobMatch
from talentsonar.models.task import TaskStatus
from talentsonar.tasks.schemas import TaskOut

TASKS = RowsJSON(TaskOut)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=8,
)
zones = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))])
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones
)
uuids = st.uuids().flatmap(lambda u: st.sampled_from([u, DriverUUID(u.bytes)]))
rows = st.fixed_dictionaries(
    {
        "id": uuids,
        "kind": st.text(min_size=1, max_size=20),
        "status": st.sampled_from([s.value for s in TaskStatus]),
        "progress": st.integers(0, 100),
        "total": st.integers(0, 10**6),
        "completed": st.integers(0, 10**6),
        "failed": st.integers(0, 10**6),
        "attempts": st.integers(0, 20),
        "subject_type": st.none() | st.text(max_size=10),
        "subject_id": st.none() | uuids,
        "result": st.none() | st.dictionaries(st.text(max_size=6), json_values, max_size=4),
        "error": st.none() | st.text(max_size=30),
        "created_at": moments,
        "started_at": st.none() | moments,
        "finished_at": st.none() | moments,
        "_total": st.integers(0, 100),  # extra columns of the query are left out
    }
)


@settings(max_examples=200, deadline=None)
@given(st.lists(rows, max_size=5), st.integers(1, 50), st.integers(1, 10), st.integers(0, 500))
def test_a_page_is_the_json_pydantic_would_write(
    page_rows: list[dict[str, Any]], limit: int, page: int, total: int
) -> None:
    paging = PageParams(page=page, limit=limit)
    model = Page[TaskOut].model_validate(
        {"data": page_rows, "pagination": paging.pagination(total)}
    )
    expected = model.__pydantic_serializer__.to_json(model)
    assert orjson.loads(TASKS.page(page_rows, paging, total).body) == orjson.loads(expected)


@settings(max_examples=100, deadline=None)
@given(rows)
def test_one_row_is_the_envelope_pydantic_would_write(row: dict[str, Any]) -> None:
    model = Envelope[TaskOut](data=TaskOut.model_validate(row))
    expected = model.__pydantic_serializer__.to_json(model)
    assert orjson.loads(TASKS.one(row).body) == orjson.loads(expected)


def test_timestamps_are_written_exactly_alike() -> None:
    """Beyond equal JSON values: the text of a timestamp is what clients compare."""
    row = {"id": uuid.UUID(int=1), "kind": "k", "status": "queued", "progress": 0,
           "total": 0, "completed": 0, "failed": 0, "attempts": 0, "subject_type": None,
           "subject_id": None, "result": None, "error": None,
           "created_at": datetime(2026, 11, 30, 7, 0, tzinfo=UTC),
           "started_at": datetime(2026, 11, 30, 7, 0, 0, 120, tzinfo=UTC),
           "finished_at": datetime(2026, 11, 30, 9, 0, tzinfo=timezone(timedelta(hours=2)))}
    ours = orjson.loads(TASKS.one(row).body)["data"]
    theirs = TaskOut.model_validate(row).model_dump(mode="json")
    for key in ("createdAt", "startedAt", "finishedAt"):
        assert ours[key] == theirs[key]
    assert ours["createdAt"] == "2026-11-30T07:00:00Z"


CANDIDATES = RowsJSON(Candidate)
candidate_rows = st.fixed_dictionaries(
    {
        "id": uuids,
        "type": st.sampled_from(get_args(CandidateTypeValue)),
        "name": st.text(max_size=20),
        "email": st.none() | st.text(max_size=20),
        "phone": st.none() | st.text(max_size=12),
        "location": st.none() | st.text(max_size=12),
        "headline": st.none() | st.text(max_size=20),
        "skills": st.lists(st.text(max_size=10), max_size=4),
        "employment_status": st.sampled_from(["available", "interviewing", "hired"]),
        "profile_status": st.sampled_from(["partial", "parsed", "failed"]),
        "total_years_experience": st.none() | st.floats(allow_nan=False, allow_infinity=False)
        | st.floats(0, 60).map(lambda years: round(years, 1)),
        "is_hidden_gem": st.booleans(),
        "flags": st.lists(st.text(max_size=10), max_size=3),
        "metadata": st.dictionaries(st.text(max_size=6), json_values, max_size=3),
        "match_statistics": st.fixed_dictionaries({
            "total_jobs_matched": st.integers(0, 1000),
            "best_match_score": st.none() | st.integers(0, 100),
            "strong_matches": st.integers(0, 1000),
        }),
        "created_at": moments,
        "updated_at": moments,
        "_total": st.integers(0, 100),
    }
)


@settings(max_examples=200, deadline=None)
@given(st.lists(candidate_rows, max_size=4), st.integers(0, 500))
def test_floats_lists_literals_and_nested_schemas_are_written_as_pydantic_would(
    page_rows: list[dict[str, Any]], total: int
) -> None:
    paging = PageParams(page=1, limit=20)
    model = Page[Candidate].model_validate(
        {"data": [{**row, "metadata_": row["metadata"]} for row in page_rows],
         "pagination": paging.pagination(total)}
    )
    expected = model.__pydantic_serializer__.to_json(model)
    assert orjson.loads(CANDIDATES.page(page_rows, paging, total).body) == orjson.loads(expected)


JOB_MATCHES = RowsJSON(JobMatch)
job_match_rows = st.fixed_dictionaries(
    {
        "candidate": st.fixed_dictionaries({
            "id": uuids, "name": st.text(max_size=10), "type": st.text(max_size=8),
            "headline": st.none() | st.text(max_size=10),
            "skills": st.lists(st.text(max_size=8), max_size=3),
        }),
        "match_score": st.floats(0, 100).map(lambda score: round(score, 2)),
        "match_rationale": st.text(max_size=30),
        "ai_analyzed": st.booleans(),
        "is_hidden_gem": st.booleans(),
        "feedback": st.none() | st.fixed_dictionaries({
            "feedback_type": st.sampled_from(["positive", "negative", "hired"]),
            "notes": st.none() | st.text(max_size=20),
            "created_at": moments,
        }),
    }
)


@settings(max_examples=150, deadline=None)
@given(st.lists(job_match_rows, max_size=4))
def test_optional_nested_schemas_and_lists_are_written_as_pydantic_would(
    rows: list[dict[str, Any]],
) -> None:
    model = Envelope[list[JobMatch]](data=[JobMatch.model_validate(row) for row in rows])
    expected = model.__pydantic_serializer__.to_json(model)
    assert orjson.loads(JOB_MATCHES.many(rows).body) == orjson.loads(expected)


def test_schemas_with_other_types_are_refused() -> None:
    class Priced(Schema):
        price: Decimal

    class Counted(Schema):
        counts: list[int]

    class Keyed(Schema):
        by_id: dict[int, str]

    for schema in (Priced, Counted, Keyed):
        with pytest.raises(TypeError, match="is not plain JSON"):
            RowsJSON(schema)
