"""A CV's lines grouped by section: the header (before any heading) and each section's
lines by name ("experience", "education", "skills"...)."""

from __future__ import annotations

from dataclasses import dataclass

from talentsonar.cvs.sections import Line, classify_heading


@dataclass
class Sections:
    header: list[Line]
    by_name: dict[str, list[Line]]


def within(offset: int, line: Line) -> bool:
    return line.start <= offset < line.end


_JOB_SECTIONS = ("experience", "projects")


def split_sections(lines: list[Line]) -> Sections:
    header: list[Line] = []
    by_name: dict[str, list[Line]] = {}
    current: str | None = None
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
            if heading.inline_start is not None:
                by_name[current].append(
                    Line(
                        heading.inline_start,
                        line.end,
                        line.text[heading.inline_start - line.start :],
                    )
                )
            continue
        if current is None:
            header.append(line)
        else:
            by_name[current].append(line)
    return Sections(header[:15], by_name)
