"""Skills evaluation in the browser (headless Chromium, the web tests' server): a recruiter
creates an assessment from a demo job's requirements and invites a candidate from the
candidate's page; the candidate opens the e-mailed link (no account), answers choices, a
short answer and a Python code exercise (each saved as it goes, the server's timer shown),
submits; the worker grades it; the attempt's results show on the assessment's page and the
assessment on the candidate's skill profile. A used link answers 410; a viewer sees no write
control and a forged write is refused; axe-core finds no serious violation on the paper."""

from __future__ import annotations

import json
import re
import time
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from tests.notifications.conftest import Inbox
from tests.skills.assessment_helpers import right_answer
from tests.web.conftest import AXE_RUN

PASSWORD = "correct-horse-battery-1"
DEMO_JOB = "Senior Backend Engineer (Python)"
WAIT_MS = 60_000


def _demo_job() -> dict[str, Any]:
    text = resources.files("talentsonar.jobs").joinpath("demo_jobs.json").read_text("utf-8")
    data = json.loads(text)
    jobs = data if isinstance(data, list) else data["jobs"]
    job = next(j for j in jobs if j["title"] == DEMO_JOB)
    return {
        "title": job["title"],
        "description": job.get("description", ""),
        "requiredSkills": job.get("required_skills") or job.get("requiredSkills"),
        "seniority": job.get("seniority"),
    }


def _axe(browser: Any, url: str, axe_url: str, path: str, state: Any = None) -> list[str]:
    """axe-core on a page, in a context that lets its script in (the page's CSP would not)."""
    context = browser.new_context(base_url=url, bypass_csp=True, storage_state=state)
    page = context.new_page()
    page.goto(path)
    page.add_script_tag(url=axe_url)
    found: list[str] = page.evaluate(AXE_RUN)
    context.close()
    return [f"{path}: {v}" for v in found]


def _sign_in(browser: Any, url: str, email: str, org: str | None = None) -> tuple[Any, Any]:
    context = browser.new_context(base_url=url, viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"/login?org={org}" if org else "/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/")
    return context, page


def _link(inbox: Inbox, email: str) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for message in inbox.messages:
            if message["To"] == email:
                body = message.get_payload(decode=True)
                assert isinstance(body, bytes)
                found = re.search(r"Open the assessment: (\S+)", body.decode())
                assert found, body
                return found.group(1)
        time.sleep(0.1)
    raise AssertionError(f"no invitation e-mail to {email}")


def test_assessment_in_a_browser(
    web_server: str, web_inbox: Inbox, browser: Any, artifacts: Path, axe_url: str
) -> None:
    url = web_server
    email = "recruiter@assess.example.com"
    registered = httpx.post(
        f"{url}/api/v1/auth/register",
        json={
            "email": email,
            "password": PASSWORD,
            "fullName": "Rita Recruiter",
            "organizationName": "Assess Org",
        },
        timeout=30,
    )
    assert registered.status_code == 201, registered.text
    h = {"Authorization": f"Bearer {registered.json()['data']['token']}"}
    job = httpx.post(f"{url}/api/v1/jobs", headers=h, json=_demo_job(), timeout=30)
    assert job.status_code == 201, job.text
    job_id = job.json()["data"]["id"]
    grace = httpx.post(
        f"{url}/api/v1/candidates",
        headers=h,
        timeout=30,
        json={
            "name": "Grace Hopper",
            "email": "grace@assess.example.com",
            "skills": ["Python", "PostgreSQL"],
            "totalYearsExperience": 7,
        },
    )
    assert grace.status_code == 201, grace.text
    cand = grace.json()["data"]["id"]

    # The recruiter: an assessment from the job's requirements, then the invitation.
    context, page = _sign_in(browser, url, email)
    page.goto("/assessments")
    page.select_option("#as-job", job_id)
    page.fill("#as-per", "1")
    page.click("#new-assessment button[type=submit]")
    page.wait_for_url(re.compile(r"/assessments/[0-9a-f-]{36}\?created=1"))
    assessment_id = page.url.split("/assessments/")[1].split("?")[0]
    assert "Python" in page.inner_text("main")
    page.goto(f"/jobs/{job_id}")
    page.locator("table.coverage tr[data-skill=Python]").wait_for()
    page.goto(f"/candidates/{cand}")
    page.locator("#inv-assessment").wait_for()
    page.select_option("#inv-assessment", assessment_id)
    page.click("text=Invite to the assessment")
    page.locator("#skill-profile .alert.ok").wait_for()
    link = _link(web_inbox, "grace@assess.example.com")
    assert link.startswith("http://127.0.0.1:8000/assess/tsa_"), link
    path = link.removeprefix("http://127.0.0.1:8000")

    # The candidate: no account, a fresh browser.
    anon = browser.new_context(base_url=url, viewport={"width": 1440, "height": 900})
    taker = anon.new_page()
    errors: list[str] = []
    taker.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    taker.goto(path)
    assert "minutes" in taker.inner_text("main")
    taker.click("text=Start the assessment")
    taker.locator("#timer").wait_for()
    left = int(taker.get_attribute("#timer", "data-seconds-left") or 0)
    assert 0 < left <= 45 * 60
    paper = httpx.get(
        f"{url}/api{path.replace('/assess/', '/v1/assessments/take/')}", timeout=30
    ).json()["data"]
    kinds = {q["kind"] for q in paper["questions"]}
    assert "code" in kinds, kinds
    for question in paper["questions"]:
        item = taker.locator(f"[id='q-{question['id']}']")
        answer = right_answer(question)
        if question["kind"] in ("single", "multiple"):
            for choice in answer["choices"]:
                item.locator(f"input[value='{choice}']").check()
        else:
            area = item.locator("textarea")
            area.fill(answer.get("code") or answer.get("text") or "")
            area.evaluate("e => e.blur()")
        item.locator(".saved", has_text=re.compile(r"Saved \d")).wait_for()
    code_area = taker.locator("textarea.code").first
    assert "monospace" in code_area.evaluate("e => getComputedStyle(e).fontFamily")
    failures = _axe(browser, url, axe_url, path)
    taker.screenshot(path=str(artifacts / "assessment-paper.png"), full_page=True)
    taker.set_viewport_size({"width": 375, "height": 800})
    assert taker.evaluate("document.documentElement.scrollWidth") <= 380
    taker.screenshot(path=str(artifacts / "assessment-paper-375.png"), full_page=True)
    taker.click("#submit-paper")
    taker.locator("h1", has_text="Submitted").wait_for()
    assert "results will be sent to the recruiter" in taker.inner_text("main")
    gone = taker.goto(path)
    assert gone is not None
    assert gone.status == 410
    assert "was submitted" in taker.inner_text("main")
    csp = [e for e in errors if "Content Security Policy" in e]
    assert csp == [], csp
    anon.close()

    # The results: graded by the worker; on the candidate's skill profile.
    page.goto(f"/assessments/{assessment_id}")
    page.locator("tr.attempt[data-status=graded]").wait_for(timeout=WAIT_MS)
    assert "/100" in page.inner_text("#attempts")
    code = page.locator(".per-question li[data-kind=code]").first
    assert "passed" in (code.text_content() or ""), "the code exercise's grading status shows"
    failures += _axe(
        browser, url, axe_url, f"/assessments/{assessment_id}", context.storage_state()
    )
    page.goto(f"/candidates/{cand}")
    source = page.locator("#skill-profile .source[data-source=assessment]").first
    source.wait_for()
    page.locator("#skills").screenshot(path=str(artifacts / "skill-profile.png"))
    # A recruiter's override (audited by the API).
    page.fill("#lvl-skill", "Python")
    page.fill("#lvl-value", "9")
    page.fill("#lvl-note", "Pair-programmed with us")
    page.click("text=Set level")
    page.locator("#skill-profile .source[data-source=recruiter]").wait_for()
    context.close()

    # A viewer: no write control; a forged write is refused.
    viewer = "viewer@assess.example.com"
    added = httpx.post(
        f"{url}/api/v1/auth/register",
        timeout=30,
        json={"email": viewer, "password": PASSWORD, "fullName": "Val Viewer"},
    )
    assert added.status_code == 201, added.text
    member = httpx.post(
        f"{url}/api/v1/organization/members",
        headers=h,
        timeout=30,
        json={"email": viewer, "role": "viewer"},
    )
    assert member.status_code == 201, member.text
    org = httpx.get(f"{url}/api/v1/organization", headers=h, timeout=30).json()["data"]["id"]
    vcontext, vpage = _sign_in(browser, url, viewer, org)
    vpage.goto(f"/candidates/{cand}")
    vpage.locator("#skill-profile table").wait_for()
    assert vpage.locator("#skill-profile form").count() == 0
    vpage.goto("/assessments")
    assert vpage.locator("#new-assessment").count() == 0
    csrf = next(c["value"] for c in vcontext.cookies() if c["name"] == "ts_csrf")
    forged = vcontext.request.post(
        f"/candidates/{cand}/skill-profile/level",
        form={"skill": "Python", "proficiency": "1", "csrf_token": csrf},
        max_redirects=0,
    )
    assert forged.status == 403, forged.status
    forged_invite = vcontext.request.post(
        f"/assessments/{assessment_id}/invitations",
        form={"candidate_id": cand, "replace": "1", "csrf_token": csrf},
        max_redirects=0,
    )
    assert forged_invite.status == 403, forged_invite.status
    vcontext.close()
    profile = httpx.get(f"{url}/api/v1/candidates/{cand}/skills", headers=h, timeout=30)
    python = next(s for s in profile.json()["data"]["skills"] if s["name"] == "Python")
    assert python["proficiency"] == 9, "the viewer's forged level was not written"
    assert failures == [], "\n".join(failures)
