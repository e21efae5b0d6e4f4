"""The one error hierarchy of the service.

    TalentSonarError (500, internal_error)
    ├── BadRequest (400, bad_request)
    ├── Unauthorized (401, unauthorized)
    ├── PaymentRequired (402, insufficient_credits)
    ├── Forbidden (403, forbidden)
    ├── NotFound (404, not_found)
    ├── Conflict (409, conflict)
    ├── Gone (410, gone)
    ├── PayloadTooLarge (413, payload_too_large)
    ├── UnsupportedMediaType (415, unsupported_media_type)
    ├── UnprocessableEntity (422, validation_error)
    ├── TooManyRequests (429, rate_limited)
    └── ServiceUnavailable (503, service_unavailable)

Services raise these; one handler renders ``{"error": {"code", "message", "details"}}``.
"""

from __future__ import annotations

from typing import Any, ClassVar


class TalentSonarError(Exception):
    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details
        self.headers = headers or {}
        if code is not None:
            self.code = code  # type: ignore[misc]

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class BadRequest(TalentSonarError):
    status_code = 400
    code = "bad_request"


class Unauthorized(TalentSonarError):
    status_code = 401
    code = "unauthorized"

    def __init__(self, message: str = "Authentication required", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(message, **kwargs)


class PaymentRequired(TalentSonarError):
    status_code = 402
    code = "insufficient_credits"


class Forbidden(TalentSonarError):
    status_code = 403
    code = "forbidden"


class NotFound(TalentSonarError):
    status_code = 404
    code = "not_found"

    def __init__(self, what: str = "Resource", **kwargs: Any) -> None:
        super().__init__(f"{what} not found", **kwargs)


class Conflict(TalentSonarError):
    status_code = 409
    code = "conflict"


class Gone(TalentSonarError):
    status_code = 410
    code = "gone"


class PayloadTooLarge(TalentSonarError):
    status_code = 413
    code = "payload_too_large"


class UnsupportedMediaType(TalentSonarError):
    status_code = 415
    code = "unsupported_media_type"


class UnprocessableEntity(TalentSonarError):
    status_code = 422
    code = "validation_error"


class TooManyRequests(TalentSonarError):
    status_code = 429
    code = "rate_limited"


class ServiceUnavailable(TalentSonarError):
    status_code = 503
    code = "service_unavailable"


#: SQLSTATE class 22, "data exception": a value the statement cannot take.
DATA_EXCEPTION = "22000"


def database_error(sqlstate: str | None) -> TalentSonarError:
    """What a failed statement means for the client: a data exception (SQLSTATE class 22)
    is a bad value in the request; anything else is the database's trouble."""
    if (sqlstate or "").startswith("22"):
        return BadRequest("A value in the request is out of range")
    return ServiceUnavailable("The database could not answer", code="database_unavailable")
