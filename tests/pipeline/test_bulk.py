"""Bulk moves and rejections (all or nothing) and templated e-mails to candidates."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select

from talentsonar.core.runtime import Runtime
from talentsonar.models.outbound_email import OutboundEmail
from tests.conftest import run_queued_tasks
from tests.notifications.conftest import Inbox
from tests.pipeline.conftest import API, apply, world


async def test_bulk_move_reject_and_email(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    runtime: Runtime,
    smtp_server: tuple[Inbox, int],
) -> None:
    w = await world(client, runtime, user)
    ids = [(await apply(client, w, c))["id"] for c in w.candidates]

    # All or nothing: an id that is not ours refuses the whole request.
    foreign = await world(client, runtime, other_user)
    theirs = (await apply(client, foreign, foreign.candidates[0]))["id"]
    refused = await client.post(
        f"{API}/applications/bulk/move",
        headers=w.headers,
        json={"applicationIds": [ids[0], theirs], "stageId": w.stages["Interview"]},
    )
    assert refused.status_code == 404
    assert refused.json()["error"]["details"] == [{"applicationId": theirs, "error": "not found"}]
    board = (await client.get(f"{API}/jobs/{w.job}/pipeline", headers=w.headers)).json()
    assert board["data"]["stages"][0]["count"] == 3  # nothing moved

    moved = await client.post(
        f"{API}/applications/bulk/move",
        headers=w.headers,
        json={"applicationIds": [ids[0], ids[1], ids[0]], "stageId": w.stages["Interview"]},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["data"]["moved"] == 2
    no_reason = await client.post(
        f"{API}/applications/bulk/move",
        headers=w.headers,
        json={"applicationIds": ids, "stageId": w.stages["Rejected"]},
    )
    assert no_reason.status_code == 422
    rejected = await client.post(
        f"{API}/applications/bulk/reject",
        headers=w.headers,
        json={"applicationIds": ids[1:], "rejectionReasonId": w.reasons["Position filled"]},
    )
    assert rejected.status_code == 200, rejected.text
    assert [i["status"] for i in rejected.json()["data"]["items"]] == ["moved", "moved"]
    history = (await client.get(f"{API}/applications/{ids[1]}/history", headers=w.headers)).json()[
        "data"
    ]
    assert [e["toStage"] for e in history] == ["New", "Interview", "Rejected"]

    # Templates: an unknown field, a broken template or one doing more than merging
    # fields is a 422, and queues nothing.
    for body, needle in (
        ("Hi {{ candidate.nickname }}", "candidate.nickname"),
        ("Hi {{ candidate.first_name ", "not valid"),
        ("{{ ''.__class__.__mro__ }}", "cannot be rendered"),
        # Nothing that could make rendering expensive: no arithmetic, loops or calls.
        ("{{ 'x' * 999999999 }}", "not: mul"),
        ("{% for a in job.title %}{% for b in job.title %}{% endfor %}{% endfor %}", "for"),
        ("{{ candidate.name|center(999999999) }}", "filter center"),
    ):
        r = await client.post(
            f"{API}/applications/bulk/email",
            headers=w.headers,
            json={"applicationIds": ids, "subject": "Hello", "body": body},
        )
        assert r.status_code == 422, r.text
        assert needle in r.json()["error"]["message"], r.text
    sent = await client.post(
        f"{API}/applications/bulk/email",
        headers=w.headers,
        json={
            "applicationIds": ids,
            "subject": "Your application for {{ job.title }}",
            "body": "Dear {{ candidate.first_name }},\nthank you for applying to {{ job.title }} "
            "at {{ organization.name }}. Stage: {{ stage.name }}.<b>",
        },
    )
    assert sent.status_code == 200, sent.text
    result = sent.json()["data"]
    assert result["queued"] == 2
    assert [i["status"] for i in result["items"]] == ["queued", "queued", "skipped"]
    await run_queued_tasks(runtime)
    inbox, _ = smtp_server
    by_to = {m["To"]: m for m in inbox.messages}
    ada = by_to["ada@example.com"]
    assert ada["Subject"] == "Your application for Backend Engineer"
    text = ada.get_payload(decode=True).decode().replace("\r\n", "\n")
    assert text.startswith("Dear Ada,\nthank you for applying to Backend Engineer at ")
    assert "Stage: Interview.<b>" in text  # plain text: nothing escaped, nothing run
    async with runtime.db.session() as session:
        statuses = (await session.execute(select(OutboundEmail.status))).scalars().all()
    assert sorted(statuses) == ["sent", "sent"]

    # Erasing a candidate erases the e-mails sent to them.
    erased = await client.delete(f"{API}/candidates/{w.candidates[0]}/erase", headers=w.headers)
    assert erased.status_code == 200, erased.text
    async with runtime.db.session() as session:
        left = (await session.execute(select(OutboundEmail.to_address))).scalars().all()
    assert left == ["grace@example.com"]
