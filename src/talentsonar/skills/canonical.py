"""Skill-name normalisation through the shipped taxonomy (``talentsonar.skills.taxonomy``).

The taxonomy is built by the parsing layer; until it is importable, names are only
trimmed and de-duplicated case-insensitively.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def taxonomy() -> Any | None:
    try:
        from talentsonar.skills.taxonomy import get_taxonomy
    except ImportError:
        return None
    return get_taxonomy()


def canonical_skill(name: str) -> str:
    """The canonical name of ``name`` ("k8s" -> "Kubernetes"), or ``name`` trimmed."""
    cleaned = " ".join(name.split())
    tax = taxonomy()
    if tax is not None and cleaned:
        skill = tax.normalize(cleaned)
        if skill is not None:
            return str(getattr(skill, "name", skill))
    return cleaned


def canonical_skills(names: Iterable[str]) -> list[str]:
    """Canonical names, in first-seen order, without case-insensitive duplicates or blanks."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        canon = canonical_skill(name)
        key = canon.casefold()
        if canon and key not in seen:
            seen.add(key)
            out.append(canon)
    return out
