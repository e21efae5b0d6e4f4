"""Work history: entries anchored on date ranges (or undated "Title / Employer" lines)."""

from __future__ import annotations

import re

from talentsonar.cvs.dates import DateRange, find_date_ranges
from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.patterns import ROLE_WORDS
from talentsonar.cvs.parsing.title_and_company import title_and_company
from talentsonar.cvs.schemas import WorkEntry
from talentsonar.cvs.sections import Line, strip_bullet
from talentsonar.skills.taxonomy import Taxonomy


def find_work_history(b: EvidenceBuilder, lines: list[Line], taxonomy: Taxonomy) -> list[WorkEntry]:
    entries: list[WorkEntry] = []
    anchors: list[tuple[int, DateRange]] = []
    for index, line in enumerate(lines):
        found = find_date_ranges(line.text, line.start)
        if found and _is_anchor_line(line.text, found[0], line.start):
            if anchors and _same_dates(anchors[-1][1], found[0]) and index - anchors[-1][0] <= 3:
                continue  # "Jun 2013 to Oct 2015 / Pune / (Jun 2013 - Oct 2015)": one entry
            anchors.append((index, found[0]))
    if not anchors:
        return _undated_work_history(b, lines, taxonomy)
    previous_end = 0
    for number, (index, dates) in enumerate(anchors):
        next_index = anchors[number + 1][0] if number + 1 < len(anchors) else len(lines)
        head: list[Line] = []
        date_line = lines[index]
        before_dates = date_line.text[: dates.span_start - date_line.start].strip(_PUNCT)
        after_dates = date_line.text[dates.span_end - date_line.start :].strip(_PUNCT)
        j = index - 1
        while j >= previous_end and len(head) < 2 and _is_header_line(lines[j].text):
            head.insert(0, lines[j])
            j -= 1
        # Title/company may follow the dates instead ("2019 - 2021\nEngineer\nAcme Ltd")
        tail_start = index + 1
        if not head and not before_dates:
            while (
                tail_start < next_index
                and len(head) < 2
                and _is_header_line(lines[tail_start].text)
            ):
                head.append(lines[tail_start])
                tail_start += 1
        candidates: list[tuple[str, int]] = []
        for line in head:
            candidates.append((line.text, line.start))
        if before_dates:
            candidates.append((before_dates, date_line.start + date_line.text.find(before_dates)))
        if after_dates and len(after_dates.split()) <= 8:
            candidates.append((after_dates, date_line.start + date_line.text.find(after_dates)))
        if any(_is_project_line(text) for text, _ in candidates):
            previous_end = index + 1
            continue  # a project inside the job ("Project: …  Duration: …"), not a job
        title, company = title_and_company(candidates, taxonomy)
        key = f"workHistory.{len(entries)}"
        description_lines = lines[tail_start:next_index]
        # the lines that belong to the next entry's header are not description
        if number + 1 < len(anchors):
            trailing = 0
            for line in reversed(description_lines):
                if trailing < 3 and _is_header_line(line.text):
                    trailing += 1
                else:
                    break
            description_lines = description_lines[: len(description_lines) - trailing]
        entry = WorkEntry(
            title=title[0] if title else None,
            company=company[0] if company else None,
            start=dates.start.iso(),
            end=dates.end.iso() if dates.end else None,
            current=dates.current,
            description=" ".join(strip_bullet(line.text) for line in description_lines)[:2000]
            or None,
        )
        if title:
            b.add(f"{key}.title", title[1], title[1] + len(title[0]))
        if company:
            b.add(f"{key}.company", company[1], company[1] + len(company[0]))
        b.add(f"{key}.dates", dates.span_start, dates.span_end)
        if description_lines:
            b.add(f"{key}.description", description_lines[0].start, description_lines[-1].end)
        entries.append(entry)
        previous_end = index + 1
    return entries


def _undated_work_history(
    b: EvidenceBuilder, lines: list[Line], taxonomy: Taxonomy
) -> list[WorkEntry]:
    """Entries without dates: a role-like short line followed by a short line (or "X at Y")."""
    entries: list[WorkEntry] = []
    index = 0
    while index < len(lines) and len(entries) < 10:
        line = lines[index]
        if _is_header_line(line.text) and ROLE_WORDS.search(line.text):
            candidates = [(line.text, line.start)]
            if index + 1 < len(lines) and _is_header_line(lines[index + 1].text):
                candidates.append((lines[index + 1].text, lines[index + 1].start))
            title, company = title_and_company(candidates, taxonomy)
            if title and company:
                key = f"workHistory.{len(entries)}"
                b.add(f"{key}.title", title[1], title[1] + len(title[0]))
                b.add(f"{key}.company", company[1], company[1] + len(company[0]))
                entries.append(WorkEntry(title=title[0], company=company[0]))
                index += len(candidates)
                continue
        index += 1
    return entries


_PROJECT_LABEL = re.compile(
    r"^\W*(project(\s+(title|name))?|client|duration|period|environment|team\s+size|"
    r"technolog(y|ies)(\s+used)?|tools(\s+used)?|platform)\s*:",
    re.I,
)


def _is_project_line(text: str) -> bool:
    return _PROJECT_LABEL.match(text) is not None


def _is_anchor_line(text: str, dates: DateRange, offset: int) -> bool:
    """Dates that head an entry sit on a short line, not inside a sentence or a bullet."""
    rest = (text[: dates.span_start - offset] + text[dates.span_end - offset :]).strip()
    if len(rest.split()) > 12 or re.search(
        r"\b(since|from|for|during|in)\s*$", text[: dates.span_start - offset], re.I
    ):
        return False
    return not (text.lstrip()[:1] in "•·▪●◦○■□➢►‣*" and len(rest.split()) > 6)


def _same_dates(a: DateRange, b: DateRange) -> bool:
    return a.start == b.start and a.end == b.end


# a full stop after one of these ends an abbreviation, not a sentence ("Initech Pvt. Ltd.")
_ABBREVIATION_END = re.compile(
    r"\b(?:ltd|inc|co|corp|pvt|llc|plc|bros|jr|sr|dept|intl|assn|univ|st)\.$", re.I
)


def _is_header_line(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1] in _BULLETS or len(stripped.split()) > 12:
        return False
    if stripped.endswith(".") and not _ABBREVIATION_END.search(stripped):
        return False
    return not find_date_ranges(stripped)


_PUNCT = " ,|-\u2013\u2014()"
_BULLETS = "•·▪●◦○■□➢►‣*-\u2013"
