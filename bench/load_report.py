"""Measuring and reporting for bench/load_mix.py: memory of every process over the run
(sampled from /proc) and the per-endpoint table with the targets."""

from __future__ import annotations

import argparse
import os
import re
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg

READ_P95_TARGET_MS = 200.0
SEARCHABLE_TARGET_S = 10.0
#: RSS "flat": the end of the run within this much of its start (after the warm-up)
RSS_FLAT_TOLERANCE = 0.10
#: the first sample taken this long into the load is the "start" (users have arrived,
#: every code path has run once)
WARM_UP_SECONDS = 60.0
KIND_ORDER = ["read", "ai", "write", "upload", "poll", "metric"]


def _status(pid: int) -> dict[str, int]:
    """VmRSS and RssAnon (kB) of ``pid`` (empty when it is gone)."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon"):
                out[key] = int(value.split()[0])
    except (OSError, ValueError):
        return {}
    return out


TICK = os.sysconf("SC_CLK_TCK")


def _processes() -> list[tuple[int, int, str, float, float]]:
    """(pid, parent pid, command name, CPU seconds, CPU seconds of reaped children) of
    every process."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        own = (int(fields[11]) + int(fields[12])) / TICK
        reaped = (int(fields[13]) + int(fields[14])) / TICK
        out.append((int(entry.name), int(fields[1]), name, own, reaped))
    return out


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the machine since boot, all cores."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields) - idle) / TICK, sum(fields) / TICK


def _descendants(root: int, table: list[tuple[int, int, str, float, float]]) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid, *_ in table:
        children.setdefault(ppid, []).append(pid)
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


class Sampler(threading.Thread):
    """Every ``every`` seconds: RSS of each watched process (and, apart, of its children:
    the CV extraction workers), the private memory of all PostgreSQL processes, and the
    number of database connections."""

    def __init__(self, database_url: str, every: float = 10.0) -> None:
        super().__init__(daemon=True)
        self.database_url = database_url
        self.every = every
        self.watched: dict[str, int] = {}
        self.samples: list[tuple[float, dict[str, float]]] = []
        self.began = time.monotonic()
        self._stop_event = threading.Event()
        self._postgres_cpu: dict[int, float] = {}

    def watch(self, name: str, pid: int) -> None:
        self.watched[name] = pid

    def sample(self) -> dict[str, float]:
        """Memory in MB; ``cpu:<name>``: CPU seconds used so far (with its children)."""
        table = _processes()
        cpu = {pid: (own, reaped) for pid, _, _, own, reaped in table}
        values: dict[str, float] = {}
        for name, pid in list(self.watched.items()):
            own = _status(pid).get("VmRSS")
            if own is None:
                continue
            values[name] = own / 1024
            kids = _descendants(pid, table)
            values[f"cpu:{name}"] = sum(cpu[pid]) + sum(cpu.get(k, (0, 0))[0] for k in kids)
            sizes = [_status(c).get("VmRSS", 0) for c in kids]
            if sizes:
                values[f"{name}'s children"] = sum(sizes) / 1024
        postgres = [row for row in table if row[2] == "postgres"]
        values["postgres (private, all)"] = sum(
            _status(row[0]).get("RssAnon", 0) for row in postgres) / 1024
        for pid, _, _, own, _ in postgres:  # backends come and go: keep what each used
            self._postgres_cpu[pid] = max(own, self._postgres_cpu.get(pid, 0.0))
        values["cpu:postgres"] = sum(self._postgres_cpu.values())
        values["cpu:machine busy"], values["cpu:machine total"] = machine_cpu()
        values["load average (1 min)"] = os.getloadavg()[0]
        try:
            with psycopg.connect(self.database_url, autocommit=True) as conn:
                row = conn.execute("SELECT count(*) FROM pg_stat_activity").fetchone()
                values["pg connections"] = float(row[0]) if row else float("nan")
        except psycopg.Error:
            values["pg connections"] = float("nan")
        return values

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.samples.append((time.monotonic() - self.began, self.sample()))
            self._stop_event.wait(self.every)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()
        self.samples.append((time.monotonic() - self.began, self.sample()))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                     enumerate(zip(cells, widths, strict=True)))


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(_row(header, widths))
    print(_row(["-" * w for w in widths], widths))
    for r in rows:
        print(_row(r, widths))


def _memory(sampler: Sampler) -> tuple[bool, tuple[float, dict[str, float]]]:
    print("\n== memory (RSS, MB) ==")
    timeline = sampler.samples
    started = next((s for s in timeline if s[0] >= WARM_UP_SECONDS), timeline[0])
    first, last = timeline[0], timeline[-1]
    keys = sorted({k for _, values in timeline for k in values
                   if not k.startswith(("cpu:", "load average"))})
    rows, flat = [], True
    for key in keys:
        series = [values[key] for _, values in timeline if key in values]
        at_start = started[1].get(key, series[0])
        at_end = last[1].get(key, series[-1])
        change = (at_end - at_start) / at_start if at_start else 0.0
        if key in sampler.watched and key != "locust" and abs(change) > RSS_FLAT_TOLERANCE:
            flat = False
        rows.append([key, f"{first[1].get(key, series[0]):.0f}", f"{at_start:.0f}",
                     f"{at_end:.0f}", f"{max(series):.0f}", f"{change * 100:+.1f}%"])
    _table(["process", "t=0", f"t={started[0]:.0f}s (start)", f"t={last[0]:.0f}s (end)",
            "max", "end vs start"], rows)
    _memory_by_minute(sampler)
    return flat, started


def _memory_by_minute(sampler: Sampler) -> None:
    """RSS of each service process at every minute: warm-up (caches, allocator arenas and
    the embedding runtime reaching their working size) levels off; a leak keeps climbing."""
    timeline = sampler.samples
    marks: list[tuple[float, dict[str, float]]] = []
    for minute in range(int(timeline[-1][0] // 60) + 1):
        at = next((s for s in timeline if s[0] >= minute * 60), None)
        if at is not None and (not marks or at is not marks[-1]):
            marks.append(at)
    if marks[-1] is not timeline[-1]:
        marks.append(timeline[-1])
    names = [n for n in sampler.watched if n != "locust"]
    print("\n== RSS by minute (MB) ==")
    _table(["t (s)", *names], [
        [f"{t:.0f}", *(f"{values.get(n, float('nan')):.0f}" for n in names)]
        for t, values in marks])


def _cpu(sampler: Sampler) -> None:
    """CPU used during the load by each process, by the machine, and by everything else
    on it (other people's work on a shared machine)."""
    (t0, first), (t1, last) = sampler.samples[0], sampler.samples[-1]
    wall = max(1e-9, t1 - t0)
    cores = (last["cpu:machine total"] - first["cpu:machine total"]) / wall
    busy = last["cpu:machine busy"] - first["cpu:machine busy"]
    ours = 0.0
    rows = []
    for key in sorted(k for k in last if k.startswith("cpu:") and "machine" not in k):
        began = next(values[key] for _, values in sampler.samples if key in values)
        used = last[key] - began
        ours += used
        rows.append([key[4:], f"{used:.0f}", f"{used / wall * 100:.0f}%"])
    rows.append(["(all of the above)", f"{ours:.0f}", f"{ours / wall * 100:.0f}%"])
    rows.append(["other processes on the machine", f"{busy - ours:.0f}",
                 f"{(busy - ours) / wall * 100:.0f}%"])
    rows.append([f"machine ({cores:.0f} cores)", f"{busy:.0f}", f"{busy / wall * 100:.0f}%"])
    print(f"\n== CPU during the load ({wall:.0f} s; 100% = one core) ==")
    _table(["process", "CPU s", "of one core"], rows)
    loads = [values.get("load average (1 min)", float("nan")) for _, values in sampler.samples]
    print(f"load average (1 min): start {loads[0]:.1f}, mean {sum(loads) / len(loads):.1f}, "
          f"max {max(loads):.1f}, end {loads[-1]:.1f}")


_SAMPLE = re.compile(r'^http_request_duration_seconds_(count|sum)\{(.*?)\} ([0-9.e+-]+)$')
_LABEL = re.compile(r'(\w+)="([^"]*)"')


def scrape_server_times(hosts: list[str]) -> dict[str, tuple[float, float]]:
    """``"GET /jobs/{id}" -> (count, seconds)`` summed over the API processes, from
    their /metrics (time inside the app, from the first middleware on)."""
    out: dict[str, tuple[float, float]] = {}
    for host in hosts:
        text = httpx.get(f"{host}/metrics", timeout=30).text
        for line in text.splitlines():
            match = _SAMPLE.match(line)
            if not match:
                continue
            labels = dict(_LABEL.findall(match.group(2)))
            route = re.sub(r"\{[^}]+\}", "{id}", labels.get("route", "")).removeprefix("/api/v1")
            key = f"{labels.get('method')} {route}"
            count, total = out.get(key, (0.0, 0.0))
            if match.group(1) == "count":
                count += float(match.group(3))
            else:
                total += float(match.group(3))
            out[key] = (count, total)
    return out


def _server_times(server: dict[str, tuple[float, float]], samples: dict[str, list[float]]
                  ) -> None:
    """Mean time inside the app vs mean time seen by the users: the gap is spent before
    the app saw the request (the event loop busy with other requests, the network, the
    load generator)."""
    client: dict[str, list[float]] = {}
    for name, values in samples.items():
        key = re.sub(r" \(.*\)$", "", name)  # "(after upload)", "(cached)": the same route
        key = key.replace("POST analyze pair", "POST /jobs/{id}/candidates/{id}/analyze")
        client.setdefault(key, []).extend(values)
    rows = []
    for key in sorted(client):
        if key not in server or not server[key][0]:
            continue
        count, total = server[key]
        seen = sum(client[key]) / len(client[key])
        inside = total / count * 1000
        rows.append([key, str(len(client[key])), f"{seen:.0f}", f"{inside:.0f}",
                     f"{seen - inside:.0f}"])
    print("\n== mean ms per request: seen by the users vs inside the app (both processes) ==")
    _table(["route", "count", "users", "app", "outside the app"], rows)


def print_report(result: dict[str, Any], sampler: Sampler, args: argparse.Namespace,
                 server_times: dict[str, tuple[float, float]] | None = None) -> None:
    seconds = max(1.0, result["stopped"] - result["started"])
    samples: dict[str, list[float]] = result["samples"]
    failures: dict[str, list[str]] = result["failures"]
    kinds: dict[str, str] = result["kind"]
    names = sorted(samples, key=lambda n: (KIND_ORDER.index(kinds.get(n, "metric")), n))
    rows = []
    for name in names:
        values = samples[name]
        unit = 1000.0 if kinds.get(name) == "metric" else 1.0
        rows.append([
            name, kinds.get(name, "?"), str(len(values)), str(len(failures.get(name, []))),
            f"{len(values) / seconds:.2f}",
            *(f"{percentile(values, q) / unit:.0f}" if unit == 1 else
              f"{percentile(values, q) / unit:.1f}s" for q in (50, 95, 99)),
            f"{max(values) / unit:.0f}" if unit == 1 else f"{max(values) / unit:.1f}s"])
    reads = [v for n in names if kinds.get(n) == "read" for v in samples[n]]
    requests = [n for n in names if kinds.get(n) != "metric"]
    total = sum(len(samples[n]) for n in requests)
    rows.append(["ALL READS", "read", str(len(reads)),
                 str(sum(len(failures.get(n, [])) for n in names if kinds.get(n) == "read")),
                 f"{len(reads) / seconds:.2f}",
                 *(f"{percentile(reads, q):.0f}" for q in (50, 95, 99)),
                 f"{max(reads, default=0):.0f}"])
    rows.append(["ALL REQUESTS", "", str(total),
                 str(sum(len(failures.get(n, [])) for n in requests)),
                 f"{total / seconds:.2f}", "", "", "", ""])
    print()
    print(f"== {args.user_count} users, {seconds:.0f} s of load,"
          f" think {args.think} s (times in ms; 'upload -> searchable' in s) ==")
    _table(["endpoint", "kind", "count", "errors", "req/s", "p50", "p95", "p99", "max"], rows)

    errors = {n: f for n, f in failures.items() if f}
    if errors:
        print("\nerrors (first of each):")
        for name, messages in errors.items():
            print(f"  {name}: {len(messages)} x, e.g. {messages[0]}")
    mismatch = {k: v for k, v in result.get("cacheMismatch", {}).items() if v}
    if mismatch:
        print(f"\nAI answers not as cached as asked (a cache dropped by a change): {mismatch}")

    if result.get("unreadable"):
        print(f"\nuploads refused as unreadable (scanned PDFs of the data set, 422 no_text, "
              f"not counted as errors): {len(result['unreadable'])}")
    searchable = samples.get("upload -> searchable", [])
    within = sum(1 for v in searchable if v <= SEARCHABLE_TARGET_S * 1000)
    timed_out = len(failures.get("upload -> searchable", []))

    flat, started = _memory(sampler)
    _cpu(sampler)
    if server_times:
        _server_times(server_times, samples)

    read_p95 = percentile(reads, 95)
    worst = max(((percentile(samples[n], 95), n) for n in names if kinds.get(n) == "read"),
                default=(float("nan"), "-"))
    all_errors = sum(len(f) for f in failures.values())
    print("\n== targets ==")
    print(f"p95 of all reads < {READ_P95_TARGET_MS:.0f} ms: {read_p95:.0f} ms "
          f"({'met' if read_p95 < READ_P95_TARGET_MS else 'MISSED'}; slowest read endpoint "
          f"{worst[1]} p95 {worst[0]:.0f} ms)")
    print(f"0 errors: {all_errors} ({'met' if all_errors == 0 else 'MISSED'})")
    print(f"every upload searchable within {SEARCHABLE_TARGET_S:.0f} s: {within} of "
          f"{len(searchable)} (p95 {percentile(searchable, 95) / 1000:.1f} s, "
          f"max {max(searchable, default=0) / 1000:.1f} s, {timed_out} never within 30 s) "
          f"({'met' if searchable and within == len(searchable) else 'MISSED'})")
    print(f"RSS flat (each service process within {RSS_FLAT_TOLERANCE:.0%} from "
          f"t={started[0]:.0f}s to the end): {'met' if flat else 'MISSED'}")
