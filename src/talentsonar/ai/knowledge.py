"""What the built-in analyst knows: our question bank, skill vocabulary, seniority cues.

The shipped data file (``data/question_bank.json``) is written by us: for each skill its
aliases, category, implied parent skills, and one question per level with the points a
good answer covers; plus behavioural questions per competency.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from talentsonar.skills.taxonomy import get_taxonomy

LEVELS = ("junior", "mid", "senior")
DATA_FILE = Path(__file__).parent / "data" / "question_bank.json"


@dataclass(frozen=True, slots=True)
class BankQuestion:
    question: str
    points: tuple[str, ...]
    skill: str
    level: str
    kind: str  # technical | behavioural


@dataclass(frozen=True, slots=True)
class SkillEntry:
    name: str
    aliases: tuple[str, ...]
    category: str
    implies: tuple[str, ...]
    questions: dict[str, BankQuestion]


@dataclass(frozen=True, slots=True)
class Knowledge:
    skills: dict[str, SkillEntry]
    behavioural: tuple[BankQuestion, ...]
    patterns: tuple[tuple[re.Pattern[str], str], ...]

    def canonical(self, name: str) -> str | None:
        lowered = name.strip().lower()
        for pattern, skill in self.patterns:
            if pattern.fullmatch(lowered):
                return skill
        return None


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w+#.])" + re.escape(term.lower()) + r"(?![\w+#])")


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    raw: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    skills: dict[str, SkillEntry] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for name, entry in raw["skills"].items():
        questions = {
            level: BankQuestion(entry[level][0], tuple(entry[level][1]), name, level, "technical")
            for level in LEVELS
        }
        skills[name] = SkillEntry(
            name, tuple(entry["aliases"]), entry["category"], tuple(entry["implies"]), questions
        )
        for term in (name, *entry["aliases"]):
            patterns.append((_term_pattern(term), name))
    # Longer terms first so "spring boot" wins over shorter overlaps.
    patterns.sort(key=lambda p: -len(p[0].pattern))
    behavioural = tuple(
        BankQuestion(q, tuple(points), competency, "any", "behavioural")
        for q, points, competency in raw["behavioural"]
    )
    return Knowledge(skills, behavioural, tuple(patterns))


def _bank_name(name: str, aliases: tuple[str, ...] = ()) -> str:
    """Our question bank's name for a taxonomy skill (so questions are found), else itself."""
    bank = knowledge()
    for term in (name, *aliases):
        found = bank.canonical(term)
        if found is not None:
            return found
    return name


def extract_skills(text: str) -> list[str]:
    """Canonical skills mentioned in ``text``, in order of first mention: the shared skills
    taxonomy (``talentsonar.skills.taxonomy``), plus our question bank's vocabulary."""
    found: dict[str, int] = {}
    for mention in get_taxonomy().extract(text):
        name = _bank_name(mention.skill.name, mention.skill.aliases)
        if name not in found or mention.start < found[name]:
            found[name] = mention.start
    lowered = text.lower()
    for pattern, skill in knowledge().patterns:
        match = pattern.search(lowered)
        if match is not None and (skill not in found or match.start() < found[skill]):
            found[skill] = match.start()
    return sorted(found, key=found.__getitem__)


def implied_skills(skills: list[str]) -> list[str]:
    """Parents implied by ``skills`` (React -> JavaScript) that are not already listed:
    our bank's implications first, then the taxonomy's direct parents."""
    bank = knowledge().skills
    taxonomy = get_taxonomy()
    have = set(skills)
    implied: list[str] = []
    for skill in skills:
        parents = list(bank[skill].implies) if skill in bank else []
        entry = taxonomy.normalize(skill)
        if entry is not None:
            parents += [_bank_name(p) for p in entry.parents]
        for parent in parents:
            if parent not in have and parent not in implied:
                implied.append(parent)
    known = have | set(implied)
    if {"Frontend Development", "Backend Development"} <= known and FULL_STACK not in known:
        implied.append(FULL_STACK)
    return implied


FULL_STACK = "Full Stack Development"


def normalize_skill(name: str) -> str:
    found = knowledge().canonical(name)
    if found is not None:
        return found
    entry = get_taxonomy().normalize(name)
    return _bank_name(entry.name, entry.aliases) if entry is not None else name.strip()


def skill_category(name: str) -> str:
    entry = knowledge().skills.get(name)
    if entry is not None:
        return entry.category
    return get_taxonomy().category(name) or "other"


_YEARS = re.compile(r"(\d{1,2})\s*\+?\s*(?:years?|yrs?)", re.I)
_RANGE = re.compile(
    r"\b((?:19|20)\d{2})\s*(?:-|\u2013|\u2014|to)\s*((?:19|20)\d{2}|present|current|now)\b", re.I
)


def years_of_experience(text: str, *, current_year: int = 2026) -> float | None:
    """Stated years ("7 years") or the span of date ranges ("2015 - present")."""
    stated = [int(m.group(1)) for m in _YEARS.finditer(text) if int(m.group(1)) <= 50]
    spans: list[tuple[int, int]] = []
    for m in _RANGE.finditer(text):
        start = int(m.group(1))
        end_raw = m.group(2).lower()
        end = current_year if not end_raw.isdigit() else int(end_raw)
        if start <= end <= current_year:
            spans.append((start, end))
    from_ranges = _merged_span(spans)
    candidates = [float(v) for v in stated] + ([float(from_ranges)] if from_ranges else [])
    return max(candidates) if candidates else None


def _merged_span(spans: list[tuple[int, int]]) -> int:
    total = 0
    last_end = -1
    for start, end in sorted(spans):
        start = max(start, last_end)
        if end > start:
            total += end - start
            last_end = end
    return total


SENIORITY_CUES: dict[str, tuple[str, ...]] = {
    "Executive": ("chief", "cto", "ceo", "vp ", "vice president", "head of", "director"),
    "Lead": ("lead", "principal", "staff", "architect", "manager"),
    "Senior": ("senior", "sr.", "sr "),
    "Mid": ("mid-level", "intermediate", "engineer ii", "developer ii"),
    "Junior": (
        "junior",
        "jr.",
        "jr ",
        "graduate",
        "intern",
        "entry level",
        "entry-level",
        "trainee",
    ),
}
SENIORITY_ORDER = ("Junior", "Mid", "Senior", "Lead", "Executive")


def seniority_from_text(text: str, years: float | None) -> str:
    """A seniority level from title cues, else from years of experience."""
    lowered = f" {text.lower()} "
    for level in ("Executive", "Lead", "Senior", "Junior", "Mid"):
        if any(cue in lowered for cue in SENIORITY_CUES[level]):
            return level
    return seniority_from_years(years)


def seniority_from_years(years: float | None) -> str:
    if years is None:
        return "Mid"
    if years < 2:
        return "Junior"
    if years < 5:
        return "Mid"
    if years < 10:
        return "Senior"
    return "Lead"


def bank_level(seniority: str) -> str:
    return {"Junior": "junior", "Mid": "mid"}.get(seniority, "senior")


_WORD = re.compile(r"[a-z][a-z0-9+#./-]*")
STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "with",
        "at",
        "by",
        "from",
        "or",
        "as",
        "is",
        "are",
        "be",
        "we",
        "you",
        "our",
        "your",
        "will",
        "this",
        "that",
        "role",
        "job",
        "team",
        "position",
    }
)


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1}


def title_similarity(a: str, b: str) -> float:
    """Jaccard similarity of title words (0..1)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def point_coverage(answer: str, points: list[str] | tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Expected points an answer covers (phrase, all its words, or a skill alias match)."""
    lowered = answer.lower()
    answer_words = words(answer)
    answer_skills = set(extract_skills(answer))
    covered: list[str] = []
    missed: list[str] = []
    for point in points:
        p = point.lower().strip()
        point_words = words(p)
        canonical = knowledge().canonical(p)
        hit = (
            p in lowered
            or (point_words and point_words <= answer_words)
            or (
                any(_stem(w) in {_stem(a) for a in answer_words} for w in point_words)
                and len(point_words) == 1
            )
            or (canonical is not None and canonical in answer_skills)
        )
        (covered if hit else missed).append(point)
    return covered, missed


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
