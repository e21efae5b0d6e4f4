"""Pure functions: normalise external talent results and de-duplicate merged lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from talentsonar.talent_search.schemas import TalentResult

_LINKEDIN = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com/", re.I)


def normalise_linkedin(url: str | None) -> str | None:
    if not url:
        return None
    cleaned = _LINKEDIN.sub("linkedin.com/", url.strip()).split("?")[0].rstrip("/").lower()
    return cleaned or None


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text[:limit] or None


def from_external(raw: Any) -> TalentResult | None:
    """One N8N result (field names of the old workflow, camelCase or snake_case)."""
    if not isinstance(raw, dict):
        return None
    name = _text(raw.get("name") or raw.get("fullName") or raw.get("full_name"), 300)
    if not name:
        return None
    skills = raw.get("skills") or []
    if isinstance(skills, str):
        skills = [s.strip() for s in skills.split(",")]
    return TalentResult(
        name=name,
        email=(_text(raw.get("email"), 320) or "").lower() or None,
        linkedin_url=_text(
            raw.get("linkedinUrl") or raw.get("linkedin_url") or raw.get("linkedin"), 500
        ),
        company=_text(raw.get("company") or raw.get("currentCompany"), 200),
        title=_text(raw.get("title") or raw.get("headline"), 300),
        location=_text(raw.get("location"), 300),
        skills=[str(s)[:100] for s in skills if str(s).strip()][:100]
        if isinstance(skills, list)
        else [],
        source="external",
        score=float(raw["score"]) if isinstance(raw.get("score"), int | float) else None,
    )


def parse_external(payload: Any) -> list[TalentResult]:
    """N8N answers a list, or an object with ``results`` / ``candidates`` / ``data``."""
    items: Any = payload
    if isinstance(payload, dict):
        items = payload.get("results") or payload.get("candidates") or payload.get("data") or []
    if not isinstance(items, list):
        return []
    return [r for r in (from_external(i) for i in items) if r is not None]


def identity_keys(result: TalentResult) -> list[str]:
    keys = []
    if result.email:
        keys.append(f"email:{result.email.lower()}")
    linkedin = normalise_linkedin(result.linkedin_url)
    if linkedin:
        keys.append(f"linkedin:{linkedin}")
    if result.company:
        keys.append(f"namecompany:{result.name.lower().strip()}|{result.company.lower().strip()}")
    return keys


def merge_results(*lists: Iterable[TalentResult]) -> list[TalentResult]:
    """Concatenate (earlier lists win) and drop anyone already seen by email, LinkedIn
    URL or name + company; a dropped duplicate adds its source to the kept one."""
    kept: list[TalentResult] = []
    seen: dict[str, TalentResult] = {}
    for results in lists:
        for result in results:
            match = next((seen[k] for k in identity_keys(result) if k in seen), None)
            if match is not None:
                if result.source not in match.sources:
                    match.sources.append(result.source)
                for key in identity_keys(result):
                    seen.setdefault(key, match)
                continue
            result.sources = [result.source]
            kept.append(result)
            for key in identity_keys(result):
                seen[key] = result
    return kept
