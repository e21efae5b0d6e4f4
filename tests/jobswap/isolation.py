"""Isolation factories for JobSwap (see tests/isolation_factories.py): in the owner's
organisation, a company, the owner's profile (with a resume), an employee's profile, their
match, a swap request both accepted, and the HR request it made."""

from __future__ import annotations

from pathlib import Path

from talentsonar.jobswap import matching
from tests.conftest import member_of
from tests.isolation_factories import IsolationContext, factory

API = "/api/v1/jobswap"
RESUME = Path(__file__).with_name("files") / "resume.txt"


def _profile(name: str, home: str, work: str) -> dict[str, object]:
    return {
        "name": name,
        "company": "Iso Corp",
        "jobTitle": "Backend Engineer",
        "salaryBand": "50k-60k",
        "homeAddress": home,
        "workAddress": work,
        "skills": ["Python", "PostgreSQL"],
    }


async def _scenario(ctx: IsolationContext) -> None:
    if "jobswap:hr_request" in ctx.cache:
        return
    client, owner = ctx.client, ctx.owner["headers"]
    r = await client.post(f"{API}/companies", json={"name": "Iso Corp"}, headers=owner)
    assert r.status_code == 201, r.text
    company_id = r.json()["data"]["id"]
    r = await client.post(
        f"{API}/profiles",
        headers=owner,
        json=_profile("Owner", "Kispest, Budapest", "Budaörs, Hungary"),
    )
    assert r.status_code == 201, r.text
    mine = r.json()["data"]["id"]
    r = await client.post(
        f"{API}/profiles/{mine}/resume",
        headers=owner,
        files={"file": ("resume.txt", RESUME.read_bytes(), "text/plain")},
    )
    assert r.status_code == 201, r.text
    employee = await member_of(client, ctx.owner, "employee")
    r = await client.post(
        f"{API}/profiles",
        headers=employee["headers"],
        json=_profile("Employee", "Budaörs, Hungary", "Kispest, Budapest"),
    )
    assert r.status_code == 201, r.text
    hr = await member_of(client, ctx.owner, "hr")
    r = await client.post(
        f"{API}/hr-users", headers=owner, json={"userId": hr["user"]["id"], "companyId": company_id}
    )
    assert r.status_code == 201, r.text
    async with ctx.runtime.db.session() as session:
        await matching.generate_network(ctx.runtime, session, ctx.org_id)
    matches = (await client.get(f"{API}/matches", headers=owner)).json()["data"]
    assert matches, "the two profiles make a swap"
    r = await client.post(
        f"{API}/swap-requests",
        headers=owner,
        json={"matchId": matches[0]["id"], "message": "Swap?"},
    )
    assert r.status_code == 201, r.text
    request_id = r.json()["data"]["id"]
    for headers in (owner, employee["headers"]):
        accepted = await client.put(f"{API}/swap-requests/{request_id}/accept", headers=headers)
        assert accepted.status_code == 200, accepted.text
    hr_requests = (await client.get(f"{API}/hr/requests", headers=hr["headers"])).json()["data"]
    ctx.cache.update(
        {
            "jobswap:company": company_id,
            "jobswap:profile": mine,
            "jobswap:match": matches[0]["id"],
            "jobswap:swap_request": request_id,
            "jobswap:hr_request": hr_requests[0]["id"],
        }
    )


@factory("profile_id")
async def make_profile(ctx: IsolationContext) -> str:
    await _scenario(ctx)
    return ctx.cache["jobswap:profile"]


@factory("match_id")
async def make_match(ctx: IsolationContext) -> str:
    await _scenario(ctx)
    return ctx.cache["jobswap:match"]


@factory("swap_request_id")
async def make_swap_request(ctx: IsolationContext) -> str:
    await _scenario(ctx)
    return ctx.cache["jobswap:swap_request"]


@factory("hr_request_id")
async def make_hr_request(ctx: IsolationContext) -> str:
    await _scenario(ctx)
    return ctx.cache["jobswap:hr_request"]
