"""The swap-matching engine: which pairs of employees qualify for a job swap, and how well.

A swap (A, B) qualifies when

- **the swap shortens both commutes**: A's home to B's work is shorter than A's home to A's
  work, and B's home to A's work shorter than B's home to B's work (each in their own mode);
- **the salary bands are compatible** (they overlap, within :data:`SALARY_TOLERANCE`;
  an unknown band does not disqualify, but earns no salary points);
- **each can do the other's job**: ``fit(A->B)`` and ``fit(B->A)`` are both at least
  :data:`MIN_FIT`, where ``fit(A->B)`` mixes the cosine of A's resume embedding with B's
  role embedding (title + skills), the share of B's skills A has, and the overlap of the
  job titles' words (:data:`FIT_WEIGHTS`).

The score (0-100) is :data:`SCORE_WEIGHTS` over the weaker of the two fits, the share of
the two commutes saved, and salary compatibility.

Candidates are never all pairs: a grid over work points finds the B whose work is inside
A's commute disc (the only ones that can shorten A's commute), then the reverse condition,
salary and the fits run vectorised over those few. With the offline commute model the
prefilter is exact (the estimate grows with distance), so the result equals the exhaustive
computation (:func:`exhaustive`), which the benchmark checks.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from talentsonar.jobswap.commute import (
    DETOUR,
    FIXED_MINUTES,
    SPEED_KMH,
    haversine_many,
)

MIN_FIT = 0.35
#: fit = embedding + skills + title
FIT_WEIGHTS = (0.5, 0.3, 0.2)
#: score = fit (the weaker direction) + commute saving + salary compatibility
SCORE_WEIGHTS = (60.0, 30.0, 10.0)
#: Cosine (resume vs role) mapped to 0..1 between these (MiniLM's useful range).
COSINE_FLOOR, COSINE_CEIL = 0.15, 0.75
#: A swap must save each person at least this many minutes.
MIN_SAVING_MINUTES = 1.0
SALARY_TOLERANCE = 0.10
MATCH_COUNT = 20
GRID_DEGREES = 0.1
SKILL_BUCKETS, TITLE_BUCKETS = 1024, 256
_TOKEN = re.compile(r"[a-z0-9+#]+")
_STOP = frozenset(
    {
        "and",
        "of",
        "the",
        "a",
        "an",
        "for",
        "in",
        "at",
        "to",
        "senior",
        "junior",
        "sr",
        "jr",
        "lead",
        "i",
        "ii",
        "iii",
    }
)


def _bucket(token: str, size: int) -> int:
    return zlib.crc32(token.encode()) % size


def title_tokens(title: str) -> set[str]:
    return {t for t in _TOKEN.findall(title.lower()) if t not in _STOP}


@dataclass
class Person:
    id: Any
    company: Any
    home: tuple[float, float]
    work: tuple[float, float]
    mode: str
    salary_min: float | None
    salary_max: float | None
    skills: Sequence[str]
    title: str
    resume: np.ndarray | None
    role: np.ndarray | None


@dataclass
class Roster:
    """Everything the engine reads, as arrays (row i is person i)."""

    people: list[Person]
    home: np.ndarray = field(init=False)
    work: np.ndarray = field(init=False)
    radius_km: np.ndarray = field(init=False)
    before: np.ndarray = field(init=False)
    detour_per_kmh: np.ndarray = field(init=False)
    fixed: np.ndarray = field(init=False)
    smin: np.ndarray = field(init=False)
    smax: np.ndarray = field(init=False)
    resume: np.ndarray = field(init=False)
    role: np.ndarray = field(init=False)
    skills: np.ndarray = field(init=False)
    skill_count: np.ndarray = field(init=False)
    titles: np.ndarray = field(init=False)
    title_count: np.ndarray = field(init=False)
    grid: dict[tuple[int, int], np.ndarray] = field(init=False)

    def __post_init__(self) -> None:
        people, n = self.people, len(self.people)
        self.home = np.array([p.home for p in people], dtype=np.float64).reshape(n, 2)
        self.work = np.array([p.work for p in people], dtype=np.float64).reshape(n, 2)
        self.radius_km = np.array([_km(p.home, p.work) for p in people]).reshape(n)
        self.detour_per_kmh = np.array([DETOUR[p.mode] / SPEED_KMH[p.mode] * 60 for p in people])
        self.fixed = np.array([FIXED_MINUTES[p.mode] for p in people])
        self.before = self.radius_km * self.detour_per_kmh + self.fixed
        nan = float("nan")
        self.smin = np.array([p.salary_min if p.salary_min is not None else nan for p in people])
        self.smax = np.array([p.salary_max if p.salary_max is not None else nan for p in people])
        self.resume = _matrix([p.resume for p in people])
        self.role = _matrix([p.role for p in people])
        self.skills = _bits([{s.casefold() for s in p.skills} for p in people], SKILL_BUCKETS)
        self.titles = _bits([title_tokens(p.title) for p in people], TITLE_BUCKETS)
        self.skill_count = np.bitwise_count(self.skills).sum(axis=1)
        self.title_count = np.bitwise_count(self.titles).sum(axis=1)
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (lat, lon) in enumerate(self.work):
            cells[_cell(lat, lon)].append(i)
        self.grid = {k: np.array(v, dtype=np.int64) for k, v in cells.items()}

    def __len__(self) -> int:
        return len(self.people)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(haversine_many(a[0], a[1], np.array([b[0]]), np.array([b[1]]))[0])


def _bits(sets: list[set[str]], size: int) -> np.ndarray:
    """Each set hashed into ``size`` bits, packed in 64-bit words (AND + popcount)."""
    out = np.zeros((len(sets), size // 64), dtype=np.uint64)
    for i, items in enumerate(sets):
        for item in items:
            bit = _bucket(item, size)
            out[i, bit // 64] |= np.uint64(1 << (bit % 64))
    return out


def _matrix(vectors: list[np.ndarray | None]) -> np.ndarray:
    out = np.zeros((len(vectors), 384), dtype=np.float32)
    for i, v in enumerate(vectors):
        if v is not None:
            row = np.asarray(v, dtype=np.float32)
            norm = float(np.linalg.norm(row))
            if norm > 0:
                out[i] = row / norm
    return out


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / GRID_DEGREES), math.floor(lon / GRID_DEGREES)


@dataclass(frozen=True, slots=True)
class Swap:
    """``a``'s view of a qualifying swap with ``b`` (row indices of the roster)."""

    a: int
    b: int
    score: int
    breakdown: dict[str, Any]
    before_a: float
    after_a: float
    before_b: float
    after_b: float
    salary_compatible: bool


def nearby_work(roster: Roster, i: int) -> np.ndarray:
    """The people whose work lies inside ``i``'s commute disc (the grid's cells around it,
    then the exact distance): the only ones whose job can shorten ``i``'s commute."""
    lat, lon = roster.home[i]
    radius = roster.radius_km[i]
    if radius <= 0:
        return np.empty(0, dtype=np.int64)
    dlat = radius / 111.0
    dlon = radius / (111.0 * max(0.05, math.cos(math.radians(lat))))
    lo, hi = _cell(lat - dlat, lon - dlon), _cell(lat + dlat, lon + dlon)
    chunks = [
        roster.grid[(x, y)]
        for x in range(lo[0], hi[0] + 1)
        for y in range(lo[1], hi[1] + 1)
        if (x, y) in roster.grid
    ]
    if not chunks:
        return np.empty(0, dtype=np.int64)
    found: np.ndarray = np.concatenate(chunks)
    near: np.ndarray = found[found != i]
    return near


def score_pairs(roster: Roster, i: int, cands: np.ndarray, count: int | None = None) -> list[Swap]:
    """The qualifying swaps of ``i`` among ``cands`` (row indices): all of them, or the
    best ``count`` (best first)."""
    if cands.size == 0:
        return []
    # i's commute after: i's home to their work
    after_i = haversine_many(
        roster.home[i, 0], roster.home[i, 1], roster.work[cands, 0], roster.work[cands, 1]
    )
    after_i = after_i * roster.detour_per_kmh[i] + roster.fixed[i]
    # their commute after: their home to i's work
    after_c = haversine_many(
        roster.work[i, 0], roster.work[i, 1], roster.home[cands, 0], roster.home[cands, 1]
    )
    after_c = after_c * roster.detour_per_kmh[cands] + roster.fixed[cands]
    before_i, before_c = roster.before[i], roster.before[cands]
    keep = (after_i <= before_i - MIN_SAVING_MINUTES) & (after_c <= before_c - MIN_SAVING_MINUTES)
    # salary: overlapping bands (with tolerance); unknown passes without points
    smin_c, smax_c = roster.smin[cands], roster.smax[cands]
    known = ~(
        np.isnan(smin_c) | np.isnan(smax_c) | np.isnan(roster.smin[i]) | np.isnan(roster.smax[i])
    )
    with np.errstate(invalid="ignore"):
        overlap = (smin_c <= roster.smax[i] * (1 + SALARY_TOLERANCE)) & (
            roster.smin[i] <= smax_c * (1 + SALARY_TOLERANCE)
        )
    keep &= ~known | overlap
    if not keep.any():
        return []
    cands, after_i, after_c, before_c = cands[keep], after_i[keep], after_c[keep], before_c[keep]
    salary_ok = (known & overlap)[keep]
    forward = _fit(roster, i, cands, i_does_theirs=True)
    backward = _fit(roster, i, cands, i_does_theirs=False)
    weakest = np.minimum(forward[0], backward[0])
    good = weakest >= MIN_FIT
    if not good.any():
        return []
    total_before = before_i + before_c
    saved = (before_i - after_i) + (before_c - after_c)
    gain = np.clip(saved / np.maximum(total_before, 1e-6), 0.0, 1.0)
    w_fit, w_commute, w_salary = SCORE_WEIGHTS
    score = w_fit * weakest + w_commute * gain + w_salary * salary_ok
    chosen = np.flatnonzero(good)
    if count is not None and chosen.size > count:
        # best score first; ties: the larger own saving, then the row index (stable)
        order = np.lexsort((cands[chosen], after_i[chosen] - before_i, -np.round(score[chosen])))
        chosen = chosen[order[:count]]
    out = []
    for k in (int(c) for c in chosen):
        out.append(
            Swap(
                a=i,
                b=int(cands[k]),
                score=round(float(score[k])),
                breakdown={
                    "fit": round(float(weakest[k]) * w_fit, 1),
                    "commute": round(float(gain[k]) * w_commute, 1),
                    "salary": w_salary if salary_ok[k] else 0.0,
                    "youCanDoTheirJob": _fit_parts(forward, k),
                    "theyCanDoYourJob": _fit_parts(backward, k),
                    "commuteSavedShare": round(float(gain[k]), 3),
                },
                before_a=float(before_i),
                after_a=float(after_i[k]),
                before_b=float(before_c[k]),
                after_b=float(after_c[k]),
                salary_compatible=bool(salary_ok[k]),
            )
        )
    return out


def _fit(
    roster: Roster, i: int, cands: np.ndarray, *, i_does_theirs: bool
) -> tuple[np.ndarray, ...]:
    """``(fit, embedding, skills, title)`` of ``i`` doing each candidate's job
    (``i_does_theirs``) or of each candidate doing ``i``'s."""
    if i_does_theirs:
        cosine = roster.role[cands] @ roster.resume[i]
        needed = roster.skill_count[cands]
    else:
        cosine = roster.resume[cands] @ roster.role[i]
        needed = np.full(cands.size, roster.skill_count[i])
    embedding = np.clip((cosine - COSINE_FLOOR) / (COSINE_CEIL - COSINE_FLOOR), 0.0, 1.0)
    shared = np.bitwise_count(roster.skills[cands] & roster.skills[i]).sum(axis=1)
    skills = np.where(needed > 0, shared / np.maximum(needed, 1), 0.5)
    common = np.bitwise_count(roster.titles[cands] & roster.titles[i]).sum(axis=1)
    union = roster.title_count[cands] + roster.title_count[i] - common
    title = np.where(union > 0, common / np.maximum(union, 1), 0.0)
    w_emb, w_skill, w_title = FIT_WEIGHTS
    return w_emb * embedding + w_skill * skills + w_title * title, embedding, skills, title


def _fit_parts(parts: tuple[np.ndarray, ...], k: int) -> dict[str, float]:
    fit, embedding, skills, title = (float(p[k]) for p in parts)
    return {
        "total": round(fit, 3),
        "resumeSimilarity": round(embedding, 3),
        "skillOverlap": round(skills, 3),
        "titleSimilarity": round(title, 3),
    }


def top(swaps: list[Swap], count: int = MATCH_COUNT) -> list[Swap]:
    return sorted(swaps, key=lambda s: (-s.score, s.after_a - s.before_a, s.b))[:count]


def matches_of(roster: Roster, i: int, count: int = MATCH_COUNT) -> list[Swap]:
    """``i``'s best swaps (the prefiltered candidates only)."""
    return top(score_pairs(roster, i, nearby_work(roster, i), count), count)


def generate(roster: Roster, count: int = MATCH_COUNT) -> list[list[Swap]]:
    """Every person's best swaps."""
    return [matches_of(roster, i, count) for i in range(len(roster))]


def exhaustive(roster: Roster, i: int, count: int = MATCH_COUNT) -> list[Swap]:
    """``i``'s best swaps over every other person (the benchmark's reference)."""
    everyone = np.arange(len(roster))
    return top(score_pairs(roster, i, everyone[everyone != i], count), count)
