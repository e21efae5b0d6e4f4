"""Gemini provider via the official ``google-genai`` SDK: JSON mode with a response
schema, Pydantic validation, one repair retry. Flash for most operations, Pro for the
deep analyses (fit and interview analysis)."""

from __future__ import annotations

from typing import Any

import httpx
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from pydantic import ValidationError

from talentsonar.ai.providers.base import AIProvider, InvalidOutput, M, Usage, repair_message
from talentsonar.core.config import Settings
from talentsonar.core.http import (
    RETRYABLE_STATUS,
    CircuitBreaker,
    parse_retry_after,
    resilient_call,
)

PRO_OPERATIONS = frozenset({"fit_analysis", "interview_analysis"})


def gemini_retryable(exc: BaseException) -> float | bool:
    if isinstance(exc, httpx.TimeoutException | httpx.TransportError):
        return True
    if isinstance(exc, genai_errors.APIError):
        if exc.code not in RETRYABLE_STATUS:
            return False
        response = getattr(exc, "response", None)
        headers = getattr(response, "headers", None)
        wait = parse_retry_after(headers.get("retry-after")) if headers is not None else None
        return wait if wait is not None else True
    return False


class GeminiProvider(AIProvider):
    name = "gemini"

    def __init__(self, settings: Settings, breaker: CircuitBreaker) -> None:
        key = settings.gemini_api_key.get_secret_value() if settings.gemini_api_key else "no-key"
        options = types.HttpOptions(
            base_url=settings.gemini_base_url or None,
            timeout=int(settings.ai_timeout_seconds * 1000),
        )
        self.client = genai.Client(api_key=key, http_options=options)
        self.flash = settings.gemini_model_flash
        self.pro = settings.gemini_model_pro
        self.breaker = breaker
        self.max_retries = settings.ai_max_retries

    def model_for(self, op: str) -> str:
        return self.pro if op in PRO_OPERATIONS else self.flash

    async def _complete(
        self, op: str, system: str, contents: list[Any], schema: type[M]
    ) -> tuple[str, Usage]:
        config = types.GenerateContentConfig(
            system_instruction=system,
            temperature=0,
            response_mime_type="application/json",
            response_json_schema=schema.model_json_schema(),
        )

        async def call() -> Any:
            return await self.client.aio.models.generate_content(
                model=self.model_for(op), contents=contents, config=config
            )

        response = await resilient_call(
            self.name,
            self.breaker,
            call,
            max_retries=self.max_retries,
            is_retryable=gemini_retryable,
        )
        meta = response.usage_metadata
        return response.text or "", Usage(
            (meta.prompt_token_count or 0) if meta else 0,
            (meta.candidates_token_count or 0) if meta else 0,
        )

    async def generate(self, op: str, system: str, user: str, schema: type[M]) -> tuple[M, Usage]:
        contents: list[Any] = [types.Content(role="user", parts=[types.Part(text=user)])]
        text, usage = await self._complete(op, system, contents, schema)
        try:
            return schema.model_validate_json(text), usage
        except ValidationError as exc:
            contents += [
                types.Content(role="model", parts=[types.Part(text=text[:4000])]),
                types.Content(role="user", parts=[types.Part(text=repair_message(str(exc)))]),
            ]
        text, more = await self._complete(op, system, contents, schema)
        try:
            return schema.model_validate_json(text), usage + more
        except ValidationError as exc:
            raise InvalidOutput(
                f"gemini answer failed validation twice: {exc.error_count()} errors"
            ) from exc
