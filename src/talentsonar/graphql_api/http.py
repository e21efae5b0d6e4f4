"""``/graphql`` over HTTP (GraphQL-over-HTTP): GET for queries (and GraphiQL outside
production, with its own assets: :mod:`.ide`), POST for queries and mutations.

- Unparseable JSON, a body that is not a GraphQL request, batching: 400.
- Syntax and validation errors, and the limits of :mod:`.limits`: 200 with ``errors``
  under ``application/json``; 400 when the client accepts
  ``application/graphql-response+json`` (the spec's media type).
- Authentication, rate limit (its own class, ``graphql``), tenancy and roles are the REST
  API's: the same principal resolution; another organisation's id is not found; mutations
  need the recruiter role.
- Every error carries our error code in ``extensions.code``; nothing answers 500.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, cast

import orjson
import structlog
from fastapi import APIRouter, Request
from fastapi.responses import Response
from graphql import GraphQLError, GraphQLSyntaxError, parse
from sqlalchemy.exc import DataError, DBAPIError
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from talentsonar.auth.principal import optional_principal, rate_limit
from talentsonar.core.config import Settings
from talentsonar.core.db import RequestConnection
from talentsonar.core.deps import RequestDb, runtime_of
from talentsonar.core.errors import DATA_EXCEPTION, TalentSonarError, database_error
from talentsonar.core.telemetry import span
from talentsonar.graphql_api import ide
from talentsonar.graphql_api.context import GraphQLContext
from talentsonar.graphql_api.ide import graphiql_page, ide_enabled
from talentsonar.graphql_api.limits import Limits, QueryRefused, check
from talentsonar.graphql_api.schema import schema

log = structlog.get_logger(__name__)

PATH = "/graphql"
GRAPHQL_RESPONSE = "application/graphql-response+json"
_rate_limit = cast(
    Callable[[Request, RequestConnection], Awaitable[None]], rate_limit("graphql").dependency
)

router = APIRouter()
router.include_router(ide.router)  # GraphiQL's assets, served from here


def introspection_enabled(settings: Settings) -> bool:
    return (
        settings.graphql_introspection
        if settings.graphql_introspection is not None
        else (settings.env != "production")
    )


def _error(message: str, code: str, **extensions: Any) -> dict[str, Any]:
    return {"message": message, "extensions": {"code": code, **extensions}}


def _answer(
    body: dict[str, Any], status: int, media_type: str, headers: dict[str, str] | None = None
) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=media_type, headers=headers)


def _refused(
    status: int, errors: list[dict[str, Any]], headers: dict[str, str] | None = None
) -> Response:
    """A request refused before it reached GraphQL execution (always JSON)."""
    return _answer({"errors": errors}, status, "application/json", headers)


def format_error(error: GraphQLError) -> dict[str, Any]:
    """A GraphQL error with our error code (and details) in ``extensions``; an unexpected
    exception is logged and answered without its text."""
    out: dict[str, Any] = dict(error.formatted)
    original = error.original_error
    if isinstance(original, DBAPIError):
        sqlstate = getattr(original.orig, "sqlstate", None)
        if sqlstate is None and isinstance(original, DataError):
            sqlstate = DATA_EXCEPTION
        original = database_error(sqlstate)
    if isinstance(original, TalentSonarError):
        out["message"] = original.message
        extensions: dict[str, Any] = {"code": original.code}
        if original.details is not None:
            extensions["details"] = original.details
        out["extensions"] = extensions
        if original.status_code >= 500:
            log.error("graphql.error", code=original.code)
    elif original is not None:
        log.error("graphql.unexpected_error", error=repr(original), exc_info=original)
        out["message"] = "Something went wrong on our side"
        out["extensions"] = {"code": "internal_error"}
    else:
        out["extensions"] = {"code": "graphql_validation_failed", **(error.extensions or {})}
    return out


async def _request_data(request: Request) -> dict[str, Any] | Response:
    """The request's ``query``, ``variables`` and ``operationName``, or the refusal."""
    if request.method == "GET":
        params = request.query_params
        data: dict[str, Any] = {
            "query": params.get("query"),
            "operationName": params.get("operationName"),
        }
        if params.get("variables"):
            try:
                data["variables"] = orjson.loads(params["variables"])
            except orjson.JSONDecodeError:
                return _refused(400, [_error("variables is not valid JSON", "bad_request")])
        return data
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    if content_type == "application/graphql":
        return {"query": raw.decode("utf-8", errors="replace")}
    if content_type not in ("application/json", ""):
        return _refused(
            415, [_error("Send the request as application/json", "unsupported_media_type")]
        )
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _refused(400, [_error("The body is not valid JSON", "bad_request")])
    if isinstance(body, list):
        return _refused(400, [_error("Batched requests are not supported", "bad_request")])
    if not isinstance(body, dict):
        return _refused(400, [_error("The body must be a JSON object", "bad_request")])
    return body


def _valid_shape(data: dict[str, Any]) -> str | None:
    if not isinstance(data.get("query"), str) or not data["query"].strip():
        return "The request has no query"
    if data.get("variables") is not None and not isinstance(data["variables"], dict):
        return "variables must be a JSON object"
    if data.get("operationName") is not None and not isinstance(data["operationName"], str):
        return "operationName must be a string"
    if data.get("extensions") is not None and not isinstance(data["extensions"], dict):
        return "extensions must be a JSON object"
    return None


@router.api_route(PATH, methods=["GET", "POST"], include_in_schema=False)
async def graphql(request: Request, db: RequestDb) -> Response:
    runtime = runtime_of(request)
    settings = runtime.settings
    accept = request.headers.get("accept", "")
    if request.method == "GET" and "query" not in request.query_params and "text/html" in accept:
        if ide_enabled(settings):
            return graphiql_page()
        return _refused(404, [_error("GraphiQL is turned off on this server", "not_found")])
    db.keep = True  # the read session runs on the connection the principal is read on
    try:
        await _rate_limit(request, db)
        principal = await optional_principal(request, db)
    except TalentSonarError as exc:
        return _refused(exc.status_code, [_error(exc.message, exc.code)], exc.headers)
    if principal is None:
        return _refused(
            401, [_error("Authentication required", "unauthorized")], {"WWW-Authenticate": "Bearer"}
        )
    if principal.role.is_network:  # as REST: employee and hr reach only JobSwap
        return _refused(403, [_error(
            f"The {principal.role.value} role reaches only JobSwap (/api/v1/jobswap)",
            "forbidden")])
    data = await _request_data(request)
    if isinstance(data, Response):
        return data
    problem = _valid_shape(data)
    if problem is not None:
        return _refused(400, [_error(problem, "bad_request")])
    spec = GRAPHQL_RESPONSE in accept
    media_type = GRAPHQL_RESPONSE if spec else "application/json"
    request_error_status = 400 if spec else 200
    query: str = data["query"]
    variables: dict[str, Any] = data.get("variables") or {}
    try:
        document = parse(query, max_tokens=settings.graphql_max_tokens)
        check(
            document,
            variables,
            Limits(
                settings.graphql_max_depth,
                settings.graphql_max_cost,
                introspection_enabled(settings),
            ),
        )
    except GraphQLSyntaxError as exc:
        code = "query_too_large" if "tokens" in exc.message else "graphql_parse_failed"
        limit = {"limit": settings.graphql_max_tokens} if code == "query_too_large" else {}
        error = _error(exc.message, code, **limit)
        if exc.locations:
            error["locations"] = [loc._asdict() for loc in exc.locations]
        return _answer({"errors": [error]}, request_error_status, media_type)
    except QueryRefused as exc:
        extra = {"limit": exc.limit} if exc.limit is not None else {}
        return _answer(
            {"errors": [_error(exc.message, exc.code, **extra)]}, request_error_status, media_type
        )
    allowed = (
        {OperationType.QUERY}
        if request.method == "GET"
        else {OperationType.QUERY, OperationType.MUTATION}
    )
    context = GraphQLContext(runtime=runtime, principal=principal, db=db)
    operation = data.get("operationName")
    with span("graphql.execute", **{"graphql.operation.name": str(operation or "")[:100]}):
        try:
            result = await schema.execute(
                query,
                variable_values=variables,
                context_value=context,
                operation_name=operation,
                allowed_operation_types=allowed,
            )
        except InvalidOperationTypeError:
            return _refused(
                405, [_error("Mutations need POST", "method_not_allowed")], {"Allow": "POST"}
            )
        except CannotGetOperationTypeError:
            return _answer(
                {
                    "errors": [
                        _error(
                            "The operation to run is not in the document",
                            "graphql_validation_failed",
                        )
                    ]
                },
                request_error_status,
                media_type,
            )
        finally:
            await context.close()
    body: dict[str, Any] = {}
    if result.errors:
        body["errors"] = [format_error(e) for e in result.errors]
    # a request error (validation) has no data; once execution started, data is there
    executed = (
        result.data is not None
        or not result.errors
        or any(e.path is not None for e in result.errors)
    )
    if executed:
        body["data"] = result.data
    return _answer(body, 200 if executed else request_error_status, media_type)
