"""A CV's lines grouped by section: the header (before any heading) and each section's
lines by name ("experience", "education", "skills"...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from talentsonar.cvs.sections import Line, classify_heading, strip_bullet

#: "other" sections that hold the candidate's own contact details, and those that hold
#: other people's (referees, supervisors)
_CONTACT_HEADING = re.compile(r"^\W*(contact|personal\s+(details|information|data|profile))", re.I)
#: "Contact: Leonardo Marcano mobile: …" names another person ("Contact: +91 …",
#: "Contact: Mobile …" do not)
_NAMED_PERSON = re.compile(
    r"^(?!(?i:phone|mobile|mob|cell|tel|telephone|e-?mail|address|no|number)\b)[A-Z][a-z]+\s+[A-Z]"
)
_REFERENCES_HEADING = re.compile(r"^\W*(professional\s+)?(references?|referees?)\b", re.I)


@dataclass
class Sections:
    header: list[Line]
    by_name: dict[str, list[Line]]
    #: lines under a "Contact" / "Personal details" heading: the candidate's own details
    contact: list[Line] = field(default_factory=list)
    #: lines under a "References" heading: other people's names and numbers
    references: list[Line] = field(default_factory=list)


def within(offset: int, line: Line) -> bool:
    return line.start <= offset < line.end


_JOB_SECTIONS = ("experience", "projects")
#: once these began, a "Contact: …" line is about someone else; a "Contact" or "Personal
#: details" heading of its own is still the candidate's
_BODY_SECTIONS = ("experience", "projects", "education")


def split_sections(lines: list[Line]) -> Sections:
    header: list[Line] = []
    by_name: dict[str, list[Line]] = {}
    zones: dict[str, list[Line]] = {"contact": [], "references": []}
    current: str | None = None
    zone: str | None = None
    body_started = False
    for line in lines:
        heading = classify_heading(line)
        if (
            heading is not None
            and heading.inline_start is not None
            and current in _JOB_SECTIONS
            and heading.section in ("projects", "skills", "other")
        ):
            heading = None  # "Project: …", "Technologies: …" inside a job belong to the job
        if heading is not None:
            current = heading.section
            by_name.setdefault(current, [])
            zone = _zone(current, strip_bullet(line.text))
            if zone == "contact" and heading.inline_start is not None:
                rest = line.text[heading.inline_start - line.start :]
                if body_started or _NAMED_PERSON.match(rest):
                    zone = None  # "Contact: Leonardo (+1 786…)" under a job is a reference
            body_started = body_started or current in _BODY_SECTIONS
            if heading.inline_start is not None:
                inline = Line(
                    heading.inline_start,
                    line.end,
                    line.text[heading.inline_start - line.start :],
                )
                by_name[current].append(inline)
                if zone is not None:
                    zones[zone].append(inline)
            continue
        if current is None:
            header.append(line)
        else:
            by_name[current].append(line)
            if zone is not None:
                zones[zone].append(line)
    return Sections(header[:15], by_name, zones["contact"], zones["references"])


def _zone(section: str, heading: str) -> str | None:
    if section != "other":
        return None
    if _CONTACT_HEADING.match(heading):
        return "contact"
    return "references" if _REFERENCES_HEADING.match(heading) else None
