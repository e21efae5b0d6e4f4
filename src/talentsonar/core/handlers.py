"""Render every error as ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from talentsonar.core.errors import DATA_EXCEPTION, TalentSonarError, database_error

log = structlog.get_logger(__name__)


def _response(
    status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "details": details}},
        status_code=status,
        headers=headers,
    )


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body",)]
        errors.append(
            {"field": ".".join(loc), "message": err.get("msg", ""), "type": err.get("type")}
        )
    return errors


def _json_syntax_error(exc: RequestValidationError) -> JSONResponse | None:
    """400 for a body that is not JSON at all (FastAPI reports it as a validation error
    located at ``("body", <character offset>)``, which read "check 21")."""
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            loc = err.get("loc", ())
            position = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
            reason = str((err.get("ctx") or {}).get("error") or "JSON decode error")
            where = f" (at character {position})" if position is not None else ""
            return _response(400, "invalid_json",
                             f"The request body is not valid JSON: {reason}{where}",
                             {"position": position, "error": reason})
    return None


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TalentSonarError)
    async def domain_error(request: Request, exc: TalentSonarError) -> JSONResponse:
        if exc.status_code >= 500:
            log.error("error", code=exc.code, message=exc.message)
        return _response(exc.status_code, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        syntax = _json_syntax_error(exc)
        if syntax is not None:
            return syntax
        errors = _field_errors(exc)
        fields = ", ".join(sorted({e["field"] for e in errors if e["field"]}))
        if fields:
            message = f"Invalid request: check {fields}"
        elif any(e["type"] == "missing" for e in errors):
            message = "Invalid request: the request body is missing"
        else:
            message = "Invalid request"
        return _response(422, "validation_error", message, errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {
            404: "not_found",
            405: "method_not_allowed",
            400: "bad_request",
            413: "payload_too_large",
        }
        code = codes.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "Request failed"
        return _response(
            exc.status_code,
            code,
            message,
            getattr(exc, "details", None),
            getattr(exc, "headers", None),
        )

    @app.exception_handler(IntegrityError)
    async def integrity_error(request: Request, exc: IntegrityError) -> JSONResponse:
        log.warning("integrity_error", error=str(exc.orig)[:300])
        return _response(409, "conflict", "The change conflicts with existing data")

    @app.exception_handler(DBAPIError)
    async def db_error(request: Request, exc: DBAPIError) -> JSONResponse:
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if sqlstate is None and isinstance(exc, DataError):
            sqlstate = DATA_EXCEPTION  # a value the driver could not send
        error = database_error(sqlstate)
        if error.status_code >= 500:
            log.exception("db_error")
        return _response(error.status_code, error.code, error.message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled_error", path=request.url.path)
        request_id = getattr(request.state, "request_id", None)
        return _response(
            500,
            "internal_error",
            "Something went wrong on our side",
            {"requestId": request_id},
        )
