"""Contact details: e-mail, phone, links and the location of the CV's header."""

from __future__ import annotations

import re

from talentsonar.cvs.dates import find_date_ranges
from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.patterns import EMAIL, LOCATION, PHONE, ROLE_WORDS, URL
from talentsonar.cvs.schemas import Links
from talentsonar.cvs.sections import Line


def first_email(b: EvidenceBuilder) -> str | None:
    match = EMAIL.search(b.text)
    if not match:
        return None
    b.add("email", match.start(), match.end())
    return match.group(0).lower()


def first_phone(b: EvidenceBuilder) -> str | None:
    for match in PHONE.finditer(b.text):
        value = match.group(0).strip()
        digits = re.sub(r"\D", "", value)
        if not 9 <= len(digits) <= 15:
            continue
        if find_date_ranges(value) or re.fullmatch(r"(19|20)\d\d\s*[-\u2013]\s*(19|20)\d\d", value):
            continue
        b.add("phone", match.start(), match.end())
        return value
    return None


def find_links(b: EvidenceBuilder) -> Links:
    links = Links()
    for match in URL.finditer(b.text):
        url = re.sub(r"\s+", "", match.group(0)).rstrip(".,;")
        lower = url.lower()
        if "linkedin.com" in lower and links.linkedin is None:
            links.linkedin = url
            b.add("links.linkedin", match.start(), match.start() + len(url))
        elif "github.com" in lower and links.github is None:
            links.github = url
            b.add("links.github", match.start(), match.start() + len(url))
        elif lower in (u.lower() for u in links.other) or "isid=" in lower:
            continue
        elif "indeed.com/r/" in lower:
            links.other.append(url)
            b.add("links.other", match.start(), match.end())
        elif links.portfolio is None and not re.search(r"(google|facebook|twitter|x)\.com", lower):
            links.portfolio = url
            b.add("links.portfolio", match.start(), match.start() + len(url))
        else:
            links.other.append(url)
            b.add("links.other", match.start(), match.start() + len(url))
    return links


def find_location(b: EvidenceBuilder, header: list[Line]) -> str | None:
    for line in header[:12]:
        for part in re.split(r"\s*[|•·]\s*|\s+-\s+|\s{3,}|\t", line.text):
            candidate = part.strip().rstrip(".")
            candidate = re.sub(r"^(address|location|city)\s*[:\-]\s*", "", candidate, flags=re.I)
            if LOCATION.match(candidate) and not ROLE_WORDS.search(candidate):
                start = line.start + line.text.find(candidate)
                b.add("location", start, start + len(candidate))
                return candidate
    return None
