"""Issue 15: a CV without its author's name gives no invented name: not the file name
("good.pdf" became the candidate "good"), not a heading. The candidate is the placeholder
"Unnamed candidate", flagged "name_not_found" until a real name arrives."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talentsonar.candidates.profile import UNNAMED_CANDIDATE
from tests.candidates.test_upload import PDF, upload
from tests.cvs.builders import make_pdf

ANONYMISED = [
    "INFORMATION TECHNOLOGY MANAGER",
    "Core Qualifications",
    "Network administration, help desk, budgeting",
    "Experience",
    "IT Manager 01/2015 to Current",
    "Company Name City , State",
]


# the parser used to name the first one "Core Qualifications", and the second one (where it
# found nothing) after its file: "good"
@pytest.mark.parametrize("heading", ["Core Qualifications", "Summary"])
async def test_a_cv_without_a_name_gives_an_unnamed_flagged_candidate(
    heading: str, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    lines = [ANONYMISED[0], heading, *ANONYMISED[2:]]
    response = await upload(client, h, ("good.pdf", make_pdf(lines), PDF), field="file")
    assert response.status_code == 202, response.text
    [item] = response.json()["data"]["files"]
    url = f"/api/v1/candidates/{item['candidateId']}"
    candidate = (await client.get(url, headers=h)).json()["data"]
    assert candidate["name"] == UNNAMED_CANDIDATE
    assert "name_not_found" in candidate["flags"]
    assert candidate["profile"]["name"] is None
    assert "name_not_found" in candidate["profile"]["flags"]
    listed = (await client.get("/api/v1/candidates", headers=h)).json()["data"]
    assert [(c["name"], "name_not_found" in c["flags"]) for c in listed] == [
        (UNNAMED_CANDIDATE, True)
    ]

    # a name set by hand clears the flag
    named = await client.patch(url, headers=h, json={"name": "Dana Example"})
    assert named.status_code == 200, named.text
    assert named.json()["data"]["name"] == "Dana Example"
    assert "name_not_found" not in named.json()["data"]["flags"]


async def test_a_named_cv_is_not_flagged(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    lines = ["Dana Example", "dana.example@example.org | +44 20 7946 0321", *ANONYMISED]
    [item] = (await upload(client, h, ("good.pdf", make_pdf(lines), PDF), field="file")
              ).json()["data"]["files"]
    candidate = (await client.get(f"/api/v1/candidates/{item['candidateId']}", headers=h)
                 ).json()["data"]
    assert candidate["name"] == "Dana Example"
    assert candidate["phone"] == "+44 20 7946 0321"
    assert "name_not_found" not in candidate["flags"]
