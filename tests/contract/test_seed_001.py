"""Seed 001 (Talent Sonar AI backend): each documented endpoint, called on the demo data,
answers every field of the seed's example response with the seed's JSON type
(``tests/contract/seeds/001``). Deliberate differences: ``docs/SEED_CONTRACT.md``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.contract.conftest import Demo

API = "/api/v1"
CV = Path(__file__).with_name("files") / "jordan-lee.txt"


async def _own_job(client: httpx.AsyncClient, demo: Demo, title: str) -> dict[str, Any]:
    r = await client.post(
        f"{API}/jobs",
        headers=demo.headers,
        json={
            "title": title,
            "department": "Technology",
            "location": "Budapest",
            "description": "React and TypeScript front ends.",
            "requiredSkills": ["React"],
        },
    )
    assert r.status_code == 201, r.text
    return r.json()["data"]  # type: ignore[no-any-return]


async def test_jobs_list(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms("001/jobs_list", await client.get(f"{API}/jobs", headers=demo.headers))


async def test_jobs_get(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job = demo.job()
    conforms("001/jobs_get", await client.get(f"{API}/jobs/{job['id']}", headers=demo.headers))


async def test_jobs_create_says_how_many_candidates_it_is_scored_against(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    body = {
        "title": "Senior Full-Stack Developer",
        "department": "Technology",
        "location": "Budapest",
        "description": "...",
        "requiredSkills": ["React", "Node.js"],
        "companyContext": {"industry": "SaaS", "companySize": "500-1000"},
    }
    answer = conforms(
        "001/jobs_create", await client.post(f"{API}/jobs", json=body, headers=demo.headers)
    )
    assert "Analyzing 8 candidates" in answer["message"]  # the demo's eight CVs
    await client.delete(f"{API}/jobs/{answer['data']['id']}", headers=demo.headers)


async def test_jobs_update(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job = await _own_job(client, demo, "Job to close")
    conforms(
        "001/jobs_update",
        await client.patch(
            f"{API}/jobs/{job['id']}", json={"status": "closed"}, headers=demo.headers
        ),
    )


async def test_jobs_delete(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job = await _own_job(client, demo, "Job to delete")
    conforms(
        "001/jobs_delete", await client.delete(f"{API}/jobs/{job['id']}", headers=demo.headers)
    )


async def test_jobs_analyze_answers_the_result_at_data_level(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    job = demo.job()
    answer = conforms(
        "001/jobs_analyze",
        await client.post(f"{API}/jobs/{job['id']}/analyze", headers=demo.headers),
    )
    data = answer["data"]
    assert data["provider"] == "builtin"  # our provenance stays beside the seed's fields
    assert data["keyResponsibilities"] == data["result"]["keyResponsibilities"]


async def test_candidates_list(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms("001/candidates_list", await client.get(f"{API}/candidates", headers=demo.headers))


async def test_candidates_get_has_both_spellings_and_a_browser_link(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    cid = demo.candidate()["id"]
    answer = conforms(
        "001/candidates_get", await client.get(f"{API}/candidates/{cid}", headers=demo.headers)
    )
    data = answer["data"]
    assert data["metadata"]["summary"] == data["summary"]
    assert data["metadata"]["experienceYears"] == data["totalYearsExperience"]
    cv = await client.get(data["cvFileUrl"])  # no Authorization header
    assert cv.status_code == 200, cv.text
    assert b"Amira Haddad" in cv.content


async def test_candidates_upload_returns_the_parsed_candidate(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    answer = conforms(
        "001/candidates_upload",
        await client.post(
            f"{API}/candidates/upload",
            headers=demo.headers,
            files={"file": (CV.name, CV.read_bytes(), "text/plain")},
            data={"metadata": '{"source": "contract test"}'},
        ),
    )
    data = answer["data"]
    assert (data["name"], data["email"]) == ("Jordan Lee", "jordan.lee@example.com")
    assert "TypeScript" in data["skills"]
    assert data["matchScoresQueued"] is True
    assert data["files"][0]["candidateId"] == data["id"]  # our shape stays beside it
    await client.delete(f"{API}/candidates/{data['id']}/erase", headers=demo.headers)


async def test_candidates_update(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    made = await client.post(
        f"{API}/candidates", headers=demo.headers, json={"name": "Pat Example", "skills": ["React"]}
    )
    assert made.status_code == 201, made.text
    cid = made.json()["data"]["id"]
    conforms(
        "001/candidates_update",
        await client.patch(
            f"{API}/candidates/{cid}",
            headers=demo.headers,
            json={"employmentStatus": "hired", "skills": ["React", "TypeScript", "GraphQL"]},
        ),
    )
    await client.delete(f"{API}/candidates/{cid}/erase", headers=demo.headers)


async def test_candidates_enrich(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    cid = demo.candidate("Tom Becker")["id"]
    conforms(
        "001/candidates_enrich",
        await client.post(f"{API}/candidates/{cid}/enrich", headers=demo.headers),
    )


async def test_job_matches(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job = demo.job()
    answer = conforms(
        "001/job_matches",
        await client.get(
            f"{API}/jobs/{job['id']}/matches", params={"minScore": 0}, headers=demo.headers
        ),
    )
    for match in answer["data"]:
        assert match["matchScore"] == (
            match["aiScore"] if match["aiScore"] is not None else match["basicScore"]
        )


async def test_pair_analyze_answers_match_score_and_ai_analysis(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    job, cid = demo.job("Financial"), demo.candidate("Priya Sharma")["id"]
    answer = conforms(
        "001/pair_analyze",
        await client.post(f"{API}/jobs/{job['id']}/candidates/{cid}/analyze", headers=demo.headers),
    )
    data = answer["data"]
    assert data["matchScore"] == data["aiScore"] == data["aiAnalysis"]["matchScore"]
    assert isinstance(data["basicScore"], float)


async def test_match_detail_after_an_ai_analysis(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    job, cid = demo.job(), demo.candidate("Tom Becker")["id"]  # has gaps to show
    analyzed = await client.post(
        f"{API}/jobs/{job['id']}/candidates/{cid}/analyze", headers=demo.headers
    )
    assert analyzed.status_code == 200, analyzed.text
    answer = conforms(
        "001/match_detail",
        await client.get(f"{API}/jobs/{job['id']}/candidates/{cid}/match", headers=demo.headers),
    )
    data = answer["data"]
    assert data["matchScore"] == data["aiScore"] == analyzed.json()["data"]["matchScore"]


async def test_analyze_top(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job = demo.job()
    answer = conforms(
        "001/analyze_top",
        await client.post(
            f"{API}/jobs/{job['id']}/analyze-top",
            json={"limit": 10, "minScore": 50},
            headers=demo.headers,
        ),
    )
    assert answer["data"]["jobId"] == job["id"]
    assert answer["data"]["candidatesQueued"] == answer["data"]["total"] >= 1


async def test_analysis_status(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job = demo.job()
    conforms(
        "001/analysis_status",
        await client.get(f"{API}/jobs/{job['id']}/analysis-status", headers=demo.headers),
    )


async def test_feedback_create(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job, cid = demo.job(), demo.candidate("Lena Novak")["id"]
    conforms(
        "001/feedback_create",
        await client.post(
            f"{API}/feedback",
            headers=demo.headers,
            json={
                "jobId": job["id"],
                "candidateId": cid,
                "feedbackType": "positive",
                "notes": "Optional notes",
            },
        ),
    )


async def test_job_feedback(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    job, cid = demo.job("Financial"), demo.candidate("Priya Sharma")["id"]
    given = await client.post(
        f"{API}/feedback",
        headers=demo.headers,
        json={
            "jobId": job["id"],
            "candidateId": cid,
            "feedbackType": "hired",
            "notes": "Great fit",
        },
    )
    assert given.status_code == 201, given.text
    conforms(
        "001/job_feedback",
        await client.get(f"{API}/jobs/{job['id']}/feedback", headers=demo.headers),
    )


async def test_analytics_dashboard(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "001/analytics_dashboard",
        await client.get(f"{API}/analytics/dashboard", headers=demo.headers),
    )


async def test_analytics_insights_is_the_seeds_array(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    answer = conforms(
        "001/analytics_insights",
        await client.get(f"{API}/analytics/insights", headers=demo.headers),
    )
    assert {d["department"] for d in answer["data"]} == {"Engineering", "Clinical", "Finance"}
    assert answer["breakdowns"]["skillSupplyDemand"]


async def test_auth_register_ignores_a_client_chosen_role(
    client: httpx.AsyncClient, conforms: Any
) -> None:
    answer = conforms(
        "001/auth_register",
        await client.post(
            f"{API}/auth/register",
            json={
                "email": "recruiter@company.com",
                "password": "long-enough-password",
                "fullName": "Jane Smith",
                "role": "viewer",
            },
        ),
    )
    # The role comes from the organisation, never from the request (SEED_CONTRACT.md).
    assert answer["data"]["user"]["role"] == "owner"


async def test_auth_login(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    settings = demo.runtime.settings
    conforms(
        "001/auth_login",
        await client.post(
            f"{API}/auth/login",
            json={"email": settings.demo_email, "password": settings.demo_password},
        ),
    )


async def test_auth_me(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms("001/auth_me", await client.get(f"{API}/auth/me", headers=demo.headers))
