"""Stable ``operationId``s for the OpenAPI document: each operation is named after its
endpoint function (``create_job``, ``list_candidates``), not after its path, so generated
clients read well and keep their names when a path changes. When two endpoint functions
share a name, the one registered later (domains are loaded in name order) is prefixed
with its router's first tag (``organization_list_invitations``);
``tests/clients/test_clients.py`` checks that every id is unique."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi.routing import APIRoute

#: operationId -> the endpoint function it names (routes are rebuilt each time a router
#: is included in another: the same function keeps its id).
_TAKEN: dict[str, Callable[..., Any]] = {}


def operation_id(route: APIRoute) -> str:
    name = route.name
    owner = _TAKEN.setdefault(name, route.endpoint)
    if owner is route.endpoint:
        return name
    tag = str(route.tags[0]) if route.tags else route.path.strip("/").split("/")[-1]
    prefixed = f"{re.sub(r'[^a-z0-9]+', '_', tag.lower()).strip('_')}_{name}"
    _TAKEN.setdefault(prefixed, route.endpoint)
    return prefixed
