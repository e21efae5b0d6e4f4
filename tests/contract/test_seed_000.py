"""Seed 000 (Smart Recruiter hybrid migration) names Supabase edge functions and service
methods with their purpose but shows no response: each, called on the demo data at our
REST path (``tests/contract/seeds/000``), succeeds with our envelope. The path renames
and the two deliberate differences are in ``docs/SEED_CONTRACT.md``."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from tests.contract.conftest import Demo
from tests.fakes.stripe_server import deliver, event

API = "/api/v1"


async def _interview(client: httpx.AsyncClient, demo: Demo) -> str:
    r = await client.post(
        f"{API}/interviews",
        headers=demo.headers,
        json={
            "candidateId": demo.candidate("Lena Novak")["id"],
            "jobId": demo.job()["id"],
            "interviewers": ["Demo Recruiter"],
        },
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


async def _paid_checkout(client: httpx.AsyncClient, demo: Demo) -> dict[str, Any]:
    r = await client.post(
        f"{API}/payments/checkout", json={"packId": "starter"}, headers=demo.headers
    )
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()["data"]
    session, _ = demo.stripe.pay(data["checkoutSessionId"])
    paid = await deliver(
        client, event("checkout.session.completed", session), demo.stripe.webhook_secret
    )
    assert paid.status_code == 200, paid.text
    return data


async def test_cv_analysis(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    answer = conforms(
        "000/cv_analysis",
        await client.post(
            f"{API}/ai/cv-analysis",
            json={"candidateId": demo.candidate()["id"], "jobId": demo.job()["id"]},
            headers=demo.headers,
        ),
    )
    assert answer["data"]["matchScore"] == answer["data"]["result"]["matchScore"]


async def test_batch_analyze_cvs(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    answer = conforms(
        "000/batch_analyze_cvs",
        await client.post(
            f"{API}/ai/cv-analysis/batch",
            headers=demo.headers,
            json={
                "jobId": demo.job()["id"],
                "cvs": [{"candidateId": c["id"]} for c in demo.candidates[:3]],
            },
        ),
    )
    assert all(item["ok"] for item in answer["data"])


async def test_generate_questions(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    answer = conforms(
        "000/generate_questions",
        await client.post(
            f"{API}/interviews/questions",
            headers=demo.headers,
            json={
                "jobTitle": "Senior Backend Engineer",
                "skills": ["Python", "PostgreSQL"],
                "count": 5,
            },
        ),
    )
    assert answer["data"]["questions"] == answer["data"]["result"]["questions"]


async def test_generate_interview_questions(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    iid = await _interview(client, demo)
    conforms(
        "000/generate_interview_questions",
        await client.get(f"{API}/interviews/{iid}/questions", headers=demo.headers),
    )


async def test_analyze_interview_results(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    iid = await _interview(client, demo)
    recorded = await client.put(
        f"{API}/interviews/{iid}/results",
        headers=demo.headers,
        json={
            "answers": [
                {
                    "question": "How do you design a PostgreSQL schema?",
                    "skill": "PostgreSQL",
                    "answer": "Normalise first, index the queries, measure.",
                    "rating": 4,
                }
            ],
            "ratings": {"PostgreSQL": 4},
        },
    )
    assert recorded.status_code == 200, recorded.text
    conforms(
        "000/analyze_interview_results",
        await client.get(f"{API}/interviews/{iid}/analysis", headers=demo.headers),
    )


async def test_job_requirements_generator(
    client: httpx.AsyncClient, demo: Demo, conforms: Any
) -> None:
    conforms(
        "000/job_requirements_generator",
        await client.post(
            f"{API}/ai/job-requirements",
            headers=demo.headers,
            json={
                "title": "Data Engineer",
                "description": "Pipelines in Python and SQL.",
                "skills": ["Python", "SQL"],
            },
        ),
    )


async def test_talent_search(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/talent_search",
        await client.post(
            f"{API}/talent-search",
            headers=demo.headers,
            json={"query": "python engineer", "skills": ["Python"]},
        ),
    )


async def test_batch_talent_search(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/batch_talent_search",
        await client.post(
            f"{API}/talent-search/batch",
            headers=demo.headers,
            json={"searches": [{"query": "nurse"}, {"skills": ["Excel"]}]},
        ),
    )


async def test_trigger_workflow(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/trigger_workflow",
        await client.post(
            f"{API}/workflows/enrich-profile/trigger",
            headers=demo.headers,
            json={"payload": {"candidate": "Amira Haddad"}},
        ),
    )


async def test_process_payment(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/process_payment",
        await client.post(
            f"{API}/payments/checkout", json={"packId": "starter"}, headers=demo.headers
        ),
    )


async def test_handle_webhook(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    r = await client.post(
        f"{API}/payments/checkout", json={"packId": "starter"}, headers=demo.headers
    )
    assert r.status_code == 201, r.text
    session, _ = demo.stripe.pay(r.json()["data"]["checkoutSessionId"])
    conforms(
        "000/handle_webhook",
        await deliver(
            client, event("checkout.session.completed", session), demo.stripe.webhook_secret
        ),
    )


async def test_process_refund(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    payment = await _paid_checkout(client, demo)
    conforms(
        "000/process_refund",
        await client.post(
            f"{API}/admin/payments/{payment['paymentId']}/refund",
            json={},
            headers=demo.admin["headers"],
        ),
    )


async def test_add_credits(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/add_credits",
        await client.post(
            f"{API}/admin/organizations/{demo.org_id}/credits",
            headers=demo.admin["headers"],
            json={"amount": 25, "reason": "contract test"},
        ),
    )


async def test_admin_grant_credits(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/admin_grant_credits",
        await client.post(
            f"{API}/admin/organizations/{demo.org_id}/credits",
            headers={**demo.admin["headers"], "Idempotency-Key": uuid.uuid4().hex},
            json={"amount": 10, "reason": "goodwill"},
        ),
    )


async def test_deduct_credits(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/deduct_credits",
        await client.post(
            f"{API}/credits/deduct", json={"operation": "fit_analysis"}, headers=demo.headers
        ),
    )


async def test_check_credit_balance(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/check_credit_balance", await client.get(f"{API}/credits/balance", headers=demo.headers)
    )


async def test_admin_get_users(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/admin_get_users", await client.get(f"{API}/admin/users", headers=demo.admin["headers"])
    )


async def test_fetch_candidates(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    answer = conforms(
        "000/fetch_candidates",
        await client.get(
            f"{API}/candidates", params={"skills": ["Python", "PostgreSQL"]}, headers=demo.headers
        ),
    )
    assert {c["name"] for c in answer["data"]} >= {"Amira Haddad"}


async def test_create_interview(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    conforms(
        "000/create_interview",
        await client.post(
            f"{API}/interviews",
            headers=demo.headers,
            json={
                "candidateId": demo.candidate("Grace Okafor")["id"],
                "jobId": demo.job("Nurse")["id"],
            },
        ),
    )


async def test_get_interviews(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    await _interview(client, demo)
    conforms("000/get_interviews", await client.get(f"{API}/interviews", headers=demo.headers))
