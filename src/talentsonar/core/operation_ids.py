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

#: operationId -> the endpoint function it names, by module and qualified name (routes are
#: rebuilt each time a router is included in another, and apps made by a factory define
#: their endpoint functions anew: the same function keeps its id).
_TAKEN: dict[str, str] = {}


def _key(endpoint: Callable[..., Any]) -> str:
    return f"{endpoint.__module__}.{endpoint.__qualname__}"


def operation_id(route: APIRoute) -> str:
    name = route.name
    key = _key(route.endpoint)
    if _TAKEN.setdefault(name, key) == key:
        return name
    tag = str(route.tags[0]) if route.tags else route.path.strip("/").split("/")[-1]
    prefixed = f"{re.sub(r'[^a-z0-9]+', '_', tag.lower()).strip('_')}_{name}"
    _TAKEN.setdefault(prefixed, key)
    return prefixed
