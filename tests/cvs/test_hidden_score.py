"""Hidden keywords do not move a match score (issue 13: a CV with hidden text went from
31.77 to 80.29). The same visible CV is uploaded to two organisations, once with job
keywords hidden in it by the techniques that went through, and scored against the same job."""

from __future__ import annotations

from typing import Any

import httpx
from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from talentsonar.core.runtime import Runtime
from tests.conftest import run_queued_tasks
from tests.cvs.builders import make_pdf

LINES = [
    "Ada Visible",
    "ada.visible@example.org | +44 20 7946 0101",
    "Junior Web Developer",
    "Skills: Python, HTML",
]
KEYWORDS = "Django PostgreSQL Docker AWS Redis Kubernetes senior backend engineer"
JOB: dict[str, Any] = {
    "title": "Senior Python Backend Engineer",
    "description": "Build APIs in Python with Django and PostgreSQL, deploy on AWS with Docker.",
    "requiredSkills": ["Python", "Django", "PostgreSQL", "Docker"],
    "niceToHaveSkills": ["AWS", "Redis"],
    "minYearsExperience": 2,
}


def _hide_keywords(canvas: Canvas) -> None:
    # under a white rectangle
    canvas.drawString(60, 600, KEYWORDS)
    canvas.setFillColor(white)
    canvas.rect(55, 595, 480, 20, fill=1, stroke=0)
    # clipped out
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(500, 100, 1, 1)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawString(60, 560, KEYWORDS)
    canvas.restoreState()
    # scaled down to 5 %
    canvas.saveState()
    canvas.translate(60, 540)
    canvas.scale(0.05, 0.05)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawString(0, 0, KEYWORDS)
    canvas.restoreState()
    # white over a nearly transparent dark box
    canvas.saveState()
    canvas.setFillAlpha(0.004)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(55, 515, 480, 20, fill=1, stroke=0)
    canvas.restoreState()
    canvas.setFillColor(white)
    canvas.drawString(60, 520, KEYWORDS)


async def _score(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], pdf: bytes
) -> tuple[float, list[str], list[str]]:
    headers = user["headers"]
    job = await client.post("/api/v1/jobs", json=JOB, headers=headers)
    assert job.status_code == 201, job.text
    upload = await client.post(
        "/api/v1/candidates/upload",
        headers=headers,
        files=[("file", ("ada.pdf", pdf, "application/pdf"))],
    )
    assert upload.status_code == 202, upload.text
    [item] = upload.json()["data"]["files"]
    await run_queued_tasks(runtime)
    candidate = (
        await client.get(f"/api/v1/candidates/{item['candidateId']}", headers=headers)
    ).json()["data"]
    matches = await client.get(
        f"/api/v1/jobs/{job.json()['data']['id']}/matches", params={"minScore": 0}, headers=headers
    )
    assert matches.status_code == 200, matches.text
    [match] = matches.json()["data"]
    return match["matchScore"], sorted(candidate["skills"]), candidate["flags"]


async def test_hidden_keywords_do_not_change_the_match_score(
    client: httpx.AsyncClient,
    runtime: Runtime,
    user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    clean = await _score(client, runtime, user, make_pdf(LINES))
    hidden = await _score(client, runtime, other_user, make_pdf(LINES, decorate=_hide_keywords))
    assert hidden[0] == clean[0]
    assert hidden[1] == clean[1]
    assert "Django" not in hidden[1]
    assert clean[2] == []
    assert hidden[2] == ["hidden_text"]
