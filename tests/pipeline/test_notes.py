"""Notes on a candidate with @mentions that notify the members mentioned."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import member_of
from tests.pipeline.conftest import API, world


async def test_notes_and_mentions(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    runtime: Runtime,
) -> None:
    w = await world(client, runtime, user)
    sam = await member_of(client, user, "recruiter", email="sam.lee@example.com")
    viewer = await member_of(client, user, "viewer")
    candidate = w.candidates[0]
    r = await client.post(
        f"{API}/candidates/{candidate}/notes",
        headers=w.headers,
        json={
            "body": "Great call. @sam.lee please book the technical interview; cc @nobody.",
            "mentionUserIds": [viewer["user"]["id"]],
        },
    )
    assert r.status_code == 201, r.text
    note = r.json()["data"]
    assert sorted(m["userId"] for m in note["mentions"]) == sorted(
        [sam["user"]["id"], viewer["user"]["id"]]
    )
    assert note["authorName"] == "Test User"

    inbox = (await client.get(f"{API}/notifications", headers=sam["headers"])).json()["data"]
    mention = next(n for n in inbox if n["type"] == "note.mention")
    assert mention["title"] == "Test User mentioned you on Ada Lovelace"
    assert mention["data"] == {"candidateId": candidate, "noteId": note["id"]}
    mine = (await client.get(f"{API}/notifications", headers=w.headers)).json()["data"]
    assert not [n for n in mine if n["type"] == "note.mention"]

    # Everyone in the organisation reads the notes; a viewer writes none.
    listed = await client.get(f"{API}/candidates/{candidate}/notes", headers=viewer["headers"])
    assert [n["id"] for n in listed.json()["data"]] == [note["id"]]
    assert (
        await client.post(
            f"{API}/candidates/{candidate}/notes", headers=viewer["headers"], json={"body": "x"}
        )
    ).status_code == 403
    stranger = await client.post(
        f"{API}/candidates/{candidate}/notes",
        json={"body": "hi", "mentionUserIds": [other_user["user"]["id"]]},
        headers=w.headers,
    )
    assert stranger.status_code == 422
    assert (
        await client.get(f"{API}/candidates/{candidate}/notes", headers=other_user["headers"])
    ).status_code == 404

    # Only its author (or an admin) removes a note.
    by_sam = await client.delete(
        f"{API}/candidates/{candidate}/notes/{note['id']}", headers=sam["headers"]
    )
    assert by_sam.status_code == 403
    assert (
        await client.delete(f"{API}/candidates/{candidate}/notes/{note['id']}", headers=w.headers)
    ).status_code == 200
    assert (await client.get(f"{API}/candidates/{candidate}/notes", headers=w.headers)).json()[
        "data"
    ] == []
