"""The acceptance flow on the demo network, as a new user would try it with curl: matches
with commute before and after, a request, both accepts, both HR approvals, the e-mails."""

from __future__ import annotations

import httpx

from tests.conftest import run_queued_tasks
from tests.jobswap.conftest import API, Network, as_list

AMIRA, TOM = "amira.haddad@example.com", "tom.becker@example.com"
HR_BUDA, HR_PEST = "hr@budasoftware.example.com", "hr@pestdata.example.com"


async def test_a_swap_goes_from_match_to_both_hr_approvals(
    client: httpx.AsyncClient, network: Network
) -> None:
    amira = await network.headers(client, AMIRA)
    tom = await network.headers(client, TOM)
    matches = as_list(await client.get(f"{API}/matches", headers=amira))
    assert matches, "the demo network has matches for Amira"
    match = next(m for m in matches if m["matchProfile"]["name"] == "Tom Becker")
    assert match["commuteAfterMinutes"] < match["commuteBeforeMinutes"]
    assert match["theirCommute"]["afterMinutes"] < match["theirCommute"]["beforeMinutes"]
    assert 0 <= match["compatibilityScore"] <= 100
    assert "address" not in match["matchProfile"]["homeLocation"]

    r = await client.post(
        f"{API}/swap-requests",
        headers=amira,
        json={
            "matchId": match["id"],
            "message": "Shall we swap?",
            "shareResume": True,
            "shareContact": True,
        },
    )
    assert r.status_code == 201, r.text
    request = r.json()["data"]
    assert request["commuteSavingsMinutes"] > 0
    assert request["counterpartContact"] is None  # Tom has shared nothing yet

    received = as_list(await client.get(f"{API}/swap-requests", headers=tom))
    seen = next(x for x in received if x["id"] == request["id"])
    assert seen["direction"] == "received"
    assert seen["counterpartContact"]["email"] == "amira.haddad@example.com"
    assert seen["counterpartResumeUrl"]

    r = await client.put(
        f"{API}/swap-requests/{request['id']}/accept", headers=tom, json={"shareContact": True}
    )
    assert r.status_code == 200, r.text
    assert r.json()["data"]["status"] == "pending"
    again = await client.put(f"{API}/swap-requests/{request['id']}/accept", headers=tom)
    assert again.status_code == 200
    assert again.json()["data"]["status"] == "pending"
    r = await client.put(f"{API}/swap-requests/{request['id']}/accept", headers=amira)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["status"] == "hr_review"

    hr_ids = []
    for hr_email in (HR_BUDA, HR_PEST):
        hr = await network.headers(client, hr_email)
        mine = [
            x
            for x in as_list(await client.get(f"{API}/hr/requests", headers=hr))
            if x["swapRequestId"] == request["id"]
        ]
        assert len(mine) == 1
        assert float(mine[0]["estimatedCostSavings"]) > 0
        assert mine[0]["requesterResumeUrl"]
        assert mine[0]["counterpartyResumeUrl"]
        resume = await client.get(mine[0]["requesterResumeUrl"])
        assert resume.status_code == 200
        assert b"Amira Haddad" in resume.content
        hr_ids.append((hr, mine[0]["id"]))

    first = await client.put(f"{API}/hr/requests/{hr_ids[0][1]}/approve", headers=hr_ids[0][0])
    assert first.status_code == 200, first.text
    state = (await client.get(f"{API}/swap-requests/{request['id']}", headers=amira)).json()
    assert state["data"]["status"] == "hr_review"
    second = await client.put(f"{API}/hr/requests/{hr_ids[1][1]}/approve", headers=hr_ids[1][0])
    assert second.status_code == 200, second.text
    state = (await client.get(f"{API}/swap-requests/{request['id']}", headers=amira)).json()
    assert state["data"]["status"] == "approved"

    await run_queued_tasks(network.runtime)
    mails = [(m["To"], m["Subject"]) for m in network.inbox.messages]
    assert ("tom.becker@example.com", "Amira Haddad proposes a job swap") in mails
    assert (HR_BUDA, "Job swap to review: Amira Haddad and Tom Becker") in mails
    assert ("amira.haddad@example.com", "Your job swap was approved") in mails
    assert ("tom.becker@example.com", "Your job swap was approved") in mails
