"""OpenAI-compatible provider (OpenAI, Azure, Ollama, vLLM, llama.cpp server) via the
official SDK: JSON-schema structured output, Pydantic validation, one repair retry.

The SDK's own retries are off (``max_retries=0``): our :func:`resilient_call` retries
retryable errors with jittered backoff, honours ``Retry-After`` and feeds the breaker.
"""

from __future__ import annotations

from typing import Any

import openai
from openai import AsyncOpenAI
from pydantic import ValidationError

from talentsonar.ai.providers.base import AIProvider, InvalidOutput, M, Usage, repair_message
from talentsonar.core.config import Settings
from talentsonar.core.http import (
    RETRYABLE_STATUS,
    CircuitBreaker,
    parse_retry_after,
    resilient_call,
)


def openai_retryable(exc: BaseException) -> float | bool:
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError):
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code not in RETRYABLE_STATUS:
            return False
        wait = parse_retry_after(exc.response.headers.get("retry-after"))
        return wait if wait is not None else True
    return False


class OpenAIProvider(AIProvider):
    name = "openai"

    def __init__(self, settings: Settings, breaker: CircuitBreaker) -> None:
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "no-key"
        self.client = AsyncOpenAI(
            api_key=key,
            base_url=settings.openai_base_url or None,
            timeout=settings.ai_timeout_seconds,
            max_retries=0,
        )
        self.model = settings.openai_model
        self.breaker = breaker
        self.max_retries = settings.ai_max_retries

    def model_for(self, op: str) -> str:
        return self.model

    async def _complete(self, messages: list[dict[str, Any]], schema: type[M]) -> tuple[str, Usage]:
        async def call() -> Any:
            completions: Any = self.client.chat.completions
            return await completions.create(
                model=self.model,
                messages=messages,
                temperature=0,
                response_format={
                    "type": "json_schema",
                    "json_schema": {
                        "name": schema.__name__,
                        "schema": schema.model_json_schema(),
                        "strict": False,
                    },
                },
            )

        response = await resilient_call(
            self.name,
            self.breaker,
            call,
            max_retries=self.max_retries,
            is_retryable=openai_retryable,
        )
        content = response.choices[0].message.content or ""
        usage = response.usage
        return content, Usage(
            usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0
        )

    async def generate(self, op: str, system: str, user: str, schema: type[M]) -> tuple[M, Usage]:
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]
        content, usage = await self._complete(messages, schema)
        try:
            return schema.model_validate_json(content), usage
        except ValidationError as exc:
            messages += [
                {"role": "assistant", "content": content[:4000]},
                {"role": "user", "content": repair_message(str(exc))},
            ]
        content, more = await self._complete(messages, schema)
        try:
            return schema.model_validate_json(content), usage + more
        except ValidationError as exc:
            raise InvalidOutput(
                f"openai answer failed validation twice: {exc.error_count()} errors"
            ) from exc

    async def aclose(self) -> None:
        await self.client.close()
