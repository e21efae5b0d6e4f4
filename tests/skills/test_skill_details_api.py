"""Skills with evidence and standard ids through the API: the candidate profile's
``skillDetails`` (additive: ``skills`` stays a list of names) and the suggest endpoint."""

from __future__ import annotations

from typing import Any

import httpx

from tests.cvs.builders import make_pdf

PDF = "application/pdf"
CV = [
    "Jane Doe",
    "jane.doe@example.com | +44 20 7946 0123",
    "Data Engineer",
    "SKILLS",
    "Python, Django, Go, PostgreSQL",
    "EXPERIENCE",
    "Data Engineer, Acme Analytics (2019 - 2022)",
    "Built survival models in R and deployed services on Kubernetes.",
    "Office at 1 Market St, San Francisco, CA - a long commute.",
]


async def test_uploaded_cv_answers_skill_details(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    response = await client.post(
        "/api/v1/candidates/upload", headers=h, files=[("file", ("jane.pdf", make_pdf(CV), PDF))]
    )
    assert response.status_code == 202, response.text
    [item] = response.json()["data"]["files"]
    candidate = (await client.get(f"/api/v1/candidates/{item['candidateId']}", headers=h)).json()
    data = candidate["data"]
    assert {"Python", "Django", "Go", "PostgreSQL", "R", "Kubernetes"} <= set(data["skills"])
    assert "Chartered Accountant" not in data["skills"]
    details = {d["name"]: d for d in data["skillDetails"]}
    evidenced = [d for d in data["skillDetails"] if not d["implied"]]
    assert [d["name"] for d in evidenced] == data["skills"]
    go = details["Go"]
    assert go["evidence"]["text"] == "Go"
    assert go["evidence"]["section"] == "skills"
    assert go["evidence"]["end"] - go["evidence"]["start"] == 2
    assert details["R"]["evidence"]["support"] == "tool"
    assert details["Python"]["escoUri"].startswith("http://data.europa.eu/esco/skill/")
    assert details["Python"]["onet"]["commodityCode"] == "43232405"
    # Django implies Python (listed) and Web Development etc. (not listed: shown as implied)
    implied = [d for d in data["skillDetails"] if d["implied"]]
    assert implied
    for entry in implied:
        assert entry["evidence"] is None
        assert entry["impliedBy"]
        assert entry["name"] not in data["skills"]


async def test_typed_skills_have_no_evidence(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    created = await client.post(
        "/api/v1/candidates", headers=h,
        json={"name": "Sam Lee", "skills": ["k8s", "Underwater Basket Weaving"]},
    )
    assert created.status_code == 201, created.text
    data = created.json()["data"]
    assert data["skills"] == ["Kubernetes", "Underwater Basket Weaving"]
    details = {d["name"]: d for d in data["skillDetails"]}
    assert details["Kubernetes"]["evidence"] is None
    assert details["Kubernetes"]["onet"]["example"] == "Kubernetes"
    assert details["Underwater Basket Weaving"]["escoUri"] is None
    assert details["Containers"]["implied"] is True


async def test_suggestions_carry_standard_ids(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    r = await client.get("/api/v1/skills/suggest", params={"q": "pyth"}, headers=user["headers"])
    assert r.status_code == 200
    python = next(s for s in r.json()["data"] if s["name"] == "Python")
    assert python["escoUri"].startswith("http://data.europa.eu/esco/skill/")
    assert python["onet"] == {
        "commodityCode": "43232405",
        "commodityTitle": "Object or component oriented development software",
        "example": "Python",
    }
