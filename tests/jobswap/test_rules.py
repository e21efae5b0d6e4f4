"""Roles, privacy and bad input on the demo network: the JobSwap roles stay out of the
recruiting API, a home address never reaches another employee, and every bad request is a
clear 4xx with nothing half-written."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from talentsonar.jobswap.network import add_member
from talentsonar.jobswap.repository import ProfileRepository
from talentsonar.models.membership import Role
from tests.conftest import run_queued_tasks
from tests.jobswap.conftest import API, Network, as_list

AMIRA, TOM, SOFIA = "amira.haddad@example.com", "tom.becker@example.com", "sofia.marin@example.com"
PETER, ESZTER = "peter.nagy@example.com", "eszter.kiss@example.com"
HR_BUDA, HR_PEST = "hr@budasoftware.example.com", "hr@pestdata.example.com"


async def _me(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    r = await client.get(f"{API}/profiles/me", headers=headers)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


async def test_employee_and_hr_roles_reach_only_jobswap(
    client: httpx.AsyncClient, network: Network
) -> None:
    for email in (AMIRA, HR_BUDA):
        headers = await network.headers(client, email)
        assert (await client.get("/api/v1/candidates", headers=headers)).status_code == 403
        assert (await client.get("/api/v1/jobs", headers=headers)).status_code == 403
        made = await client.post(
            "/api/v1/jobs", headers=headers, json={"title": "x", "description": "y"}
        )
        assert made.status_code == 403
        invite = await client.post(
            "/api/v1/organization/invitations",
            headers=headers,
            json={"email": "x@example.com", "role": "viewer"},
        )
        assert invite.status_code == 403
        assert (await client.get("/api/v1/auth/me", headers=headers)).status_code == 200
        assert (await client.get(f"{API}/companies", headers=headers)).status_code == 200
    # and an employee is not an HR user, nor an administrator of the network
    amira = await network.headers(client, AMIRA)
    assert (await client.get(f"{API}/hr/requests", headers=amira)).status_code == 403
    added = await client.post(f"{API}/companies", headers=amira, json={"name": "Mine"})
    assert added.status_code == 403


async def test_another_employee_never_sees_a_home_address(
    client: httpx.AsyncClient, network: Network
) -> None:
    amira = await _me(client, await network.headers(client, AMIRA))
    assert amira["homeLocation"]["address"] == "Kispest, Budapest"
    seen = await client.get(
        f"{API}/profiles/{amira['id']}", headers=await network.headers(client, TOM)
    )
    assert seen.status_code == 200, seen.text
    body = seen.text
    assert "Kispest, Budapest" not in body
    assert "amira.haddad@example.com" not in body
    data = seen.json()["data"]
    assert data["homeLocation"] == {"area": "Kispest, HU"}
    assert data["commuteMinutes"] > 0
    for match in as_list(
        await client.get(f"{API}/matches", headers=await network.headers(client, TOM))
    ):
        assert set(match["matchProfile"]["homeLocation"]) == {"area"}


async def test_an_unfindable_address_is_422_with_suggestions_and_changes_nothing(
    client: httpx.AsyncClient, network: Network
) -> None:
    headers = await network.headers(client, SOFIA)
    me = await _me(client, headers)
    r = await client.put(
        f"{API}/profiles/{me['id']}",
        headers=headers,
        json={"jobTitle": "Changed", "homeAddress": "Budapst"},
    )
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "address_not_found"
    assert "Budapest, HU" in error["details"]["suggestions"]
    assert error["details"]["field"] == "homeAddress"
    assert (await _me(client, headers))["jobTitle"] == me["jobTitle"]
    place = await client.get(f"{API}/places", params={"q": "Xqzzyville"}, headers=headers)
    assert place.status_code == 422
    band = await client.put(
        f"{API}/profiles/{me['id']}", headers=headers, json={"salaryBand": "lots"}
    )
    assert band.status_code == 422
    assert band.json()["error"]["code"] == "invalid_salary_band"


async def test_swap_with_yourself_or_outside_the_network_is_422(
    client: httpx.AsyncClient, network: Network
) -> None:
    headers = await network.headers(client, PETER)
    me = await _me(client, headers)
    for target, code in ((me["id"], "self_swap"), (str(uuid.uuid4()), "outside_network")):
        r = await client.post(
            f"{API}/swap-requests", headers=headers, json={"toUserId": target, "message": "hi"}
        )
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == code
    not_a_swap = await client.post(
        f"{API}/swap-requests",
        headers=headers,
        json={
            "toUserId": (await _me(client, await network.headers(client, SOFIA)))["id"],
            "message": "hi",
        },
    )  # same company side of the river: no shorter commutes
    assert not_a_swap.status_code == 422
    assert not_a_swap.json()["error"]["code"] == "swap_not_qualifying"


async def test_only_the_parties_see_or_act_on_a_request(
    client: httpx.AsyncClient, network: Network
) -> None:
    peter, eszter = (await network.headers(client, PETER), await network.headers(client, ESZTER))
    eszter_id = (await _me(client, eszter))["id"]
    r = await client.post(
        f"{API}/swap-requests", headers=peter, json={"toUserId": eszter_id, "message": "Swap?"}
    )
    assert r.status_code == 201, r.text
    request_id = r.json()["data"]["id"]
    again = await client.post(
        f"{API}/swap-requests",
        headers=eszter,
        json={"toUserId": (await _me(client, peter))["id"], "message": "x"},
    )
    assert again.status_code == 409
    outsiders = [await network.headers(client, SOFIA), await network.headers(client, HR_BUDA)]
    for headers in outsiders:
        for method, suffix in (("GET", ""), ("PUT", "/accept"), ("PUT", "/decline")):
            r = await client.request(
                method, f"{API}/swap-requests/{request_id}{suffix}", headers=headers
            )
            assert r.status_code == 404, (method, suffix, r.text)
        listed = await client.get(f"{API}/swap-requests", headers=headers)
        assert request_id not in listed.text
    declined = await client.put(f"{API}/swap-requests/{request_id}/decline", headers=eszter)
    assert declined.status_code == 200
    assert declined.json()["data"]["status"] == "declined"
    late = await client.put(f"{API}/swap-requests/{request_id}/accept", headers=peter)
    assert late.status_code == 409


async def test_hr_sees_only_its_company_and_decides_once(
    client: httpx.AsyncClient, network: Network
) -> None:
    lena = await network.headers(client, "lena.novak@example.com")
    bence = await network.headers(client, "bence.varga@example.com")
    r = await client.post(
        f"{API}/swap-requests",
        headers=lena,
        json={"toUserId": (await _me(client, bence))["id"], "message": "Swap platforms?"},
    )
    assert r.status_code == 201, r.text
    request_id = r.json()["data"]["id"]
    for headers in (bence, lena):
        accepted = await client.put(f"{API}/swap-requests/{request_id}/accept", headers=headers)
        assert accepted.status_code == 200, accepted.text
    pest, buda = await network.headers(client, HR_PEST), await network.headers(client, HR_BUDA)
    rows = {}
    for name, headers in (("pest", pest), ("buda", buda)):
        mine = [
            x
            for x in as_list(await client.get(f"{API}/hr/requests", headers=headers))
            if x["swapRequestId"] == request_id
        ]
        assert len(mine) == 1
        rows[name] = mine[0]
    assert rows["pest"]["companyId"] != rows["buda"]["companyId"]
    assert rows["pest"]["employee"]["name"] == "Bence Varga"  # Pest's own employee leaves
    assert rows["pest"]["incoming"]["name"] == "Lena Novak"
    assert (
        await client.get(f"{API}/hr/requests/{rows['pest']['id']}", headers=buda)
    ).status_code == 404
    assert (
        await client.put(f"{API}/hr/requests/{rows['pest']['id']}/approve", headers=buda)
    ).status_code == 404
    rejected = await client.put(
        f"{API}/hr/requests/{rows['buda']['id']}/reject",
        headers=buda,
        json={"note": "Not this quarter"},
    )
    assert rejected.status_code == 200
    assert rejected.json()["data"]["status"] == "rejected"
    again = await client.put(f"{API}/hr/requests/{rows['buda']['id']}/reject", headers=buda)
    assert again.status_code == 200  # idempotent
    late = await client.put(f"{API}/hr/requests/{rows['pest']['id']}/approve", headers=pest)
    assert late.status_code == 409  # the swap is already rejected
    state = await client.get(f"{API}/swap-requests/{request_id}", headers=lena)
    assert state.json()["data"]["status"] == "rejected"


async def test_generate_answers_202_and_a_task_that_succeeds(
    client: httpx.AsyncClient, network: Network
) -> None:
    headers = await network.headers(client, AMIRA)
    r = await client.post(f"{API}/matches/generate", headers=headers)
    assert r.status_code == 202, r.text
    task = r.json()["data"]
    assert task["scope"] == "profile"
    await run_queued_tasks(network.runtime)
    status = await client.get(task["statusUrl"], headers=headers)
    assert status.status_code == 403  # tasks belong to the recruiting API
    async with network.runtime.db.session() as session:
        from sqlalchemy import text

        state = await session.scalar(
            text("SELECT status FROM tasks WHERE id = :id"), {"id": task["taskId"]}
        )
    assert state == "succeeded"
    assert as_list(await client.get(f"{API}/matches", headers=headers))


async def test_match_profiles_keeps_the_seeds_semantics(network: Network) -> None:
    async with network.runtime.db.session() as session:
        profiles = ProfileRepository(session, network.org_id)
        rows = await profiles.roster_rows()
        query = rows[0].resume_embedding
        found = await profiles.similar(query, 0.3, 5)
    assert 1 <= len(found) <= 5
    scores = [r.compatibility_score for r in found]
    assert scores == sorted(scores, reverse=True)
    assert all(s > 0.3 for s in scores)
    assert found[0].id == rows[0].id
    assert abs(scores[0] - 1.0) < 1e-4
    assert {"id", "user_id", "name", "company", "job_title", "skills"} <= set(found[0]._fields)


async def test_a_profile_is_exported_and_erased(
    client: httpx.AsyncClient, network: Network
) -> None:
    async with network.runtime.db.session() as session:
        await add_member(
            session,
            network.org_id,
            "leaving@example.com",
            "Leaving Person",
            network.runtime.settings.demo_password,
            Role.employee,
            network.runtime.settings,
        )
    headers = await network.headers(client, "leaving@example.com")
    made = await client.post(
        f"{API}/profiles",
        headers=headers,
        json={
            "name": "Leaving Person",
            "company": "Pest Data Zrt.",
            "jobTitle": "Data Analyst",
            "homeAddress": "Újpest, Budapest",
            "workAddress": "Kőbánya, Budapest",
            "skills": ["SQL", "Excel"],
        },
    )
    assert made.status_code == 201, made.text
    profile = made.json()["data"]
    assert profile["email"] == "leaving@example.com"
    assert profile["profileComplete"]
    exported = await client.get(f"{API}/profiles/{profile['id']}/export", headers=headers)
    assert exported.status_code == 200, exported.text
    assert exported.json()["data"]["profile"]["homeLocation"]["address"] == "Újpest, Budapest"
    other = await client.get(
        f"{API}/profiles/{profile['id']}/export", headers=await network.headers(client, TOM)
    )
    assert other.status_code == 404
    erased = await client.delete(f"{API}/profiles/{profile['id']}", headers=headers)
    assert erased.status_code == 200, erased.text
    gone = await client.get(
        f"{API}/profiles/{profile['id']}", headers=await network.headers(client, TOM)
    )
    assert gone.status_code == 404
