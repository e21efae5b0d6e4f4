"""A job's board (stages in order with counts and capped cards) and its figures."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.pipeline.conftest import API, apply, move, world


async def test_board_and_figures(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(
        client,
        runtime,
        user,
        people=[
            ("Ada Lovelace", "ada@example.com", 91.0),
            ("Grace Hopper", "grace@example.com", 77.5),
            ("Alan Turing", None, 64.0),
            ("Edsger Dijkstra", None, 50.0),
        ],
    )
    apps = [await apply(client, w, c) for c in w.candidates]
    for app in apps[:3]:
        assert (await move(client, w, app["id"], "Screening")).status_code == 200
    assert (await move(client, w, apps[0]["id"], "Interview")).status_code == 200
    assert (
        await move(client, w, apps[2]["id"], "Rejected", rejectionReasonId=w.reasons["Other"])
    ).status_code == 200

    board = (await client.get(f"{API}/jobs/{w.job}/pipeline", headers=w.headers)).json()["data"]
    assert (board["jobTitle"], board["total"], board["limit"]) == ("Backend Engineer", 4, 50)
    columns = {c["name"]: c for c in board["stages"]}
    assert [c["name"] for c in board["stages"]] == list(w.stages)
    assert {n: c["count"] for n, c in columns.items() if c["count"]} == {
        "New": 1,
        "Screening": 1,
        "Interview": 1,
        "Rejected": 1,
    }
    card = columns["Interview"]["applications"][0]
    assert (card["candidateName"], card["score"]) == ("Ada Lovelace", 91.0)
    assert card["timeInStageSeconds"] >= 0
    assert card["stageEnteredAt"]

    # Capped per column, best score first; the count stays the column's.
    for app in apps[1:3]:
        await move(client, w, app["id"], "Offer")
    capped = (
        await client.get(f"{API}/jobs/{w.job}/pipeline", params={"limit": 1}, headers=w.headers)
    ).json()["data"]
    offer = next(c for c in capped["stages"] if c["name"] == "Offer")
    assert offer["count"] == 2
    assert [a["candidateName"] for a in offer["applications"]] == ["Grace Hopper"]
    rest = await client.get(
        f"{API}/applications",
        headers=w.headers,
        params={"jobId": w.job, "stageId": w.stages["Offer"], "limit": 1, "page": 2},
    )
    assert rest.json()["pagination"]["total"] == 2
    assert len(rest.json()["data"]) == 1

    figures = (await client.get(f"{API}/jobs/{w.job}/pipeline/figures", headers=w.headers)).json()[
        "data"
    ]
    stages = {s["name"]: s for s in figures["stages"]}
    assert figures["total"] == 4
    assert (stages["New"]["reached"], stages["Screening"]["reached"]) == (4, 3)
    # 3 of the 4 new ones got further; all 3 screened ones did (app 0 reached Interview,
    # apps 1 and 2 Offer: app 2 was rejected, then reopened).
    assert stages["New"]["conversionToNext"] == 0.75
    assert stages["Screening"]["conversionToNext"] == 1.0
    assert stages["Offer"]["count"] == 2
    assert stages["Hired"]["conversionToNext"] is None
    assert stages["New"]["averageDaysInStage"] is not None

    missing = await client.get(f"{API}/jobs/{w.candidates[0]}/pipeline", headers=w.headers)
    assert missing.status_code == 404
    too_many = await client.get(
        f"{API}/jobs/{w.job}/pipeline", params={"limit": 1000}, headers=w.headers
    )
    assert too_many.status_code == 422


async def test_counts_per_job_feed_the_analytics(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    w = await world(client, runtime, user)
    before = (await client.get(f"{API}/analytics/insights", headers=w.headers)).json()
    assert before["breakdowns"]["pipeline"]["applicationsByStage"]["New"] == 0  # cached now
    apps = [await apply(client, w, c) for c in w.candidates]
    await move(client, w, apps[0]["id"], "Hired")

    insights = (await client.get(f"{API}/analytics/insights", headers=w.headers)).json()
    by_stage = insights["breakdowns"]["pipeline"]["applicationsByStage"]
    assert list(by_stage) == list(w.stages)  # every stage, in board order
    assert (by_stage["New"], by_stage["Hired"]) == (2, 1)
    assert insights["breakdowns"]["pipeline"]["feedback"] == {"hired": 1}
    dashboard = (await client.get(f"{API}/analytics/dashboard", headers=w.headers)).json()
    assert dashboard["data"]["applicationsByStage"]["Hired"] == 1

    other = await client.post(f"{API}/jobs", json={"title": "Nurse"}, headers=w.headers)
    counts = (await client.get(f"{API}/pipeline/jobs", headers=w.headers)).json()
    assert counts["pagination"]["total"] == 2
    newest, first = counts["data"]
    assert (newest["jobId"], newest["total"]) == (other.json()["data"]["id"], 0)
    assert (first["jobId"], first["total"]) == (w.job, 3)
    assert {s["name"]: s["count"] for s in first["stages"] if s["count"]} == {
        "New": 2,
        "Hired": 1,
    }
    closed = await client.get(
        f"{API}/pipeline/jobs", params={"status": "closed"}, headers=w.headers
    )
    assert closed.json()["data"] == []
