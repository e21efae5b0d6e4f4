"""Every match of a network at once, as blocks of array work.

:func:`engine.generate` asks, person by person, which jobs lie in their commute disc and
scores those few (a few dozen NumPy calls per person). This module does the same
computation for blocks of people at a time:

1. people are grouped by the cell of their home (:data:`BLOCK_DEGREES`), each group's
   rows sorted by commute length and cut into chunks of at most :data:`CHUNK_ROWS`;
2. a chunk's candidates are the people whose work lies in the union of its rows' commute
   boxes (:func:`engine.boxes`, the exact great-circle bounds), found by a binary search
   over work latitudes and a longitude filter;
3. the chunk x candidates matrix of the first commute after the swap is computed at
   once; the pairs that shorten it get the second commute and the salary test; only the
   pairs that pass all three get their fits (row-wise dot products per direction,
   float64) and scores;
4. each row's best :data:`engine.MATCH_COUNT` come out of one ``lexsort`` with the same
   order as :func:`engine.top` (score, then the larger own saving, then the row).

Every condition is decided per pair, and a chunk's candidates are a superset of each of
its rows' discs, so the result equals :func:`engine.generate` (a test checks it).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from talentsonar.jobswap.commute import haversine_many
from talentsonar.jobswap.engine import (
    MATCH_COUNT,
    MIN_FIT,
    MIN_SAVING_MINUTES,
    SALARY_TOLERANCE,
    SCORE_WEIGHTS,
    Roster,
    Scored,
    Swap,
    boxes,
    fit_terms,
)

#: Homes are grouped by cells of this many degrees before chunking.
BLOCK_DEGREES = 0.2
#: Rows per chunk, and the largest chunk x candidates matrix (then the chunk is split).
CHUNK_ROWS = 256
MAX_CELLS = 1_500_000
#: Pairs whose vectors are gathered at once for the dot products (bounds the memory).
PAIRS_PER_STEP = 16_384


def generate(roster: Roster, count: int = MATCH_COUNT) -> list[list[Swap]]:
    """Every person's best swaps (as :func:`engine.generate`), best first."""
    out: list[list[Swap]] = [[] for _ in range(len(roster))]
    for scored, chosen in best(roster, count):
        for swap in scored.swaps(chosen):
            out[swap.a].append(swap)
    return out


def best(roster: Roster, count: int = MATCH_COUNT) -> Iterator[tuple[Scored, np.ndarray]]:
    """Per chunk: the scored qualifying pairs and the entries that are their rows' best
    ``count``, ordered by row, best first."""
    if len(roster) == 0:
        return
    by_lat = np.argsort(roster.work[:, 0], kind="stable")
    work_lat = roster.work[by_lat, 0]
    low, high, dlon = boxes(roster.home[:, 0], roster.home[:, 1], roster.radius_km)
    for rows in _chunks(roster):
        yield from _chunk(roster, rows, by_lat, work_lat, (low, high, dlon), count)


def _chunks(roster: Roster) -> Iterator[np.ndarray]:
    """Rows grouped by home cell, each group sorted by commute length, in chunks."""
    cells = np.floor(roster.home / BLOCK_DEGREES).astype(np.int64)
    order = np.lexsort((roster.radius_km, cells[:, 1], cells[:, 0]))
    keys = cells[order]
    starts = np.flatnonzero(np.r_[True, np.any(keys[1:] != keys[:-1], axis=1)])
    bounds = np.r_[starts, len(order)]
    for start, stop in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        for first in range(start, stop, CHUNK_ROWS):
            yield order[first : min(first + CHUNK_ROWS, stop)]


def _candidates(
    roster: Roster,
    rows: np.ndarray,
    by_lat: np.ndarray,
    work_lat: np.ndarray,
    box: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> np.ndarray:
    """The people whose work lies in the union of the rows' commute boxes."""
    low, high, dlon = (b[rows] for b in box)
    first = int(np.searchsorted(work_lat, low.min(), side="left"))
    last = int(np.searchsorted(work_lat, high.max(), side="right"))
    found = by_lat[first:last]
    lon = roster.home[rows, 1]
    west, east = float((lon - dlon).min()), float((lon + dlon).max())
    if west >= -180.0 and east <= 180.0:  # else the boxes cross the antimeridian: keep all
        work_lon = roster.work[found, 1]
        found = found[(work_lon >= west) & (work_lon <= east)]
    return np.sort(found)


def _chunk(
    roster: Roster,
    rows: np.ndarray,
    by_lat: np.ndarray,
    work_lat: np.ndarray,
    box: tuple[np.ndarray, np.ndarray, np.ndarray],
    count: int,
) -> Iterator[tuple[Scored, np.ndarray]]:
    cands = _candidates(roster, rows, by_lat, work_lat, box)
    if cands.size == 0:
        return
    if rows.size > 1 and rows.size * cands.size > MAX_CELLS:
        half = rows.size // 2
        yield from _chunk(roster, rows[:half], by_lat, work_lat, box, count)
        yield from _chunk(roster, rows[half:], by_lat, work_lat, box, count)
        return
    scored = _score(roster, rows, cands)
    if scored is not None:
        yield scored, _top(scored, count)


def _score(roster: Roster, rows: np.ndarray, cands: np.ndarray) -> Scored | None:
    """The pairs (row, candidate) that qualify, with their scores (engine.score_pairs's
    arithmetic, as matrices)."""
    home, work = roster.home, roster.work
    # a's commute after: a's home to b's work; b's: b's home to a's work
    after_a = haversine_many(home[rows, 0:1], home[rows, 1:2], work[cands, 0], work[cands, 1])
    after_a = after_a * roster.detour_per_kmh[rows, None] + roster.fixed[rows, None]
    before_a = roster.before[rows, None]
    keep = after_a <= before_a - MIN_SAVING_MINUTES
    keep &= rows[:, None] != cands[None, :]
    ri, ci = np.nonzero(keep)
    if ri.size == 0:
        return None
    a, b = rows[ri], cands[ci]
    after_a = after_a[ri, ci]
    after_b = haversine_many(work[a, 0], work[a, 1], home[b, 0], home[b, 1])
    after_b = after_b * roster.detour_per_kmh[b] + roster.fixed[b]
    before_b = roster.before[b]
    keep = after_b <= before_b - MIN_SAVING_MINUTES
    smin_a, smax_a, smin_b, smax_b = roster.smin[a], roster.smax[a], roster.smin[b], roster.smax[b]
    known = ~(np.isnan(smin_b) | np.isnan(smax_b) | np.isnan(smin_a) | np.isnan(smax_a))
    with np.errstate(invalid="ignore"):
        overlap = (smin_b <= smax_a * (1 + SALARY_TOLERANCE)) & (
            smin_a <= smax_b * (1 + SALARY_TOLERANCE)
        )
    keep &= ~known | overlap
    if not keep.any():
        return None
    a, b, after_a, after_b, before_b = (
        a[keep],
        b[keep],
        after_a[keep],
        after_b[keep],
        before_b[keep],
    )
    salary_ok = (known & overlap)[keep]
    shared = np.bitwise_count(roster.skills[b] & roster.skills[a]).sum(axis=1)
    common = np.bitwise_count(roster.titles[b] & roster.titles[a]).sum(axis=1)
    sizes = roster.title_count[b] + roster.title_count[a]
    forward = fit_terms(  # a does b's job
        _dots(roster.role, b, roster.resume, a), roster.skill_count[b], shared, common, sizes
    )
    # the weaker direction must reach MIN_FIT: the other one is computed for those left
    fits = np.flatnonzero(forward[0] >= MIN_FIT)
    if fits.size == 0:
        return None
    a, b, after_a, after_b, before_b = (
        a[fits],
        b[fits],
        after_a[fits],
        after_b[fits],
        before_b[fits],
    )
    salary_ok, forward = salary_ok[fits], tuple(part[fits] for part in forward)
    shared, common, sizes = shared[fits], common[fits], sizes[fits]
    backward = fit_terms(  # b does a's job
        _dots(roster.resume, b, roster.role, a), roster.skill_count[a], shared, common, sizes
    )
    weakest = np.minimum(forward[0], backward[0])
    good = weakest >= MIN_FIT
    if not good.any():
        return None
    before = roster.before[a]
    total_before = before + before_b
    saved = (before - after_a) + (before_b - after_b)
    gain = np.clip(saved / np.maximum(total_before, 1e-6), 0.0, 1.0)
    w_fit, w_commute, w_salary = SCORE_WEIGHTS
    score = w_fit * weakest + w_commute * gain + w_salary * salary_ok
    g = np.flatnonzero(good)
    return Scored(
        a=a[g],
        b=b[g],
        score=score[g],
        weakest=weakest[g],
        gain=gain[g],
        salary_ok=salary_ok[g],
        forward=tuple(part[g] for part in forward),
        backward=tuple(part[g] for part in backward),
        before_a=before[g],
        after_a=after_a[g],
        before_b=before_b[g],
        after_b=after_b[g],
    )


def _dots(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Row-wise dot products ``left[li[k]] . right[ri[k]]`` of the pairs that passed the
    commute and salary tests only, accumulated in float64 (the float32 products are exact
    there, so any summation order agrees with the engine's to ~1e-16). No BLAS: a matrix
    product over the whole chunk would score ~6x more pairs, and a multi-threaded BLAS on
    busy cores is slower still."""
    out = np.empty(li.size, dtype=np.float64)
    for start in range(0, li.size, PAIRS_PER_STEP):
        part = slice(start, start + PAIRS_PER_STEP)
        out[part] = np.einsum("ij,ij->i", left[li[part]], right[ri[part]], dtype=np.float64)
    return out


def _top(scored: Scored, count: int) -> np.ndarray:
    """The entries that are their row's best ``count``: by row, then best score, then the
    larger own saving, then the partner's row (engine.top's order)."""
    order = np.lexsort(
        (scored.b, scored.after_a - scored.before_a, -np.round(scored.score), scored.a)
    )
    rows = scored.a[order]
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    rank = np.arange(rows.size) - np.repeat(starts, np.diff(np.r_[starts, rows.size]))
    chosen: np.ndarray = order[rank < count]
    return chosen
