"""Schema-driven fuzzing (hypothesis-graphql): generated queries and mutations, valid for
the schema but with arbitrary arguments, never answer 500."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis_graphql import mutations, queries

from talentsonar.graphql_api.schema import schema
from tests.graphql_api.conftest import gql

SDL = schema.as_str()


def _examples(strategy: Any, count: int) -> list[str]:
    found: list[str] = []

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(query: str) -> None:
        found.append(query)

    collect()
    return found


async def test_generated_operations_never_answer_500(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    operations = _examples(queries(SDL), 25) + _examples(mutations(SDL), 10)
    assert len(operations) >= 25
    answered = 0
    for operation in operations:
        r = await gql(client, user["headers"], operation)
        assert r.status_code < 500, (operation, r.text)
        body = r.json()
        assert "data" in body or "errors" in body
        for error in body.get("errors", []):
            assert error["extensions"]["code"] != "internal_error", (operation, error)
        answered += "data" in body
    assert answered
