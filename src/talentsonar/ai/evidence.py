"""What a CV shows, as the parser reads it: skills each with a quote and its section, years,
titles. The built-in analyst cites from here, so every strength and gap it names points at
a line of the CV (or says that no line evidences it).

The same parser (``talentsonar.cvs.parsing``) produces a candidate's stored profile, so the
analyst's years and skills agree with the profile's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from talentsonar.cvs.parsing.layout import split_sections
from talentsonar.cvs.parsing.profile import parse_profile
from talentsonar.cvs.sections import split_lines
from talentsonar.skills.taxonomy import get_taxonomy

#: Longest quote shown (characters), centred on the mention.
QUOTE_LIMIT = 180
_SECTION_NAMES = {
    "header": "Header",
    "skills": "Skills",
    "experience": "Experience",
    "projects": "Projects",
    "education": "Education",
    "summary": "Summary",
    "certifications": "Certifications",
}


@dataclass(frozen=True, slots=True)
class Quote:
    """A line of the CV that evidences a skill."""

    skill: str
    text: str
    section: str | None

    def cite(self) -> str:
        where = f" ({self.section_label} section)" if self.section else ""
        return f'"{self.text}"{where}'

    @property
    def section_label(self) -> str:
        return _SECTION_NAMES.get(self.section or "", (self.section or "").title())


@dataclass(frozen=True, slots=True)
class CvFacts:
    skills: tuple[str, ...]
    quotes: dict[str, Quote] = field(default_factory=dict)
    years: float | None = None
    current_title: str | None = None
    headline: str | None = None
    titles: tuple[str, ...] = ()
    length: int = 0

    def quote(self, skill: str) -> Quote | None:
        """The quote evidencing ``skill``, or the quote of a skill that implies it."""
        found = self.quotes.get(skill)
        if found is not None:
            return found
        taxonomy = get_taxonomy()
        for name, quote in self.quotes.items():
            if skill in taxonomy.implied(name):
                return quote
        return None

    @property
    def implied(self) -> list[str]:
        taxonomy = get_taxonomy()
        have = set(self.skills)
        out: list[str] = []
        for name in self.skills:
            for parent in sorted(taxonomy.implied(name)):
                if parent not in have and parent not in out:
                    out.append(parent)
        return out


def _line_around(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    offset = start - line_start
    if len(line) > QUOTE_LIMIT:
        left = max(0, offset - QUOTE_LIMIT // 2)
        right = min(len(line), left + QUOTE_LIMIT)
        left = max(0, right - QUOTE_LIMIT)
        line = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    return " ".join(line.strip(" \t-*•·").split())


#: Sections whose lines show a skill in use, best first.
WORK_SECTIONS = ("experience", "projects", "summary")


def _work_quotes(cv: str, skills: set[str]) -> dict[str, Quote]:
    lines = split_lines(cv)
    sections = split_sections(lines)
    ranges = {
        name: [(line.start, line.end) for line in section_lines]
        for name, section_lines in sections.by_name.items()
    }
    skill_ranges = ranges.get("skills", [])
    found: dict[str, Quote] = {}
    for section in WORK_SECTIONS:
        spans = ranges.get(section, [])
        if not spans:
            continue
        for mention in get_taxonomy().extract(cv, skill_sections=skill_ranges):
            name = mention.skill.name
            if (
                name in skills
                and name not in found
                and any(s <= mention.start and mention.end <= e for s, e in spans)
            ):
                found[name] = Quote(name, _line_around(cv, mention.start, mention.end), section)
    return found


@lru_cache(maxsize=256)
def cv_facts(cv: str) -> CvFacts:
    """Parse ``cv`` once (cached by its text) into what the analyst cites."""
    profile = parse_profile(cv)
    quotes: dict[str, Quote] = {}
    for item in profile.skill_evidence:
        quotes.setdefault(
            item.name, Quote(item.name, _line_around(cv, item.start, item.end), item.section)
        )
    # A line of work ("Built Python services …") shows more than a skills list: where a
    # skill the parser defends is also used in a role, project or summary, quote that.
    for name, quote in _work_quotes(cv, set(quotes)).items():
        quotes[name] = quote
    titles = [str(w.title) for w in profile.work_history if getattr(w, "title", None)]
    return CvFacts(
        skills=tuple(profile.skills),
        quotes=quotes,
        years=profile.total_years_experience,
        current_title=profile.current_title,
        headline=profile.headline,
        titles=tuple(titles[:5]),
        length=len(cv.strip()),
    )
