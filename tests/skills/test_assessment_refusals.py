"""Assessment links and templates refuse bad input with a 4xx in our error format and
write nothing: expired, replaced or unknown links, answers before the start, templates
without a question bank."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from talentsonar.assessments.bank import bank, draw_paper
from talentsonar.assessments.service import link_token
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.models.assessment import Assessment
from talentsonar.models.assessment_answer import AssessmentAnswer
from talentsonar.models.assessment_invitation import AssessmentInvitation


async def _link(runtime: Runtime, invitation_id: str) -> str:
    async with runtime.db.session() as s:
        row = await s.get(AssessmentInvitation, uuid.UUID(invitation_id))
        assert row is not None
        return f"/api/v1/assessments/take/{link_token(runtime, row.id, row.token_nonce)}"


def test_papers_differ_between_candidates_and_cover_every_kind() -> None:
    papers = {tuple(e["id"] for e in draw_paper(["Python", "SQL"], "mid", 3, True, seed))
              for seed in range(20)}
    assert len(papers) > 10
    kinds = {q.kind for q in bank().values()}
    assert kinds == {"single", "multiple", "short", "code"}
    assert sum(q.kind == "code" and q.skill == "Python" for q in bank().values()) >= 4


async def test_links_and_templates_refuse_bad_input(
    runtime: Runtime, client: httpx.AsyncClient, user: dict[str, Any],
    other_user: dict[str, Any],
) -> None:
    h = user["headers"]
    for body, code in (({"skills": ["Basket Weaving"]}, 422), ({}, 422),
                       ({"jobId": str(uuid.uuid4())}, 404),
                       ({"skills": ["Python"], "timeLimitMinutes": 1}, 422)):
        r = await client.post("/api/v1/assessments", headers=h, json=body)
        assert r.status_code == code, (body, r.text)
        assert "error" in r.json()
    async with runtime.db.session() as s:
        assert await s.scalar(select(func.count()).select_from(Assessment)) == 0

    made = await client.post("/api/v1/assessments", headers=h,
                             json={"skills": ["SQL", "Basket Weaving"], "seniority": "junior",
                                   "includeCode": False, "timeLimitMinutes": 10})
    assert made.status_code == 201, made.text
    assessment = made.json()["data"]
    assert assessment["skippedSkills"] == ["Basket Weaving"]
    nobody = (await client.post("/api/v1/candidates", headers=h,
                                json={"name": "No Mail"})).json()["data"]
    invite = f"/api/v1/assessments/{assessment['id']}/invitations"
    no_mail = await client.post(invite, headers=h, json={"candidateId": nobody["id"]})
    assert no_mail.status_code == 422
    theirs = (await client.post("/api/v1/candidates", headers=other_user["headers"],
                                json={"name": "Theirs", "email": "t@example.com"})).json()["data"]
    assert (await client.post(invite, headers=h,
                              json={"candidateId": theirs["id"]})).status_code == 404

    first = await client.post(invite, headers=h,
                              json={"candidateId": nobody["id"], "email": "n@example.com"})
    assert first.status_code == 201
    link = await _link(runtime, first.json()["data"]["id"])
    paper = (await client.get(link)).json()["data"]
    assert paper["status"] == "invited"
    assert paper["questionCount"] == 3
    early = await client.put(f"{link}/answers/sql-j-1", json={"choices": ["x"]})
    assert early.status_code == 409
    assert early.json()["error"]["code"] == "not_started"
    assert (await client.post(f"{link}/submit")).status_code == 409

    replaced = await client.post(invite, headers=h, json={
        "candidateId": nobody["id"], "email": "n@example.com", "replace": True})
    assert replaced.status_code == 201
    old = await client.get(link)
    assert old.status_code == 410
    assert old.json()["error"]["code"] == "link_revoked"

    link = await _link(runtime, replaced.json()["data"]["id"])
    async with runtime.db.session() as s:
        await s.execute(update(AssessmentInvitation)
                        .where(AssessmentInvitation.id == uuid.UUID(replaced.json()["data"]["id"]))
                        .values(expires_at=utcnow() - timedelta(minutes=1)))
    for call in (client.get(link), client.post(f"{link}/start")):
        expired = await call
        assert expired.status_code == 410
        assert expired.json()["error"]["code"] == "link_expired"
    for token in ("tsa_" + "0" * 72, "not-a-token-at-all", link.rsplit("/", 1)[1][:-2] + "00"):
        r = await client.get(f"/api/v1/assessments/take/{token}")
        assert r.status_code == 404, r.text
    async with runtime.db.session() as s:
        assert await s.scalar(select(func.count()).select_from(AssessmentAnswer)) == 0


def test_choice_grading_and_levels() -> None:
    from talentsonar.assessments.bank import option_id
    from talentsonar.assessments.grading import grade_choice, proficiency, valid_choice

    multi = bank()["py-j-3"]  # tuple, str, frozenset of five
    ids = [option_id(7, multi.id, i) for i in range(len(multi.options))]
    right = [ids[i] for i in sorted(multi.correct)]
    assert grade_choice(multi, 7, right) == 1.0
    assert grade_choice(multi, 7, right[:2]) == pytest.approx(2 / 3)
    assert grade_choice(multi, 7, ids) == 0.0  # guessing everything scores nothing
    assert not valid_choice(multi, 8, right)  # another paper's option ids
    single = bank()["py-j-1"]
    one = [option_id(7, single.id, i) for i in range(len(single.options))]
    assert not valid_choice(single, 7, one[:2])
    assert grade_choice(single, 7, [one[0]]) == 1.0
    assert proficiency("junior", 1.0) == 6.0
    assert proficiency("senior", 0.5) == 5.0


async def test_reference_solutions_pass_the_hidden_tests() -> None:
    """Every code exercise of the bank, graded in the sandbox: our solution passes all of
    its hidden tests, and code that does not compile scores 0 with the compiler's words."""
    import asyncio

    from talentsonar.sandbox import grade_code
    from tests.skills.assessment_helpers import SOLUTIONS

    exercises = [q for q in bank().values() if q.kind == "code"]
    assert {q.id for q in exercises} == set(SOLUTIONS)
    results = await asyncio.gather(*(
        grade_code(q.language or "python", SOLUTIONS[q.id], q.tests or "") for q in exercises))
    for q, result in zip(exercises, results, strict=True):
        assert result.status == "passed", (q.id, result)
        assert result.tests_total >= 2
    broken = await grade_code("python", "def fizzbuzz(n)\n", bank()["py-code-1"].tests or "")
    assert broken.status == "compile_error"
    assert broken.score == 0
    assert "SyntaxError" in broken.message
