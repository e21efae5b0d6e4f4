"""The web app's speed on the demo data plus synthetic candidates (default 1,000, all
scored against one demo job and all in its pipeline).

- Server time of the pages (the app called as an ASGI app, no socket): p50/p95 of the
  job's shortlist page and its pipeline board, with the JSON API calls they are made of
  as the baseline in the same run (targets: page p95 <= 150 ms).
- Time until the dashboard is usable in headless Chromium (``/usr/bin/chromium``): from
  navigation start to the load event (HTML, CSS, htmx and app.js run), median and p95
  over repeated visits, first visit apart (target <= 1 s).

    .venv/bin/python bench/web.py [--candidates 1000] [--requests 200] [--visits 15]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import re
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import orjson
import psycopg
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import fresh_service, percentile
from matching_scale import TITLES, synthetic_pool, vector_text

from talentsonar.core.queue import enqueue
from talentsonar.demo import seed_demo
from talentsonar.matching.profiles import candidate_titles, title_text
from talentsonar.skills.taxonomy import get_taxonomy
from talentsonar.worker import run_worker

CHROMIUM = "/usr/bin/chromium"


async def drain(runtime: Any) -> None:
    """Run the queued background jobs (parsing, scoring) until none is due."""
    for _ in range(100):
        await run_worker(runtime, wait=False, install_signal_handlers=False)
        async with runtime.db.session() as session:
            from sqlalchemy import text

            due = await session.scalar(text(
                "SELECT exists(SELECT 1 FROM procrastinate_jobs WHERE status = 'todo' "
                "AND queue_name <> 'maintenance')"))
        if not due:
            return


def copy_candidates(url: str, org_id: uuid.UUID, n: int, model: str) -> list[uuid.UUID]:
    """``n`` parsed candidates with embeddings, bulk-copied into the organisation."""
    rng = np.random.default_rng(11)
    pool = synthetic_pool(n, rng, sorted(get_taxonomy().skills)[:800])
    ids = [uuid.uuid4() for _ in range(n)]
    rows, titles = io.StringIO(), io.StringIO()
    import hashlib

    for i, cid in enumerate(ids):
        title = TITLES[pool["cluster"][i]]
        profile = {"workHistory": [{"title": title}], "education": []}
        skills = pool["skills"][i]
        row = [str(cid), str(org_id), "uploaded", f"Synthetic Candidate {i}", title,
               orjson.dumps(skills).decode(), orjson.dumps(profile).decode(), "parsed",
               str(pool["years"][i]), ", ".join(skills), title, "",
               vector_text(pool["embeddings"][i]), model, "available", "{}", "[]", "f"]
        rows.write("\t".join(v.replace("\\", "\\\\") for v in row) + "\n")
        digest = hashlib.sha256(title_text(candidate_titles(profile, title)).encode()).hexdigest()
        titles.write(f"{cid}\t{org_id}\t{digest}\t{model}\t"
                     f"{vector_text(pool['title_vectors'][pool['cluster'][i]])}\n")
    with psycopg.connect(url, autocommit=True) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY candidates (id, org_id, type, name, headline, skills, profile, "
            "profile_status, total_years_experience, skills_text, titles_text, search_text, "
            "embedding, embedding_model, employment_status, metadata, flags, is_hidden_gem) "
            "FROM STDIN"
        ) as copy:
            copy.write(rows.getvalue())
        with cur.copy("COPY candidate_title_vectors (candidate_id, org_id, text_hash, model, "
                      "embedding) FROM STDIN") as copy:
            copy.write(titles.getvalue())
        conn.execute("ANALYZE candidates")
    return ids


async def timed(client: httpx.AsyncClient, path: str, n: int, **kwargs: Any) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        response = await client.get(path, **kwargs)
        out.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
    return out


def line(label: str, values: list[float]) -> str:
    return (f"  {label:<44} p50 {percentile(values, 50):7.1f} ms   "
            f"p95 {percentile(values, 95):7.1f} ms   (n={len(values)})")


async def sign_in(client: httpx.AsyncClient, email: str, password: str) -> None:
    page = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the sign-in page"
    answer = await client.post("/login", data={
        "csrf_token": token.group(1), "email": email, "password": password, "next": "/"})
    assert answer.status_code == 303, answer.text[:300]


async def browser_dashboard(app: Any, email: str, password: str, visits: int) -> list[float]:
    from playwright.async_api import async_playwright

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    times: list[float] = []
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True)
            page = await browser.new_page(viewport={"width": 1440, "height": 900})
            await page.goto(f"{base}/login")
            await page.fill("#email", email)
            await page.fill("#password", password)
            await page.click("button[type=submit]")
            await page.wait_for_url(f"{base}/")
            for _ in range(visits):
                await page.goto(f"{base}/", wait_until="load")
                times.append(await page.evaluate(
                    "(() => { const n = performance.getEntriesByType('navigation')[0];"
                    " return n.loadEventEnd - n.startTime; })()"))
            await browser.close()
    finally:
        server.should_exit = True
        await serving
    return times


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--visits", type=int, default=15)
    args = parser.parse_args()
    async with fresh_service(TALENTSONAR_ENV="development") as bench:
        runtime = bench.runtime
        demo = await seed_demo(runtime)
        await drain(runtime)
        client = bench.client
        login = await client.post("/api/v1/auth/login", json={
            "email": demo.email, "password": demo.password})
        headers = {"Authorization": f"Bearer {login.json()['data']['token']}"}
        jobs = (await client.get("/api/v1/jobs", params={"limit": 1}, headers=headers)).json()
        job_id = jobs["data"][0]["id"]
        model = jobs["data"][0]["embeddingModel"]
        started = time.perf_counter()
        ids = copy_candidates(bench.database_url, demo.org_id, args.candidates, model)
        async with runtime.db.session() as session:
            await enqueue(session, "matching.score_job", org_id=demo.org_id,
                          args={"job_id": job_id, "force": True})
        await drain(runtime)
        for chunk in range(0, len(ids), 500):
            added = await client.post(f"/api/v1/jobs/{job_id}/applications", headers=headers,
                                      json={"candidateIds": [str(i) for i in
                                                             ids[chunk:chunk + 500]]})
            assert added.status_code in (200, 201), added.text[:300]
        await drain(runtime)
        matches = (await client.get(f"/api/v1/jobs/{job_id}/matches",
                                    params={"limit": 1}, headers=headers)).json()
        board = (await client.get(f"/api/v1/jobs/{job_id}/pipeline", headers=headers)).json()
        print(f"Data: demo organisation + {args.candidates} synthetic candidates "
              f"(set up in {time.perf_counter() - started:.1f} s); job {job_id}: "
              f"{matches['pagination']['total']} matches, {board['data']['total']} "
              f"applications on its board; model {model}")

        transport = httpx.ASGITransport(app=client._transport.app)  # type: ignore[attr-defined]
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as web:
            await sign_in(web, demo.email, demo.password)
            n = args.requests
            for path in (f"/jobs/{job_id}/shortlist", f"/jobs/{job_id}/pipeline", "/"):
                await timed(web, path, 5)  # warm-up
            for path in (f"/api/v1/jobs/{job_id}/matches?limit=20",
                         f"/api/v1/jobs/{job_id}/pipeline"):
                await timed(client, path, 5, headers=headers)
            print("Server time (in-process ASGI, sequential requests):")
            shortlist = await timed(web, f"/jobs/{job_id}/shortlist", n)
            print(line("page  GET /jobs/{id}/shortlist", shortlist))
            print(line("  baseline GET /api/v1/jobs/{id}/matches", await timed(
                client, f"/api/v1/jobs/{job_id}/matches?limit=20", n, headers=headers)))
            board_page = await timed(web, f"/jobs/{job_id}/pipeline", n)
            print(line("page  GET /jobs/{id}/pipeline", board_page))
            print(line("  baseline GET /api/v1/jobs/{id}/pipeline", await timed(
                client, f"/api/v1/jobs/{job_id}/pipeline", n, headers=headers)))
            print(line("page  GET / (dashboard)", await timed(web, "/", n)))
            print(line("  baseline GET /api/v1/analytics/dashboard", await timed(
                client, "/api/v1/analytics/dashboard", n, headers=headers)))
        if Path(CHROMIUM).exists():
            times = await browser_dashboard(client._transport.app,  # type: ignore[attr-defined]
                                            demo.email, demo.password, args.visits)
            first, rest = times[0], times[1:]
            print("Dashboard usable in headless Chromium (navigation start to load event):")
            print(f"  first visit {first:.0f} ms; next visits p50 {percentile(rest, 50):.0f} ms, "
                  f"p95 {percentile(rest, 95):.0f} ms (n={len(rest)})")
        else:
            print(f"Dashboard in Chromium: skipped ({CHROMIUM} missing)")
        print(f"Targets: page p95 <= 150 ms (shortlist {percentile(shortlist, 95):.0f}, board "
              f"{percentile(board_page, 95):.0f}); dashboard usable <= 1000 ms")


if __name__ == "__main__":
    asyncio.run(main())
