"""What a candidate's vector is computed from (pure: no database)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from talentsonar.candidates.profile import (
    SKILLS_EMBEDDED,
    SKILLS_WITHOUT_SUMMARY,
    candidate_embedding_text,
)

SUMMARY = "Seeking a challenging position in a dynamic organisation."


def candidate(skills: list[str], **extra: Any) -> Any:
    values: dict[str, Any] = {
        "name": "Someone",
        "headline": "Payroll Accountant",
        "skills": skills,
        "summary": SUMMARY,
        "metadata_": {},
        "profile": {"workHistory": [{"title": "Accountant"}, {"title": "Accounts Clerk"}]},
    }
    return SimpleNamespace(**{**values, **extra})


def test_a_full_profile_is_embedded_by_titles_and_skills_without_the_summary() -> None:
    skills = [f"Skill {i}" for i in range(SKILLS_WITHOUT_SUMMARY)]
    text = candidate_embedding_text(candidate(skills))
    assert text.startswith("Payroll Accountant. Experience: Accountant; Accounts Clerk. Skills:")
    assert all(s in text for s in skills)
    assert SUMMARY not in text


def test_a_thin_profile_falls_back_on_its_summary() -> None:
    text = candidate_embedding_text(candidate(["Payroll", "Excel"]))
    assert text.endswith(SUMMARY)
    assert "Skills: Payroll, Excel" in text
    # a summary kept in metadata (imports) counts the same way
    moved = candidate_embedding_text(candidate([], summary=None, metadata_={"summary": SUMMARY}))
    assert moved.endswith(SUMMARY)


def test_skills_beyond_the_limit_are_left_out() -> None:
    skills = [f"Skill {i}" for i in range(SKILLS_EMBEDDED + 5)]
    text = candidate_embedding_text(candidate(skills))
    assert f"Skill {SKILLS_EMBEDDED - 1}," in text or text.endswith(f"Skill {SKILLS_EMBEDDED - 1}")
    assert f"Skill {SKILLS_EMBEDDED}" not in text


def test_an_empty_profile_is_its_name() -> None:
    empty = candidate([], headline=None, summary=None, profile={})
    assert candidate_embedding_text(empty) == "Someone"
