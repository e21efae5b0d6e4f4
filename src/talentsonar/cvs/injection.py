"""Instruction-like content aimed at an AI screener ("ignore previous instructions…")."""

from __future__ import annotations

import re

_PATTERNS = [
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(previous|prior|above|earlier|all|any|other)\b"
    r".{0,30}\b(instructions?|prompts?|rules|directions|guidelines|context)\b",
    r"\b(system|developer)\s+(prompt|message|instructions?)\b",
    r"\byou\s+are\s+(now\s+)?(an?\s+)?(ai|assistant|language\s+model|llm|chat\s*gpt|gpt)\b",
    r"\b(as\s+an?\s+)?(ai|llm|language\s+model|chat\s*gpt|gpt-?\d*|assistant|screener"
    r"|recruiter bot)"
    r"\s*[,:]?\s*(you\s+)?(must|should|shall|will)\b",
    r"\b(rate|rank|score|mark|evaluate|recommend)\s+(this|the)\s+(candidate|applicant|resume|cv|profile)"
    r"\b.{0,40}\b(highly|high|top|best|perfect|maximum|100|10\s*/\s*10|first|excellent)\b",
    r"\b(give|assign)\s+(this|the|me)\s+(candidate|applicant|resume|cv|profile)?\s*(a\s+)?"
    r"(high|top|perfect|maximum|full)\s+(score|rating|marks?|match)\b",
    r"\bthis\s+(candidate|applicant)\s+is\s+(the\s+)?(best|perfect|ideal|most\s+qualified)\s+(fit|match|candidate)\b",
    r"\b(new|updated)\s+instructions?\s*:",
    r"<\s*/?\s*(system|instructions?|prompt)\s*>",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.DOTALL)


def looks_like_prompt_injection(text: str) -> bool:
    return _INJECTION.search(" ".join(text.split())) is not None
