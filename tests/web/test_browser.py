"""The web app in a real browser (headless Chromium): the recruiter's core loop, a CV
that carries script, a viewer's read-only view, an accessibility scan (axe-core) of the
main pages, and their screenshots (``tests/artifacts/``).

One test walks the steps in order on one server and one browser (the steps build on each
other, and a second browser would cost more than the steps themselves); each step says
what failed.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.notifications.conftest import Inbox
from tests.web.conftest import AXE_RUN

HERE = Path(__file__).parent
CVS = HERE / "cvs"
PASSWORD = "correct-horse-battery-1"
#: Long enough for a CV to be parsed and scored by the in-process worker on a busy machine.
WAIT_MS = 90_000

MAIN_PAGES = [
    ("dashboard", "/"),
    ("jobs", "/jobs"),
    ("job", "/jobs/{job}"),
    ("upload", "/upload"),
    ("shortlist", "/jobs/{job}/shortlist"),
    ("pipeline", "/jobs/{job}/pipeline"),
    ("candidate", "/candidates/{candidate}"),
    ("search", "/search?q=python"),
    ("credits", "/credits"),
    ("organization", "/organization"),
]


def wait_until(condition: Callable[[], bool], what: str, timeout: float = WAIT_MS / 1000) -> None:
    """Wait for a condition (checked every 0.1 s), never for a fixed time."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.1)


class Run:
    """What the steps share: the server, the owner's page, the ids they made."""

    def __init__(
        self, url: str, browser: Any, artifacts: Path, inbox: Inbox, axe_url: str
    ) -> None:
        self.url = url
        self.axe_url = axe_url
        self.inbox = inbox
        self.browser = browser
        self.artifacts = artifacts
        self.email = "owner@web.example.com"
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(base_url=url, viewport={"width": 1440, "height": 900})
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)
        self.ids: dict[str, str] = {}
        self.timings: dict[str, float] = {}

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, page: Any, name: str) -> None:
        page.screenshot(path=str(self.artifacts / f"{name}.png"), full_page=True)

    def api_token(self, email: str, password: str = PASSWORD, org: str | None = None) -> str:
        body: dict[str, Any] = {"email": email, "password": password}
        if org:
            body["organizationId"] = org
        answer = httpx.post(f"{self.url}/api/v1/auth/login", json=body, timeout=30)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["data"]["token"])


def register_and_sign_in(run: Run) -> None:
    page = run.page
    page.goto("/")
    assert "/login" in page.url, "an anonymous visitor is sent to the sign-in page"
    page.click("text=Create one")
    page.fill("#full_name", "Olivia Owner")
    page.fill("#email", run.email)
    page.fill("#password", PASSWORD)
    page.fill("#organization_name", "Web Test Org")
    page.click("button[type=submit]")
    page.wait_for_url(f"{run.url}/")
    assert page.locator("h1").inner_text() == "Dashboard"
    page.reload()
    assert page.locator("h1").inner_text() == "Dashboard", "the session survives a reload"
    cookies = {c["name"]: c for c in run.context.cookies()}
    assert cookies["ts_session"]["httpOnly"]
    assert cookies["ts_session"]["sameSite"] == "Lax"


def create_job(run: Run) -> None:
    page = run.page
    page.goto("/jobs/new")
    page.fill("#title", "Senior Python Engineer")
    page.fill("#description", "Build FastAPI services on PostgreSQL and Redis; mentor engineers.")
    page.click("text=Suggest requirements with AI")
    page.wait_for_selector("#ai-suggestion .alert", timeout=WAIT_MS)
    assert page.input_value("#required_skills"), "the AI generator fills the required skills"
    page.fill("#required_skills", "Python, FastAPI, PostgreSQL")
    page.fill("#nice_skills", "Redis, Docker")
    page.fill("#min_years", "3")
    run.shot(page, "job-form")
    page.click("text=Create job")
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f-]{36}\?created=1"))
    run.ids["job"] = page.url.split("/jobs/")[1].split("?")[0]
    assert "Job created" in page.inner_text("main")


def upload_cvs(run: Run) -> None:
    page = run.page
    page.goto(f"/upload?job={run.ids['job']}")
    assert page.input_value("#job_id") == run.ids["job"]
    files = [str(CVS / n) for n in ("ada-nguyen.txt", "ben-okoro.txt", "carla-mendes.txt")]
    page.set_input_files("#files", files)
    page.click("#upload-form button[type=submit]")
    page.locator("tr.file-row").nth(2).wait_for()
    assert page.locator("tr.file-row").count() == 3
    # Every row polls its task until the CV is parsed: watched here, live.
    page.locator("tr.file-row[data-status=succeeded]").nth(2).wait_for(timeout=WAIT_MS)
    assert page.locator("tr.file-row a", has_text="Open").count() == 3
    run.shot(page, "upload")


def open_shortlist(run: Run) -> None:
    page = run.page
    job = run.ids["job"]
    # scoring runs after parsing, in the background: wait for it (the API), then look
    token = run.api_token(run.email)
    wait_until(
        lambda: len(
            httpx.get(
                f"{run.url}/api/v1/jobs/{job}/matches",
                params={"minScore": 0},
                headers={"Authorization": f"Bearer {token}"},
                timeout=30,
            ).json()["data"]
        )
        >= 3,
        "the three CVs are scored",
    )
    page.goto(f"/jobs/{job}/shortlist")
    matches = page.locator("#matches > li")
    assert matches.count() >= 2, "the Python engineers are ranked"
    first = matches.nth(0)
    assert "Ada Nguyen" in first.inner_text() or "Ben Okoro" in first.inner_text()
    assert first.locator(".meter > span").count() >= 2, "score bars"
    first.locator("summary", has_text="Score breakdown").click()
    first.locator(".breakdown .bars").wait_for()
    run.ids["candidate"] = first.get_attribute("data-candidate") or ""
    page.locator("#fair-h").wait_for()  # the side panels load after the list
    run.shot(page, "shortlist")
    page.check("#blind")
    page.click("text=Apply")
    page.wait_for_url(re.compile("blind=1"))
    text = page.inner_text("#matches")
    assert "Ada Nguyen" not in text, "the blind view hides names"
    assert "Ben Okoro" not in text
    page.goto(f"/jobs/{job}/shortlist")
    page.fill("#limit", "2")
    page.click("text=Analyse top N")
    page.wait_for_selector("#analysis-done", timeout=WAIT_MS)


def drag(page: Any, source: Any, target: Any) -> None:
    """A drag with the mouse (HTML5 drag-and-drop), the target scrolled into view on the way
    (``Locator.drag_to`` loses the drag when the board has to scroll)."""
    source.scroll_into_view_if_needed()
    box = source.bounding_box()
    page.mouse.move(box["x"] + 8, box["y"] + 8)
    page.mouse.down()
    page.mouse.move(box["x"] + 40, box["y"] + 40, steps=4)
    target.scroll_into_view_if_needed()
    end = target.bounding_box()
    page.mouse.move(end["x"] + 20, end["y"] + 20, steps=4)
    page.mouse.up()


def move_through_pipeline(run: Run) -> None:
    """Keyboard moves (a select and a button on each card) up to Hired, a drag-and-drop
    move, and a rejection that asks for its reason."""
    page = run.page
    job = run.ids["job"]
    page.goto(f"/jobs/{job}/pipeline")
    card = page.locator(f"article.pcard:has(a[href='/candidates/{run.ids['candidate']}'])")
    assert card.count() == 1, "a CV uploaded against the job is in its pipeline"
    card_id = card.get_attribute("id") or ""
    run.ids["application"] = card_id.removeprefix("card-")
    run.shot(page, "pipeline")
    for stage in ("Screening", "Assessment", "Interview", "Offer", "Hired"):
        card = page.locator(f"#{card_id}")
        card.locator("select").select_option(label=stage)
        card.locator("button", has_text="Move").click()
        page.wait_for_url(re.compile(r"moved="))
        column = page.locator(f"section.column:has(#{card_id})").get_attribute("data-stage-name")
        assert column == stage, f"moved to {stage}: {column}"
    # Another candidate: dragged to Rejected, which asks why.
    page.goto(f"/jobs/{job}/pipeline")
    other = page.locator("section.column[data-stage-name=New] article.pcard").first
    other_id = other.get_attribute("id") or ""
    rejected = page.locator("section.column[data-stage-name=Rejected]")
    drag(page, other, rejected)
    dialog = page.locator("#reason-dialog")
    dialog.wait_for(state="visible")
    dialog.locator("select").select_option(label="Skills do not match the role")
    dialog.locator("button", has_text="Reject").click()
    page.wait_for_url(re.compile(r"moved="))
    assert page.locator(f"section.column[data-stage-name=Rejected] #{other_id}").count() == 1
    run.shot(page, "pipeline-moved")


def bulk_actions(run: Run) -> None:
    """Tick cards with the keyboard, move them together, e-mail them from a template with
    merge fields, reject them together with a reason from the organisation's list."""
    page = run.page
    job = run.ids["job"]
    page.goto(f"/jobs/{job}/pipeline")
    column = "section.column[data-stage-name={}]".format
    picked = [
        page.locator(f"{column('New')} article.pcard").first.get_attribute("id") or "",
        page.locator(f"{column('Rejected')} article.pcard").first.get_attribute("id") or "",
    ]
    for card_id in picked:
        box = page.locator(f"#{card_id} input[data-pick]")
        box.focus()
        page.keyboard.press("Space")
        assert box.is_checked(), f"{card_id} ticked with the keyboard"
    assert page.inner_text("#bulk-count") == "2 selected"
    # A rejection needs its reason: refused, the selection kept.
    page.click("#bulk-form button[value=reject]")
    page.wait_for_url(re.compile(r"/pipeline/bulk$"))
    assert "Choose the reason for the rejection" in page.inner_text("main")
    assert page.locator("input[data-pick]:checked").count() == 2
    page.select_option("#bulk-stage", label="Screening")
    page.click("#bulk-form button[value=move]")
    page.wait_for_url(re.compile(r"bulk="))
    assert "Moved to Screening: 2 of 2" in page.inner_text("main")
    for card_id in picked:
        assert page.locator(f"{column('Screening')} #{card_id}").count() == 1
    # Select the whole column (keyboard), e-mail them from a template.
    everyone = page.locator(f"{column('Screening')} input[data-pick-column]")
    everyone.focus()
    page.keyboard.press("Space")
    assert page.inner_text("#bulk-count") == "2 selected"
    page.click("#bulk-email summary")
    page.select_option("#bulk-template", label="Invitation to an interview")
    assert "{{ job.title }}" in page.input_value("#bulk-subject"), "the template fills the fields"
    sent_before = len(run.inbox.messages)
    page.click("#bulk-form button[value=email]")
    page.wait_for_url(re.compile(r"bulk="))
    assert "E-mail queued for 2 of 2." in page.inner_text("main")
    wait_until(lambda: len(run.inbox.messages) >= sent_before + 2, "both e-mails are sent")
    mails = run.inbox.messages[sent_before:]
    assert {m["Subject"] for m in mails} == {
        "Your application for Senior Python Engineer: let's talk"
    }
    greetings = sorted(m.get_payload(decode=True).decode().split(",")[0] for m in mails)
    assert all(g.startswith("Dear ") and "{{" not in g for g in greetings), greetings
    # Reject both with a reason.
    page.locator(f"{column('Screening')} input[data-pick-column]").check()
    page.select_option("#bulk-reason", label="Skills do not match the role")
    page.click("#bulk-form button[value=reject]")
    page.wait_for_url(re.compile(r"bulk="))
    assert "Rejected 2 of 2" in page.inner_text("main")
    for card_id in picked:
        assert page.locator(f"{column('Rejected')} #{card_id}").count() == 1
    run.shot(page, "pipeline-bulk")


def github_evidence(run: Run) -> None:
    """"Analyse GitHub" on the candidate's page: an unknown user's clear error, then an
    analysis followed to its end, its skills on the skill profile."""
    page = run.page
    page.goto(f"/candidates/{run.ids['candidate']}")
    page.fill("#github-user", "no-such-user")
    page.click("text=Analyse GitHub")
    page.locator("#github-result[data-status=error]").wait_for()
    assert "GitHub user 'no-such-user' not found" in page.inner_text("#github-result")
    page.fill("#github-user", "octo-web")
    page.click("text=Analyse GitHub")
    page.locator("#github-result[data-status=succeeded]").wait_for(timeout=WAIT_MS)
    result = page.inner_text("#github-result")
    assert "2 repositories read" in result, result
    assert page.locator("#github-result li[data-skill=Python]").count() == 1
    page.locator("#skill-profile .source[data-source=github]").first.wait_for()


def candidate_fit(run: Run) -> None:
    page = run.page
    page.goto(f"/candidates/{run.ids['candidate']}")
    frame = page.locator("iframe.cv-frame")
    assert frame.count() == 1, "the CV is shown in the page"
    cv_text = page.frame_locator("iframe.cv-frame").locator("body").inner_text()
    assert "SKILLS" in cv_text
    page.select_option("#fit-job", run.ids["job"])
    page.click("text=Analyse fit")
    page.wait_for_selector(".fit-result", timeout=WAIT_MS)
    assert "Fit score" in page.inner_text("#fit")
    assert "Hired" in page.inner_text("#notes"), "the candidate's pipelines"
    page.fill("#note-body", "Strong hire. @owner please send the contract.")
    page.click("text=Add note")
    page.locator("#note-list li", has_text="Strong hire").wait_for()
    assert "Olivia Owner" in page.inner_text("#note-list")
    run.shot(page, "candidate")


def xss_cv(run: Run) -> None:
    page = run.page
    page.goto("/upload")
    page.set_input_files("#files", [str(CVS / "xss-probe.txt")])
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("tr.file-row[data-status=succeeded]", timeout=WAIT_MS)
    page.click("tr.file-row a:text('Open')")
    page.wait_for_url(re.compile(r"/candidates/[0-9a-f-]{36}$"))
    body = page.inner_text("main")
    assert "<script>" in body or "onerror" in body, "the CV's markup shows as text"
    assert page.evaluate("typeof window.__xss") == "undefined", "no script from the CV ran"
    assert page.locator("main img").count() == 0
    assert page.locator("main svg").count() == 0
    page.goto("/search?q=FastAPI")
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.goto("/candidates")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert run.dialogs == [], f"no dialog opened: {run.dialogs}"


def viewer_read_only(run: Run) -> None:
    owner_token = run.api_token(run.email)
    viewer_email = "viewer@web.example.com"
    registered = httpx.post(
        f"{run.url}/api/v1/auth/register",
        json={"email": viewer_email, "password": PASSWORD, "fullName": "Victor Viewer"},
        timeout=30,
    )
    assert registered.status_code == 201, registered.text
    headers = {"Authorization": f"Bearer {owner_token}"}
    added = httpx.post(
        f"{run.url}/api/v1/organization/members",
        headers=headers,
        json={"email": viewer_email, "role": "viewer"},
        timeout=30,
    )
    assert added.status_code == 201, added.text
    org = httpx.get(f"{run.url}/api/v1/organization", headers=headers, timeout=30).json()
    org_id = org["data"]["id"]

    context = run.browser.new_context(base_url=run.url, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"/login?org={org_id}")
    page.fill("#email", viewer_email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{run.url}/")
    assert "(viewer)" in page.inner_text("header")
    main = page.locator("main")
    assert main.locator("a:text('Create a job'), a:text('Upload CVs')").count() == 0
    page.goto(f"/jobs/{run.ids['job']}")
    assert page.locator("main button").count() == 0, "no write controls on a job"
    assert page.locator("#title").get_attribute("readonly") is not None
    page.goto("/jobs")
    assert page.locator("a:text('New job')").count() == 0
    page.goto(f"/candidates/{run.ids['candidate']}")
    assert page.locator("text=Analyse fit").count() == 0
    assert page.locator("text=Schedule an interview").count() == 0
    assert page.locator("text=Analyse GitHub").count() == 0
    page.goto(f"/jobs/{run.ids['job']}/pipeline")
    assert page.locator("#bulk-form").count() == 0, "no bulk actions for a viewer"
    assert page.locator("input[data-pick]").count() == 0
    page.goto("/upload")
    assert page.locator("#upload-form").count() == 0
    run.shot(page, "viewer-candidate-375")
    # Forged writes: with the page's own CSRF token the server still refuses (the role).
    csrf = next(c["value"] for c in context.cookies() if c["name"] == "ts_csrf")
    forged = context.request.post(
        "/jobs", form={"title": "Forged job", "csrf_token": csrf}, max_redirects=0
    )
    assert forged.status == 403, forged.status
    no_token = context.request.post("/jobs", form={"title": "Forged job"}, max_redirects=0)
    assert no_token.status == 403
    forged_bulk = context.request.post(
        f"/jobs/{run.ids['job']}/pipeline/bulk",
        form={"csrf_token": csrf, "action": "move", "application_ids": run.ids["application"]},
        max_redirects=0,
    )
    assert forged_bulk.status == 403, forged_bulk.status
    jobs = httpx.get(
        f"{run.url}/api/v1/jobs", params={"search": "Forged"}, headers=headers, timeout=30
    ).json()
    assert jobs["data"] == [], "no forged job was written"
    # Signing out ends the session on the server: the old cookie no longer works.
    cookie = next(c for c in context.cookies() if c["name"] == "ts_session")
    page.click("header button:text('Sign out')")
    page.wait_for_url(re.compile("/login"))
    replay = httpx.get(f"{run.url}/", cookies={"ts_session": cookie["value"]}, timeout=30)
    assert replay.status_code == 303
    assert "/login" in replay.headers["location"]
    context.close()


def accessibility_and_screenshots(run: Run) -> None:
    """axe-core on the main pages (no serious or critical violation), each page at 1440
    and 375 px wide (nothing wider than the screen), screenshots of each."""
    context = run.browser.new_context(
        base_url=run.url,
        viewport={"width": 1440, "height": 900},
        bypass_csp=True,
        storage_state=run.context.storage_state(),
    )
    page = context.new_page()
    failures: list[str] = []
    for name, template in MAIN_PAGES:
        path = template.format(**run.ids)
        page.set_viewport_size({"width": 1440, "height": 900})
        response = page.goto(path)
        assert response is not None
        assert response.status == 200, f"{path}: {response.status}"
        page.locator(".bell").wait_for()
        run.shot(page, name)
        page.add_script_tag(url=run.axe_url)
        result = page.evaluate(AXE_RUN)
        failures.extend(f"{path}: {v}" for v in result)
        page.set_viewport_size({"width": 375, "height": 800})
        overflow = page.evaluate("document.documentElement.scrollWidth")
        if overflow > 380:
            failures.append(f"{path}: {overflow} px wide at 375 px")
        if name in ("dashboard", "shortlist", "pipeline", "candidate"):
            run.shot(page, f"{name}-375")
    context.close()
    assert failures == [], "\n".join(failures)


def test_web_app_in_a_browser(
    web_server: str, browser: Any, artifacts: Path, web_inbox: Inbox, axe_url: str
) -> None:
    run = Run(web_server, browser, artifacts, web_inbox, axe_url)
    try:
        for step in (
            register_and_sign_in,
            create_job,
            upload_cvs,
            open_shortlist,
            move_through_pipeline,
            bulk_actions,
            candidate_fit,
            github_evidence,
            xss_cv,
            viewer_read_only,
            accessibility_and_screenshots,
        ):
            started = time.perf_counter()
            step(run)
            run.timings[step.__name__] = round(time.perf_counter() - started, 2)
        (artifacts / "browser-steps.json").write_text(json.dumps(run.timings, indent=1))
        csp = [e for e in run.console_errors if "Content Security Policy" in e]
        assert csp == [], f"the pages break their own CSP: {csp}"
    finally:
        run.context.close()
