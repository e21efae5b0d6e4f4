"""The candidate's name, from the CV's header."""

from __future__ import annotations

import re

from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.patterns import ORG_WORDS, ROLE_WORDS
from talentsonar.cvs.sections import Line

_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'\u2019\-]*\.?$|^[A-Z]\.?$|^[A-Z][A-Z'\u2019\-]+$")
_NOT_NAME = re.compile(
    r"\b(resume|curriculum|vitae|cv|profile|summary|objective|contact|email|phone|mobile|"
    r"address|experience|education|skills|page|linkedin|github|www|http)\b",
    re.I,
)


def looks_like_name(text: str) -> bool:
    if any(c.isdigit() for c in text) or "@" in text or _NOT_NAME.search(text):
        return False
    tokens = text.replace(",", " ").split()
    if not 2 <= len(tokens) <= 4 or ROLE_WORDS.search(text) or ORG_WORDS.search(text):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


def find_name(b: EvidenceBuilder, header: list[Line]) -> str | None:
    for line in header[:8]:
        for part in re.split(r"\s*[|•·,]\s*|\s{3,}|\t", line.text):
            candidate = part.strip()
            if candidate and looks_like_name(candidate):
                start = line.start + line.text.find(candidate)
                b.add("name", start, start + len(candidate))
                return " ".join(candidate.split())
    return None
