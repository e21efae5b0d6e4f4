"""Match generation on the database: load the network's roster (or, for one profile, the
profiles whose work lies in its commute box, by the work-point index), run the engine,
refine commutes with a hosted distance matrix when one is configured (cached pairs), and
upsert the matches (ids stay stable for pairs seen before; stale ones are removed)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import numpy as np
import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.jobswap import blocks, engine
from talentsonar.jobswap.commute import (
    DistanceMatrix,
    OfflineMatrix,
    OpenRouteServiceMatrix,
    OsrmMatrix,
    cache_key,
)
from talentsonar.jobswap.places import haversine_km
from talentsonar.jobswap.repository import CommuteRepository, MatchRepository, ProfileRepository
from talentsonar.models.jobswap import DIMENSIONS, JobSwapProfile

#: With a hosted distance matrix, routes are not monotone in distance: the single-profile
#: prefilter box is widened by this factor, and every kept pair is checked by the matrix.
HOSTED_SLACK = 1.5


def distance_matrix(runtime: Runtime) -> DistanceMatrix:
    settings = runtime.settings
    if settings.jobswap_distance_provider == "offline" or not settings.jobswap_distance_url:
        return OfflineMatrix()
    client = runtime.http_client("jobswap-distance", base_url=settings.jobswap_distance_url)
    if settings.jobswap_distance_provider == "osrm":
        return OsrmMatrix(client)
    key = settings.jobswap_provider_api_key
    return OpenRouteServiceMatrix(client, key.get_secret_value() if key else "")


def person(row: Any) -> engine.Person:
    return engine.Person(
        id=row.id,
        company=row.company_id,
        home=(row.home_lat, row.home_lon),
        work=(row.work_lat, row.work_lon),
        mode=row.commute_mode,
        salary_min=row.salary_min,
        salary_max=row.salary_max,
        skills=row.skills or [],
        title=row.job_title,
        resume=None if row.resume_embedding is None else np.asarray(row.resume_embedding),
        role=None if row.role_embedding is None else np.asarray(row.role_embedding),
    )


def columns(rows: Sequence[Any]) -> engine.Columns:
    """The engine's columns of ``ProfileRepository.roster_raw`` rows: the vectors of every
    row decoded at once from pgvector's binary form."""
    nan = float("nan")
    return engine.Columns(
        ids=[r.id for r in rows],
        home=np.array([(r.home_lat, r.home_lon) for r in rows], dtype=np.float64).reshape(-1, 2),
        work=np.array([(r.work_lat, r.work_lon) for r in rows], dtype=np.float64).reshape(-1, 2),
        modes=[r.commute_mode for r in rows],
        smin=np.array([nan if r.salary_min is None else r.salary_min for r in rows], dtype=float),
        smax=np.array([nan if r.salary_max is None else r.salary_max for r in rows], dtype=float),
        skills=[r.skills or [] for r in rows],
        titles=[r.job_title for r in rows],
        resume=_vectors([r.resume_raw for r in rows]),
        role=_vectors([r.role_raw for r in rows]),
    )


def _vectors(blobs: list[bytes | None]) -> np.ndarray:
    """``vector_send`` blobs (a 4-byte header, then DIMENSIONS big-endian float4s) as one
    float32 matrix; missing vectors are zero rows."""
    out = np.zeros((len(blobs), DIMENSIONS), dtype=np.float32)
    present = [i for i, blob in enumerate(blobs) if blob is not None]
    if present:
        raw = np.frombuffer(b"".join(blobs[i] for i in present), dtype=">f4")  # type: ignore[misc]
        out[present] = raw.reshape(len(present), DIMENSIONS + 1)[:, 1:]
    return out


def copy_record(roster: engine.Roster, swap: engine.Swap) -> tuple[Any, ...]:
    """A match as ``MATCH_COPY_COLUMNS`` (the bulk upsert's row)."""
    return (
        uuid.uuid4(),
        roster.ids[swap.a],
        roster.ids[swap.b],
        swap.score,
        orjson.dumps(swap.breakdown).decode(),
        round(swap.before_a),
        round(swap.after_a),
        round(swap.before_b),
        round(swap.after_b),
        swap.salary_compatible,
    )


def match_row(roster: engine.Roster, swap: engine.Swap, now: Any) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "profile_id": roster.ids[swap.a],
        "match_profile_id": roster.ids[swap.b],
        "compatibility_score": swap.score,
        "breakdown": swap.breakdown,
        "commute_before_minutes": round(swap.before_a),
        "commute_after_minutes": round(swap.after_a),
        "their_commute_before_minutes": round(swap.before_b),
        "their_commute_after_minutes": round(swap.after_b),
        "salary_compatible": swap.salary_compatible,
    }


class CommuteCache:
    """Hosted commute minutes per rounded point pair, kept in ``jobswap_commutes``."""

    def __init__(self, runtime: Runtime, session: AsyncSession) -> None:
        self.matrix = distance_matrix(runtime)
        self.repo = CommuteRepository(session)
        self.days = runtime.settings.jobswap_commute_cache_days

    @property
    def hosted(self) -> bool:
        return self.matrix.name != "offline"

    async def minutes(
        self, pairs: list[tuple[tuple[float, float], tuple[float, float], str]]
    ) -> list[float]:
        keys = [cache_key(self.matrix.name, mode, o, d) for o, d, mode in pairs]
        now = utcnow()
        known = await self.repo.fresh(keys, now - timedelta(days=self.days))
        missing = [(k, p) for k, p in zip(keys, pairs, strict=True) if k not in known]
        fetched: dict[str, float] = {}
        for mode in {p[2] for _, p in missing}:
            todo = [(k, p) for k, p in missing if p[2] == mode]
            values = await self.matrix.minutes([(p[0], p[1]) for _, p in todo], mode)
            fetched.update({k: v for (k, _), v in zip(todo, values, strict=True)})
        await self.repo.put(fetched, now)
        return [known.get(k, fetched.get(k, 0.0)) for k in keys]


async def refine(
    cache: CommuteCache, roster: engine.Roster, swaps: list[engine.Swap]
) -> list[engine.Swap]:
    """Replace the estimates by the hosted matrix's minutes; drop swaps that no longer
    shorten both commutes."""
    if not cache.hosted or not swaps:
        return swaps
    home = [(lat, lon) for lat, lon in roster.home.tolist()]
    work = [(lat, lon) for lat, lon in roster.work.tolist()]
    mode = roster.modes
    pairs: list[tuple[tuple[float, float], tuple[float, float], str]] = []
    for s in swaps:
        a_home, a_work, b_home, b_work = home[s.a], work[s.a], home[s.b], work[s.b]
        pairs += [
            (a_home, a_work, mode[s.a]),
            (a_home, b_work, mode[s.a]),
            (b_home, b_work, mode[s.b]),
            (b_home, a_work, mode[s.b]),
        ]
    minutes = await cache.minutes(pairs)
    out = []
    for k, s in enumerate(swaps):
        before_a, after_a, before_b, after_b = minutes[4 * k : 4 * k + 4]
        if after_a < before_a and after_b < before_b:
            out.append(
                engine.Swap(
                    s.a,
                    s.b,
                    s.score,
                    s.breakdown,
                    before_a,
                    after_a,
                    before_b,
                    after_b,
                    s.salary_compatible,
                )
            )
    return out


async def generate_network(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID
) -> dict[str, Any]:
    """Every complete profile's best swaps; returns counts and the seconds spent loading,
    computing and writing. The roster is read in one query (vectors as binary arrays),
    the matches computed in blocks (:func:`blocks.best`) and written by one bulk upsert
    (COPY, then merge)."""
    started, clock = utcnow(), time.perf_counter()
    rows = await ProfileRepository(session, org_id).roster_raw()
    roster = engine.Roster.of_columns(columns(rows))
    loaded = time.perf_counter()
    cache = CommuteCache(runtime, session)
    if cache.hosted:  # each profile's best are checked again with the hosted minutes
        swaps = [s for best in blocks.generate(roster) for s in await refine(cache, roster, best)]
    else:
        swaps = [s for scored, chosen in blocks.best(roster) for s in scored.swaps(chosen)]
    computed = time.perf_counter()
    matches = MatchRepository(session, org_id)
    written = await matches.copy_upsert((copy_record(roster, s) for s in swaps), started)
    removed = await matches.delete_stale(started)
    seconds = {
        "load": round(loaded - clock, 3),
        "engine": round(computed - loaded, 3),
        "write": round(time.perf_counter() - computed, 3),
    }
    return {"profiles": len(roster), "matches": written, "removed": removed, "seconds": seconds}


async def generate_profile(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, profile_id: uuid.UUID
) -> dict[str, Any]:
    """One profile's best swaps, and its place in its partners' lists; only the profiles
    whose work lies in its commute box are read (the work-point index)."""
    started = utcnow()
    profiles = ProfileRepository(session, org_id)
    matches = MatchRepository(session, org_id)
    me = await profiles.get(profile_id)
    if me is None or not me.profile_complete:
        removed = await matches.delete_stale(started, involving=profile_id)
        return {"profiles": 0, "matches": 0, "removed": removed}
    cache = CommuteCache(runtime, session)
    rows = await profiles.roster_raw(
        commute_box(me, HOSTED_SLACK if cache.hosted else 1.0), include=me.id
    )
    roster = engine.Roster.of_columns(columns(rows))
    i = roster.ids.index(me.id)
    everyone = engine.score_pairs(roster, i, engine.nearby_work(roster, i))
    everyone = await refine(cache, roster, everyone)
    mine = engine.top(everyone)
    out = [match_row(roster, s, started) for s in mine]
    standing = await matches.standing([roster.ids[s.b] for s in everyone])
    for s in everyone:  # the partner's view of the same swap, when it makes their list
        other = roster.ids[s.b]
        count, lowest = standing.get(other, (0, 0))
        if count < engine.MATCH_COUNT or s.score >= lowest:
            mirror = engine.Swap(
                s.b,
                s.a,
                s.score,
                _mirror(s.breakdown),
                s.before_b,
                s.after_b,
                s.before_a,
                s.after_a,
                s.salary_compatible,
            )
            out.append(match_row(roster, mirror, started))
    await matches.upsert(out)
    removed = await matches.delete_stale(started, involving=me.id)
    return {"profiles": len(roster), "matches": len(mine), "removed": removed}


def commute_box(
    profile: JobSwapProfile, slack: float = 1.0
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The lat/lon box around the home that holds every work point nearer than the
    current one (:func:`engine.boxes`; every longitude when the disc holds a pole or
    crosses the antimeridian)."""
    radius = (
        haversine_km(profile.home_lat, profile.home_lon, profile.work_lat, profile.work_lon) * slack
    )
    low, high, dlon = (
        float(x[0])
        for x in engine.boxes(
            np.array([profile.home_lat]), np.array([profile.home_lon]), np.array([radius])
        )
    )
    west, east = profile.home_lon - dlon, profile.home_lon + dlon
    if west < -180.0 or east > 180.0:
        west, east = -180.0, 180.0
    return (low, high), (west, east)


def _mirror(breakdown: dict[str, Any]) -> dict[str, Any]:
    out = dict(breakdown)
    out["youCanDoTheirJob"], out["theyCanDoYourJob"] = (
        breakdown["theyCanDoYourJob"],
        breakdown["youCanDoTheirJob"],
    )
    return out


async def pair(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, a: JobSwapProfile, b: JobSwapProfile
) -> engine.Swap | None:
    """The swap of ``a`` with ``b`` if it qualifies (``a``'s view), computed now."""
    rows = await ProfileRepository(session, org_id).roster_of([a.id, b.id])
    if len(rows) != 2:
        return None
    roster = engine.Roster([person(r) for r in rows])
    swaps = engine.score_pairs(roster, 0, np.array([1]))
    swaps = await refine(CommuteCache(runtime, session), roster, swaps)
    return swaps[0] if swaps else None
