"""Education entries: degree, institution and year."""

from __future__ import annotations

import re

from talentsonar.cvs.dates import YEAR
from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.schemas import EducationEntry
from talentsonar.cvs.sections import Line, strip_bullet

_DEGREE = re.compile(
    r"(?<![\w.])(b\.?\s?e\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|m\.?\s?com|"
    r"b\.?\s?a\.?|m\.?\s?a\.?|bba|mba|mca|bca|pgdm|pgdba|ph\.?\s?d|m\.?\s?phil|b\.?\s?s\.?|"
    r"m\.?\s?s\.?|b\.?\s?ed|m\.?\s?ed|llb|llm|ll\.b|ll\.m|mbbs|b\.?\s?pharm|m\.?\s?pharm|"
    r"bachelor'?s?|master'?s?|associate'?s?\s+(degree|of)|doctorate|diploma|post[\s-]?graduat\w*|"
    r"graduat(e|ion)|under[\s-]?graduate|high\s+school|secondary|higher\s+secondary|hsc|ssc|"
    r"sslc|puc|intermediate|matriculation|12th|10th|xii|x\b|a[\s-]?levels?|o[\s-]?levels?|"
    r"ged|certificate\s+in|degree|b\.?\s?arch|m\.?\s?arch|cpa|ca\s+inter|icwa|cfa)(?![\w])",
    re.I,
)
_INSTITUTION = re.compile(
    r"\b(university|universit[àaäé]t?|universidad|universidade|université|hochschule|escuela|"
    r"[eé]cole|college|institute|institution|school|academy|polytechnic|"
    r"vidyalaya|vidyapeeth|mahavidyalaya|iit|nit|iiit|iim|bits|campus|faculty|conservatory|"
    r"seminary|center|centre|board)\b",
    re.I,
)


_EDUCATION_SPLIT = re.compile(r"\s*[|,]\s+|\s+[-\u2013\u2014]\s+|\s+from\s+|\s+at\s+")


def find_education(b: EvidenceBuilder, lines: list[Line]) -> list[EducationEntry]:
    entries: list[EducationEntry] = []
    current: dict[str, tuple[str, int]] = {}
    year: tuple[int, int, int] | None = None

    def flush() -> None:
        nonlocal current, year
        if "degree" in current or "institution" in current:
            key = f"education.{len(entries)}"
            for field_name in ("degree", "institution"):
                if field_name in current:
                    value, start = current[field_name]
                    b.add(f"{key}.{field_name}", start, start + len(value))
            if year:
                b.add(f"{key}.year", year[1], year[2])
            entries.append(
                EducationEntry(
                    degree=current.get("degree", (None, 0))[0],
                    institution=current.get("institution", (None, 0))[0],
                    year=year[0] if year else None,
                )
            )
        current, year = {}, None

    for line in lines:
        text = strip_bullet(line.text)
        base = line.start + line.text.find(text)
        parts = [p for p in _EDUCATION_SPLIT.split(text) if p.strip()]
        for part in parts:
            part_start = base + text.find(part)
            clean = part.strip(" .:-\u2013")
            if not clean:
                continue
            clean_start = part_start + part.find(clean)
            if _INSTITUTION.search(clean) and not _DEGREE.match(clean):
                if "institution" in current:
                    flush()
                current["institution"] = (clean, clean_start)
            elif _DEGREE.search(clean) and len(clean.split()) <= 14:
                if "degree" in current:
                    flush()
                current["degree"] = (clean, clean_start)
        years = list(YEAR.finditer(line.text))
        if years and (current or entries):
            last = years[-1]
            value = (int(last.group(0)), line.start + last.start(), line.start + last.end())
            if year is None:
                year = value
            elif current:
                year = max(year, value)
    flush()
    return entries
