"""The organisation's stages and rejection reasons: rename, add, reorder, remove."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import member_of
from tests.pipeline.conftest import API, apply, move, world


async def test_stages_rename_add_reorder_and_remove(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(client, runtime, user)
    h = w.headers
    renamed = await client.patch(
        f"{API}/pipeline/stages/{w.stages['Screening']}", json={"name": "Phone screen"}, headers=h
    )
    assert renamed.status_code == 200
    assert renamed.json()["data"]["kind"] == "open"
    duplicate = await client.patch(
        f"{API}/pipeline/stages/{w.stages['Offer']}", json={"name": "phone SCREEN"}, headers=h
    )
    assert duplicate.status_code == 409
    added = await client.post(f"{API}/pipeline/stages", json={"name": "Technical test"}, headers=h)
    assert added.status_code == 201, added.text
    test_id = added.json()["data"]["id"]
    # A new open stage goes after the last open one (before Hired).
    names = [
        s["name"] for s in (await client.get(f"{API}/pipeline/stages", headers=h)).json()["data"]
    ]
    assert names == [
        "New",
        "Phone screen",
        "Assessment",
        "Interview",
        "Offer",
        "Technical test",
        "Hired",
        "Rejected",
        "Withdrawn",
    ]
    moved = await client.patch(f"{API}/pipeline/stages/{test_id}", json={"position": 2}, headers=h)
    assert moved.json()["data"]["position"] == 2
    stages = (await client.get(f"{API}/pipeline/stages", headers=h)).json()["data"]
    assert [s["name"] for s in stages][:4] == [
        "New",
        "Phone screen",
        "Technical test",
        "Assessment",
    ]
    assert [s["position"] for s in stages] == list(range(9))

    # Renaming keeps the meaning: "Let go" is still the rejected kind.
    await client.patch(
        f"{API}/pipeline/stages/{w.stages['Rejected']}", json={"name": "Let go"}, headers=h
    )
    app = await apply(client, w, w.candidates[0])
    r = await client.post(
        f"{API}/applications/{app['id']}/move", headers=h, json={"stageId": w.stages["Rejected"]}
    )
    assert r.status_code == 422  # still needs a reason

    assert (
        await client.delete(f"{API}/pipeline/stages/{w.stages['Hired']}", headers=h)
    ).status_code == 409  # the only hired stage
    assert (
        await client.delete(f"{API}/pipeline/stages/{w.stages['New']}", headers=h)
    ).status_code == 409  # not empty
    await move(client, w, app["id"], "Assessment")
    gone = await client.delete(f"{API}/pipeline/stages/{w.stages['New']}", headers=h)
    assert gone.status_code == 200
    # The history keeps the removed stage's name.
    history = (await client.get(f"{API}/applications/{app['id']}/history", headers=h)).json()[
        "data"
    ]
    assert history[0]["toStage"] == "New"
    # New applications now start in the first open stage left.
    assert (await apply(client, w, w.candidates[1]))["stage"]["name"] == "Phone screen"

    bad = await client.post(f"{API}/pipeline/stages", json={"name": " ", "kind": "open"}, headers=h)
    assert bad.status_code == 422
    bad_kind = await client.post(
        f"{API}/pipeline/stages", json={"name": "X", "kind": "won"}, headers=h
    )
    assert bad_kind.status_code == 422

    recruiter = await member_of(client, user, "recruiter")
    refused = await client.post(
        f"{API}/pipeline/stages", json={"name": "Mine"}, headers=recruiter["headers"]
    )
    assert refused.status_code == 403


async def test_rejection_reasons(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(client, runtime, user)
    h = w.headers
    created = await client.post(
        f"{API}/pipeline/rejection-reasons",
        headers=h,
        json={"label": "Failed the technical test", "position": 0},
    )
    assert created.status_code == 201, created.text
    reason = created.json()["data"]
    labels = [
        r["label"]
        for r in (await client.get(f"{API}/pipeline/rejection-reasons", headers=h)).json()["data"]
    ]
    assert labels[0] == "Failed the technical test"
    assert len(labels) == 8
    assert (
        await client.post(
            f"{API}/pipeline/rejection-reasons",
            headers=h,
            json={"label": "failed the TECHNICAL test"},
        )
    ).status_code == 409
    updated = await client.patch(
        f"{API}/pipeline/rejection-reasons/{reason['id']}",
        headers=h,
        json={"label": "Technical test"},
    )
    assert updated.json()["data"]["label"] == "Technical test"

    app = await apply(client, w, w.candidates[0])
    assert (
        await move(client, w, app["id"], "Rejected", rejectionReasonId=reason["id"])
    ).status_code == 200
    assert (
        await client.delete(f"{API}/pipeline/rejection-reasons/{reason['id']}", headers=h)
    ).status_code == 200
    # A retired reason stays in the history, and cannot be given again.
    history = (await client.get(f"{API}/applications/{app['id']}/history", headers=h)).json()[
        "data"
    ]
    assert history[-1]["rejectionReason"]["label"] == "Technical test"
    again = await move(client, w, app["id"], "Rejected", rejectionReasonId=reason["id"])
    assert again.status_code == 422
