"""Misspelt search words find their intended skill or job-title word."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.candidates.spelling import corrections, edit_distance

PEOPLE = [
    {"name": "Omar Field", "type": "internal", "headline": "Backend Developer",
     "skills": ["Python", "Django", "PostgreSQL"],
     "summary": "Writes web services and data pipelines."},
    {"name": "Lena Stone", "type": "past", "headline": "Registered Nurse",
     "skills": ["Patient Care", "Triage"],
     "summary": "Cares for patients on a busy surgical ward."},
    {"name": "Chen Wei", "type": "sourced", "headline": "Sous Chef",
     "skills": ["Menu Planning", "Food Safety"],
     "summary": "Runs the line of a restaurant kitchen."},
    {"name": "Priya Patel", "type": "internal", "headline": "Financial Analyst",
     "skills": ["Financial Modeling", "Excel"],
     "summary": "Builds budgets and forecasts."},
]


async def seed(client: httpx.AsyncClient, headers: dict[str, str],
               people: list[dict[str, Any]]) -> dict[str, str]:
    ids = {}
    for person in people:
        r = await client.post("/api/v1/candidates", json=person, headers=headers)
        assert r.status_code == 201, r.text
        ids[person["name"]] = r.json()["data"]["id"]
    return ids


async def search(client: httpx.AsyncClient, headers: dict[str, str], q: str
                 ) -> dict[str, Any]:
    r = await client.get("/api/v1/candidates/search", params={"q": q}, headers=headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_edit_distance_counts_a_transposition_as_one_edit() -> None:
    assert edit_distance("pyhton", "python") == 1
    assert edit_distance("nurce", "nurse") == 1
    assert edit_distance("acountant", "accountant") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3


def test_corrections_against_the_vocabulary() -> None:
    assert [w for w, _ in corrections("pyhton")] == ["python"]
    assert [w for w, _ in corrections("nurce")] == ["nurse"]
    assert [w for w, _ in corrections("recepcionist")] == ["receptionist"]  # a title word
    assert [w for w, _ in corrections("kuberneetees")] == ["kubernetes"]  # two edits, long
    assert corrections("python") == ()  # a vocabulary word is no misspelling
    assert corrections("nurse") == ()
    assert corrections("pyt") == ()  # too short to tell
    assert corrections("zqxwvy") == ()  # close to nothing
    assert corrections("pythn3") == ()  # not a plain word


async def test_misspelt_skill_and_title_find_their_candidates(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    ids = await seed(client, h, PEOPLE)
    pyhton = await search(client, h, "pyhton")
    assert pyhton["data"][0]["candidate"]["id"] == ids["Omar Field"]
    assert "fuzzy" in {m["method"] for m in pyhton["data"][0]["matchedBy"]}
    assert "Python" in pyhton["data"][0]["matchedTerms"]
    assert "Python" in pyhton["suggestions"]
    nurce = await search(client, h, "nurce")
    assert nurce["data"][0]["candidate"]["id"] == ids["Lena Stone"]
    assert "fuzzy" in {m["method"] for m in nurce["data"][0]["matchedBy"]}
    assert "nurse" in nurce["suggestions"]
    # a misspelt word among right ones: every word still counts
    both = await search(client, h, "pyhton developer")
    assert both["data"][0]["candidate"]["id"] == ids["Omar Field"]


async def test_a_word_the_pool_uses_is_taken_as_meant_unless_its_correction_dominates(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    ids = await seed(client, h, [
        # a CV with the typo, and one Python developer: "pyhton" is a word of this pool
        {"name": "Typo Person", "type": "internal", "headline": "Analyst",
         "skills": ["Excel"], "summary": "Automates reports with Pyhton scripts."},
        {"name": "Py Dev 0", "type": "internal", "headline": "Backend Developer",
         "skills": ["Python"], "summary": "Writes services."},
    ])
    body = await search(client, h, "pyhton")
    assert body["data"][0]["candidate"]["id"] == ids["Typo Person"]
    assert not any("fuzzy" in {m["method"] for m in hit["matchedBy"]} for hit in body["data"]
                   if hit["candidate"]["id"] == ids["Py Dev 0"])
    # ten Python developers later, one CV with the typo does not make it a word
    more = await seed(client, h, [
        {"name": f"Py Dev {i}", "type": "internal", "headline": "Backend Developer",
         "skills": ["Python"], "summary": "Writes services."} for i in range(1, 10)])
    body = await search(client, h, "pyhton")
    found = {hit["candidate"]["id"] for hit in body["data"]}
    assert ids["Typo Person"] in found
    assert set(more.values()) | {ids["Py Dev 0"]} <= found
    assert all("fuzzy" in {m["method"] for m in hit["matchedBy"]} for hit in body["data"]
               if hit["candidate"]["id"] in more.values())


def test_english_words_are_not_corrected() -> None:
    # "look" is one edit from "book" and "cook", but an ordinary word
    assert corrections("look") == ()
    assert corrections("builds") == ()
    assert corrections("someone") == ()
