"""JobSwap benchmark: a synthetic network of 10,000 employees made of real public resumes
(``resumes_categorised/resumes.csv`` of the data folder), living and working at random
points around real cities of the packaged gazetteer, in a fresh embedded database.

    .venv/bin/python bench/jobswap.py [--data ../shared/data] [--employees 10000]
        [--cities 40] [--sample 1000] [--probes 50]

Each employee has one resume (its text embedded with the built-in MiniLM, as the CV
ingestion stores it) and holds the job of another resume of the same category (role =
that resume's first line as title, and its taxonomy skills). Resume and role vectors are
cached in ``bench/.cache/jobswap_vectors.npz`` (embedding time is printed apart, and is
zero on a cached run). Printed:

- generating every match of the network (``matching.generate_network``: one query with
  the vectors in binary, the blocked engine, a COPY upsert), target <= 60 s, split into
  load / engine / write; on the empty table, then again over the stored matches; and, as
  the baseline of the same run (same machine load), the simple path it replaced (ORM rows
  with pgvector's text decoding, the person-by-person engine, multi-row INSERT upsert),
  with a check that both store the same matches (``--no-baseline`` skips it);
- the engines alone on the same roster: blocked vs person by person, and in how many
  profiles' lists they differ (0 expected);
- one profile's matches: p50/p95 of ``GET /api/v1/jobswap/matches`` for ``--probes``
  employees signed in, half at random and half among those with the most matches (target
  p95 <= 50 ms), against ``GET /api/v1/jobswap/companies`` (the lightest JobSwap read) and,
  in process, the read it replaced (entities + public_view) vs the one-query read;
  and p50/p95 of regenerating one profile's matches (``matching.generate_profile``);
- Recall@20 of the generated matches against the exhaustive pairwise computation on a
  ``--sample`` employee sub-network (target >= 0.95), with both computations' times.

Every figure line ends with the machine's 1-minute load average (other work on a shared
machine slows everything; the same-run baselines are what compare).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import os
import random
import sys
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import fresh_service, percentile
from sqlalchemy import delete, select

from talentsonar.core.models import utcnow
from talentsonar.core.schemas import PageParams
from talentsonar.embeddings import get_embedder
from talentsonar.jobswap import blocks, engine, matching, service
from talentsonar.jobswap.network import add_member
from talentsonar.jobswap.places import gazetteer
from talentsonar.jobswap.repository import CompanyRepository, MatchRepository, ProfileRepository
from talentsonar.models.jobswap import JobSwapCompany, JobSwapMatch, JobSwapProfile
from talentsonar.models.membership import Role
from talentsonar.skills.taxonomy import get_taxonomy

CACHE = Path(__file__).resolve().parent / ".cache"
MODES = ("driving", "transit", "cycling")
csv.field_size_limit(10_000_000)


def load_resumes(data: Path) -> list[tuple[str, str, str, list[str]]]:
    """(category, title, text, skills) of every categorised resume."""
    taxonomy = get_taxonomy()
    out = []
    with (data / "resumes_categorised" / "resumes.csv").open(newline="") as f:
        for row in csv.DictReader(f):
            text = " ".join(row["Resume_str"].split())
            if len(text) < 200:
                continue
            title = row["Resume_str"].strip().splitlines()[0].strip().title()[:120]
            skills = [s.name for s in taxonomy.skills_in(text[:6000])][:12]
            out.append((row["Category"], title or row["Category"].title(), text, skills))
    return out


async def vectors(runtime, resumes) -> tuple[np.ndarray, np.ndarray, float]:
    """Resume and role vectors (cached by content); seconds spent embedding."""
    digest = hashlib.sha256("".join(r[2][:200] + "|".join(r[3]) for r in resumes).encode())
    path = CACHE / f"jobswap_vectors_{digest.hexdigest()[:16]}.npz"
    if path.exists():
        cached = np.load(path)
        return cached["resume"], cached["role"], 0.0
    embedder = get_embedder(runtime)
    started = time.perf_counter()
    resume_texts = [r[2][:2000] for r in resumes]
    role_texts = [f"{r[1]}. Skills: {', '.join(r[3])}" if r[3] else r[1] for r in resumes]
    out = []
    for texts in (resume_texts, role_texts):
        parts = [await embedder.embed(texts[i:i + 64]) for i in range(0, len(texts), 64)]
        out.append(np.vstack(parts).astype(np.float32))
    seconds = time.perf_counter() - started
    CACHE.mkdir(exist_ok=True)
    np.savez(path, resume=out[0], role=out[1])
    return out[0], out[1], seconds


def people(resumes, n: int, cities: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    places = sorted(gazetteer().cities, key=lambda c: -c.population)[:cities]
    by_category: dict[str, list[int]] = {}
    for i, r in enumerate(resumes):
        by_category.setdefault(r[0], []).append(i)
    out = []
    for k in range(n):
        city = places[k % len(places)]
        r = rng.randrange(len(resumes))
        job = rng.choice(by_category[resumes[r][0]])

        home = (city.lat + rng.gauss(0, 0.09), city.lon + rng.gauss(0, 0.12))
        work = (city.lat + rng.gauss(0, 0.09), city.lon + rng.gauss(0, 0.12))
        low = rng.randrange(30, 90) * 1000
        out.append({"resume": r, "job": job, "home": home, "work": work,
                    "mode": rng.choice(MODES), "band": (low, low + rng.randrange(10, 30) * 1000),
                    "city": city.label})
    return out


async def load(runtime, org_id: uuid.UUID, staff, resumes, resume_v, role_v) -> list[uuid.UUID]:
    ids = []
    async with runtime.db.session() as session:
        companies = []
        for c in range(20):
            company = JobSwapCompany(id=uuid.uuid4(), org_id=org_id, name=f"Company {c}")
            session.add(company)
            companies.append(company.id)
        await session.flush()
        for k, p in enumerate(staff):
            job = resumes[p["job"]]
            row = JobSwapProfile(
                id=uuid.uuid4(), org_id=org_id, company_id=companies[k % 20],
                name=f"Employee {k}", email=f"employee{k}@example.com", job_title=job[1],
                salary_band=f"{p['band'][0]}-{p['band'][1]}", salary_min=p["band"][0],
                salary_max=p["band"][1], home_address=p["city"], home_lat=p["home"][0],
                home_lon=p["home"][1], home_area=p["city"], work_address=p["city"],
                work_lat=p["work"][0], work_lon=p["work"][1], work_area=p["city"],
                commute_mode=p["mode"], skills=job[3], profile_complete=True,
                resume_embedding=resume_v[p["resume"]], role_embedding=role_v[p["job"]],
            )
            session.add(row)
            ids.append(row.id)
            if k % 1000 == 999:
                await session.flush()
    return ids


def roster_of(staff, resumes, resume_v, role_v) -> engine.Roster:
    return engine.Roster([
        engine.Person(k, k % 20, p["home"], p["work"], p["mode"], *p["band"],
                      resumes[p["job"]][3], resumes[p["job"]][1], resume_v[p["resume"]],
                      role_v[p["job"]])
        for k, p in enumerate(staff)
    ])


def load_average() -> str:
    return f"load average {os.getloadavg()[0]:.1f}"


async def simple_generate_network(runtime, session, org_id: uuid.UUID) -> dict:
    """The path ``matching.generate_network`` replaced, kept here as the baseline: ORM rows
    (pgvector decodes each vector from text), the person-by-person engine, multi-row
    INSERT ... ON CONFLICT in chunks of 2,000."""
    started, clock = utcnow(), time.perf_counter()
    rows = await ProfileRepository(session, org_id).roster_rows()
    roster = engine.Roster([matching.person(r) for r in rows])
    loaded = time.perf_counter()
    out = [matching.match_row(roster, s, started) for swaps in engine.generate(roster)
           for s in swaps]
    computed = time.perf_counter()
    matches = MatchRepository(session, org_id)
    await matches.upsert(out)
    removed = await matches.delete_stale(started)
    return {"profiles": len(roster), "matches": len(out), "removed": removed,
            "seconds": {"load": round(loaded - clock, 3), "engine": round(computed - loaded, 3),
                        "write": round(time.perf_counter() - computed, 3)}}


async def stored(runtime, org_id: uuid.UUID) -> dict:
    async with runtime.db.session(read_only=True) as session:
        rows = await session.execute(select(
            JobSwapMatch.profile_id, JobSwapMatch.match_profile_id,
            JobSwapMatch.compatibility_score, JobSwapMatch.breakdown,
            JobSwapMatch.commute_before_minutes, JobSwapMatch.commute_after_minutes,
            JobSwapMatch.their_commute_before_minutes, JobSwapMatch.their_commute_after_minutes,
            JobSwapMatch.salary_compatible).where(JobSwapMatch.org_id == org_id))
        return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def generation_line(label: str, seconds: float, outcome: dict) -> str:
    parts = outcome["seconds"]
    return (f"{label}: {seconds:.1f} s for {outcome['profiles']} profiles, "
            f"{outcome['matches']} matches (load {parts['load']:.1f} s, engine "
            f"{parts['engine']:.1f} s, write {parts['write']:.1f} s); {load_average()}")


class Caller:
    """What ``service.member`` reads of a principal."""

    def __init__(self, org_id: uuid.UUID, user_id: uuid.UUID) -> None:
        self.org_id, self.user_id = org_id, user_id


async def simple_read(runtime, org_id: uuid.UUID, user_id: uuid.UUID) -> int:
    """The match list's reads before: the caller's entity (and HR company), an ORM page,
    the partners' entities, their companies, public_view."""
    async with runtime.db.session(read_only=True) as session:
        me = (await service.member(session, Caller(org_id, user_id))).own_profile()
        repo = MatchRepository(session, org_id)
        rows, _ = await repo.paginate(repo.for_profile(me.id), PageParams(page=1, limit=20))
        partners = await ProfileRepository(session, org_id).many(r.match_profile_id for r in rows)
        names = await CompanyRepository(session, org_id).names(
            p.company_id for p in partners.values())
        return len([service.public_view(partners[r.match_profile_id],
                                        names.get(partners[r.match_profile_id].company_id, ""))
                    for r in rows if r.match_profile_id in partners])


async def fast_read(runtime, org_id: uuid.UUID, user_id: uuid.UUID) -> int:
    """The match list's reads now: the profile id, one joined page query."""
    async with runtime.db.session(read_only=True) as session:
        profile_id = await ProfileRepository(session, org_id).id_of_user(user_id)
        rows, _ = await MatchRepository(session, org_id).page_with_partners(profile_id, 0, 20, 0)
        return len([service.public_view_of_row(r["match_profile_id"], r, "partner_")
                    for r in rows])


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--cities", type=int, default=40)
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--probes", type=int, default=50)
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the simple generation path (the same-run baseline)")
    args = parser.parse_args()

    t = time.perf_counter()
    resumes = load_resumes(args.data)
    print(f"resumes: {len(resumes)} real resumes read and skill-tagged in "
          f"{time.perf_counter() - t:.1f} s")
    async with fresh_service(password_hash_time_cost=1, password_hash_memory_kib=8192,
                             TALENTSONAR_ENV="development") as bench:
        runtime = bench.runtime
        resume_v, role_v, seconds = await vectors(runtime, resumes)
        print(f"embedding: {2 * len(resumes)} texts (resume + role) "
              + (f"embedded in {seconds:.1f} s" if seconds else "from the cache (0 s)"))
        staff = people(resumes, args.employees, args.cities)
        org_id = uuid.UUID(bench.org_id)
        t = time.perf_counter()
        ids = await load(runtime, org_id, staff, resumes, resume_v, role_v)
        print(f"network: {len(ids)} employees in {args.cities} cities, loaded in "
              f"{time.perf_counter() - t:.1f} s; {load_average()}")

        # --- every match of the network ---
        t = time.perf_counter()
        async with runtime.db.session() as session:
            outcome = await matching.generate_network(runtime, session, org_id)
        print(generation_line("generate all matches (empty table)", time.perf_counter() - t,
                              outcome) + "; target <= 60 s")
        fast_rows = await stored(runtime, org_id)
        t = time.perf_counter()
        async with runtime.db.session() as session:
            outcome = await matching.generate_network(runtime, session, org_id)
        fast_s = time.perf_counter() - t
        print(generation_line("generate all matches again (over the stored ones)", fast_s,
                              outcome))
        if not args.no_baseline:
            async with runtime.db.session() as session:  # from the empty table, as the first
                await session.execute(delete(JobSwapMatch).where(JobSwapMatch.org_id == org_id))
            t = time.perf_counter()
            async with runtime.db.session() as session:
                simple = await simple_generate_network(runtime, session, org_id)
            simple_s = time.perf_counter() - t
            print(generation_line("baseline, the simple path (empty table)", simple_s, simple))
            same = await stored(runtime, org_id) == fast_rows
            t = time.perf_counter()
            async with runtime.db.session() as session:
                outcome = await matching.generate_network(runtime, session, org_id)
            again_s = time.perf_counter() - t
            print(generation_line("fast path once more (over the simple path's rows)", again_s,
                                  outcome))
            print(f"simple path / fast path: {simple_s / max(again_s, 1e-9):.1f}x; both store "
                  f"the same matches: {same}")

        roster = roster_of(staff, resumes, resume_v, role_v)
        t = time.perf_counter()
        near = [engine.nearby_work(roster, i).size for i in range(len(roster))]
        simple_lists = engine.generate(roster)
        simple_engine = time.perf_counter() - t
        t = time.perf_counter()
        fast_lists = blocks.generate(roster)
        fast_engine = time.perf_counter() - t
        differ = sum(a != b for a, b in zip(simple_lists, fast_lists, strict=True))
        print(f"engines alone: blocked {fast_engine:.2f} s vs person by person "
              f"{simple_engine:.2f} s ({simple_engine / max(fast_engine, 1e-9):.1f}x); "
              f"lists that differ: {differ} of {len(roster)}; {load_average()}")
        print(f"prefilter: {np.mean(near):.0f} candidates per profile on average "
              f"(max {max(near)}) of {len(roster) - 1} others: "
              f"{np.mean(near) / (len(roster) - 1):.1%} of the pairs an all-pairs pass scores")
        counts = [len(x) for x in fast_lists]
        print(f"matches per profile: mean {np.mean(counts):.2f}, "
              f"{sum(c > 0 for c in counts)} profiles with at least one, "
              f"{sum(c == engine.MATCH_COUNT for c in counts)} with a full list of "
              f"{engine.MATCH_COUNT}")

        # --- one profile's matches ---
        rng = random.Random(5)
        busiest = sorted(range(len(ids)), key=lambda k: -counts[k])[: args.probes // 2]
        rest = [k for k in range(len(ids)) if k not in set(busiest)]
        chosen = busiest + rng.sample(rest, args.probes - len(busiest))
        probes = [ids[k] for k in chosen]
        users, headers = [], {}
        async with runtime.db.session() as session:
            for k, pid in enumerate(probes):
                user_id = await add_member(session, org_id, f"probe{k}@example.com", f"P{k}",
                                           "probe-password-1", Role.employee, runtime.settings)
                row = await session.get(JobSwapProfile, pid)
                row.user_id = user_id
                users.append(user_id)
        for k, _ in enumerate(probes):
            r = await bench.client.post("/api/v1/auth/login", json={
                "email": f"probe{k}@example.com", "password": "probe-password-1"})
            r.raise_for_status()
            headers[k] = {"Authorization": f"Bearer {r.json()['data']['token']}"}
        latencies, counts_seen, busy = [], [], []
        for _ in range(2):
            for k in range(len(probes)):
                t = time.perf_counter()
                r = await bench.client.get("/api/v1/jobswap/matches", headers=headers[k])
                latencies.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                counts_seen.append(len(r.json()["data"]))
                if k < len(busiest):
                    busy.append(latencies[-1])
        floor = []  # baseline in the same run: the lightest JobSwap read (companies)
        for _ in range(2):
            for k in range(len(probes)):
                t = time.perf_counter()
                r = await bench.client.get("/api/v1/jobswap/companies", headers=headers[k])
                floor.append((time.perf_counter() - t) * 1000)
        print(f"GET /api/v1/jobswap/matches: p50 {percentile(latencies, 50):.1f} ms, "
              f"p95 {percentile(latencies, 95):.1f} ms over {len(latencies)} calls "
              f"(target p95 <= 50 ms; the {len(busiest)} busiest profiles alone: p95 "
              f"{percentile(busy, 95):.1f} ms); {np.mean(counts_seen):.1f} matches per page; "
              f"baseline GET /api/v1/jobswap/companies p95 {percentile(floor, 95):.1f} ms "
              f"(ratio {percentile(latencies, 95) / max(percentile(floor, 95), 1e-9):.2f}); "
              f"{load_average()}")
        reads = {"simple": [], "fast": []}
        for _ in range(2):
            for user_id in users[: len(busiest)]:
                for name, read in (("simple", simple_read), ("fast", fast_read)):
                    t = time.perf_counter()
                    await read(runtime, org_id, user_id)
                    reads[name].append((time.perf_counter() - t) * 1000)
        print(f"the list's reads in process (busiest profiles): entities + public_view p50 "
              f"{percentile(reads['simple'], 50):.1f} / p95 {percentile(reads['simple'], 95):.1f}"
              f" ms vs one query p50 {percentile(reads['fast'], 50):.1f} / p95 "
              f"{percentile(reads['fast'], 95):.1f} ms; {load_average()}")
        regen = []
        for pid in probes:
            t = time.perf_counter()
            async with runtime.db.session() as session:
                await matching.generate_profile(runtime, session, org_id, pid)
            regen.append((time.perf_counter() - t) * 1000)
        print(f"regenerate one profile's matches: p50 {percentile(regen, 50):.1f} ms, "
              f"p95 {percentile(regen, 95):.1f} ms; {load_average()}")

        # --- recall against the exhaustive computation ---
        # whole cities (same density as the network) until the sample size is reached
        by_city: dict[str, list[dict]] = {}
        for p in staff:
            by_city.setdefault(p["city"], []).append(p)
        sample: list[dict] = []
        for members in by_city.values():
            sample.extend(members)
            if len(sample) >= args.sample:
                break
        sample = sample[:args.sample]
        small = roster_of(sample, resumes, resume_v, role_v)
        t = time.perf_counter()
        generated = blocks.generate(small)
        fast = time.perf_counter() - t
        t = time.perf_counter()
        exhaustive = [engine.exhaustive(small, i) for i in range(len(small))]
        slow = time.perf_counter() - t
        found = sum(len({s.b for s in g} & {s.b for s in e})
                    for g, e in zip(generated, exhaustive, strict=True))
        relevant = sum(len(e) for e in exhaustive)
        print(f"Recall@20 on {len(small)} employees: {found / max(relevant, 1):.4f} "
              f"({found} of {relevant} exhaustive top-20 matches; target >= 0.95); "
              f"blocked {fast:.2f} s vs exhaustive {slow:.2f} s "
              f"({slow / max(fast, 1e-9):.1f}x); {load_average()}")


if __name__ == "__main__":
    asyncio.run(main())
