"""Phones are compared in E.164 (``phonenumbers``): one number written two ways is the same
person; two numbers that only share their last digits are not."""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from talentsonar import migrations
from talentsonar.candidates.profile import phone_e164
from talentsonar.core.runtime import Runtime
from talentsonar.models.candidate import Candidate
from tests.candidates.test_upload import upload

TXT = "text/plain"


@pytest.mark.parametrize(
    ("one", "other", "location"),
    [
        ("+1 (415) 555-2671", "415.555.2671", "San Francisco, CA"),
        ("+44 20 7946 0321", "020 7946 0321", "London, United Kingdom"),
        ("0044 20 7946 0321", "(020) 7946-0321", "London, United Kingdom"),
        ("+91 98765 43210", "098765 43210", "Pune, Maharashtra"),
    ],
)
def test_one_number_written_two_ways_is_one_key(one: str, other: str, location: str) -> None:
    assert phone_e164(one, location) == phone_e164(other, location) is not None


def test_numbers_sharing_their_last_digits_differ() -> None:
    german = phone_e164("+49 1512 3456789", "Berlin, Germany")
    indian = phone_e164("+91 512 345 6789", "Kanpur, India")
    assert (german, indian) == ("+4915123456789", "+915123456789")  # same last 12 digits


def test_a_local_number_is_read_in_the_country_of_the_location() -> None:
    assert phone_e164("020 7946 0321", "London, United Kingdom") == "+442079460321"
    assert phone_e164("(415) 555-2671", None) == "+14155552671"  # the default region: US
    assert phone_e164("call me", "London, United Kingdom") is None
    assert phone_e164("12", None) is None


def cv(name: str, email: str, phone: str, location: str, job: str) -> tuple[str, bytes, str]:
    text = f"{name}\n{email} | {phone} | {location}\n\nExperience\n{job}\n"
    return (f"{email}.txt", text.encode(), TXT)


async def uploaded(client: httpx.AsyncClient, h: dict[str, str], file: Any) -> dict[str, Any]:
    response = await upload(client, h, file)
    assert response.status_code == 202, response.text
    [item] = response.json()["data"]["files"]
    return dict(item)


async def test_a_phone_entered_by_hand_finds_the_uploaded_cv_of_the_same_person(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    created = await client.post(
        "/api/v1/candidates",
        json={"name": "Sam Rivera", "phone": "(415) 555-2671", "location": "San Francisco, CA"},
        headers=h,
    )
    assert created.status_code == 201, created.text
    item = await uploaded(
        client,
        h,
        cv(
            "Samuel Rivera-Lopez",
            "s.rivera@example.org",
            "+1 415 555 2671",
            "Oakland, California",
            "Platform Engineer, Acme (2019 - 2024)",
        ),
    )
    assert item["duplicate"] == "same_phone"
    assert item["candidateId"] == created.json()["data"]["id"]


async def test_numbers_sharing_their_last_digits_are_two_people(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    first = await uploaded(
        client,
        h,
        cv(
            "Jonas Weber",
            "jonas.weber@example.de",
            "+49 1512 3456789",
            "Berlin, Germany",
            "SRE, Initech (2017 - 2024)",
        ),
    )
    second = await uploaded(
        client,
        h,
        cv(
            "Arjun Mehta",
            "arjun.mehta@example.in",
            "+91 512 345 6789",
            "Kanpur, India",
            "Analyst, Hooli (2016 - 2022)",
        ),
    )
    assert second["duplicate"] is None
    assert second["candidateId"] != first["candidateId"]


async def test_the_migration_rekeys_existing_candidates(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    """Rows keyed the old way (last 12 digits) get their E.164 key from migration 0011."""
    path = Path(migrations.__file__).parent / "versions" / "0011_candidate_phone_e164.py"
    spec = importlib.util.spec_from_file_location("migration_0011", path)
    assert spec is not None
    assert spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    created = await client.post(
        "/api/v1/candidates",
        json={"name": "Ana Lima", "phone": "+44 20 7946 0999", "location": "London, UK"},
        headers=user["headers"],
    )
    candidate_id = uuid.UUID(created.json()["data"]["id"])
    async with runtime.db.session() as s:
        await s.execute(
            update(Candidate).where(Candidate.id == candidate_id).values(phone_e164="442079460999")
        )
    async with runtime.db.engine.begin() as conn:
        await conn.run_sync(migration.rekey)
    async with runtime.db.session() as s:
        row = await s.get(Candidate, candidate_id)
        assert row is not None
        assert row.phone_e164 == "+442079460999"
