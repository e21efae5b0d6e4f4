"""The core loop with the generated Python client: sign up, post a job, add a candidate,
wait for the background scoring, read the ranked and explained match.

    python clients/python/examples/core_loop.py --base-url http://localhost:8000

(with ``clients/python/generated`` installed, ``pip install clients/python/generated``, or
run from the repository: the script finds it there.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

from talentsonar_client import AuthenticatedClient, Client  # noqa: E402
from talentsonar_client.api.auth import register  # noqa: E402
from talentsonar_client.api.candidates import create_candidate  # noqa: E402
from talentsonar_client.api.jobs import create_job  # noqa: E402
from talentsonar_client.api.matching import job_matches, match_detail  # noqa: E402
from talentsonar_client.models import (  # noqa: E402
    CandidateCreate,
    JobCreate,
    RegisterRequest,
)


def data(response: Any, status: int) -> Any:
    if response.status_code != status:
        raise SystemExit(f"HTTP {response.status_code}: {response.content[:300]!r}")
    return json.loads(response.content)["data"]


def core_loop(base_url: str, wait_seconds: float = 60.0) -> dict[str, Any]:
    anonymous = Client(base_url=base_url, timeout=60)
    signed_up = data(register.sync_detailed(client=anonymous, body=RegisterRequest(
        email=f"client-{uuid.uuid4().hex[:8]}@example.com", password="correct-horse-battery",
        full_name="Client Example")), 201)
    client = AuthenticatedClient(base_url=base_url, token=signed_up["token"], timeout=60)
    job = data(create_job.sync_detailed(client=client, body=JobCreate(
        title="Senior Python Developer", description="Python services on PostgreSQL.",
        required_skills=["Python", "PostgreSQL"])), 201)
    candidate = data(create_candidate.sync_detailed(client=client, body=CandidateCreate(
        name="Grace Example", headline="Senior Python Developer",
        skills=["Python", "PostgreSQL", "Docker"])), 201)
    deadline = time.monotonic() + wait_seconds
    while True:  # scoring runs in the background
        matches = data(job_matches.sync_detailed(job["id"], client=client), 200)
        if matches or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    if not matches:
        raise SystemExit("no match scored in time")
    detail = data(match_detail.sync_detailed(job["id"], candidate["id"], client=client), 200)
    return {"job": job["title"], "candidate": matches[0]["candidate"]["name"],
            "matchScore": matches[0]["matchScore"], "rationale": matches[0]["matchRationale"],
            "breakdown": [b["feature"] for b in detail["breakdown"]]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://localhost:8000")
    args = parser.parse_args()
    print(json.dumps(core_loop(args.base_url), indent=2))


if __name__ == "__main__":
    main()
