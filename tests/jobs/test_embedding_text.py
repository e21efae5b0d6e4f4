"""What a job's vector is computed from (pure: no database)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from talentsonar.jobs.service import job_embedding_text
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


def test_a_job_without_a_requirements_list_embeds_the_skills_its_text_names() -> None:
    posting = job()
    text = job_embedding_text(posting)
    assert text.startswith("Payroll Accountant. Skills: Payroll, Financial Statements")
    assert text.endswith(DESCRIPTION)
    # the very skills the scorer infers and weighs as inferred
    inferred = job_input(posting)
    assert inferred.skills_inferred
    assert "Skills: " + ", ".join(inferred.required) + "." in text


def test_a_recruiters_list_is_embedded_as_is() -> None:
    text = job_embedding_text(job(required_skills=["Xero"], seniority="Senior"))
    assert text.startswith("Senior Payroll Accountant. Required skills: Xero. ")
    assert "Skills: Payroll" not in text


def test_a_description_without_known_skills_adds_nothing() -> None:
    assert job_embedding_text(job(description="A friendly team.")) == (
        "Payroll Accountant. A friendly team."
    )
