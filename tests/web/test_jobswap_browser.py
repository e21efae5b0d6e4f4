"""JobSwap in a real browser (headless Chromium) on the demo network: an employee signs in
and lands on her matches (only JobSwap's navigation), sees both commutes before and after
without the other's address, sends a swap request; the other party accepts, she accepts;
both companies' HR users approve (one in the browser, one through the API); her request
shows approved. Then the profile form's
geocoder suggestions, the recruiting pages refused, and axe-core on the JobSwap pages at
1440 and 375 px. One test, steps in order, on one server seeded with the demo network."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from talentsonar.jobswap import demo as jobswap_demo
from tests.web.conftest import AppServer

AXE = Path(__file__).parent / "assets" / "axe.min.js"
AMIRA, TOM = "amira.haddad@example.com", "tom.becker@example.com"
HR_BUDA, HR_PEST = "hr@budasoftware.example.com", "hr@pestdata.example.com"
JOBSWAP_PAGES = ["/jobswap/matches", "/jobswap/requests", "/jobswap/profile"]


@pytest.fixture(scope="module")
def jobswap_server(web_app_server: AppServer) -> tuple[str, str]:
    """The browser tests' server, with the JobSwap demo network seeded into it (by the
    server's own runtime, in its event loop: one model load, one pool)."""
    app = web_app_server.app
    loop = web_app_server.server.servers[0].get_loop()
    seeding = jobswap_demo.seed(app.state.runtime, uuid.uuid4())
    assert asyncio.run_coroutine_threadsafe(seeding, loop).result(timeout=600) == len(
        jobswap_demo.EMPLOYEES
    )
    return web_app_server.url, app.state.runtime.settings.demo_password


class People:
    def __init__(self, url: str, password: str, browser: Any) -> None:
        self.url, self.password, self.browser = url, password, browser
        self.console_errors: list[str] = []
        self.contexts: list[Any] = []

    def sign_in(self, email: str, width: int = 1440, **options: Any) -> Any:
        context = self.browser.new_context(
            base_url=self.url, viewport={"width": width, "height": 900}, **options
        )
        self.contexts.append(context)
        page = context.new_page()
        page.on(
            "console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None
        )
        page.goto("/login")
        page.fill("#email", email)
        page.fill("#password", self.password)
        page.click("main button[type=submit]")
        page.wait_for_url(re.compile("/jobswap/"))
        return page

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def nav_labels(page: Any) -> list[str]:
    return [t.strip() for t in page.locator("nav.main a").all_inner_texts()]


def request_card(page: Any, name: str) -> Any:
    return page.locator("li.swap-request", has_text=name).first


def test_jobswap_in_a_browser(
    jobswap_server: tuple[str, str], browser: Any, artifacts: Path
) -> None:
    url, password = jobswap_server
    people = People(url, password, browser)
    try:
        # 1. Amira lands on her matches, with JobSwap's navigation only.
        amira = people.sign_in(AMIRA)
        assert amira.url.endswith("/jobswap/matches"), amira.url
        assert nav_labels(amira) == ["My matches", "My requests", "My profile"]
        card = amira.locator("li.match-card", has_text="Tom Becker")
        card.wait_for()
        you = card.locator("tr.commute-you td").all_inner_texts()
        them = card.locator("tr.commute-them td").all_inner_texts()
        assert len(you) == len(them) == 3
        assert all(t.endswith("min") for t in you + them), (you, them)
        before, after = (int(t.split()[0]) for t in you[:2])
        assert after < before, you
        assert int(them[1].split()[0]) < int(them[0].split()[0]), them
        # coarse area only: never Tom's home address
        assert "Kelenföld, Budapest" not in amira.content()
        amira.screenshot(path=str(artifacts / "jobswap-matches.png"), full_page=True)

        # 2. she asks Tom to swap, sharing her resume
        card.locator("summary").click()
        card.locator("textarea[name=message]").fill("Shall we swap? My commute would halve.")
        card.locator("input[name=share_resume]").check()
        card.locator("button:text('Send swap request')").click()
        amira.wait_for_url(re.compile(r"/jobswap/requests\?sent=1"))
        mine = request_card(amira, "Tom Becker")
        assert mine.locator(".status").inner_text() == "pending"

        # 3. Tom accepts (sharing his contact); then Amira accepts: it goes to HR
        tom = people.sign_in(TOM)
        tom.goto("/jobswap/requests")
        incoming = request_card(tom, "Amira Haddad")
        assert "Shall we swap?" in incoming.inner_text()
        incoming.locator("input[name=share_contact]").check()
        incoming.locator("button:text('Accept')").click()
        tom.wait_for_url(re.compile("/jobswap/requests$"))
        assert "they accepted" not in request_card(tom, "Amira Haddad").inner_text()
        amira.goto("/jobswap/requests")
        mine = request_card(amira, "Tom Becker")
        assert "they accepted" in mine.inner_text()
        assert "tom.becker@example.com" in mine.inner_text(), "Tom shared his contact"
        mine.locator("button:text('Accept')").click()
        amira.wait_for_url(re.compile("/jobswap/requests$"))
        assert request_card(amira, "Tom Becker").locator(".status").inner_text() == "hr review"

        # 4. both companies' HR users approve (Buda's in the browser, seeing the cost saving
        # and the resume link; Pest's through the API)
        hr = people.sign_in(HR_BUDA)
        assert hr.url.endswith("/jobswap/hr"), hr.url
        assert nav_labels(hr) == ["Swap approvals"]
        item = hr.locator("li.hr-request", has_text="Amira Haddad").first
        assert float(item.locator(".saving").inner_text()) > 0
        assert item.locator("a", has_text="Requester's resume").count() == 1
        item.locator("button:text('Approve')").click()
        hr.wait_for_url(re.compile("/jobswap/hr$"))
        item = hr.locator("li.hr-request", has_text="Amira Haddad").first
        assert item.locator(".status").inner_text() == "approved"
        hr.screenshot(path=str(artifacts / "jobswap-hr.png"), full_page=True)
        api = f"{url}/api/v1"
        login = {"email": HR_PEST, "password": password}
        token = httpx.post(f"{api}/auth/login", json=login, timeout=30).json()["data"]["token"]
        auth = {"Authorization": f"Bearer {token}"}
        pest = httpx.get(f"{api}/jobswap/hr/requests", headers=auth, timeout=30).json()["data"]
        approved = httpx.put(
            f"{api}/jobswap/hr/requests/{pest[0]['id']}/approve", headers=auth, timeout=30
        )
        assert approved.status_code == 200, approved.text
        amira.goto("/jobswap/requests")
        assert request_card(amira, "Tom Becker").locator(".status").inner_text() == "approved"

        # 5. an address the geocoder cannot find: 422 with its suggestions, nothing saved
        amira.goto("/jobswap/profile")
        amira.fill("#home_address", "Budapesd")
        amira.click("button:text('Save profile')")
        amira.locator("#home_address-suggestions").wait_for()
        assert amira.locator("#home_address").get_attribute("aria-invalid") == "true"
        amira.goto("/jobswap/profile")
        assert amira.locator("#home_address").input_value() == "Kispest, Budapest"

        # 6. the recruiting pages are not hers: she is sent back to her matches
        amira.goto("/jobs")
        assert amira.url.endswith("/jobswap/matches"), amira.url

        # 7. axe-core and 375 px on the JobSwap pages (axe served from this origin: the
        # pages' CSP stays on)
        failures: list[str] = []
        for page, paths in ((amira, JOBSWAP_PAGES), (hr, ["/jobswap/hr"])):
            page.route("**/axe-under-test.js", lambda route: route.fulfill(path=str(AXE)))
            for path in paths:
                page.set_viewport_size({"width": 1440, "height": 900})
                response = page.goto(path)
                assert response is not None
                assert response.status == 200, path
                page.add_script_tag(url=f"{url}/axe-under-test.js")
                found = page.evaluate(
                    "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', "
                    "values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']}}).then(r => "
                    "r.violations.filter(v => ['serious', 'critical'].includes(v.impact))"
                    ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
                    ".join(', ')))"
                )
                failures.extend(f"{path}: {v}" for v in found)
                page.set_viewport_size({"width": 375, "height": 800})
                wide = page.evaluate("document.documentElement.scrollWidth")
                if wide > 380:
                    failures.append(f"{path}: {wide} px wide at 375 px")
        assert failures == [], "\n".join(failures)
        csp = [e for e in people.console_errors if "Content Security Policy" in e]
        assert csp == [], f"the JobSwap pages break their own CSP: {csp}"
    finally:
        people.close()
