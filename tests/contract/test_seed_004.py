"""Seed 004 (JobSwap): each endpoint the seed lists, called on the demo's JobSwap network
(``talentsonar.jobswap.demo``), answers every column of the seed's table with its JSON type
(``tests/contract/seeds/004``). The seed's ``/api/...`` paths live under
``/api/v1/jobswap/...`` here: deliberate differences in ``docs/SEED_CONTRACT.md``."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from talentsonar.jobswap.network import add_member
from talentsonar.models.membership import Role
from tests.contract.conftest import Demo

API = "/api/v1/jobswap"
CV = Path(__file__).with_name("files") / "jordan-lee.txt"
HR_BUDA, HR_PEST = "hr@budasoftware.example.com", "hr@pestdata.example.com"
_TOKENS: dict[str, dict[str, str]] = {}
_HR: dict[str, str] = {}  # the HR requests of one swap, by company


async def _as(client: httpx.AsyncClient, demo: Demo, email: str) -> dict[str, str]:
    if email not in _TOKENS:
        r = await client.post(
            "/api/v1/auth/login",
            json={"email": email, "password": demo.runtime.settings.demo_password},
        )
        assert r.status_code == 200, r.text
        _TOKENS[email] = {"Authorization": f"Bearer {r.json()['data']['token']}"}
    return _TOKENS[email]


async def _id(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    r = await client.get(f"{API}/profiles/me", headers=headers)
    assert r.status_code == 200, r.text
    return str(r.json()["data"]["id"])


async def _request(client: httpx.AsyncClient, demo: Demo, sender: str, receiver: str) -> str:
    to = await _id(client, await _as(client, demo, receiver))
    r = await client.post(
        f"{API}/swap-requests",
        headers=await _as(client, demo, sender),
        json={"toUserId": to, "message": "Shall we swap jobs?", "shareResume": True},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


async def _hr_requests(client: httpx.AsyncClient, demo: Demo) -> dict[str, str]:
    """Amira (Buda Software) and Tom (Pest Data) both accept: one HR request each."""
    if not _HR:
        request_id = await _request(
            client, demo, "amira.haddad@example.com", "tom.becker@example.com"
        )
        for email in ("tom.becker@example.com", "amira.haddad@example.com"):
            r = await client.put(
                f"{API}/swap-requests/{request_id}/accept", headers=await _as(client, demo, email)
            )
            assert r.status_code == 200, r.text
        for name, email in (("buda", HR_BUDA), ("pest", HR_PEST)):
            r = await client.get(f"{API}/hr/requests", headers=await _as(client, demo, email))
            _HR[name] = next(x["id"] for x in r.json()["data"] if x["swapRequestId"] == request_id)
    return _HR


@pytest.fixture(scope="module")
def newcomer() -> dict[str, Any]:
    return {}


async def _newcomer(
    client: httpx.AsyncClient, demo: Demo, state: dict[str, Any]
) -> tuple[dict[str, str], str]:
    """A new employee of the network with a profile of their own."""
    if "id" not in state:
        email = f"new-{uuid.uuid4().hex[:8]}@example.com"
        async with demo.runtime.db.session() as session:
            from sqlalchemy import text

            org_id = await session.scalar(
                text("SELECT id FROM organizations WHERE name = 'JobSwap Demo Network'")
            )
            await add_member(
                session,
                org_id,
                email,
                "New Person",
                demo.runtime.settings.demo_password,
                Role.employee,
                demo.runtime.settings,
            )
        headers = await _as(client, demo, email)
        r = await client.post(
            f"{API}/profiles",
            headers=headers,
            json={
                "name": "New Person",
                "company": "Pest Data Zrt.",
                "jobTitle": "Data Analyst",
                "salaryBand": "40k-55k",
                "homeAddress": "Budafok, Budapest",
                "workAddress": "Kőbánya, Budapest",
                "skills": ["SQL", "Excel"],
            },
        )
        assert r.status_code == 201, r.text
        state.update(headers=headers, id=r.json()["data"]["id"], created=r)
    return state["headers"], state["id"]


async def test_users_create(
    client: httpx.AsyncClient, demo: Demo, conforms: Any, newcomer: dict[str, Any]
) -> None:
    await _newcomer(client, demo, newcomer)
    conforms("004/users_create", newcomer["created"])


async def test_users_get(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    headers = await _as(client, demo, "amira.haddad@example.com")
    answer = conforms(
        "004/users_get",
        await client.get(f"{API}/profiles/{await _id(client, headers)}", headers=headers),
    )
    assert answer["data"]["homeLocation"]["address"] == "Kispest, Budapest"


async def test_users_update(
    client: httpx.AsyncClient, demo: Demo, conforms: Any, newcomer: dict[str, Any]
) -> None:
    headers, pid = await _newcomer(client, demo, newcomer)
    answer = conforms(
        "004/users_update",
        await client.put(
            f"{API}/profiles/{pid}", headers=headers, json={"skills": ["SQL", "Excel", "Tableau"]}
        ),
    )
    assert answer["data"]["skills"] == ["SQL", "Excel", "Tableau"]


async def test_resumes_upload_and_parse(
    client: httpx.AsyncClient, demo: Demo, conforms: Any, newcomer: dict[str, Any]
) -> None:
    headers, pid = await _newcomer(client, demo, newcomer)
    r = await client.post(
        f"{API}/profiles/{pid}/resume",
        headers=headers,
        files={"file": (CV.name, CV.read_bytes(), "text/plain")},
    )
    answer = conforms("004/resumes_upload", r)
    conforms("004/resumes_parse", r)  # one call uploads, parses and embeds
    assert "Jordan Lee" in answer["data"]["text"]
    assert "TypeScript" in answer["data"]["parsedData"]["skills"]


async def test_resumes_get(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    headers = await _as(client, demo, "tom.becker@example.com")
    answer = conforms(
        "004/resumes_get",
        await client.get(f"{API}/profiles/{await _id(client, headers)}/resume", headers=headers),
    )
    assert "Tom Becker" in answer["data"]["text"]


async def test_users_delete(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    headers, pid = await _newcomer(client, demo, {})  # a person of its own: tests may run
    conforms(  # in any order (pytest-xdist work stealing)
        "004/users_delete", await client.delete(f"{API}/profiles/{pid}", headers=headers)
    )


async def test_matches_list(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    headers = await _as(client, demo, "amira.haddad@example.com")
    answer = conforms("004/matches_list", await client.get(f"{API}/matches", headers=headers))
    first = answer["data"][0]
    assert first["commuteAfterMinutes"] < first["commuteBeforeMinutes"]


async def test_matches_get(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    headers = await _as(client, demo, "grace.okafor@example.com")
    first = (await client.get(f"{API}/matches", headers=headers)).json()["data"][0]
    conforms("004/matches_get", await client.get(f"{API}/matches/{first['id']}", headers=headers))


async def test_matches_generate(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    headers = await _as(client, demo, "oliver.grant@example.com")
    r = await client.post(f"{API}/matches/generate", headers=headers)
    assert r.status_code == 202
    conforms("004/matches_generate", r)


async def test_swap_requests_create(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    to = await _id(client, await _as(client, demo, "daniel.reyes@example.com"))
    r = await client.post(
        f"{API}/swap-requests",
        headers=await _as(client, demo, "grace.okafor@example.com"),
        json={"toUserId": to, "message": "Hello Daniel", "shareContact": True},
    )
    assert r.status_code == 201
    conforms("004/swap_requests_create", r)


async def test_swap_requests_list(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    await _request(client, demo, "sofia.marin@example.com", "reka.toth@example.com")
    conforms(
        "004/swap_requests_list",
        await client.get(
            f"{API}/swap-requests", headers=await _as(client, demo, "reka.toth@example.com")
        ),
    )


async def test_swap_requests_accept(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    request_id = await _request(client, demo, "oliver.grant@example.com", "reka.toth@example.com")
    conforms(
        "004/swap_requests_accept",
        await client.put(
            f"{API}/swap-requests/{request_id}/accept",
            headers=await _as(client, demo, "reka.toth@example.com"),
        ),
    )


async def test_swap_requests_decline(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    request_id = await _request(client, demo, "sofia.marin@example.com", "priya.sharma@example.com")
    conforms(
        "004/swap_requests_decline",
        await client.put(
            f"{API}/swap-requests/{request_id}/decline",
            headers=await _as(client, demo, "priya.sharma@example.com"),
        ),
    )


async def test_hr_requests_list(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    await _hr_requests(client, demo)
    answer = conforms(
        "004/hr_requests_list",
        await client.get(f"{API}/hr/requests", headers=await _as(client, demo, HR_BUDA)),
    )
    assert answer["data"][0]["estimatedCostSavings"] > 0


async def test_hr_requests_approve(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    ids = await _hr_requests(client, demo)
    conforms(
        "004/hr_requests_approve",
        await client.put(
            f"{API}/hr/requests/{ids['buda']}/approve", headers=await _as(client, demo, HR_BUDA)
        ),
    )


async def test_hr_requests_reject(client: httpx.AsyncClient, demo: Demo, conforms: Any) -> None:
    ids = await _hr_requests(client, demo)
    conforms(
        "004/hr_requests_reject",
        await client.put(
            f"{API}/hr/requests/{ids['pest']}/reject",
            headers=await _as(client, demo, HR_PEST),
            json={"note": "Not this quarter"},
        ),
    )
