"""What the built-in analyst knows: our question bank, seniority cues, and the skills
vocabulary, which is the shared taxonomy's (``talentsonar.skills.taxonomy``): one vocabulary.

The shipped data file (``data/question_bank.json``) is written by us: for each taxonomy
skill (keyed by its canonical name) one question per level with the points a good answer
covers; plus behavioural questions per competency. Aliases, categories and implied parents
come from the taxonomy, never from the bank.
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
    #: the taxonomy's category and direct parents of the skill
    category: str
    implies: tuple[str, ...]
    questions: dict[str, BankQuestion]


@dataclass(frozen=True, slots=True)
class Knowledge:
    skills: dict[str, SkillEntry]
    behavioural: tuple[BankQuestion, ...]

    def canonical(self, name: str) -> str | None:
        """The taxonomy's canonical name of ``name`` ("k8s" -> Kubernetes), if it has one."""
        skill = get_taxonomy().normalize(name)
        return skill.name if skill is not None else None


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    raw: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    taxonomy = get_taxonomy()
    skills: dict[str, SkillEntry] = {}
    for name, entry in raw["skills"].items():
        skill = taxonomy.get(name)
        if skill is None:
            raise ValueError(f"question bank skill {name!r} is not a taxonomy skill")
        questions = {
            level: BankQuestion(entry[level][0], tuple(entry[level][1]), name, level, "technical")
            for level in LEVELS
        }
        skills[name] = SkillEntry(name, skill.category, skill.parents, questions)
    behavioural = tuple(
        BankQuestion(q, tuple(points), competency, "any", "behavioural")
        for q, points, competency in raw["behavioural"]
    )
    return Knowledge(skills, behavioural)


def extract_skills(text: str) -> list[str]:
    """Canonical skills ``text`` defends, in order of first mention (the taxonomy's
    extraction: weak names need supporting context)."""
    return [skill.name for skill in get_taxonomy().skills_in(text)]


def implied_skills(skills: list[str]) -> list[str]:
    """The taxonomy's direct parents of ``skills`` (React -> JavaScript) not already listed."""
    taxonomy = get_taxonomy()
    have = set(skills)
    implied: list[str] = []
    for skill in skills:
        entry = taxonomy.normalize(skill)
        for parent in entry.parents if entry is not None else ():
            if parent not in have and parent not in implied:
                implied.append(parent)
    known = have | set(implied)
    if {"Frontend Development", "Backend Development"} <= known and FULL_STACK not in known:
        implied.append(FULL_STACK)
    return implied


FULL_STACK = "Full Stack Development"


def normalize_skill(name: str) -> str:
    found = knowledge().canonical(name)
    return found if found is not None else name.strip()


def skill_category(name: str) -> str:
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
