"""Locust users for bench/load_mix.py: recruiters working through the public API.

Not run on its own: bench/load_mix.py starts the service, seeds it, writes the users'
configuration to ``$LOAD_MIX_CONFIG`` and runs ``locust -f bench/locust_mix.py``; this file
records every request (exact times, not locust's rounded histogram) and writes them to
``$LOAD_MIX_RESULT`` when the test stops.

Each simulated recruiter is a real user (own token, own rate limits) of one of the
organisations, on one of the two API processes. Between actions it thinks for
``LOAD_MIX_THINK`` seconds (a range, default 1-5). Once a minute (first at a random second
of its first minute) it uploads a CV it has not uploaded before, then searches for the new
candidate's name (an anonymised CV: the opening words of its summary) until the candidate
is a hit ("upload -> searchable"). Otherwise it picks
an action by weight: browse jobs and shortlists, open candidates and matches, search, ask
for an AI fit analysis (of a pair analysed before: cached; or of a new pair: uncached),
record feedback.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from locust import FastHttpUser, between, events, task

CONFIG: dict[str, Any] = json.loads(Path(os.environ["LOAD_MIX_CONFIG"]).read_text())
RESULT_PATH = Path(os.environ["LOAD_MIX_RESULT"])
THINK = tuple(float(x) for x in os.environ.get("LOAD_MIX_THINK", "1-5").split("-"))
UPLOAD_EVERY_SECONDS = 60.0
SEARCHABLE_GIVE_UP_SECONDS = float(CONFIG.get("searchable_give_up_seconds", 30))
SEARCH_POLL_SECONDS = 0.25
SEARCHABLE = "upload -> searchable"
API = "/api/v1"

#: name -> kind, for the report ("read" is what the p95 target is about)
KIND: dict[str, str] = {}
SAMPLES: dict[str, list[float]] = defaultdict(list)
FAILURES: dict[str, list[str]] = defaultdict(list)
CACHE_MISMATCH: dict[str, int] = defaultdict(int)
UNREADABLE: list[str] = []
_next_user = itertools.count()
_started = time.time()

# shared state of each organisation (one locust process: plain dicts are safe under gevent)
ORG_CANDIDATES: list[list[str]] = [list(org["candidates"]) for org in CONFIG["orgs"]]
ORG_ANALYSED: list[list[tuple[str, str]]] = [[] for _ in CONFIG["orgs"]]
ORG_ANALYSED_SET: list[set[tuple[str, str]]] = [set() for _ in CONFIG["orgs"]]


@events.request.add_listener
def _record(request_type: str, name: str, response_time: float, response_length: int,
            exception: BaseException | None = None, **_: Any) -> None:
    SAMPLES[name].append(response_time)
    if exception is not None:
        FAILURES[name].append(str(exception)[:200])


@events.test_stop.add_listener
def _write(**_: Any) -> None:
    RESULT_PATH.write_text(json.dumps({
        "started": _started, "stopped": time.time(), "kind": KIND, "samples": SAMPLES,
        "failures": FAILURES, "cacheMismatch": CACHE_MISMATCH, "unreadable": UNREADABLE,
    }))


def _ok(response: Any, name: str, *expected: int) -> Any:
    """The JSON of ``response`` or None (the request is marked failed with its status)."""
    if response.status_code not in (expected or (200,)):
        response.failure(f"{response.status_code} {(response.text or '')[:150]}")
        return None
    try:
        body = response.json()
    except Exception as exc:
        response.failure(f"not JSON: {exc}")
        return None
    response.success()
    return body


class Recruiter(FastHttpUser):
    wait_time = between(*THINK)
    # the service answers slowly under overload rather than not at all: wait for it
    network_timeout = 120.0
    connection_timeout = 30.0

    def __init__(self, environment: Any) -> None:
        index = next(_next_user)
        self.me = CONFIG["users"][index % len(CONFIG["users"])]
        self.host = self.me["host"]
        super().__init__(environment)
        self.org = self.me["org"]
        self.jobs: list[str] = CONFIG["orgs"][self.org]["jobs"]
        self.uploads: list[str] = list(self.me["uploads"])
        self.headers = {"Authorization": f"Bearer {self.me['token']}"}
        self.next_upload = time.time() + random.uniform(0, UPLOAD_EVERY_SECONDS)
        self.terms: list[str] = CONFIG["search_terms"]

    # --- helpers ------------------------------------------------------------------------

    def _get(self, path: str, name: str, kind: str = "read", **params: Any) -> Any:
        KIND.setdefault(name, kind)
        with self.client.get(f"{API}{path}", params=params or None, headers=self.headers,
                             name=name, catch_response=True) as response:
            return _ok(response, name)

    def _post(self, path: str, name: str, kind: str, body: Any, *expected: int) -> Any:
        KIND.setdefault(name, kind)
        with self.client.post(f"{API}{path}", json=body, headers=self.headers, name=name,
                              catch_response=True) as response:
            return _ok(response, name, *expected)

    def _candidate(self) -> str:
        return random.choice(ORG_CANDIDATES[self.org])

    # --- the loop -------------------------------------------------------------------------

    @task
    def act(self) -> None:
        if self.uploads and time.time() >= self.next_upload:
            self.next_upload += UPLOAD_EVERY_SECONDS
            self.upload_then_find()
            return
        action = random.choices(ACTIONS, weights=WEIGHTS)[0]
        action(self)

    def list_jobs(self) -> None:
        self._get("/jobs", "GET /jobs")

    def open_job(self) -> None:
        self._get(f"/jobs/{random.choice(self.jobs)}", "GET /jobs/{id}")

    def shortlist(self) -> None:
        self._get(f"/jobs/{random.choice(self.jobs)}/matches", "GET /jobs/{id}/matches",
                  minScore=0, limit=20)

    def list_candidates(self) -> None:
        self._get("/candidates", "GET /candidates", page=random.choice((1, 1, 1, 2, 3)))

    def open_candidate(self) -> None:
        self._get(f"/candidates/{self._candidate()}", "GET /candidates/{id}")

    def candidate_matches(self) -> None:
        self._get(f"/candidates/{self._candidate()}/matches", "GET /candidates/{id}/matches")

    def match_detail(self) -> None:
        self._get(f"/jobs/{random.choice(self.jobs)}/candidates/{self._candidate()}/match",
                  "GET /jobs/{id}/candidates/{id}/match")

    def search(self) -> None:
        self._get("/candidates/search", "GET /candidates/search", q=random.choice(self.terms))

    def unread(self) -> None:
        self._get("/notifications/unread-count", "GET /notifications/unread-count")

    def analyse(self, cached: bool) -> None:
        analysed = ORG_ANALYSED[self.org]
        if cached and analysed:
            job, candidate = random.choice(analysed)
        else:
            cached = False
            for _ in range(20):
                job, candidate = random.choice(self.jobs), self._candidate()
                if (job, candidate) not in ORG_ANALYSED_SET[self.org]:
                    break
        name = f"POST analyze pair ({'cached' if cached else 'uncached'})"
        body = self._post(f"/jobs/{job}/candidates/{candidate}/analyze", name, "ai", None)
        if body is None:
            return
        if bool(body["data"].get("cached")) != cached:
            CACHE_MISMATCH[name] += 1
        if (job, candidate) not in ORG_ANALYSED_SET[self.org]:
            ORG_ANALYSED_SET[self.org].add((job, candidate))
            analysed.append((job, candidate))

    def analyse_cached(self) -> None:
        self.analyse(cached=True)

    def analyse_uncached(self) -> None:
        self.analyse(cached=False)

    def feedback(self) -> None:
        self._post("/feedback", "POST /feedback", "write", {
            "jobId": random.choice(self.jobs), "candidateId": self._candidate(),
            "feedbackType": random.choice(("positive", "negative", "positive"))}, 200, 201)

    def upload_then_find(self) -> None:
        path = Path(self.uploads.pop(0))
        name = "POST /candidates/upload"
        KIND.setdefault(name, "upload")
        started = time.time()
        with self.client.post(f"{API}/candidates/upload", headers=self.headers, name=name,
                              files={"file": (path.name, path.read_bytes(), "application/pdf")},
                              catch_response=True) as response:
            if response.status_code == 422 and '"no_text"' in (response.text or ""):
                response.success()  # a scanned PDF of the data set: refused, rightly
                UNREADABLE.append(path.name)
                return
            body = _ok(response, name, 202)
        if body is None:
            return
        [item] = body["data"]["files"]
        candidate_id = item.get("candidateId")
        if not candidate_id:  # not parsed before the answer: follow its task first
            candidate_id = self._task_candidate(item["statusUrl"], started)
            if candidate_id is None:  # an upload never searchable is a miss, not nothing
                self._searchable(started, TimeoutError(
                    f"its task gave no candidate within {SEARCHABLE_GIVE_UP_SECONDS:.0f} s"))
                return
        ORG_CANDIDATES[self.org].append(candidate_id)
        detail = self._get(f"/candidates/{candidate_id}", "GET /candidates/{id}")
        if detail is None:
            return
        self._until_searchable(_search_query(detail["data"]), candidate_id, started)

    def _task_candidate(self, status_url: str, started: float) -> str | None:
        while time.time() - started < SEARCHABLE_GIVE_UP_SECONDS:
            task = self._get(status_url.removeprefix(API), "GET /tasks/{id} (after upload)",
                             "poll")
            if task and task["data"]["status"] in ("succeeded", "failed"):
                return (task["data"].get("result") or {}).get("candidateId")
            time.sleep(SEARCH_POLL_SECONDS)
        return None

    def _until_searchable(self, query: str, candidate_id: str, started: float) -> None:
        while True:
            hits = self._get("/candidates/search", "GET /candidates/search (after upload)",
                             "poll", q=query[:200], limit=50)
            found = hits is not None and any(
                h["candidate"]["id"] == candidate_id for h in hits["data"])
            elapsed = time.time() - started
            if found or elapsed > SEARCHABLE_GIVE_UP_SECONDS:
                self._searchable(started, None if found else TimeoutError(
                    f"not a hit for {query!r} after {elapsed:.0f} s"))
                return
            time.sleep(SEARCH_POLL_SECONDS)

    def _searchable(self, started: float, failure: BaseException | None) -> None:
        """Record one upload's "upload -> searchable" time (a failure when it never was)."""
        KIND.setdefault(SEARCHABLE, "metric")
        events.request.fire(
            request_type="METRIC", name=SEARCHABLE, response_time=(time.time() - started) * 1000,
            response_length=0, context={}, exception=failure)


def _search_query(candidate: dict[str, Any]) -> str:
    """What a recruiter would type to find this CV: its author's name, or, for an
    anonymised CV (no name found: "Unnamed candidate", shared by many), the opening words
    of its summary or headline."""
    if "name_not_found" not in (candidate.get("flags") or []) and candidate.get("name"):
        return str(candidate["name"])
    text = candidate.get("summary") or candidate.get("headline") or candidate.get("name") or ""
    return " ".join(str(text).split()[:12])


#: action -> weight (per think cycle, besides the upload once a minute)
MIX: dict[Any, int] = {
    Recruiter.list_jobs: 10, Recruiter.open_job: 6, Recruiter.shortlist: 12,
    Recruiter.list_candidates: 10, Recruiter.open_candidate: 12, Recruiter.match_detail: 6,
    Recruiter.candidate_matches: 4, Recruiter.search: 12, Recruiter.unread: 5,
    Recruiter.analyse_cached: 4, Recruiter.analyse_uncached: 3, Recruiter.feedback: 4,
}
ACTIONS = list(MIX)
WEIGHTS = list(MIX.values())
