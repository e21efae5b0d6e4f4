"""Date ranges as CVs write them: "Jan 2019 \u2013 Present", "2015-2018", "03/2017 - 06/2019"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DATE = (
    rf"(?:{_MONTH}[\s,']*(?:{_YEAR}|'\d\d)"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.\-]\s*{_YEAR}"
    rf"|{_YEAR}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR})"
)
_PRESENT = (
    r"(?:present|current(?:ly)?|now|ongoing|today|till\s+(?:date|now)|to\s+date|date|continuing)"
)
_SEP = r"\s*(?:-|\u2013|\u2014|~|to|till|until|through|thru)\s*"
DATE_RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT})(?![\w/])", re.IGNORECASE
)
SINGLE_DATE = re.compile(rf"(?<![\w/])(?P<start>{_DATE})(?![\w/])", re.IGNORECASE)
YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_PRESENT_RE = re.compile(_PRESENT, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class YearMonth:
    year: int
    month: int | None  # None when only the year is known

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def index(self, *, end: bool) -> int:
        """Months since year 0 (a bare year counts as its January)."""
        month = self.month or 1  # "2015 - 2018" reads as about three years
        return self.year * 12 + month - 1


@dataclass(frozen=True, slots=True)
class DateRange:
    start: YearMonth
    end: YearMonth | None  # None = present
    span_start: int
    span_end: int

    @property
    def current(self) -> bool:
        return self.end is None


def parse_date(text: str) -> YearMonth | None:
    text = text.strip().lower()
    month: int | None = None
    match = re.match(_MONTH, text)
    if match:
        month = _MONTHS[match.group(0)[:3]]
    year_match = YEAR.search(text)
    if year_match:
        year = int(year_match.group(0))
    else:
        short = re.search(r"'(\d\d)", text)
        if not short:
            return None
        two = int(short.group(1))
        year = 2000 + two if two <= date.today().year % 100 + 1 else 1900 + two
    if month is None:
        numeric = re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*\d{4}|\d{4}\s*[/.\-]\s*(\d{1,2})", text)
        if numeric:
            month = int(numeric.group(1) or numeric.group(2))
    return YearMonth(year, month if month and 1 <= month <= 12 else None)


def find_date_ranges(text: str, offset: int = 0) -> list[DateRange]:
    ranges: list[DateRange] = []
    for match in DATE_RANGE.finditer(text):
        start = parse_date(match.group("start"))
        end_text = match.group("end")
        end = None if _PRESENT_RE.fullmatch(end_text.strip()) else parse_date(end_text)
        if start is None or (end is not None and end.index(end=True) < start.index(end=False)):
            continue
        ranges.append(DateRange(start, end, offset + match.start(), offset + match.end()))
    return ranges


def merged_years(ranges: list[DateRange], today: date) -> float:
    """Total years covered by the ranges, overlaps counted once."""
    now = today.year * 12 + today.month - 1
    intervals = sorted(
        (r.start.index(end=False), min(now, r.end.index(end=True) if r.end else now))
        for r in ranges
    )
    total = 0
    current_start, current_end = None, None
    for start, end in intervals:
        if end < start:
            continue
        if current_end is None or start > current_end + 1:
            if current_end is not None and current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start + 1
    return round(total / 12, 1)
