"""The pages' protections without a browser: sign-in required, the session cookie, CSRF,
the security headers, sign-out revoking the cookie, ids that are not ids, highlights."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx

from talentsonar.core.runtime import Runtime
from talentsonar.orgs.invitations import invitation_token
from talentsonar.web.pages.search import highlight_parts
from talentsonar.web.routes import build_web_app
from tests.conftest import register_user, run_queued_tasks


async def web_sign_in(client: httpx.AsyncClient, email: str, password: str) -> None:
    page = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    answer = await client.post(
        "/login",
        data={"csrf_token": token.group(1), "email": email, "password": password, "next": "/jobs"},
    )
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == "/jobs"


async def test_pages_need_a_session_and_send_their_security_headers(
    client: httpx.AsyncClient,
) -> None:
    answer = await client.get("/jobs?status=open")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=/jobs%3Fstatus%3Dopen"
    login = await client.get("/login")
    csp = login.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert login.headers["x-frame-options"] == "SAMEORIGIN"
    assert "HttpOnly" in login.headers["set-cookie"]
    api = await client.get("/api/v1/jobs")
    assert api.headers["x-frame-options"] == "DENY", "the API keeps its own headers"


async def test_sign_in_csrf_and_sign_out(client: httpx.AsyncClient) -> None:
    user = await register_user(client)
    email = user["user"]["email"]
    await client.get("/login")
    refused = await client.post("/login", data={"email": email, "password": user["password"]})
    assert refused.status_code == 403, "a form without the page's CSRF token is refused"
    forged = await client.post(
        "/login", data={"email": email, "password": user["password"], "csrf_token": "x" * 32}
    )
    assert forged.status_code == 403
    await web_sign_in(client, email, user["password"])
    cookie = client.cookies.get("ts_session")
    assert cookie
    jobs = await client.get("/jobs")
    assert jobs.status_code == 200
    assert "<h1>Jobs</h1>" in jobs.text
    no_token = await client.post("/jobs", data={"title": "No token"})
    assert no_token.status_code == 403
    listed = await client.get("/api/v1/jobs", headers=user["headers"])
    assert listed.json()["data"] == []
    token = client.cookies.get("ts_csrf")
    out = await client.post("/logout", data={"csrf_token": token})
    assert out.status_code == 303
    client.cookies.set("ts_session", cookie)
    replay = await client.get("/jobs")
    assert replay.status_code == 303, "signing out ends the session on the server"


async def test_an_id_that_is_no_id_reaches_no_other_endpoint(client: httpx.AsyncClient) -> None:
    user = await register_user(client)
    await web_sign_in(client, user["user"]["email"], user["password"])
    for path in (
        "/jobs/%3Fstatus=all/shortlist",
        "/candidates/..%2F..%2Fjobs",
        "/jobs/not-a-uuid/pipeline",
    ):
        answer = await client.get(path)
        assert answer.status_code in (404, 422), (path, answer.status_code)
        assert "<h1>Jobs</h1>" not in answer.text


def test_highlights_are_split_into_escaped_parts() -> None:
    parts = highlight_parts("a <mark>python</mark> dev <script>x</script> <mark>fast")
    assert parts == [("a ", False), ("python", True), (" dev <script>x</script> <mark>fast", False)]


async def test_unknown_pages_answer_html_and_api_paths_keep_json(
    client: httpx.AsyncClient,
) -> None:
    anonymous = await client.get("/no/such/page")
    assert anonymous.status_code == 404
    assert anonymous.headers["content-type"].startswith("text/html")
    assert "<h1>Page not found</h1>" in anonymous.text
    assert "script-src 'self'" in anonymous.headers["content-security-policy"]
    wrong_method = await client.delete("/login")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["content-type"].startswith("text/html")
    fragment = await client.get("/no/such/panel", headers={"HX-Request": "true"})
    assert fragment.status_code == 404
    assert fragment.text.startswith('<div class="alert error"'), "htmx gets a fragment"
    for path in ("/api/v1/no-such-thing", "/api", "/api/v2/jobs", "/health/nope"):
        api = await client.get(path)
        assert api.status_code == 404, path
        assert api.json()["error"]["code"] == "not_found", path

    user = await register_user(client)
    await web_sign_in(client, user["user"]["email"], user["password"])
    signed_in = await client.get("/jobs/x/y/z")
    assert signed_in.status_code == 404
    assert "Sign out" in signed_in.text, "the app's layout, with its navigation"
    assert 'href="/jobs"' in signed_in.text


async def test_a_failing_page_answers_an_html_error_page(runtime: Runtime) -> None:
    web = build_web_app(runtime.settings)
    web.state.runtime = runtime

    @web.get("/broken")
    async def broken() -> None:
        raise RuntimeError("a bug in a page")

    transport = httpx.ASGITransport(app=web, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        answer = await c.get("/broken", headers={"X-Request-ID": "req-42"})
        fragment = await c.get("/broken", headers={"HX-Request": "true"})
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>Something went wrong</h1>" in answer.text
    assert "a bug in a page" not in answer.text, "no internals shown"
    assert fragment.status_code == 500
    assert fragment.text.startswith('<div class="alert error"')


async def test_accepting_an_invitation_signs_in_to_the_organisation(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    owner = await register_user(client, org="Inviting Org")
    email = f"invitee-{uuid.uuid4().hex[:6]}@example.com"
    invited = await client.post(
        "/api/v1/organization/invitations",
        json={"email": email, "role": "recruiter"},
        headers=owner["headers"],
    )
    assert invited.status_code == 201, invited.text
    token = invitation_token(runtime, uuid.UUID(invited.json()["data"]["id"]))
    invitee = await register_user(client, email=email)  # an owner of an organisation of their own
    await web_sign_in(client, email, invitee["password"])
    before = client.cookies.get("ts_session")
    page = await client.get(f"/invitations/{token}")
    assert "Accept the invitation" in page.text
    accepted = await client.post(
        f"/invitations/{token}", data={"csrf_token": client.cookies.get("ts_csrf")}
    )
    assert accepted.status_code == 303, accepted.text
    assert accepted.headers["location"] == "/?joined=1"
    after = client.cookies.get("ts_session")
    assert after
    assert after != before, "a session of the organisation joined"
    dashboard = await client.get("/?joined=1")
    assert dashboard.status_code == 200
    assert "you joined this organisation as recruiter" in dashboard.text
    assert "(recruiter)" in dashboard.text, "signed in to the inviting organisation, no re-login"
    jobs = await client.post(
        "/jobs", data={"csrf_token": client.cookies.get("ts_csrf"), "title": "Joined job"}
    )
    assert jobs.status_code == 303, jobs.text
    listed = await client.get("/api/v1/jobs", headers=owner["headers"])
    assert [j["title"] for j in listed.json()["data"]] == ["Joined job"], "written in that org"
    again = await client.post(
        f"/invitations/{token}", data={"csrf_token": client.cookies.get("ts_csrf")}
    )
    assert again.status_code == 409
    assert "already accepted" in again.text
    client.cookies.set("ts_session", before or "")
    replay = await client.get("/")
    assert replay.status_code == 303, "the previous session ended"


async def test_upload_without_javascript(client: httpx.AsyncClient, runtime: Runtime) -> None:
    """A plain multipart form post (what a browser without JavaScript sends): the answer
    is the progress page, which reloads itself until every file is done."""
    user = await register_user(client)
    await web_sign_in(client, user["user"]["email"], user["password"])
    form = await client.get("/upload")
    assert 'enctype="multipart/form-data"' in form.text
    assert 'action="/upload"' in form.text
    cvs = Path(__file__).parent / "cvs"
    files = [
        ("files", (name, (cvs / name).read_bytes(), "text/plain"))
        for name in ("ada-nguyen.txt", "ben-okoro.txt")
    ]
    exe = b"MZ\x90\x00" + b"\x00" * 64
    files.append(("files", ("virus.exe", exe, "application/octet-stream")))
    csrf = client.cookies.get("ts_csrf")
    no_token = await client.post("/upload", files=files)
    assert no_token.status_code == 403, "the form's CSRF field is checked in multipart too"
    posted = await client.post("/upload", data={"csrf_token": csrf}, files=files)
    assert posted.status_code == 303, posted.text
    progress_url = posted.headers["location"]
    assert progress_url.startswith("/upload/progress?")
    page = await client.get(progress_url)
    assert page.status_code == 200
    assert "ada-nguyen.txt" in page.text
    assert "ben-okoro.txt" in page.text
    refusal = r'virus\.exe</td><td class="status-refused">refused</td><td colspan="2">\w'
    assert re.search(refusal, page.text), "a refused file shows its reason"
    # no worker beside the test app: the files wait in the queue, and the page reloads
    assert page.text.count('data-status="queued"') == 2
    assert '<noscript><meta http-equiv="refresh"' in page.text, "it reloads itself"
    await run_queued_tasks(runtime)
    done = await client.get(progress_url)
    assert done.text.count('data-status="succeeded"') == 2, done.text
    assert "http-equiv" not in done.text, "no more reloads once every file is done"
    assert done.text.count(">Open</a>") == 2
    nothing = await client.post("/upload", data={"csrf_token": csrf})
    assert nothing.status_code == 422
    assert "Choose or drop at least one CV" in nothing.text
    assert "<h1>Upload CVs</h1>" in nothing.text, "the form again, as a page"
    refused = await client.post("/upload", data={"csrf_token": csrf}, files=files[2:])
    assert refused.status_code in (415, 422), refused.status_code
    assert "virus.exe" in refused.text
    assert "<h1>Upload CVs</h1>" in refused.text
