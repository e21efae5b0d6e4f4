"""The GDPR export of a candidate carries what the pipeline holds about them: the notes
on them and their applications, each with its stage history (additive to the export's
shape)."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.pipeline.conftest import API, apply, move, world


async def test_export_has_notes_and_applications_with_history(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(client, runtime, user)
    ada, grace = w.candidates[0], w.candidates[1]
    application = await apply(client, w, ada)
    screened = await move(client, w, application["id"], "Screening", reason="Good CV")
    assert screened.status_code == 200, screened.text
    rejected = await move(
        client,
        w,
        application["id"],
        "Rejected",
        rejectionReasonId=w.reasons["Skills do not match the role"],
    )
    assert rejected.status_code == 200, rejected.text
    await apply(client, w, grace)  # another candidate's application stays out of Ada's export
    note = await client.post(
        f"{API}/candidates/{ada}/notes", headers=w.headers, json={"body": "Call back in spring"}
    )
    assert note.status_code == 201, note.text

    export = await client.get(f"{API}/candidates/{ada}/export", headers=w.headers)
    assert export.status_code == 200, export.text
    body = export.json()
    assert body["candidate"]["name"] == "Ada Lovelace", "the existing shape is kept"
    assert "cvDocuments" in body
    assert [n["body"] for n in body["notes"]] == ["Call back in spring"]
    assert body["notes"][0]["authorName"] == "Test User"
    [app] = body["applications"]
    assert app["id"] == application["id"]
    assert app["jobId"] == w.job
    assert app["stage"]["name"] == "Rejected"
    assert app["rejectionReason"]["label"] == "Skills do not match the role"
    moves = [(e["fromStage"], e["toStage"], e["reason"]) for e in app["history"]]
    assert moves == [
        (None, "New", None),
        ("New", "Screening", "Good CV"),
        ("Screening", "Rejected", None),
    ], moves
    assert app["history"][1]["actorName"] == "Test User"

    empty = await client.get(f"{API}/candidates/{w.candidates[2]}/export", headers=w.headers)
    assert empty.json()["notes"] == []
    assert empty.json()["applications"] == []
