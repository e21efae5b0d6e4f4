"""Contact details: e-mail, links, the location of the CV's header, and the phone of its contact
block."""

from __future__ import annotations

import re

import phonenumbers

from talentsonar.cvs.dates import find_date_ranges
from talentsonar.cvs.parsing.contact_block import (
    ContactBlock,
    is_someone_elses,
    may_hold_phone_number,
)
from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.patterns import EMAIL, LOCATION, ROLE_WORDS, URL
from talentsonar.cvs.schemas import Links
from talentsonar.cvs.sections import Line


def first_email(b: EvidenceBuilder) -> str | None:
    match = EMAIL.search(b.text)
    if not match:
        return None
    b.add("email", match.start(), match.end())
    return match.group(0).lower()


#: a run of digits that opens with a year ("2019 560029") is not a phone number
_YEAR_FIRST = re.compile(r"^\(?(?:19|20)\d\d(?:\D|$)")


def find_phone(
    b: EvidenceBuilder, block: ContactBlock, lines: list[Line], region: str, name: str | None
) -> str | None:
    """The author's phone number: the first valid number of the contact block (the top,
    a contact section, page footers, a line that repeats the author's name), read with
    ``region`` when it has no country code, in international format ("+1 864-472-7092").
    Numbers elsewhere in the CV, and numbers beside a supervisor's or referee's name, are
    someone else's."""
    candidates = block.own_lines()
    if name:
        known = {line.start for line in candidates}
        name_words = set(name.lower().split())
        last = name.split()[-1].lower()
        candidates += [
            line
            for line in lines
            if last in line.text.lower()
            and may_hold_phone_number(line.text)
            and name_words <= set(re.findall(r"[\w'\u2019\-]+", line.text.lower()))
            and line.start not in known
            and not block.in_references(line)
        ]
    for line in candidates:
        if not may_hold_phone_number(line.text) or is_someone_elses(line, block):
            continue
        dates = [(r.span_start, r.span_end) for r in find_date_ranges(line.text)]
        for match in phonenumbers.PhoneNumberMatcher(
            line.text, region, leniency=phonenumbers.Leniency.VALID
        ):
            if _YEAR_FIRST.match(match.raw_string) or any(
                start < match.end and match.start < end for start, end in dates
            ):
                continue  # "2015 - 2019 560029": years, not a number
            b.add("phone", line.start + match.start, line.start + match.end)
            return phonenumbers.format_number(
                match.number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
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
