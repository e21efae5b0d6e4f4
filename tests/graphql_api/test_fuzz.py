"""Schema-driven fuzzing (hypothesis-graphql): generated queries and mutations, valid for
the schema but with arbitrary arguments, never answer 500; and queries aimed at the skills
evaluation under candidates (skill profiles, assessments) over stored data, so that their
resolvers run."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx
from graphql import (
    FieldDefinitionNode,
    ObjectTypeDefinitionNode,
    build_ast_schema,
    parse,
    print_schema,
)
from hypothesis import HealthCheck, given, settings
from hypothesis_graphql import mutations, queries

from talentsonar.core.runtime import Runtime
from talentsonar.graphql_api.schema import schema
from tests.graphql_api.conftest import gql, org_of, seed_evaluation, seed_pool

SDL = schema.as_str()


def _narrowed(sdl: str, keep: dict[str, dict[str, set[str] | None]]) -> str:
    """``sdl`` with only the ``keep`` fields of those types (and, where a set is given,
    only those arguments): every query generated from it is valid for the whole schema,
    and reaches what it keeps."""
    document = parse(sdl)

    def field(node: FieldDefinitionNode, args: set[str] | None) -> FieldDefinitionNode:
        if args is None:
            return node
        return replace(node, arguments=tuple(
            a for a in node.arguments or () if a.name.value in args))

    definitions = [
        replace(node, fields=tuple(
            field(f, keep[node.name.value][f.name.value]) for f in node.fields or ()
            if f.name.value in keep[node.name.value]))
        if isinstance(node, ObjectTypeDefinitionNode) and node.name.value in keep else node
        for node in document.definitions
    ]
    return print_schema(build_ast_schema(replace(document, definitions=tuple(definitions))))


#: Queries under the first page of candidates (no filters: they are the stored ones),
#: down to one of the new relations, with arbitrary arguments below.
EVALUATION_SDLS = [
    _narrowed(SDL, {"Query": {"candidates": set()},
                    "Candidate": {"id": None, relation: None}})
    for relation in ("skillProfile", "assessments")
]


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


def _answered_keys(data: Any) -> set[str]:
    """The keys that hold a value (not null) anywhere in ``data``."""
    if isinstance(data, dict):
        found = {k for k, v in data.items() if v is not None}
        for value in data.values():
            found |= _answered_keys(value)
        return found
    if isinstance(data, list):
        return set().union(*(_answered_keys(v) for v in data)) if data else set()
    return set()


async def test_generated_skill_profile_and_assessment_queries_never_answer_500(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    org = org_of(user)
    candidate_ids, job_ids = await seed_pool(runtime, org, candidates=3, jobs=1)
    await seed_evaluation(runtime, org, candidate_ids, job_ids[0])
    operations = [q for sdl in EVALUATION_SDLS for q in _examples(queries(sdl), 25)]
    reached: set[str] = set()
    for operation in operations:
        r = await gql(client, user["headers"], operation)
        assert r.status_code < 500, (operation, r.text)
        body = r.json()
        for error in body.get("errors", []):
            assert error["extensions"]["code"] != "internal_error", (operation, error)
        answer = str(body.get("data"))
        reached |= {t for t in ("skillProfile", "assessments", "sources", "skillResults",
                                "assessment")
                    if f"'{t}': " in answer and f"'{t}': None" not in answer}
    # the generated queries ran the new resolvers over data, not only against nulls
    assert {"skillProfile", "assessments"} <= reached, reached
