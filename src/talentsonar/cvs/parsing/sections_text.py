"""Sections kept as text: the summary, certifications (one item a line), languages."""

from __future__ import annotations

import re

from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.sections import Line, strip_bullet

_KNOWN_LANGUAGES = (
    "english|hindi|spanish|french|german|italian|portuguese|russian|arabic|mandarin|chinese|"
    "cantonese|japanese|korean|tamil|telugu|kannada|malayalam|marathi|gujarati|punjabi|bengali|"
    "bangla|urdu|odia|oriya|assamese|nepali|sinhala|dutch|swedish|norwegian|danish|finnish|"
    "polish|czech|greek|turkish|hebrew|persian|farsi|swahili|tagalog|filipino|vietnamese|thai|"
    "indonesian|malay|romanian|hungarian|ukrainian|serbian|croatian|sanskrit|latin|konkani"
)
_LANGUAGE = re.compile(rf"\b({_KNOWN_LANGUAGES})\b", re.I)


def find_summary(b: EvidenceBuilder, lines: list[Line]) -> str | None:
    if not lines:
        return None
    chosen = lines[:12]
    b.add("summary", chosen[0].start, chosen[-1].end)
    return " ".join(strip_bullet(line.text) for line in chosen)


def section_items(b: EvidenceBuilder, key: str, lines: list[Line]) -> list[str]:
    items: list[str] = []
    for line in lines:
        text = strip_bullet(line.text)
        if len(text) < 3 or len(text) > 160:
            continue
        start = line.start + line.text.find(text)
        b.add(key, start, start + len(text))
        items.append(text)
    return items[:30]


def find_languages(b: EvidenceBuilder, lines: list[Line]) -> list[str]:
    found: dict[str, None] = {}
    for line in lines:
        for match in _LANGUAGE.finditer(line.text):
            name = match.group(0).capitalize()
            if name not in found:
                found[name] = None
                b.add("languages", line.start + match.start(), line.start + match.end())
    return list(found)
