"""What a job's vector is computed from (pure: no database)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from talentsonar.jobs.service import apply_requirements, job_embedding_text
from talentsonar.matching.profiles import job_input

DESCRIPTION = (
    "You will run payroll, prepare financial statements in Microsoft Excel and reconcile "
    "accounts with QuickBooks."
)


def job(**values: Any) -> Any:
    fields: dict[str, Any] = {
        "title": "Payroll Accountant",
        "seniority": None,
        "required_skills": [],
        "nice_to_have_skills": [],
        "department": None,
        "description": DESCRIPTION,
        "min_years_experience": None,
        "education_level": None,
        "location": None,
        "remote": None,
        "embedding": None,
    }
    return SimpleNamespace(**{**fields, **values})


def test_a_job_embeds_and_is_scored_on_the_requirements_it_shows() -> None:
    posting = job(requirements={})
    apply_requirements(posting)
    assert posting.required_skills[:2] == ["Payroll", "Financial Statements"]
    assert posting.requirements["required_skills"]["source"] == "inferred"
    text = job_embedding_text(posting)
    assert text.startswith("Payroll Accountant. Skills: Payroll, Financial Statements")
    assert text.endswith(DESCRIPTION)
    scored = job_input(posting)
    assert scored.skills_inferred  # inferred skills weigh less than a recruiter's list
    assert scored.required == tuple(posting.required_skills)


def test_the_scorer_infers_nothing_the_job_does_not_show() -> None:
    # a job whose requirements are empty (never inferred, or emptied by a person)
    scored = job_input(job(title="Senior Payroll Accountant"))
    assert scored.required == ()
    assert scored.nice == ()
    assert scored.seniority is None  # the title is not read behind the job's back
    assert not scored.skills_inferred


def test_a_recruiters_list_is_embedded_as_is() -> None:
    text = job_embedding_text(job(required_skills=["Xero"], seniority="Senior"))
    assert text.startswith("Senior Payroll Accountant. Required skills: Xero. ")
    assert "Skills: Payroll" not in text


def test_a_description_without_known_skills_adds_nothing() -> None:
    assert job_embedding_text(job(description="A friendly team.")) == (
        "Payroll Accountant. A friendly team."
    )


def test_inferred_nice_to_have_skills_weigh_less_than_a_recruiters_list() -> None:
    from talentsonar.matching.scoring import (
        DEFAULT_WEIGHTS,
        INFERRED_SKILLS_WEIGHT,
        effective_weights,
    )

    posting = job(
        requirements={},
        description=DESCRIPTION + " Experience with Xero is a plus.",
    )
    apply_requirements(posting)
    assert posting.nice_to_have_skills == ["Xero"]
    inferred = job_input(posting)
    assert inferred.nice_inferred
    weights = effective_weights(inferred, DEFAULT_WEIGHTS)
    assert weights["nice_skills"] == DEFAULT_WEIGHTS["nice_skills"] * INFERRED_SKILLS_WEIGHT
    listed = job_input(job(nice_to_have_skills=["Xero"]))
    assert not listed.nice_inferred
    assert (
        effective_weights(listed, DEFAULT_WEIGHTS)["nice_skills"] == DEFAULT_WEIGHTS["nice_skills"]
    )
