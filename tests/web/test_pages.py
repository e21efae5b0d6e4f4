"""The pages' protections without a browser: sign-in required, the session cookie, CSRF,
the security headers, sign-out revoking the cookie, ids that are not ids, highlights."""

from __future__ import annotations

import re

import httpx

from talentsonar.web.pages.search import highlight_parts
from tests.conftest import register_user


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
