"""The sign-in methods in the OpenAPI document.

The caller's credentials are read from the headers by :mod:`talentsonar.auth.principal`
itself, not through FastAPI's security classes (each is one more dependency to solve on
every request), so the document gets what those classes would have written: the two
security schemes (``OAuth2PasswordBearer``: the password flow of ``/api/v1/auth/token``,
which is what the **Authorize** button of ``/docs`` uses; ``APIKeyHeader``: ``X-API-Key``)
and, on every operation whose route reads the credentials, the requirement of either.

Public APIs only: the documented way to extend FastAPI's document (``app.openapi``
replaced by a function that edits what the original builds) and each route's
``dependant``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from talentsonar.auth.principal import API_KEY_HEADER, CREDENTIAL_READERS, TOKEN_URL

SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    "OAuth2PasswordBearer": {
        "type": "oauth2",
        "flows": {"password": {"scopes": {}, "tokenUrl": TOKEN_URL}},
    },
    "APIKeyHeader": {"type": "apiKey", "in": "header", "name": API_KEY_HEADER},
}
#: Either scheme will do.
REQUIREMENT: list[dict[str, list[str]]] = [{"OAuth2PasswordBearer": []}, {"APIKeyHeader": []}]


def _reads_credentials(dependant: Any) -> bool:
    return any(
        sub.call in CREDENTIAL_READERS or _reads_credentials(sub)
        for sub in dependant.dependencies
    )


def add_security(app: FastAPI, document: dict[str, Any]) -> None:
    """Add the schemes and the operations' requirements to ``app``'s ``document``."""
    secured = False
    paths = document.get("paths", {})
    for route in app.routes:
        if not (isinstance(route, APIRoute) and route.include_in_schema):
            continue
        if not _reads_credentials(route.dependant):
            continue
        operations = paths.get(route.path_format, {})
        for method in route.methods:
            operation = operations.get(method.lower())
            if operation is not None:
                operation["security"] = [dict(r) for r in REQUIREMENT]
                secured = True
    if secured:
        document.setdefault("components", {}).setdefault("securitySchemes", {}).update(
            SECURITY_SCHEMES
        )


def install_security_docs(app: FastAPI) -> None:
    """Make ``app.openapi()`` document the sign-in methods (built once, then cached as
    FastAPI caches its own)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            add_security(app, build())
        return app.openapi_schema or build()

    app.openapi = openapi  # type: ignore[method-assign]
