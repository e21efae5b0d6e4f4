"""The provider interface: async structured generation of one Pydantic model."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )


class ProviderFailed(Exception):
    """The provider could not produce a valid answer (after its retries and one repair)."""


class InvalidOutput(ProviderFailed):
    """The provider answered, twice, with something that is not the requested schema."""


class AIProvider(ABC):
    """``generate`` returns ``(validated model, usage)`` or raises."""

    name: str
    external: bool = True

    @abstractmethod
    def model_for(self, op: str) -> str: ...

    @abstractmethod
    async def generate(
        self, op: str, system: str, user: str, schema: type[M]
    ) -> tuple[M, Usage]: ...

    async def aclose(self) -> None:
        return None


def repair_message(error: str) -> str:
    return (
        "Your previous answer was not valid JSON for the required schema "
        f"({error[:500]}). Answer again with only the JSON object, matching the schema exactly."
    )
