"""Stable ``operationId``s for the OpenAPI document: each operation is named after its
endpoint function (``create_job``, ``list_candidates``), not after its path, so generated
clients read well and keep their names when a path changes. Endpoint function names are
unique across the API (``tests/clients/test_openapi.py`` checks)."""

from __future__ import annotations

from fastapi.routing import APIRoute


def operation_id(route: APIRoute) -> str:
    return route.name
