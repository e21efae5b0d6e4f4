"""Applications: create (idempotent), moves with history, rejection reasons, audit,
webhooks, feedback learning, tenancy and the viewer role."""

from __future__ import annotations

import json
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import member_of, run_queued_tasks
from tests.notifications.conftest import Receiver
from tests.pipeline.conftest import API, apply, move, world


async def test_create_is_idempotent_and_starts_in_the_first_open_stage(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(client, runtime, user)
    assert list(w.stages) == [
        "New",
        "Screening",
        "Assessment",
        "Interview",
        "Offer",
        "Hired",
        "Rejected",
        "Withdrawn",
    ]
    assert "Position filled" in w.reasons
    first = await apply(client, w, w.candidates[0], source="shortlist")
    assert first["stage"] == {"id": w.stages["New"], "name": "New", "kind": "open"}
    assert (first["candidateName"], first["jobTitle"], first["source"]) == (
        "Ada Lovelace",
        "Backend Engineer",
        "shortlist",
    )
    again = await client.post(
        f"{API}/applications",
        headers=w.headers,
        json={"jobId": w.job, "candidateId": w.candidates[0]},
    )
    assert again.status_code == 200, again.text
    assert again.json()["data"]["id"] == first["id"]

    into = await client.post(
        f"{API}/applications",
        headers=w.headers,
        json={"jobId": w.job, "candidateId": w.candidates[1], "stageId": w.stages["Interview"]},
    )
    assert into.status_code == 201
    assert into.json()["data"]["stage"]["name"] == "Interview"
    for bad, status in (
        ({"stageId": w.stages["Rejected"]}, 422),  # rejections need a reason: move there
        ({"stageId": w.candidates[0]}, 422),  # not a stage
        ({"candidateId": w.job}, 404),
        ({"jobId": w.candidates[0]}, 404),
        ({"source": "carrier pigeon"}, 422),
    ):
        body = {"jobId": w.job, "candidateId": w.candidates[2], **bad}
        r = await client.post(f"{API}/applications", json=body, headers=w.headers)
        assert r.status_code == status, (bad, r.text)
        assert r.json()["error"]["message"]

    listed = await client.get(f"{API}/applications", params={"jobId": w.job}, headers=w.headers)
    assert listed.json()["pagination"]["total"] == 2
    by_stage = await client.get(
        f"{API}/applications",
        headers=w.headers,
        params={"jobId": w.job, "stageId": w.stages["Interview"]},
    )
    assert [a["candidateName"] for a in by_stage.json()["data"]] == ["Grace Hopper"]


async def test_moves_history_audit_webhooks_and_feedback(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime, receiver: Receiver
) -> None:
    w = await world(client, runtime, user)
    hook = await client.post(
        f"{API}/webhooks",
        headers=w.headers,
        json={"url": receiver.url, "eventTypes": ["application.stage_changed"]},
    )
    assert hook.status_code == 201, hook.text
    app = await apply(client, w, w.candidates[0])
    app_id = app["id"]

    moved = await move(client, w, app_id, "Screening", reason="Strong CV")
    assert moved.status_code == 200, moved.text
    assert moved.json()["data"]["stage"]["name"] == "Screening"
    same = await move(client, w, app_id, "Screening")
    assert same.status_code == 200
    assert same.json()["message"] == "Already in that stage"

    no_reason = await move(client, w, app_id, "Rejected")
    assert no_reason.status_code == 422
    assert "rejectionReasonId" in no_reason.json()["error"]["message"]
    unknown_stage = await client.post(
        f"{API}/applications/{app_id}/move", headers=w.headers, json={"stageId": w.job}
    )
    assert unknown_stage.status_code == 422
    bad_reason = await move(client, w, app_id, "Rejected", rejectionReasonId=w.job)
    assert bad_reason.status_code == 422
    reason_elsewhere = await move(
        client, w, app_id, "Offer", rejectionReasonId=w.reasons["Position filled"]
    )
    assert reason_elsewhere.status_code == 422

    rejected = await move(
        client,
        w,
        app_id,
        "Rejected",
        rejectionReasonId=w.reasons["Position filled"],
        reason="Hired a peer",
    )
    assert rejected.status_code == 200, rejected.text
    data = rejected.json()["data"]
    assert data["stage"]["kind"] == "rejected"
    assert data["rejectionReason"]["label"] == "Position filled"

    history = (await client.get(f"{API}/applications/{app_id}/history", headers=w.headers)).json()[
        "data"
    ]
    assert [(e["fromStage"], e["toStage"]) for e in history] == [
        (None, "New"),
        ("New", "Screening"),
        ("Screening", "Rejected"),
    ]
    assert history[1]["reason"] == "Strong CV"
    assert history[2]["rejectionReason"]["label"] == "Position filled"
    assert history[2]["actorUserId"] == user["user"]["id"]
    assert history[2]["actorName"] == "Test User"

    audit = (
        await client.get(
            f"{API}/organization/audit", params={"action": "application."}, headers=w.headers
        )
    ).json()["data"]
    assert sorted(e["action"] for e in audit) == [
        "application.created",
        "application.moved",
        "application.moved",
    ]

    # A hire and a rejection are feedback the ranking learns from.
    hired_app = await apply(client, w, w.candidates[1])
    assert (await move(client, w, hired_app["id"], "Hired")).status_code == 200
    feedback = (await client.get(f"{API}/jobs/{w.job}/feedback", headers=w.headers)).json()["data"]
    assert sorted((f["candidateName"], f["feedbackType"]) for f in feedback) == [
        ("Ada Lovelace", "negative"),
        ("Grace Hopper", "hired"),
    ]

    await run_queued_tasks(runtime)
    # Deliveries may arrive in any order: in the order of the changes, by their time.
    events = sorted(
        (json.loads(body) for body, _ in receiver.received), key=lambda e: e["createdAt"]
    )
    assert all(e["type"] == "application.stage_changed" for e in events)
    assert [
        (e["data"]["fromStage"], e["data"]["toStage"])
        for e in events
        if e["data"]["applicationId"] == app_id
    ] == [(None, "New"), ("New", "Screening"), ("Screening", "Rejected")]
    assert [e["data"]["toKind"] for e in events][-1] == "hired"


async def test_tenancy_viewer_and_deletion(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    runtime: Runtime,
) -> None:
    w = await world(client, runtime, user)
    app = await apply(client, w, w.candidates[0])
    theirs = other_user["headers"]
    for method, path, body in (
        ("GET", f"/applications/{app['id']}", None),
        ("POST", f"/applications/{app['id']}/move", {"stageId": w.stages["Offer"]}),
        ("GET", f"/jobs/{w.job}/pipeline", None),
        ("POST", f"/jobs/{w.job}/applications", {"candidateIds": [w.candidates[1]]}),
    ):
        r = await client.request(method, API + path, json=body, headers=theirs)
        assert r.status_code in (404, 422), (path, r.text)
    # Another organisation's candidate in my job: 404, nothing written.
    r = await client.post(
        f"{API}/applications", headers=theirs, json={"jobId": w.job, "candidateId": w.candidates[1]}
    )
    assert r.status_code == 404

    viewer = await member_of(client, user, "viewer")
    vh = viewer["headers"]
    assert (await client.get(f"{API}/jobs/{w.job}/pipeline", headers=vh)).status_code == 200
    assert (
        await client.get(f"{API}/applications/{app['id']}/history", headers=vh)
    ).status_code == 200
    refused = await client.post(
        f"{API}/applications/{app['id']}/move", headers=vh, json={"stageId": w.stages["Offer"]}
    )
    assert refused.status_code == 403
    assert (
        await client.post(
            f"{API}/applications", headers=vh, json={"jobId": w.job, "candidateId": w.candidates[1]}
        )
    ).status_code == 403

    assert (
        await client.delete(f"{API}/applications/{app['id']}", headers=w.headers)
    ).status_code == 200
    assert (
        await client.get(f"{API}/applications/{app['id']}", headers=w.headers)
    ).status_code == 404
    # The pair may apply again once its application is gone.
    again = await apply(client, w, w.candidates[0])
    assert again["id"] != app["id"]


async def test_adding_from_the_shortlist_and_an_upload_against_a_job(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(client, runtime, user)
    first = await apply(client, w, w.candidates[0])
    r = await client.post(
        f"{API}/jobs/{w.job}/applications",
        headers=w.headers,
        json={
            "candidateIds": [w.candidates[0], w.candidates[1], w.candidates[1]],
            "source": "talent_search",
        },
    )
    assert r.status_code == 201, r.text
    added = r.json()["data"]
    assert [(a["candidateId"], a["created"]) for a in added] == [
        (w.candidates[0], False),
        (w.candidates[1], True),
    ]
    assert added[0]["applicationId"] == first["id"]
    missing = await client.post(
        f"{API}/jobs/{w.job}/applications",
        headers=w.headers,
        json={"candidateIds": [w.candidates[2], w.job]},
    )
    assert missing.status_code == 404
    assert missing.json()["error"]["details"] == [{"candidateId": w.job}]

    cv = b"Margaret Hamilton\nmargaret@example.com\nSoftware Engineer\nSkills: Python, SQL\n"
    up = await client.post(
        f"{API}/candidates/upload",
        headers=w.headers,
        data={"jobId": w.job},
        files=[("file", ("cv.txt", cv, "text/plain"))],
    )
    assert up.status_code == 202, up.text
    candidate_id = up.json()["data"]["files"][0]["candidateId"]
    mine = await client.get(
        f"{API}/applications", headers=w.headers, params={"candidateId": candidate_id}
    )
    [application] = mine.json()["data"]
    assert (application["jobId"], application["source"]) == (w.job, "upload")
