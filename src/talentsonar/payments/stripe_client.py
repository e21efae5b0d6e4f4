"""The official Stripe SDK behind our breaker and retries (provider ``stripe``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

import stripe
from pydantic import SecretStr

from talentsonar.core.errors import ServiceUnavailable
from talentsonar.core.http import resilient_call
from talentsonar.core.runtime import Runtime

T = TypeVar("T")
PROVIDER = "stripe"


class PaymentProviderError(ServiceUnavailable):
    code = "payment_provider_error"


class PaymentsNotConfigured(ServiceUnavailable):
    code = "payments_not_configured"


def require_secret(secret: SecretStr | None, variable: str) -> str:
    if secret is None or not secret.get_secret_value():
        raise PaymentsNotConfigured(f"Payments are not configured on this server ({variable})")
    return secret.get_secret_value()


def api_base(url: str | None) -> str | None:
    """``STRIPE_BASE_URL`` may be given with or without the ``/v1`` suffix."""
    if not url:
        return None
    url = url.rstrip("/")
    return url[:-3] if url.endswith("/v1") else url


def client(runtime: Runtime) -> stripe.StripeClient:
    """One SDK client per runtime (keep-alive httpx pool)."""
    existing = runtime.extras.get("stripe_client")
    if existing is None:
        settings = runtime.settings
        base = api_base(settings.stripe_base_url)
        existing = stripe.StripeClient(
            require_secret(settings.stripe_secret_key, "STRIPE_SECRET_KEY"),
            base_addresses={"api": base} if base else None,
            http_client=stripe.HTTPXClient(timeout=settings.http_timeout_seconds),
            max_network_retries=0,  # retries are ours (resilient_call), with the breaker
        )
        runtime.extras["stripe_client"] = existing
    return cast(stripe.StripeClient, existing)


def stripe_retryable(exc: BaseException) -> bool | float:
    if isinstance(exc, stripe.APIConnectionError | stripe.RateLimitError):
        return True
    if isinstance(exc, stripe.APIError):
        return True
    if isinstance(exc, stripe.StripeError):
        return (exc.http_status or 0) >= 500
    return False


async def call(runtime: Runtime, fn: Callable[[], Awaitable[T]]) -> T:
    """Run one SDK coroutine with the ``stripe`` breaker; provider errors become 503."""
    try:
        return await resilient_call(
            PROVIDER,
            runtime.breaker(PROVIDER),
            fn,
            max_retries=runtime.settings.http_max_retries,
            is_retryable=stripe_retryable,
        )
    except stripe.StripeError as exc:
        message = exc.user_message or str(exc) or type(exc).__name__
        raise PaymentProviderError(
            f"The payment provider refused the request: {message}",
            details={"providerStatus": exc.http_status, "providerCode": exc.code},
        ) from exc


def to_dict(obj: Any) -> dict[str, Any]:
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)
