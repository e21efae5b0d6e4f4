"""Hybrid search benchmark: p50/p95 of ``GET /api/v1/candidates/search`` with 10k and 100k
synthetic-but-realistic candidates in a fresh embedded database.

    .venv/bin/python bench/search.py [--sizes 10000,100000] [--queries 100]

Profiles are generated from per-field vocabularies (software, nursing, finance, teaching,
hospitality, aviation, sales, construction, HR, design); a few hundred are embedded with
the built-in model and every candidate gets its base profile's vector plus small gaussian
noise (re-normalised), so neighbourhoods look like real ones. Rows go in with COPY; the
candidates' indexes are rebuilt after each load. 20% of the rows belong to another
organisation, so the org filter is exercised. Each size is timed twice: new queries (the
query's cached vector is dropped first, so it is embedded as for a first search) and the
same queries repeated (the vector comes from the cache, as for the next page).

Before the loads, misspellings: 30 misspelt queries made deterministically from the skills
taxonomy and job-title words (a transposition, deletion, keyboard-neighbour substitution
or doubled letter inside the word; never itself a vocabulary word) are searched in an
organisation of their own whose candidates carry the targets (a skill, or the title as
headline) among distractors; a query finds its target when a hit of its first page (top
10) carries the target term. ``--only-spelling`` runs just this part.

``--calibrate [--data DATA_DIR]`` calibrates the semantic leg's cut-off on public data
instead (DATA_DIR defaults to ../shared/data): every categorised resume is parsed and
embedded as the product stores it (cached under bench/.cache, shared with
ranking_quality.py), 48 recruiter queries (two per category: a title, and a description
in plain words) are compared with every resume, a resume being relevant when its category
is the query's, and the precision / recall / F1 (pooled and per query) of keeping the
neighbours above a fixed similarity are printed beside those of the product's rule (the
query's median similarity to the taxonomy's fields plus a margin).

Then the recall of the semantic leg under the tenant filter: the other organisation's rows
are spread over ``--tenants`` organisations, and for each tenant (and the big one) a query
vector's top ``SEMANTIC_POOL`` by the search's own code (HNSW in the read session's
read-only transaction, with its ``SET LOCAL`` scan settings) is compared with the exact top
``SEMANTIC_POOL`` (a sequential scan); recall is the mean share found.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import fresh_service, percentile

from talentsonar.candidates.repository import CandidateSearchRepository, SearchFilters
from talentsonar.candidates.search import (
    QUERY_EMBEDDINGS,
    SEMANTIC_POOL,
    known_term,
    query_embedding_key,
)
from talentsonar.core.config import Settings
from talentsonar.embeddings import get_embedder
from talentsonar.embeddings.builtin import BuiltinEmbedder
from talentsonar.skills.canonical import taxonomy

#: Job titles the misspelt queries are made from (the product's own title words are in
#: ``talentsonar.candidates.spelling``; this list is the bench's, so that the same queries
#: can be run against code without it).
TITLES = ("accountant", "archivist", "attorney", "bartender", "carpenter", "cashier",
          "courier", "dentist", "electrician", "librarian", "mechanic", "nurse", "paralegal",
          "pharmacist", "physician", "plumber", "receptionist", "recruiter", "surveyor",
          "teacher", "veterinarian", "welder")


def vocabulary() -> frozenset[str]:
    """Every word of the taxonomy's skill names and aliases, and the bench's titles."""
    words = set(TITLES)
    for skill in taxonomy().skills.values():
        for surface in (skill.name, *skill.aliases):
            words.update(re.findall(r"[a-z]+", surface.lower()))
    return frozenset(words)


FIELDS: dict[str, tuple[list[str], list[str]]] = {
    "software": (["Software Engineer", "Backend Developer", "Frontend Developer",
                  "Data Engineer", "DevOps Engineer", "Machine Learning Engineer"],
                 ["Python", "Java", "JavaScript", "TypeScript", "React", "Node.js", "Go",
                  "Kubernetes", "Docker", "PostgreSQL", "AWS", "Terraform", "Django",
                  "Spark", "TensorFlow", "SQL", "Git", "Linux", "GraphQL", "Kafka"]),
    "nursing": (["Registered Nurse", "ICU Nurse", "Nurse Practitioner", "Charge Nurse"],
                ["Patient Care", "Triage", "Medication Administration", "Wound Care",
                 "Electronic Health Records", "BLS", "ACLS", "Phlebotomy", "Pediatrics"]),
    "finance": (["Financial Analyst", "Accountant", "Auditor", "Controller"],
                ["Financial Modeling", "Excel", "Budgeting", "Forecasting", "GAAP", "IFRS",
                 "Accounts Payable", "Reconciliation", "SAP", "Tax Preparation", "Auditing"]),
    "teaching": (["Teacher", "Math Teacher", "Special Education Teacher", "Tutor"],
                 ["Lesson Planning", "Classroom Management", "Curriculum Development",
                  "Student Assessment", "Differentiated Instruction", "Google Classroom"]),
    "hospitality": (["Chef", "Sous Chef", "Restaurant Manager", "Front Desk Agent"],
                    ["Menu Planning", "Food Safety", "HACCP", "Customer Service",
                     "Inventory Management", "Catering", "Baking", "Event Planning"]),
    "aviation": (["Pilot", "Aircraft Mechanic", "Flight Attendant", "Air Traffic Controller"],
                 ["Flight Planning", "Aircraft Maintenance", "FAA Regulations", "Navigation",
                  "Safety Procedures", "Avionics", "Crew Resource Management"]),
    "sales": (["Sales Representative", "Account Executive", "Sales Manager"],
              ["Salesforce", "Lead Generation", "Negotiation", "CRM", "Cold Calling",
               "Account Management", "Pipeline Management", "B2B Sales"]),
    "construction": (["Site Engineer", "Project Manager", "Electrician", "Carpenter"],
                     ["AutoCAD", "Project Management", "Blueprint Reading", "OSHA",
                      "Estimating", "Scheduling", "Concrete", "Electrical Wiring"]),
    "hr": (["HR Generalist", "Recruiter", "HR Manager", "Talent Acquisition Specialist"],
           ["Recruiting", "Onboarding", "Employee Relations", "Payroll", "HRIS",
            "Performance Management", "Workday", "Compensation"]),
    "design": (["Graphic Designer", "UX Designer", "Product Designer"],
               ["Figma", "Adobe Photoshop", "Illustrator", "User Research", "Wireframing",
                "Prototyping", "Typography", "InDesign"]),
}
SENIORITY = ["Junior", "", "", "Senior", "Lead", "Principal"]
FIRST = ["Ada", "Grace", "Linus", "Omar", "Lena", "Maria", "Chen", "Priya", "Tomás", "Aisha",
         "John", "Fatima", "Ivan", "Sofia", "Kwame", "Yuki", "Lucas", "Emma", "Noah", "Zara"]
LAST = ["Lovelace", "Hopper", "Baker", "Field", "Stone", "Gonzalez", "Wei", "Patel",
        "Müller", "Okafor", "Smith", "Khan", "Petrov", "Rossi", "Mensah", "Tanaka", "Silva",
        "Brown", "Nguyen", "Kowalski"]
QUERIES = [
    "python developer", "kubernetes", "kubernets", "registered nurse", "icu nurse triage",
    "financial analyst excel", "acountant", "lesson planning", "classroom managment",
    "chef menu planning", "pilot", "aircraft maintenance", "salesforce account executive",
    "someone to look after sick patients", "person who manages money and budgets",
    "teacher for children with special needs", "builds web front ends with react",
    "react typescript", "javasript", "postgres", "ux designer figma", "recruiter onboarding",
    "construction project manager", "autocad", "data engineer spark kafka", "devops terraform",
    "Ada Lovelace", "Gonzalez", "customer service hospitality", "machine lerning",
]


KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
SPELLING_QUERIES = 30
SPELLING_TITLES = 10


def _neighbours(letter: str) -> str:
    for row in KEYBOARD:
        if letter in row:
            i = row.index(letter)
            return row[max(0, i - 1):i] + row[i + 1:i + 2]
    return "e"


def misspell(word: str, operation: int, rng: random.Random) -> str:
    """One typo inside ``word`` (never its first letter): 0 swaps two neighbours, 1 drops
    a letter, 2 hits a keyboard neighbour instead, 3 doubles a letter."""
    i = rng.randrange(1, len(word) - 1)
    if operation == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if operation == 1:
        return word[:i] + word[i + 1:]
    if operation == 2:
        return word[:i] + rng.choice(_neighbours(word[i])) + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def spelling_cases(seed: int = 15) -> list[tuple[str, str, str]]:
    """(misspelt query, target term, "skill" or "title"): deterministic, from the taxonomy's
    one-word skill names and the job-title words."""
    tax = taxonomy()
    rng = random.Random(seed)
    skills = sorted(name for name in tax.skills
                    if name.isalpha() and name.isascii() and 5 <= len(name) <= 12)
    titles = sorted(w for w in TITLES if 5 <= len(w) <= 12)
    chosen = ([(t, "title") for t in rng.sample(titles, SPELLING_TITLES)]
              + [(s, "skill") for s in rng.sample(skills, 3 * SPELLING_QUERIES)])
    known = vocabulary()
    cases: list[tuple[str, str, str]] = []
    for target, kind in chosen:
        if len(cases) == SPELLING_QUERIES:
            break
        typo = misspell(target.lower(), len(cases) % 4, rng)
        if typo == target.lower() or typo in known or known_term(typo):
            continue
        cases.append((typo, target, kind))
    return cases


def carries(hit: dict[str, Any], target: str, kind: str) -> bool:
    candidate = hit["candidate"]
    if kind == "skill":
        return target.lower() in {s.lower() for s in candidate.get("skills") or []}
    return target.lower() in (candidate.get("headline") or "").lower().split()


async def spelling_quality(bench: Any) -> None:
    """The share of misspelt queries whose first page holds a candidate with the target."""
    r = await bench.client.post("/api/v1/auth/register", json={
        "email": "spelling@example.com", "password": "bench-password-1", "fullName": "S",
        "organizationName": "Spelling"})
    r.raise_for_status()
    headers = {"Authorization": f"Bearer {r.json()['data']['token']}"}
    cases = spelling_cases()
    rng = random.Random(16)
    tax = taxonomy()
    others = sorted(tax.skills)
    people: list[dict[str, object]] = []
    for _, target, kind in cases:
        for n in range(2):
            skills = rng.sample(others, 3)
            headline = f"{rng.choice(['Senior', 'Junior', 'Lead'])} {target.title()}"
            if kind == "skill":
                skills.append(target)
                headline = rng.choice(FIELDS[rng.choice(list(FIELDS))][0])
            people.append({"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                           "headline": headline, "skills": skills,
                           "summary": f"Candidate {n} with {', '.join(skills)}."})
    for _ in range(len(people)):  # as many distractors
        people.append({"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                       "headline": rng.choice(FIELDS[rng.choice(list(FIELDS))][0]),
                       "skills": rng.sample(others, 4)})
    for person in people:
        (await bench.client.post("/api/v1/candidates", json=person, headers=headers)
         ).raise_for_status()
    found = top = 0
    misses = []
    for typo, target, kind in cases:
        r = await bench.client.get("/api/v1/candidates/search", headers=headers,
                                   params={"q": typo, "limit": 10})
        r.raise_for_status()
        hits = r.json()["data"]
        if any(carries(h, target, kind) for h in hits):
            found += 1
            top += carries(hits[0], target, kind)
        else:
            misses.append(f"{typo}->{target}")
    print(f"misspelt queries: {found}/{len(cases)} = {found / len(cases):.2f} find a candidate"
          f" carrying the target on the first page (target >= 0.9); {top / len(cases):.2f} as"
          f" the first hit; pool {len(people)} ({len(people) // 2} carrying a target)")
    print("  queries: " + ", ".join(f"{t}->{g}" for t, g, _ in cases))
    if misses:
        print("  not found: " + ", ".join(misses))


def build_profiles(rng: random.Random, count: int) -> list[dict[str, object]]:
    profiles = []
    fields = list(FIELDS)
    for _ in range(count):
        field_name = rng.choice(fields)
        titles, skills = FIELDS[field_name]
        title = f"{rng.choice(SENIORITY)} {rng.choice(titles)}".strip()
        chosen = rng.sample(skills, k=min(len(skills), rng.randint(5, 9)))
        years = rng.randint(1, 25)
        summary = (f"{title} with {years} years of experience in {field_name}. "
                   f"Strong in {', '.join(chosen[:3])}; also {', '.join(chosen[3:])}.")
        profiles.append({"title": title, "skills": chosen, "summary": summary, "years": years})
    return profiles


def embed_profiles(profiles: list[dict[str, object]]) -> np.ndarray:
    texts = [f"{p['title']}. Skills: {', '.join(p['skills'])}. {p['summary']}"  # type: ignore[arg-type]
             for p in profiles]
    return BuiltinEmbedder(threads=2).encode_sync(texts)


def load(database_url: str, org_ids: list[str], count: int, profiles: list[dict[str, object]],
         vectors: np.ndarray, seed: int) -> float:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    started = time.perf_counter()
    with psycopg.connect(database_url) as conn:
        defs = [r[0] for r in conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'candidates' "
            "AND indexname NOT LIKE 'pk_%'").fetchall()]
        names = [r[0] for r in conn.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'candidates' "
            "AND indexname NOT LIKE 'pk_%'").fetchall()]
        for name in names:
            conn.execute(f'DROP INDEX "{name}"')
        columns = ("id, org_id, type, name, email, headline, summary, skills, employment_status,"
                   " metadata, profile, profile_status, total_years_experience, flags,"
                   " is_hidden_gem, skills_text, titles_text, search_text, embedding,"
                   " embedding_model")
        with conn.cursor() as cur, cur.copy(f"COPY candidates ({columns}) FROM STDIN") as copy:
            for i in range(count):
                base = rng.randrange(len(profiles))
                p = profiles[base]
                noisy = vectors[base] + nrng.normal(0, 0.015, vectors.shape[1])
                noisy /= np.linalg.norm(noisy)
                skills = list(p["skills"])  # type: ignore[call-overload]
                rng.shuffle(skills)
                skills = skills[: max(3, len(skills) - rng.randint(0, 2))]
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                org = org_ids[0] if rng.random() < 0.8 else org_ids[1]
                copy.write_row((
                    str(uuid.uuid4()), org, rng.choice(["internal", "past", "uploaded"]), name,
                    f"{name.split()[0].lower()}.{i}@example.com", p["title"], p["summary"],
                    json.dumps(skills), rng.choice(["available", "interviewing", "hired"]),
                    "{}", "{}", "parsed", p["years"], "[]", False, ", ".join(skills),
                    p["title"], p["summary"],
                    "[" + ",".join(f"{x:.6f}" for x in noisy) + "]", "bench",
                ))
        conn.execute("SET maintenance_work_mem = '512MB'")
        for definition in defs:
            conn.execute(definition)
        conn.execute("ANALYZE candidates")
        conn.commit()
    return time.perf_counter() - started


def spread_tenants(database_url: str, org_id: str, tenants: int) -> list[str]:
    """Move ``org_id``'s candidates to ``tenants`` new organisations, round robin."""
    ids = [str(uuid.uuid4()) for _ in range(tenants)]
    with psycopg.connect(database_url) as conn:
        for i, tenant in enumerate(ids):
            conn.execute("INSERT INTO organizations (id, name, slug, settings, created_at,"
                         " updated_at) VALUES (%s, %s, %s, '{}', now(), now())",
                         (tenant, f"Tenant {i}", f"tenant-{tenant[:8]}"))
        conn.execute(
            "WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM candidates"
            " WHERE org_id = %s) UPDATE candidates c SET org_id = (%s::uuid[])[1 + n %% %s]"
            " FROM numbered WHERE c.id = numbered.id", (org_id, ids, tenants))
        conn.execute("ANALYZE candidates")
        conn.commit()
    return ids


async def tenant_recall(bench: Any, orgs: list[str], vectors: np.ndarray, seed: int
                        ) -> tuple[float, float]:
    """Mean and worst recall of the semantic leg's top ``SEMANTIC_POOL`` (the search's own
    repository method and settings) against the exact top ``SEMANTIC_POOL`` per tenant."""
    rng = np.random.default_rng(seed)
    ef_search = max(SEMANTIC_POOL, bench.runtime.settings.search_ef_search)
    recalls = []
    with psycopg.connect(bench.database_url) as conn:
        for org in orgs:
            query = vectors[rng.integers(len(vectors))] + rng.normal(0, 0.02, vectors.shape[1])
            query /= np.linalg.norm(query)
            literal = "[" + ",".join(f"{x:.7f}" for x in query) + "]"
            exact = {row[0] for row in conn.execute(  # OFFSET 0: no index can order it
                "SELECT id FROM (SELECT id, embedding FROM candidates WHERE org_id = %s"
                " AND deleted_at IS NULL AND embedding IS NOT NULL OFFSET 0) s"
                " ORDER BY embedding <=> %s::vector LIMIT %s", (org, literal, SEMANTIC_POOL))}
            async with bench.runtime.db.session(read_only=True) as session:
                found = await CandidateSearchRepository(session, uuid.UUID(org)).semantic(
                    query, SearchFilters(), SEMANTIC_POOL, ef_search=ef_search)
            if exact:
                recalls.append(len(exact & {cid for cid, _ in found}) / len(exact))
    return float(np.mean(recalls)), float(np.min(recalls))


async def run(sizes: list[int], queries: int, tenants: int, only_spelling: bool = False
              ) -> None:
    async with fresh_service(log_level="ERROR") as bench:
        await spelling_quality(bench)
        if only_spelling:
            return
        other = await bench.client.post("/api/v1/auth/register", json={
            "email": "other@example.com", "password": "bench-password-1", "fullName": "O",
            "organizationName": "Other"})
        me = await bench.client.get("/api/v1/auth/me", headers=bench.headers)
        org_ids = [_org_of(me.json()), _org_of(other.json())]
        rng = random.Random(11)
        started = time.perf_counter()
        profiles = build_profiles(rng, 300)
        vectors = embed_profiles(profiles)
        print(f"embedded {len(profiles)} base profiles in {time.perf_counter() - started:.1f} s")
        loaded = 0
        for size in sorted(sizes):
            seconds = load(bench.database_url, org_ids, size - loaded, profiles, vectors,
                           seed=size)
            loaded = size
            print(f"loaded {size} candidates ({seconds:.1f} s incl. index builds)")
            for q in QUERIES[:5]:  # warm-up
                await bench.client.get("/api/v1/candidates/search", headers=bench.headers,
                                       params={"q": q})
            model_id = get_embedder(bench.runtime).model_id
            for cold in (True, False):
                timings: list[float] = []
                hits = 0
                empty: set[str] = set()
                for i in range(queries):
                    q = QUERIES[i % len(QUERIES)]
                    if cold:  # the query's vector is computed, as for a new search
                        await bench.runtime.cache.delete(
                            QUERY_EMBEDDINGS, query_embedding_key(model_id, q))
                    t = time.perf_counter()
                    r = await bench.client.get("/api/v1/candidates/search",
                                               headers=bench.headers, params={"q": q, "limit": 20})
                    timings.append(time.perf_counter() - t)
                    r.raise_for_status()
                    hits += len(r.json()["data"]) > 0
                    if not r.json()["data"]:
                        empty.add(q)
                kind = "new queries" if cold else "repeated queries (vector cached)"
                print(f"{size:>7} candidates: hybrid search p50 "
                      f"{percentile(timings, 50) * 1000:.0f} ms, p95 "
                      f"{percentile(timings, 95) * 1000:.0f} ms over {queries} {kind} "
                      f"({hits} with results)" + (f"; none for {sorted(empty)}" if empty else ""))
        if size == max(sizes):
            spread = spread_tenants(bench.database_url, org_ids[1], tenants)
            mean, worst = await tenant_recall(bench, [org_ids[0], *spread], vectors, seed=size)
            print(f"{size:>7} candidates: semantic leg recall@{SEMANTIC_POOL} under the tenant"
                  f" filter vs an exact scan: mean {mean:.3f}, worst {worst:.3f} over"
                  f" {len(spread) + 1} tenants (one with 80% of the rows, {len(spread)} sharing"
                  " the other 20%)")


def _org_of(body: dict[str, object]) -> str:
    data = body["data"]
    assert isinstance(data, dict)
    if isinstance(data.get("user"), dict):
        data = data["user"]
    for key in ("orgId", "organizationId"):
        if key in data:
            return str(data[key])
    org = data.get("organization") or data.get("org")
    if isinstance(org, dict):
        return str(org["id"])
    raise SystemExit(f"cannot find the organisation id in {list(data)}")


#: Resume category -> what a recruiter might type: a title, and the job in plain words.
CALIBRATION_QUERIES: dict[str, tuple[str, str]] = {
    "ACCOUNTANT": ("accountant", "bookkeeping and tax returns"),
    "ADVOCATE": ("lawyer", "attorney for litigation"),
    "AGRICULTURE": ("farm manager", "agriculture"),
    "APPAREL": ("fashion designer", "apparel merchandiser"),
    "ARTS": ("artist", "painter and illustrator"),
    "AUTOMOBILE": ("auto mechanic", "repairs cars and engines"),
    "AVIATION": ("pilot", "aircraft maintenance"),
    "BANKING": ("banker", "loan officer at a bank"),
    "BPO": ("call center agent", "customer service representative"),
    "BUSINESS-DEVELOPMENT": ("business development manager",
                             "grows partnerships and new business"),
    "CHEF": ("chef", "cook in a restaurant kitchen"),
    "CONSTRUCTION": ("construction manager", "builds houses on site"),
    "CONSULTANT": ("management consultant", "consultant"),
    "DESIGNER": ("graphic designer", "designs logos and layouts"),
    "DIGITAL-MEDIA": ("digital marketing", "social media manager"),
    "ENGINEERING": ("mechanical engineer", "engineer"),
    "FINANCE": ("financial analyst", "person who manages money and budgets"),
    "FITNESS": ("personal trainer", "fitness instructor"),
    "HEALTHCARE": ("nurse", "someone to look after sick patients"),
    "HR": ("hr generalist", "recruiter"),
    "INFORMATION-TECHNOLOGY": ("it support", "network administrator"),
    "PUBLIC-RELATIONS": ("public relations", "press officer"),
    "SALES": ("sales representative", "salesperson"),
    "TEACHER": ("teacher", "teaches children in a school"),
}


def _scores(keep: np.ndarray, relevant: np.ndarray) -> tuple[float, float, float, float, float]:
    """Pooled precision, recall, F1; mean per-query F1; share of irrelevant pairs kept."""
    tp = float((keep & relevant).sum())
    precision = tp / max(float(keep.sum()), 1.0)
    recall = tp / max(float(relevant.sum()), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    per_query = []
    for k, r in zip(keep, relevant, strict=True):
        hit = float((k & r).sum())
        p, rc = hit / max(float(k.sum()), 1.0), hit / max(float(r.sum()), 1.0)
        per_query.append(2 * p * rc / max(p + rc, 1e-9))
    kept = float((keep & ~relevant).sum()) / max(float((~relevant).sum()), 1.0)
    return precision, recall, f1, float(np.mean(per_query)), kept


def calibrate(data_dir: Path) -> None:
    import hashlib

    import ranking_quality as rq

    import talentsonar.cvs.parsing as parsing_package
    import talentsonar.skills.taxonomy as taxonomy_module
    from talentsonar.candidates.profile import candidate_embedding_text
    from talentsonar.candidates.search import background_texts, semantic_cutoff
    from talentsonar.cvs.parsing import parse_profile

    started = time.perf_counter()
    _, categories, texts = rq.load_resumes(data_dir)
    skills_dir = Path(taxonomy_module.__file__).parent
    sources = [*sorted(Path(parsing_package.__file__).parent.glob("*.py")),
               *sorted(skills_dir.glob("*.py")), *sorted((skills_dir / "data").iterdir())]
    parser_version = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:12]
    profiles = rq.cached("profiles", rq.text_key(texts, f"parse_profile-{parser_version}"),
                         lambda: [parse_profile(t).model_dump() for t in texts])
    embedder = BuiltinEmbedder(threads=2)
    stored = [rq.stored_candidate(p) for p in profiles]
    product_texts = [candidate_embedding_text(c) for c in stored]
    vectors = rq.cached("candidate-emb", rq.text_key(product_texts, embedder.model_id),
                        lambda: embedder.encode_sync(product_texts).astype(np.float32))
    queries = [(category, q) for category, pair in CALIBRATION_QUERIES.items() for q in pair]
    query_vectors = embedder.encode_sync([q for _, q in queries]).astype(np.float64)
    background = embedder.encode_sync(background_texts()).astype(np.float64)
    similarity = query_vectors @ np.asarray(vectors, dtype=np.float64).T
    labels = np.array(categories)
    relevant = np.array([labels == category for category, _ in queries])
    print(f"calibration: {len(texts)} categorised resumes (embedded as the product stores"
          f" them), {len(queries)} queries, {len(background)} taxonomy fields as background;"
          f" prep {time.perf_counter() - started:.0f} s")
    pct = [10, 25, 50, 75, 90]
    print(f"  cosine of query and relevant resume   p10/25/50/75/90:"
          f" {' '.join(f'{v:.3f}' for v in np.percentile(similarity[relevant], pct))}")
    print(f"  cosine of query and irrelevant resume p10/25/50/75/90:"
          f" {' '.join(f'{v:.3f}' for v in np.percentile(similarity[~relevant], pct))}")
    print(f"  {'rule':34s} {'P':>6s} {'R':>6s} {'F1':>6s} {'F1/q':>6s} {'irrelevant kept':>16s}")
    best: dict[str, tuple[float, str]] = {}
    for t in np.arange(0.15, 0.451, 0.025):
        row = _scores(similarity >= t, relevant)
        label = f"fixed cosine >= {t:.3f}"
        best["fixed"] = max(best.get("fixed", (0.0, "")), (row[3], label))
        print(f"  {label:34s} " + " ".join(f"{v:6.3f}" for v in row[:4]) + f" {row[4]:16.3f}")
    default = Settings(_env_file=None).search_semantic_margin
    cutoffs: dict[float, np.ndarray] = {}
    for margin in np.arange(0.10, 0.301, 0.025):
        cutoff = np.array([semantic_cutoff(list(v), background, float(margin))
                           for v in query_vectors])[:, None]
        cutoffs[round(float(margin), 3)] = cutoff
        row = _scores(similarity >= cutoff, relevant)
        label = f"median over fields + {margin:.3f}"
        best["median"] = max(best.get("median", (0.0, "")), (row[3], label))
        mark = "  <- SEARCH_SEMANTIC_MARGIN" if abs(margin - default) < 1e-9 else ""
        print(f"  {label:34s} " + " ".join(f"{v:6.3f}" for v in row[:4])
              + f" {row[4]:16.3f}{mark}")
    print(f"  best by mean per-query F1: {best['fixed'][1]} ({best['fixed'][0]:.3f}),"
          f" {best['median'][1]} ({best['median'][0]:.3f}); default margin {default:.2f}")
    nurse = next(i for i, (_, q) in enumerate(queries) if q == "nurse")
    it = labels == "INFORMATION-TECHNOLOGY"
    cut = float(cutoffs[round(default, 3)][nurse, 0])
    print(f"  q=nurse: cut-off {cut:.3f}; INFORMATION-TECHNOLOGY resumes kept"
          f" {float((similarity[nurse][it] >= cut).mean()):.3f} (with the old fixed 0.20:"
          f" {float((similarity[nurse][it] >= 0.20).mean()):.3f}); HEALTHCARE resumes kept"
          f" {float((similarity[nurse][labels == 'HEALTHCARE'] >= cut).mean()):.3f}"
          f" (0.20: {float((similarity[nurse][labels == 'HEALTHCARE'] >= 0.20).mean()):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--tenants", type=int, default=20)
    parser.add_argument("--only-spelling", action="store_true")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--data", default="../shared/data")
    args = parser.parse_args()
    if args.calibrate:
        calibrate(Path(args.data))
        return
    asyncio.run(run([int(s) for s in args.sizes.split(",")], args.queries, args.tenants,
                    args.only_spelling))


if __name__ == "__main__":
    main()
