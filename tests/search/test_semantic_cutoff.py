"""The semantic leg contributes only above a calibrated similarity: a search for nurses
finds the nurses of a mixed pool, and none of its software engineers."""

from __future__ import annotations

from typing import Any

import httpx

NURSES = [
    {"name": "Lena Stone", "headline": "Registered Nurse",
     "skills": ["Patient Care", "Triage", "Wound Care"],
     "summary": "Cares for patients on a busy surgical ward."},
    {"name": "Aisha Khan", "headline": "ICU Nurse",
     "skills": ["Critical Care Nursing", "Medication Administration"],
     "summary": "Intensive care of ventilated patients."},
    {"name": "Maria Silva", "headline": "Clinical Care Coordinator",
     "skills": ["Patient Care", "Electronic Health Records"],
     "summary": "Looks after sick patients and plans their discharge from hospital."},
]
ENGINEERS = [
    {"name": "Omar Field", "headline": "Senior Backend Developer",
     "skills": ["Go", "PostgreSQL", "Kafka", "Docker"],
     "summary": "Builds payment services."},
    {"name": "Chen Wei", "headline": "Software Engineer",
     "skills": ["Python", "Java", "Kubernetes", "AWS"],
     "summary": "Writes and runs cloud services."},
    {"name": "Priya Patel", "headline": "Frontend Developer",
     "skills": ["React", "TypeScript", "CSS"],
     "summary": "Builds web user interfaces."},
    {"name": "John Smith", "headline": "DevOps Engineer",
     "skills": ["Terraform", "Linux", "CI/CD"],
     "summary": "Automates infrastructure and deployments."},
    {"name": "Yuki Tanaka", "headline": "Machine Learning Engineer",
     "skills": ["TensorFlow", "Python", "Spark"],
     "summary": "Trains and serves models."},
]


async def test_nurse_finds_nurses_and_no_software_engineers(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    ids: dict[str, str] = {}
    for person in [*NURSES, *ENGINEERS]:
        r = await client.post("/api/v1/candidates", json={**person, "type": "internal"},
                              headers=h)
        assert r.status_code == 201, r.text
        ids[person["name"]] = r.json()["data"]["id"]
    engineers = {ids[p["name"]] for p in ENGINEERS}
    for q in ("nurse", "nurses", "someone to look after sick patients"):
        r = await client.get("/api/v1/candidates/search", params={"q": q}, headers=h)
        assert r.status_code == 200, r.text
        found = [hit["candidate"]["id"] for hit in r.json()["data"]]
        assert not engineers & set(found), (q, r.json()["data"])
        assert ids["Lena Stone"] in found, q
    # meaning alone still finds the nurse who is not called one
    body = (await client.get("/api/v1/candidates/search",
                             params={"q": "someone to look after sick patients"},
                             headers=h)).json()
    assert ids["Maria Silva"] in {hit["candidate"]["id"] for hit in body["data"]}
