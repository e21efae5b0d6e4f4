"""A job created from a pasted description shows the requirements inferred from it, with
evidence; a person's edit wins and stays; matches use only what the job shows (issue 15)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import run_queued_tasks
from tests.matching.conftest import add_candidate, org_of

POSTING = (
    "Sr Windows Systems Administrator. We need a dedicated, reliable and self-motivated "
    "administrator who keeps the history of every change in the ticketing system. You will "
    "patch Windows Server 2016, manage Active Directory and Group Policy, and automate with "
    "PowerShell. Requirements: 5+ years of experience administering Windows servers. "
    "Preferred: Azure, Terraform."
)


async def _create(client: httpx.AsyncClient, headers: dict[str, str], **body: Any
                  ) -> dict[str, Any]:
    response = await client.post("/api/v1/jobs", json=body, headers=headers)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _patch(client: httpx.AsyncClient, headers: dict[str, str], job_id: str,
                 **body: Any) -> dict[str, Any]:
    response = await client.patch(f"/api/v1/jobs/{job_id}", json=body, headers=headers)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def test_a_pasted_description_gets_visible_requirements_with_evidence(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    job = await _create(client, h, title="Sr Windows Systems Administrator", description=POSTING)
    assert {"Windows Server", "Active Directory", "PowerShell"} <= set(job["requiredSkills"])
    assert {"Azure", "Terraform"} <= set(job["niceToHaveSkills"])
    assert not {"History", "Instructional Design", "Work Ethic"} & set(
        job["requiredSkills"] + job["niceToHaveSkills"]
    )
    assert job["seniority"] == "senior"
    assert job["minYearsExperience"] == 5
    requirements = job["requirements"]
    for field in ("requiredSkills", "niceToHaveSkills", "seniority", "minYearsExperience"):
        assert requirements[field]["source"] == "inferred"
    evidence = requirements["requiredSkills"]["evidence"]
    assert [e["value"] for e in evidence] == job["requiredSkills"]
    for item in evidence:
        assert POSTING[item["start"] : item["end"]] == item["text"]
        assert item["quote"] in item["text"]
    years = requirements["minYearsExperience"]["evidence"][0]
    assert years["text"] == "Requirements: 5+ years of experience administering Windows servers."
    # the same on a read, and in the list
    got = (await client.get(f"/api/v1/jobs/{job['id']}", headers=h)).json()["data"]
    assert got["requirements"] == requirements
    listed = (await client.get("/api/v1/jobs", headers=h)).json()["data"]
    assert listed[0]["requirements"] == requirements


async def test_an_edit_wins_and_survives_a_new_description(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    job = await _create(client, h, title="Windows Systems Administrator", description=POSTING,
                        seniority="mid")
    assert job["seniority"] == "mid"
    assert job["requirements"]["seniority"] == {"source": "edited", "evidence": []}
    assert job["requirements"]["requiredSkills"]["source"] == "inferred"

    edited = await _patch(client, h, job["id"], requiredSkills=["Windows Server", "Kubernetes"])
    assert edited["requirements"]["requiredSkills"] == {"source": "edited", "evidence": []}
    assert edited["requiredSkills"] == ["Windows Server", "Kubernetes"]

    rewritten = await _patch(
        client, h, job["id"],
        description="Run our Linux fleet with Ansible. 3+ years of experience. Docker is a plus.",
    )
    assert rewritten["requiredSkills"] == ["Windows Server", "Kubernetes"]  # the edit stays
    assert rewritten["seniority"] == "mid"
    assert rewritten["minYearsExperience"] == 3  # not edited: inferred again
    assert rewritten["niceToHaveSkills"] == ["Docker"]
    assert rewritten["requirements"]["niceToHaveSkills"]["evidence"][0]["text"] == (
        "Docker is a plus."
    )

    handed_back = await _patch(client, h, job["id"], inferRequirements=["requiredSkills"])
    assert handed_back["requirements"]["requiredSkills"]["source"] == "inferred"
    assert "Ansible" in handed_back["requiredSkills"]

    cleared = await _patch(client, h, job["id"], minYearsExperience=None)
    assert cleared["minYearsExperience"] is None
    assert cleared["requirements"]["minYearsExperience"]["source"] == "edited"

    both = await client.patch(
        f"/api/v1/jobs/{job['id']}", headers=h,
        json={"seniority": "senior", "inferRequirements": ["seniority"]},
    )
    assert both.status_code == 422
    unknown = await client.patch(
        f"/api/v1/jobs/{job['id']}", headers=h, json={"inferRequirements": ["salary"]}
    )
    assert unknown.status_code == 422


async def test_a_recruiters_lists_are_kept_as_given(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    job = await _create(
        client, user["headers"], title="Backend Engineer", description=POSTING,
        requiredSkills=["Python"], niceToHaveSkills=["Go"], minYearsExperience=2,
    )
    assert job["requiredSkills"] == ["Python"]
    assert job["niceToHaveSkills"] == ["Go"]
    assert job["minYearsExperience"] == 2
    assert job["requirements"]["requiredSkills"]["source"] == "edited"
    assert job["requirements"]["seniority"]["source"] == "inferred"


async def test_matches_name_only_requirements_the_job_shows_and_follow_edits(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    h = user["headers"]
    org = org_of(user)
    teacher = await add_candidate(
        runtime, org, name="T", headline="History Teacher",
        skills=["Instructional Design", "History", "Work Ethic", "Teaching"], years=6,
    )
    admin = await add_candidate(
        runtime, org, name="A", headline="Windows Administrator",
        skills=["Windows Server", "Active Directory", "PowerShell"], years=6,
    )
    job = await _create(client, h, title="Windows Systems Administrator", description=POSTING)
    await run_queued_tasks(runtime)

    async def matches() -> dict[uuid.UUID, dict[str, Any]]:
        response = await client.get(
            f"/api/v1/jobs/{job['id']}/matches", params={"minScore": 0}, headers=h
        )
        assert response.status_code == 200, response.text
        return {uuid.UUID(m["candidate"]["id"]): m for m in response.json()["data"]}

    async def detail(candidate: uuid.UUID) -> dict[str, Any]:
        response = await client.get(
            f"/api/v1/jobs/{job['id']}/candidates/{candidate}/match", headers=h
        )
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()["data"]
        return data

    shown = (await client.get(f"/api/v1/jobs/{job['id']}", headers=h)).json()["data"]
    found = await matches()
    assert set(found) == {teacher, admin}
    for candidate in (teacher, admin):
        match = await detail(candidate)
        named = match["matchedSkills"] + match["missingSkills"] + match.get("impliedSkills", [])
        assert set(named) <= set(shown["requiredSkills"])
        assert sorted(match["matchedSkills"] + match["missingSkills"]) == sorted(
            s for s in shown["requiredSkills"] if s not in match.get("impliedSkills", [])
        )
        for skill in ("Instructional Design", "History", "Work Ethic"):
            assert skill not in found[candidate]["matchRationale"]
    assert found[admin]["matchScore"] > found[teacher]["matchScore"]

    # an edit of the requirements re-scores the matches (the existing task mechanism)
    await _patch(client, h, job["id"], requiredSkills=["Teaching"])
    await run_queued_tasks(runtime)
    after = await detail(teacher)
    assert after["matchedSkills"] == ["Teaching"]
    assert after["missingSkills"] == []
    assert "has 1/1 required skills (Teaching)" in (await matches())[teacher]["matchRationale"]


async def test_jobs_stored_before_inference_get_requirements_from_the_maintenance_refresh(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any]
) -> None:
    from sqlalchemy import text

    from talentsonar.worker import queue_maintenance

    h = user["headers"]
    org = org_of(user)
    listed = await _create(client, h, title="Backend Engineer", description=POSTING,
                           requiredSkills=["Python"])
    pasted = await _create(client, h, title="Windows Systems Administrator", description=POSTING)
    await run_queued_tasks(runtime)
    async with runtime.db.session() as session:  # as every job was before migration 0010
        await session.execute(
            text(
                "UPDATE jobs SET requirements = '{}', embedding_version = 3, "
                "nice_to_have_skills = '[]', seniority = NULL, min_years_experience = NULL, "
                "required_skills = CASE WHEN id = :pasted THEN '[]'::jsonb "
                "ELSE required_skills END"
            ),
            {"pasted": uuid.UUID(pasted["id"])},
        )
    queued = await queue_maintenance(runtime)
    assert queued["refresh"] == [org]
    await run_queued_tasks(runtime)
    await run_queued_tasks(runtime)

    got = (await client.get(f"/api/v1/jobs/{pasted['id']}", headers=h)).json()["data"]
    assert "Active Directory" in got["requiredSkills"]
    assert got["requirements"]["requiredSkills"]["source"] == "inferred"
    kept = (await client.get(f"/api/v1/jobs/{listed['id']}", headers=h)).json()["data"]
    assert kept["requiredSkills"] == ["Python"]  # the recruiter's list counts as edited
    assert kept["requirements"]["requiredSkills"]["source"] == "edited"
    assert kept["requirements"]["minYearsExperience"]["source"] == "inferred"
    assert kept["minYearsExperience"] == 5
