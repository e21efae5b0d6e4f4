"""The fast paths against the simple ones: the blocked generation of every match equals
the person-by-person engine (and the exhaustive computation); the database path (one
query with binary vectors, blocked engine, COPY upsert) stores exactly what the simple
path (ORM rows, per-person engine) computes; the one-query match list answers what the
entities and ``public_view`` say."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import numpy as np
from sqlalchemy import select, update

from talentsonar.jobswap import blocks, engine, matching
from talentsonar.jobswap.repository import MatchRepository, ProfileRepository
from talentsonar.jobswap.service import public_view
from talentsonar.models.jobswap import JobSwapCompany, JobSwapMatch, JobSwapProfile
from talentsonar.models.organization import Organization
from tests.jobswap.conftest import API, Network, as_list

#: Budapest, London, Reykjavik (high latitude), Sydney, and a town on the antimeridian.
CENTRES = [(47.5, 19.05), (51.5, -0.12), (64.1, -21.9), (-33.9, 151.2), (-16.5, 179.95)]
TITLES = ["Backend Engineer", "Data Analyst", "Accountant", "Nurse", "Senior Data Engineer"]
SKILLS = [("Python", "SQL"), ("SQL", "Excel"), ("Excel",), (), ("Python", "Spark", "SQL")]
MODES = ["driving", "transit", "cycling", "walking"]
AMIRA, TOM = "amira.haddad@example.com", "tom.becker@example.com"


def _network(n: int, seed: int) -> list[dict[str, Any]]:
    """People around the centres; five kinds of job, resumes near their kind's vector;
    some without a salary band or a resume."""
    rng = np.random.default_rng(seed)
    kinds = rng.normal(size=(len(TITLES), 384)).astype(np.float32)
    out = []
    for i in range(n):
        centre = np.array(CENTRES[i % len(CENTRES)])
        home, work = centre + rng.normal(0, 0.1, 2), centre + rng.normal(0, 0.1, 2)
        kind = int(rng.integers(0, len(TITLES)))
        low = float(rng.integers(40, 60)) * 1000
        resume = kinds[kind] + rng.normal(0, 0.6, 384).astype(np.float32)
        out.append(
            {
                "home": (float(home[0]), float(home[1])),
                "work": (float(work[0]), float(work[1])),
                "mode": MODES[i % len(MODES)],
                "band": None if i % 17 == 0 else (low, low + 15_000),
                "title": TITLES[kind],
                "skills": list(SKILLS[kind]),
                "resume": None if i % 13 == 0 else resume,
                "role": kinds[(kind + i % 2) % len(TITLES)],
            }
        )
    return out


def _roster(people: list[dict[str, Any]]) -> engine.Roster:
    return engine.Roster(
        [
            engine.Person(
                i,
                "c",
                p["home"],
                p["work"],
                p["mode"],
                p["band"][0] if p["band"] else None,
                p["band"][1] if p["band"] else None,
                p["skills"],
                p["title"],
                p["resume"],
                p["role"],
            )
            for i, p in enumerate(people)
        ]
    )


def test_blocked_generation_equals_the_person_by_person_one() -> None:
    roster = _roster(_network(600, seed=3))
    simple = engine.generate(roster)
    fast = blocks.generate(roster)
    assert sum(map(len, simple)) > 1000
    assert fast == simple  # every swap: partner, score, breakdown, commutes, order
    for i in range(0, len(roster), 7):
        assert engine.exhaustive(roster, i) == simple[i]
    # fewer per person: the same order, cut shorter
    assert blocks.generate(roster, count=3) == [s[:3] for s in simple]


def test_blocked_generation_on_tiny_and_empty_rosters() -> None:
    roster = _roster(_network(12, seed=5))
    assert blocks.generate(roster) == engine.generate(roster)
    assert blocks.generate(_roster([])) == []


def test_commute_boxes_hold_every_nearer_point() -> None:
    rng = np.random.default_rng(1)
    lat, lon = rng.uniform(-80, 80, 2000), rng.uniform(-180, 180, 2000)
    radius = rng.uniform(0.5, 400, 2000)
    low, high, dlon = engine.boxes(lat, lon, radius)
    # points on each disc's edge, in every direction
    bearing = rng.uniform(0, 2 * np.pi, 2000)
    d = radius / 6371.0088
    p1, l1 = np.radians(lat), np.radians(lon)
    p2 = np.arcsin(np.sin(p1) * np.cos(d) + np.cos(p1) * np.sin(d) * np.cos(bearing))
    l2 = l1 + np.arctan2(
        np.sin(bearing) * np.sin(d) * np.cos(p1), np.cos(d) - np.sin(p1) * np.sin(p2)
    )
    edge_lat, edge_lon = np.degrees(p2), np.degrees(l2)
    assert np.all((edge_lat >= low) & (edge_lat <= high))
    gap = np.abs((edge_lon - lon + 180) % 360 - 180)
    assert np.all(gap <= dlon)


async def _own_network(network: Network, people: list[dict[str, Any]]) -> uuid.UUID:
    """A network (organisation) of its own with these people as complete profiles."""
    org_id = uuid.uuid4()
    async with network.runtime.db.session() as session:
        session.add(Organization(id=org_id, name="Fast path", slug=f"fast-{org_id.hex[:12]}"))
        await session.flush()
        company = JobSwapCompany(id=uuid.uuid4(), org_id=org_id, name="Fast Co")
        session.add(company)
        await session.flush()
        for k, p in enumerate(people):
            session.add(
                JobSwapProfile(
                    org_id=org_id,
                    company_id=company.id,
                    name=f"P{k}",
                    email=f"p{k}@example.com",
                    job_title=p["title"],
                    salary_min=p["band"][0] if p["band"] else None,
                    salary_max=p["band"][1] if p["band"] else None,
                    home_address="x",
                    home_lat=p["home"][0],
                    home_lon=p["home"][1],
                    home_area="x",
                    work_address="x",
                    work_lat=p["work"][0],
                    work_lon=p["work"][1],
                    work_area="x",
                    commute_mode=p["mode"],
                    skills=p["skills"],
                    profile_complete=True,
                    resume_embedding=p["resume"],
                    role_embedding=p["role"],
                )
            )
    return org_id


def _stored(rows: Any) -> dict[tuple[Any, Any], tuple[Any, ...]]:
    return {
        (r.profile_id, r.match_profile_id): (
            r.compatibility_score,
            r.breakdown,
            r.commute_before_minutes,
            r.commute_after_minutes,
            r.their_commute_before_minutes,
            r.their_commute_after_minutes,
            r.salary_compatible,
        )
        for r in rows
    }


async def _matches_of(network: Network, org_id: uuid.UUID) -> list[JobSwapMatch]:
    async with network.runtime.db.session() as session:
        stmt = select(JobSwapMatch).where(JobSwapMatch.org_id == org_id)
        return list((await session.execute(stmt)).scalars())


async def test_the_database_path_stores_what_the_simple_path_computes(network: Network) -> None:
    org_id = await _own_network(network, _network(250, seed=9))
    async with network.runtime.db.session() as session:
        outcome = await matching.generate_network(network.runtime, session, org_id)
    stored = await _matches_of(network, org_id)
    assert outcome["profiles"] == 250
    assert outcome["matches"] == len(stored) > 100
    # the simple path: ORM rows (pgvector's own decoding), the person-by-person engine
    async with network.runtime.db.session() as session:
        profiles = ProfileRepository(session, org_id)
        rows = await profiles.roster_rows()
        raw = await profiles.roster_raw()
    roster = engine.Roster([matching.person(r) for r in rows])
    expected = [
        matching.match_row(roster, s, None) for swaps in engine.generate(roster) for s in swaps
    ]
    assert _stored(stored) == _stored([_Row(r) for r in expected])
    # the binary vectors are the very floats pgvector's text form gives
    fast = matching.columns(raw)
    assert fast.ids == [r.id for r in rows]
    for k, r in enumerate(rows):
        if r.resume_embedding is not None:
            assert np.array_equal(fast.resume[k], np.asarray(r.resume_embedding, np.float32))
        else:
            assert not fast.resume[k].any()
        assert np.array_equal(fast.role[k], np.asarray(r.role_embedding, np.float32))


async def test_regeneration_keeps_ids_and_removes_stale_matches(network: Network) -> None:
    org_id = await _own_network(network, _network(120, seed=4))
    async with network.runtime.db.session() as session:
        await matching.generate_network(network.runtime, session, org_id)
    first = {(m.profile_id, m.match_profile_id): m.id for m in await _matches_of(network, org_id)}
    assert first
    async with network.runtime.db.session() as session:
        outcome = await matching.generate_network(network.runtime, session, org_id)
    again = {(m.profile_id, m.match_profile_id): m.id for m in await _matches_of(network, org_id)}
    assert again == first
    assert outcome["removed"] == 0
    # one person starts working next door to home: none of their swaps shortens it now
    moved = next(iter(first))[0]
    async with network.runtime.db.session() as session:
        home = (
            await session.execute(
                select(JobSwapProfile.home_lat, JobSwapProfile.home_lon).where(
                    JobSwapProfile.id == moved
                )
            )
        ).one()
        await session.execute(
            update(JobSwapProfile)
            .where(JobSwapProfile.id == moved)
            .values(work_lat=home.home_lat, work_lon=home.home_lon + 0.001)
        )
        outcome = await matching.generate_network(network.runtime, session, org_id)
    after = {(m.profile_id, m.match_profile_id): m.id for m in await _matches_of(network, org_id)}
    assert not any(moved in pair for pair in after)
    assert outcome["removed"] == sum(1 for pair in first if moved in pair) > 0
    assert all(first[pair] == id_ for pair, id_ in after.items() if pair in first)


class _Row:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


async def test_the_match_list_answers_what_the_entities_say(
    client: httpx.AsyncClient, network: Network
) -> None:
    headers = await network.headers(client, AMIRA)
    listed = as_list(await client.get(f"{API}/matches", headers=headers, params={"limit": 100}))
    assert listed
    async with network.runtime.db.session() as session:
        user = (await client.get("/api/v1/auth/me", headers=headers)).json()["data"]
        me = await ProfileRepository(session, network.org_id).by_user(uuid.UUID(user["id"]))
        assert me is not None
        repo = MatchRepository(session, network.org_id)
        rows = await repo.list(repo.for_profile(me.id))
        partners = await ProfileRepository(session, network.org_id).many(
            r.match_profile_id for r in rows
        )
        company = {
            c.id: c.name
            for c in (
                await session.execute(
                    select(JobSwapCompany).where(JobSwapCompany.org_id == network.org_id)
                )
            ).scalars()
        }
    assert [m["id"] for m in listed] == [str(r.id) for r in rows]  # best first, then id
    for m, r in zip(listed, rows, strict=True):
        assert m["compatibilityScore"] == r.compatibility_score
        assert m["breakdown"] == r.breakdown
        assert m["theirCommute"]["beforeMinutes"] == r.their_commute_before_minutes
        partner = partners[r.match_profile_id]
        view = public_view(partner, company[partner.company_id])
        assert m["matchProfile"] == view.model_dump(mode="json", by_alias=True)
        one = await client.get(f"{API}/matches/{m['id']}", headers=headers)
        assert one.status_code == 200, one.text
        assert one.json()["data"] == m
    # a page, its total, and the score floor
    page = await client.get(f"{API}/matches", headers=headers, params={"limit": 1, "page": 2})
    assert page.status_code == 200
    assert page.json()["pagination"]["total"] == len(rows)
    assert [m["id"] for m in page.json()["data"]] == [m["id"] for m in listed[1:2]]
    floor = listed[0]["compatibilityScore"]
    high = as_list(await client.get(f"{API}/matches", headers=headers, params={"minScore": floor}))
    assert [m["id"] for m in high] == [m["id"] for m in listed if m["compatibilityScore"] >= floor]
    # someone else's match is not found, and a caller without a profile is told so
    tom = await network.headers(client, TOM)
    assert (await client.get(f"{API}/matches/{listed[0]['id']}", headers=tom)).status_code == 404
    admin = await network.headers(client, "jobswap-admin@example.com")
    none = await client.get(f"{API}/matches", headers=admin)
    assert none.status_code == 422
    assert none.json()["error"]["code"] == "no_profile"
    assert (await client.get(f"{API}/matches/{listed[0]['id']}", headers=admin)).status_code == 404
