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
A's commute box (:func:`boxes`, the exact great-circle bounds of the disc: the only jobs
that can shorten A's commute), then the reverse condition, salary and the fits run
vectorised over those few. With the offline commute model the prefilter is exact (the
estimate grows with distance), so the result equals the exhaustive computation
(:func:`exhaustive`), which the benchmark checks. This module works person by person (one
profile's matches, and the reference); :mod:`talentsonar.jobswap.blocks` computes the
same for a whole network in blocks.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from talentsonar.jobswap.commute import (
    DETOUR,
    FIXED_MINUTES,
    SPEED_KMH,
    haversine_many,
)
from talentsonar.jobswap.places import EARTH_RADIUS_KM

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
class Columns:
    """A roster as columns (row i is person i), as the database hands it over: points as
    ``(n, 2)`` degrees, unknown salaries as NaN, vectors as ``(n, 384)`` rows (zeros when
    missing, normalised by the roster)."""

    ids: list[Any]
    home: np.ndarray
    work: np.ndarray
    modes: list[str]
    smin: np.ndarray
    smax: np.ndarray
    skills: list[Sequence[str]]
    titles: list[str]
    resume: np.ndarray
    role: np.ndarray

    @classmethod
    def of_people(cls, people: Sequence[Person]) -> Columns:
        n, nan = len(people), float("nan")
        return cls(
            ids=[p.id for p in people],
            home=np.array([p.home for p in people], dtype=np.float64).reshape(n, 2),
            work=np.array([p.work for p in people], dtype=np.float64).reshape(n, 2),
            modes=[p.mode for p in people],
            smin=np.array([nan if p.salary_min is None else p.salary_min for p in people]),
            smax=np.array([nan if p.salary_max is None else p.salary_max for p in people]),
            skills=[p.skills for p in people],
            titles=[p.title for p in people],
            resume=_matrix([p.resume for p in people]),
            role=_matrix([p.role for p in people]),
        )


class Roster:
    """Everything the engine reads, as arrays (row i is person i): ``Roster(people)``, or
    :meth:`of_columns` for what the database loaded as arrays."""

    def __init__(self, people: Sequence[Person]) -> None:
        self._build(Columns.of_people(people))

    @classmethod
    def of_columns(cls, columns: Columns) -> Roster:
        roster = cls.__new__(cls)
        roster._build(columns)
        return roster

    def _build(self, c: Columns) -> None:
        self.ids, self.modes = c.ids, c.modes
        self.home = c.home.astype(np.float64).reshape(-1, 2)
        self.work = c.work.astype(np.float64).reshape(-1, 2)
        self.radius_km: np.ndarray = haversine_many(
            self.home[:, 0], self.home[:, 1], self.work[:, 0], self.work[:, 1]
        )
        self.detour_per_kmh = np.array([DETOUR[m] / SPEED_KMH[m] * 60 for m in c.modes])
        self.fixed = np.array([FIXED_MINUTES[m] for m in c.modes], dtype=np.float64)
        self.before: np.ndarray = self.radius_km * self.detour_per_kmh + self.fixed
        self.smin = c.smin.astype(np.float64)
        self.smax = c.smax.astype(np.float64)
        self.resume = _normalised(c.resume)
        self.role = _normalised(c.role)
        buckets: dict[str, int] = {}
        self.skills = _bits([{s.casefold() for s in k} for k in c.skills], SKILL_BUCKETS, buckets)
        self.titles = _bits([title_tokens(t) for t in c.titles], TITLE_BUCKETS, {})
        self.skill_count = np.bitwise_count(self.skills).sum(axis=1)
        self.title_count = np.bitwise_count(self.titles).sum(axis=1)
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (lat, lon) in enumerate(self.work.tolist()):
            cells[_cell(lat, lon)].append(i)
        self.grid = {k: np.array(v, dtype=np.int64) for k, v in cells.items()}

    def __len__(self) -> int:
        return len(self.ids)


def _bits(sets: list[set[str]], size: int, buckets: dict[str, int]) -> np.ndarray:
    """Each set hashed into ``size`` bits, packed in 64-bit words (AND + popcount)."""
    rows: list[int] = []
    bits: list[int] = []
    for i, items in enumerate(sets):
        for item in items:
            bit = buckets.get(item)
            if bit is None:
                bit = buckets[item] = _bucket(item, size)
            rows.append(i)
            bits.append(bit)
    out = np.zeros((len(sets), size // 64), dtype=np.uint64)
    if bits:
        at = np.array(bits, dtype=np.uint64)
        words = (at // np.uint64(64)).astype(np.int64)
        np.bitwise_or.at(out, (np.array(rows), words), np.uint64(1) << (at % np.uint64(64)))
    return out


def _matrix(vectors: list[np.ndarray | None]) -> np.ndarray:
    out = np.zeros((len(vectors), 384), dtype=np.float32)
    for i, v in enumerate(vectors):
        if v is not None:
            out[i] = np.asarray(v, dtype=np.float32)
    return out


def _normalised(matrix: np.ndarray) -> np.ndarray:
    """Unit rows (float32); zero rows stay zero."""
    out = np.asarray(matrix, dtype=np.float32).reshape(-1, 384)
    norms = np.sqrt(np.einsum("ij,ij->i", out, out, dtype=np.float64))
    scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    unit: np.ndarray = (out * scale[:, None]).astype(np.float32)
    return unit


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / GRID_DEGREES), _wrap(math.floor(lon / GRID_DEGREES))


def boxes(
    lat: np.ndarray, lon: np.ndarray, radius_km: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(lat_low, lat_high, half_width_lon)`` in degrees of the boxes that hold every point
    within ``radius_km`` (great circle) of each point; a half-width of 180 means every
    longitude (the disc holds a pole). Exact bounds (the disc's widest longitude is
    ``asin(sin d / cos lat)``), padded by a micro-degree."""
    angle = np.asarray(radius_km, dtype=np.float64) / EARTH_RADIUS_KM
    dlat = np.degrees(angle) + 1e-6
    cos_lat = np.cos(np.radians(np.asarray(lat, dtype=np.float64)))
    sin_angle = np.sin(np.minimum(angle, np.pi / 2))
    wraps = (sin_angle >= cos_lat) | (angle >= np.pi / 2)
    ratio = np.where(wraps, 1.0, sin_angle / np.maximum(cos_lat, 1e-12))
    dlon = np.where(wraps, 180.0, np.degrees(np.arcsin(np.minimum(ratio, 1.0))) + 1e-6)
    return lat - dlat, lat + dlat, dlon


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
    """The people whose work lies inside ``i``'s commute box (the grid's cells over it):
    the only ones whose job can shorten ``i``'s commute."""
    lon = float(roster.home[i, 1])
    radius = roster.radius_km[i]
    if radius <= 0:
        return np.empty(0, dtype=np.int64)
    here = roster.home[i : i + 1]
    low, high, dlon = (
        float(x[0]) for x in boxes(here[:, 0], here[:, 1], roster.radius_km[i : i + 1])
    )
    xs = range(math.floor(low / GRID_DEGREES), math.floor(high / GRID_DEGREES) + 1)
    if dlon >= 180.0:
        chunks = [v for (x, _), v in roster.grid.items() if xs.start <= x < xs.stop]
    else:
        lo, hi = math.floor((lon - dlon) / GRID_DEGREES), math.floor((lon + dlon) / GRID_DEGREES)
        ys = {_wrap(y) for y in range(lo, hi + 1)}
        chunks = [roster.grid[(x, y)] for x in xs for y in ys if (x, y) in roster.grid]
    if not chunks:
        return np.empty(0, dtype=np.int64)
    found: np.ndarray = np.concatenate(chunks)
    near: np.ndarray = found[found != i]
    return near


def _wrap(y: int) -> int:
    """A longitude cell index past the antimeridian, brought back into [-180, 180)."""
    cells = round(360 / GRID_DEGREES)
    return (y + cells // 2) % cells - cells // 2


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
    pairs = Scored(
        a=np.full(cands.size, i),
        b=cands,
        score=score,
        weakest=weakest,
        gain=gain,
        salary_ok=salary_ok,
        forward=forward,
        backward=backward,
        before_a=np.full(cands.size, before_i),
        after_a=after_i,
        before_b=before_c,
        after_b=after_c,
    )
    return pairs.swaps(chosen)


@dataclass
class Scored:
    """Qualifying pairs as arrays (entry k: ``a[k]``'s view of a swap with ``b[k]``)."""

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    weakest: np.ndarray
    gain: np.ndarray
    salary_ok: np.ndarray
    forward: tuple[np.ndarray, ...]
    backward: tuple[np.ndarray, ...]
    before_a: np.ndarray
    after_a: np.ndarray
    before_b: np.ndarray
    after_b: np.ndarray

    def swaps(self, chosen: Sequence[int] | np.ndarray) -> list[Swap]:
        """The chosen entries as :class:`Swap`s, in the order given."""
        k = np.asarray(chosen, dtype=np.int64)
        w_fit, w_commute, w_salary = SCORE_WEIGHTS
        columns = zip(
            self.a[k].tolist(),
            self.b[k].tolist(),
            self.score[k].tolist(),
            self.weakest[k].tolist(),
            self.gain[k].tolist(),
            self.salary_ok[k].tolist(),
            zip(*(part[k].tolist() for part in self.forward), strict=True),
            zip(*(part[k].tolist() for part in self.backward), strict=True),
            self.before_a[k].tolist(),
            self.after_a[k].tolist(),
            self.before_b[k].tolist(),
            self.after_b[k].tolist(),
            strict=True,
        )
        return [
            Swap(
                a=a,
                b=b,
                score=round(score),
                breakdown={
                    "fit": round(weakest * w_fit, 1),
                    "commute": round(gain * w_commute, 1),
                    "salary": w_salary if salary_ok else 0.0,
                    "youCanDoTheirJob": _fit_parts(forward),
                    "theyCanDoYourJob": _fit_parts(backward),
                    "commuteSavedShare": round(gain, 3),
                },
                before_a=before_a,
                after_a=after_a,
                before_b=before_b,
                after_b=after_b,
                salary_compatible=bool(salary_ok),
            )
            for (
                a,
                b,
                score,
                weakest,
                gain,
                salary_ok,
                forward,
                backward,
                before_a,
                after_a,
                before_b,
                after_b,
            ) in columns
        ]


def _fit(
    roster: Roster, i: int, cands: np.ndarray, *, i_does_theirs: bool
) -> tuple[np.ndarray, ...]:
    """``(fit, embedding, skills, title)`` of ``i`` doing each candidate's job
    (``i_does_theirs``) or of each candidate doing ``i``'s."""
    # float64: the float32 products are exact, so any summation order agrees to ~1e-16
    if i_does_theirs:
        cosine = roster.role[cands].astype(np.float64) @ roster.resume[i].astype(np.float64)
        needed = roster.skill_count[cands]
    else:
        cosine = roster.resume[cands].astype(np.float64) @ roster.role[i].astype(np.float64)
        needed = np.full(cands.size, roster.skill_count[i])
    return fit_terms(
        cosine,
        needed,
        np.bitwise_count(roster.skills[cands] & roster.skills[i]).sum(axis=1),
        np.bitwise_count(roster.titles[cands] & roster.titles[i]).sum(axis=1),
        roster.title_count[cands] + roster.title_count[i],
    )


def fit_terms(
    cosine: np.ndarray,
    needed: np.ndarray,
    shared: np.ndarray,
    common: np.ndarray,
    sizes: np.ndarray,
) -> tuple[np.ndarray, ...]:
    """``(fit, embedding, skills, title)`` from the cosine, the skills the job needs and
    the worker has of them, the title words in common and both titles' word counts."""
    embedding = np.clip((cosine - COSINE_FLOOR) / (COSINE_CEIL - COSINE_FLOOR), 0.0, 1.0)
    skills = np.where(needed > 0, shared / np.maximum(needed, 1), 0.5)
    union = sizes - common
    title = np.where(union > 0, common / np.maximum(union, 1), 0.0)
    w_emb, w_skill, w_title = FIT_WEIGHTS
    return w_emb * embedding + w_skill * skills + w_title * title, embedding, skills, title


def _fit_parts(parts: tuple[float, ...]) -> dict[str, float]:
    fit, embedding, skills, title = parts
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
