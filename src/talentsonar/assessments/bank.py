"""The question banks (``data/questions.json``, written by us): questions per skill and
level, keyed by the taxonomy's canonical names, and the drawing of one candidate's paper.

Question kinds: ``single`` / ``multiple`` choice (``correct`` holds the indices of the right
options), ``short`` answers (``points``: the rubric of expected points) and ``code``
exercises (``tests``: hidden Python tests that import the candidate's code as ``solution``).
A paper is drawn and shuffled from a seed kept on the invitation, so two candidates see
different papers and one candidate always sees the same one."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

LEVELS = ("junior", "mid", "senior")
KINDS = ("single", "multiple", "short", "code")
#: Languages the code exercises run in (graded by ``talentsonar.sandbox``).
CODE_LANGUAGES = ("python", "javascript")


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    skill: str
    level: str
    kind: str
    prompt: str
    options: tuple[str, ...] = ()
    correct: frozenset[int] = frozenset()
    points: tuple[str, ...] = ()
    language: str | None = None
    starter: str | None = None
    tests: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_bank(data: dict[str, Any]) -> dict[str, Question]:
    found: dict[str, Question] = {}
    for raw in data["questions"]:
        q = Question(
            id=raw["id"], skill=raw["skill"], level=raw["level"], kind=raw["kind"],
            prompt=raw["prompt"], options=tuple(raw.get("options") or ()),
            correct=frozenset(raw.get("correct") or ()), points=tuple(raw.get("points") or ()),
            language=raw.get("language"), starter=raw.get("starter"), tests=raw.get("tests"),
        )
        if q.id in found or q.level not in LEVELS or q.kind not in KINDS:
            raise ValueError(f"question bank: bad question {q.id!r}")
        if q.kind in ("single", "multiple") and (
            not q.correct or max(q.correct) >= len(q.options)
            or (q.kind == "single" and len(q.correct) != 1)
        ):
            raise ValueError(f"question bank: {q.id!r} has no valid answer")
        if q.kind == "short" and not q.points:
            raise ValueError(f"question bank: {q.id!r} has no rubric")
        if q.kind == "code" and (not q.tests or q.language not in CODE_LANGUAGES):
            raise ValueError(f"question bank: {q.id!r} has no hidden tests")
        found[q.id] = q
    return found


@lru_cache(maxsize=1)
def bank() -> dict[str, Question]:
    text = resources.files("talentsonar.assessments").joinpath("data/questions.json")
    return parse_bank(json.loads(text.read_text("utf-8")))


def skills_with_questions() -> set[str]:
    return {q.skill for q in bank().values()}


def _near_levels(level: str) -> list[str]:
    """The level first, then the nearest others (mid before senior for a junior paper)."""
    index = LEVELS.index(level)
    return sorted(LEVELS, key=lambda lv: (abs(LEVELS.index(lv) - index), LEVELS.index(lv)))


def _pick(rng: random.Random, pool: list[Question], level: str, count: int) -> list[Question]:
    """``count`` questions: all but one at the level, the last from the level or one next
    to it (so papers vary even where a level holds few questions), topped up from the
    nearest levels when the level runs short."""
    index = LEVELS.index(level)
    at = [q for q in pool if q.level == level]
    beside = [q for q in pool if abs(LEVELS.index(q.level) - index) == 1]
    rng.shuffle(at)
    picked = at[: max(0, count - 1)]
    rest = at[len(picked):] + beside
    rng.shuffle(rest)
    picked += rest[: count - len(picked)]
    for lv in _near_levels(level):
        if len(picked) >= count:
            break
        more = [q for q in pool if q.level == lv and q not in picked]
        rng.shuffle(more)
        picked += more[: count - len(picked)]
    return picked


def draw_paper(
    skills: Sequence[str], level: str, per_skill: int, include_code: bool, seed: int,
    *, code_exercises: int = 1,
) -> list[dict[str, Any]]:
    """The questions of one paper, shuffled: ``per_skill`` non-code questions per skill
    (at the level, topped up from the nearest levels) and up to ``code_exercises`` code
    exercises; each entry ``{"id", "options": [original option indices, shown order]}``."""
    rng = random.Random(seed)
    questions = bank()
    chosen: list[Question] = []
    code_pool: list[Question] = []
    for skill in skills:
        of_skill = [q for q in questions.values() if q.skill == skill]
        chosen.extend(_pick(rng, [q for q in of_skill if q.kind != "code"], level, per_skill))
        if include_code:
            for lv in _near_levels(level):
                pool = [q for q in of_skill if q.level == lv and q.kind == "code"]
                if pool:
                    code_pool.append(rng.choice(pool))
                    break
    rng.shuffle(code_pool)
    chosen.extend(code_pool[:code_exercises])
    rng.shuffle(chosen)
    paper = []
    for q in chosen:
        order = list(range(len(q.options)))
        rng.shuffle(order)
        paper.append({"id": q.id, "options": order})
    return paper


def option_id(seed: int, question_id: str, index: int) -> str:
    """An opaque id of one option on one paper (reveals nothing of its position)."""
    raw = f"{seed}:{question_id}:{index}".encode()
    return hashlib.sha256(raw).hexdigest()[:10]


def shown(entry: dict[str, Any], seed: int) -> dict[str, Any]:
    """A question as the candidate sees it: no answers, no rubric, no hidden tests."""
    q = bank()[entry["id"]]
    out: dict[str, Any] = {"id": q.id, "skill": q.skill, "kind": q.kind, "prompt": q.prompt}
    if q.kind in ("single", "multiple"):
        out["options"] = [{"id": option_id(seed, q.id, i), "text": q.options[i]}
                          for i in entry.get("options") or range(len(q.options))]
    if q.kind == "code":
        out["language"] = q.language
        out["starter"] = q.starter
    return out
