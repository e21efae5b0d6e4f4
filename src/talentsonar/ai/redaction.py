"""Blind screening: personal data out before text reaches an external LLM, back in after.

Names, emails, phones, addresses/locations, links, photo references and age/date-of-birth
hints become stable placeholders (``[EMAIL_1]``; the same value always gets the same
placeholder), which :meth:`Redaction.restore` puts back into the answer. Gender hints
(pronouns, titles, "male/female", marital status) are neutralised and not restored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:linkedin|github|twitter|x|facebook|instagram)\.com/\S+", re.I
)
_PHONE = re.compile(
    r"(?<![\w/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,6}(?:[\s.-]?\d{2,6}){1,4}(?![\w/])"
)
_PHOTO = re.compile(
    r"\S+\.(?:jpe?g|png|gif|heic|webp)\b|\b(?:photo|picture|headshot)\s*:\s*\S+", re.I
)
_DOB = re.compile(
    r"\b(?:date of birth|d\.?o\.?b\.?|born(?: on| in)?|birth ?date)\s*:?\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}"
    r"|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|(?:19|20)\d{2})",
    re.I,
)
_AGE = re.compile(r"\b(?:age\s*:?\s*\d{2}|\d{2}\s*(?:years?|yrs?)\s*old|aged\s+\d{2})\b", re.I)
_LABELLED = re.compile(
    r"^(?P<label>\s*(?:name|full name|address|home address|location|city|nationality|"
    r"gender|sex|marital status|religion)\s*:\s*)(?P<value>.+)$",
    re.I | re.M,
)
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|"
    r"Boulevard|Blvd|Way|Court|Ct|Place|Pl)\b\.?(?:,\s*[A-Z][\w ]+){0,2}"
)
_NAME_LINE = re.compile(r"^\s*([A-Z][a-zA-Z'\u2019-]+(?:\s+[A-Z][a-zA-Z'\u2019.-]+){1,3})\s*$")
_TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Madam)\b\.?\s*", re.I)
_GENDER_WORDS = {
    r"\bhe\b": "they",
    r"\bshe\b": "they",
    r"\bhim\b": "them",
    r"\bhis\b": "their",
    r"\bhers\b": "theirs",
    r"\bher\b": "their",
    r"\bhimself\b": "themself",
    r"\bherself\b": "themself",
    r"\bmale\b": "person",
    r"\bfemale\b": "person",
    r"\b(?:married|single|divorced|widowed)\b(?=[\s,.;]|$)": "[MARITAL]",
    r"\b(?:wife|husband)\b": "partner",
    r"\bmother of\b": "parent of",
    r"\bfather of\b": "parent of",
}
_GENDER = [(re.compile(p, re.I), r) for p, r in _GENDER_WORDS.items()]
_NOT_A_NAME = frozenset(
    {
        "curriculum",
        "vitae",
        "resume",
        "profile",
        "summary",
        "experience",
        "education",
        "skills",
        "objective",
        "contact",
        "software",
        "engineer",
        "developer",
        "manager",
        "senior",
        "junior",
        "work",
        "history",
    }
)
_PLACEHOLDER = re.compile(r"\[(?:NAME|EMAIL|PHONE|LINK|ADDRESS|PHOTO|DOB|AGE|PERSONAL)_\d+\]")


@dataclass
class Redaction:
    """The redacted text and how to restore it."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)

    def restore(self, value: Any) -> Any:
        """``value`` (str / list / dict, recursively) with placeholders put back."""
        if isinstance(value, str):
            return _PLACEHOLDER.sub(lambda m: self.mapping.get(m.group(0), m.group(0)), value)
        if isinstance(value, list):
            return [self.restore(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore(v) for k, v in value.items()}
        return value


class _Placeholders:
    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        self.by_value: dict[tuple[str, str], str] = {
            (k.strip("[]").rsplit("_", 1)[0], v): k for k, v in mapping.items()
        }
        self.counts: dict[str, int] = {}
        for key in mapping:
            kind = key.strip("[]").rsplit("_", 1)[0]
            self.counts[kind] = self.counts.get(kind, 0) + 1

    def get(self, kind: str, value: str) -> str:
        value = value.strip()
        existing = self.by_value.get((kind, value))
        if existing is not None:
            return existing
        self.counts[kind] = self.counts.get(kind, 0) + 1
        placeholder = f"[{kind}_{self.counts[kind]}]"
        self.mapping[placeholder] = value
        self.by_value[(kind, value)] = placeholder
        return placeholder


def guess_name(text: str) -> str | None:
    """A CV's first non-empty line, when it looks like a person's name."""
    for line in text.splitlines()[:5]:
        if not line.strip():
            continue
        match = _NAME_LINE.match(_TITLES.sub("", line))
        if match and not (set(match.group(1).lower().split()) & _NOT_A_NAME):
            return match.group(1)
        return None
    return None


def redact(
    text: str, *, names: list[str] | tuple[str, ...] = (), into: Redaction | None = None
) -> Redaction:
    """Redact ``text``; ``into`` continues an earlier redaction so placeholders stay stable
    across several texts of one request."""
    mapping = into.mapping if into is not None else {}
    ph = _Placeholders(mapping)
    out = text

    def labelled(m: re.Match[str]) -> str:
        label = m.group("label")
        lowered = label.lower()
        kind = (
            "NAME"
            if "name" in lowered
            else "ADDRESS"
            if any(k in lowered for k in ("address", "location", "city"))
            else "PERSONAL"
        )
        return label + ph.get(kind, m.group("value"))

    out = _LABELLED.sub(labelled, out)
    candidates = [n for n in names if n and n.strip()]
    guessed = guess_name(text)
    if guessed:
        candidates.append(guessed)
    for name in sorted(set(candidates), key=len, reverse=True):
        placeholder = ph.get("NAME", name)
        out = re.sub(re.escape(name), placeholder, out, flags=re.I)
        for part in name.split():
            if len(part) > 2:
                out = re.sub(rf"\b{re.escape(part)}\b", placeholder, out)
    out = _EMAIL.sub(lambda m: ph.get("EMAIL", m.group(0)), out)
    out = _URL.sub(lambda m: ph.get("LINK", m.group(0)), out)
    out = _PHOTO.sub(lambda m: ph.get("PHOTO", m.group(0)), out)
    out = _DOB.sub(lambda m: ph.get("DOB", m.group(0)), out)
    out = _AGE.sub(lambda m: ph.get("AGE", m.group(0)), out)
    out = _STREET.sub(lambda m: ph.get("ADDRESS", m.group(0)), out)
    out = _PHONE.sub(lambda m: _phone_or_keep(ph, m.group(0)), out)
    out = _TITLES.sub("", out)
    for pattern, replacement in _GENDER:
        out = pattern.sub(replacement, out)
    return Redaction(out, mapping)


def _phone_or_keep(ph: _Placeholders, value: str) -> str:
    digits = sum(c.isdigit() for c in value)
    # Year ranges such as "2015 - 2019" are not phone numbers.
    if digits < 9 or re.fullmatch(r"\s*(?:19|20)\d{2}\s*[-\u2013]\s*(?:19|20)\d{2}\s*", value):
        return value
    return ph.get("PHONE", value)
