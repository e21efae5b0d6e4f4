"""From a parsed CV profile (``talentsonar.cvs.parsing``) to candidate columns, and the
texts a candidate is searched and embedded by. Pure functions."""

from __future__ import annotations

import hashlib
from typing import Any

import phonenumbers

from talentsonar.core.telemetry import span
from talentsonar.cvs.parsing.regions import region_of
from talentsonar.cvs.schemas import FLAG_NAME_NOT_FOUND
from talentsonar.models.candidate import Candidate
from talentsonar.skills.canonical import canonical_skills

SEARCH_TEXT_CHARS = 20_000
#: Bump when ``candidate_embedding_text`` changes: workers re-embed older vectors.
CANDIDATE_EMBEDDING_VERSION = 2
SUMMARY_CHARS_EMBEDDED = 300
SKILLS_EMBEDDED = 40
TITLES_EMBEDDED = 3
#: With at least this many skills the profile speaks for itself and the summary is left out
#: of the embedded text (see :func:`candidate_embedding_text`).
SKILLS_WITHOUT_SUMMARY = 10


def parse_cv_text(text: str) -> dict[str, Any] | None:
    """The structured profile of a CV's visible text (camelCase JSON), or ``None`` while
    the parser is not installed."""
    try:
        from talentsonar.cvs.parsing import parse_profile
    except ImportError:
        return None
    with span("cvs.parse_profile"):
        profile = parse_profile(text)
    dumped: dict[str, Any] = profile.model_dump(mode="json", by_alias=True)
    return dumped


def text_hash(text: str) -> str:
    """sha256 of the visible text with whitespace and case folded (near-identical files
    with different bytes, e.g. re-exported PDFs, get the same hash)."""
    folded = " ".join(text.lower().split())
    return hashlib.sha256(folded.encode()).hexdigest()


def phone_e164(phone: str | None, location: str | None = None) -> str | None:
    """``phone`` in E.164 ("+442079460321"), read in the country of ``location`` when it
    has no country code (``region_of``: "London, UK" -> GB; the default region when the
    location names none); ``None`` for what cannot be a phone number. Two ways of writing
    one number give one key; two numbers that only share their last digits do not."""
    if not phone:
        return None
    try:
        number = phonenumbers.parse(phone, region_of(location))
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _items(profile: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = profile.get(key) or []
    return [v for v in value if isinstance(v, dict)]


def _strings(profile: dict[str, Any], key: str) -> list[str]:
    out: list[str] = []
    for value in profile.get(key) or []:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            out.append(" ".join(str(v) for v in value.values() if isinstance(v, str | int)))
    return out


def apply_profile(candidate: Candidate, profile: dict[str, Any]) -> None:
    """Copy a parsed profile onto ``candidate``: parsed values win, except that a field the
    parser could not find keeps what the candidate already had."""
    candidate.profile = profile
    for column, key in (("name", "name"), ("email", "email"), ("phone", "phone"),
                        ("location", "location"), ("headline", "headline"),
                        ("summary", "summary")):
        value = profile.get(key)
        if isinstance(value, str) and value.strip():
            limit = {"name": 300, "email": 320, "phone": 60, "location": 300, "headline": 500}
            setattr(candidate, column, value.strip()[: limit.get(column, 20_000)])
    skills = profile.get("skills") or []
    if skills:
        candidate.skills = canonical_skills(str(s) for s in skills)
    years = profile.get("totalYearsExperience")
    if isinstance(years, int | float):
        candidate.total_years_experience = float(years)
    if not candidate.headline:
        titles = [w.get("title") for w in _items(profile, "workHistory") if w.get("title")]
        if titles:
            candidate.headline = str(titles[0])[:500]


#: The name of a candidate whose CV gives none (an anonymised CV, or a name the parser could
#: not tell from a heading): never the file name ("good.pdf" is not a person). Such a
#: candidate carries ``FLAG_NAME_NOT_FOUND`` ("name_not_found") in its flags until it gets
#: a real name (from a later CV, or set by hand).
UNNAMED_CANDIDATE = "Unnamed candidate"


def settle_name(candidate: Candidate) -> None:
    """After a CV was applied: a candidate without a name is named ``UNNAMED_CANDIDATE``
    and flagged ``name_not_found``; one with a name loses the flag."""
    flags = set(candidate.flags or [])
    if candidate.name and candidate.name != UNNAMED_CANDIDATE:
        flags.discard(FLAG_NAME_NOT_FOUND)
    else:
        candidate.name = UNNAMED_CANDIDATE
        flags.add(FLAG_NAME_NOT_FOUND)
    candidate.flags = sorted(flags)


def refresh_derived(candidate: Candidate) -> None:
    """Recompute the columns search and deduplication read (call after any change)."""
    profile = candidate.profile or {}
    candidate.phone_e164 = phone_e164(candidate.phone, candidate.location)
    candidate.skills_text = ", ".join(candidate.skills or [])
    work = _items(profile, "workHistory")
    candidate.titles_text = " | ".join(str(w.get("title")) for w in work[:5] if w.get("title"))
    rest: list[str] = [candidate.summary or "", candidate.location or ""]
    for item in work:
        rest += [str(item.get(k) or "") for k in ("company", "description")]
    for item in _items(profile, "education"):
        rest += [str(item.get(k) or "") for k in ("degree", "institution", "field")]
    rest += _strings(profile, "certifications") + _strings(profile, "languages")
    meta = candidate.metadata_ or {}
    for key in ("summary", "notes", "currentRole", "department", "role", "title"):
        if isinstance(meta.get(key), str):
            rest.append(meta[key])
    candidate.search_text = " ".join(r for r in rest if r)[:SEARCH_TEXT_CHARS]


def candidate_embedding_text(candidate: Candidate) -> str:
    """What a candidate's vector represents: who they are professionally (headline, recent
    titles) and what they can do (skills). The start of the summary is added only when the
    profile has few skills: summaries are mostly objective statements and generic prose
    ("a challenging position in a dynamic environment"), and in a mean-pooled sentence
    vector they dilute the titles and skills that say what the candidate does. Leaving
    them out of full profiles also makes the text shorter (cheaper to embed). Contact
    details and names are left out: they carry no meaning for matching and would only add
    noise."""
    profile = candidate.profile or {}
    titles = [str(w.get("title")) for w in _items(profile, "workHistory")[:TITLES_EMBEDDED]
              if w.get("title")]
    parts = [candidate.headline or ""]
    if titles:
        parts.append("Experience: " + "; ".join(titles))
    skills = candidate.skills or []
    if skills:
        parts.append("Skills: " + ", ".join(skills[:SKILLS_EMBEDDED]))
    summary = candidate.summary or str((candidate.metadata_ or {}).get("summary") or "")
    if summary and len(skills) < SKILLS_WITHOUT_SUMMARY:
        parts.append(summary[:SUMMARY_CHARS_EMBEDDED])
    text = ". ".join(p for p in parts if p)
    return text or candidate.name
