"""Searching with text pasted from a CV: punctuation that ``websearch_to_tsquery`` reads as
an operator (a lone dash is "not") or tokenises unlike the document ("~11") must not turn
a phrase of the candidate's own summary into a miss."""

from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.fulltext import websearch_text

SUMMARY = ("Over 20 years experience working with IFC on many sectors - oil and gas, "
           "mining -- energy; offering ~11 years of recruitment")


def test_lone_dashes_and_leading_tildes_are_blanked_and_operators_kept() -> None:
    assert websearch_text("sectors - oil").split() == ["sectors", "oil"]
    assert websearch_text("mining -- energy -").split() == ["mining", "energy"]
    assert websearch_text("offering ~11 ~~python").split() == ["offering", "11", "python"]
    assert websearch_text('python -java "data engineer" or go a~b x-y') == (
        'python -java "data engineer" or go a~b x-y')


async def test_a_pasted_summary_phrase_finds_its_candidate(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    made = await client.post("/api/v1/candidates", headers=h, json={
        "name": "Imani Cole", "headline": "HR Business Partner", "summary": SUMMARY})
    assert made.status_code == 201, made.text
    cid = made.json()["data"]["id"]
    await client.post("/api/v1/candidates", headers=h, json={
        "name": "Noor Aziz", "headline": "Geologist", "summary": "Oil exploration."})
    for q in ("IFC on many sectors - oil", "mining -- energy", "offering ~11 years"):
        found = await client.get("/api/v1/candidates/search", headers=h, params={"q": q})
        assert found.status_code == 200, found.text
        hits = {hit["candidate"]["id"]: {m["method"] for m in hit["matchedBy"]}
                for hit in found.json()["data"]}
        assert "fulltext" in hits.get(cid, set()), (q, hits)
        listed = await client.get("/api/v1/candidates", headers=h, params={"search": q})
        assert [c["id"] for c in listed.json()["data"]] == [cid], q
    # a dash that starts a word is still "not"
    listed = await client.get("/api/v1/candidates", headers=h,
                              params={"search": "recruitment -oil"})
    assert listed.json()["data"] == []
