"""The built-in provider: offline, deterministic, fast; the default and the fallback.

It reads the same delimited data blocks as an LLM would (so the injection defence
applies to it too) and answers with :mod:`talentsonar.ai.analyst`. The analyst is pure
CPU work (parsing, skill extraction, scoring): it runs in a worker thread, so the event
loop keeps serving other requests while an analysis runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import orjson
from pydantic import BaseModel

from talentsonar.ai import analyst
from talentsonar.ai.grading import grade_answer
from talentsonar.ai.injection import read_blocks
from talentsonar.ai.providers.base import AIProvider, M, ProviderFailed, Usage

BUILTIN_MODEL = "builtin-analyst-1"


def _json(blocks: dict[str, str], name: str) -> Any:
    return orjson.loads(blocks.get(name) or "{}")


OPERATIONS: dict[str, Callable[[dict[str, str]], BaseModel]] = {
    "cv_analysis": lambda b: analyst.cv_analysis(
        b.get("cv", ""),
        b.get("requirements", ""),
        _json(b, "facts") or None,
        _json(b, "profile") or None,
    ),
    "fit_analysis": lambda b: analyst.fit_analysis(
        b.get("cv", ""), b.get("job", ""), _json(b, "facts") or None
    ),
    "job_analysis": lambda b: analyst.job_analysis(b.get("job", "")),
    "job_requirements": lambda b: analyst.job_requirements(_json(b, "job_info")),
    "enrichment": lambda b: analyst.enrichment(b.get("cv", ""), _json(b, "profile") or None),
    "interview_questions": lambda b: analyst.question_kit(**_json(b, "kit_request")),
    "answer_grading": lambda b: grade_answer(_json(b, "rubric"), b.get("answer", "")),
    "interview_analysis": lambda b: analyst.interview_analysis(
        b.get("requirements", ""), b.get("cv", ""), _json(b, "interview")
    ),
}


class BuiltinProvider(AIProvider):
    name = "builtin"
    external = False

    def model_for(self, op: str) -> str:
        return BUILTIN_MODEL

    async def generate(self, op: str, system: str, user: str, schema: type[M]) -> tuple[M, Usage]:
        handler = OPERATIONS.get(op)
        if handler is None:
            raise ProviderFailed(f"builtin has no operation {op!r}")
        result = await asyncio.to_thread(_answer, handler, user, schema)
        return result, Usage(len(user) // 4, len(result.model_dump_json()) // 4)


def _answer(handler: Callable[[dict[str, str]], BaseModel], user: str, schema: type[M]) -> M:
    """Read the blocks, analyse and validate: all CPU work, run off the event loop."""
    return schema.model_validate(handler(read_blocks(user)).model_dump())
