"""Requirements inferred from a posting, each with the sentence that supports it (pure)."""

from __future__ import annotations

import pytest

from talentsonar.jobs.requirements import Evidence, infer_requirements, sentences

SYSADMIN = (
    "We need a dedicated, reliable and self-motivated Windows administrator who is an "
    "articulate communicator and keeps the history of every change in the ticketing system. "
    "You will patch Windows Server 2016, manage Active Directory and Group Policy, and "
    "automate with PowerShell. Requirements: 5+ years of experience administering Windows "
    "servers. VMware experience is a plus. Preferred: Azure, Terraform."
)


def _check_evidence(text: str, title: str, evidence: Evidence) -> None:
    source = title if evidence.source == "title" else text
    assert source[evidence.start : evidence.end] == evidence.text
    assert evidence.quote in evidence.text


def test_a_sysadmin_posting_gets_its_requirements_with_evidence() -> None:
    title = "Sr Windows Systems Administrator"
    found = infer_requirements(title, SYSADMIN)
    required = [e.value for e in found.required_skills]
    nice = [e.value for e in found.nice_to_have_skills]
    assert {"Windows Server", "Active Directory", "PowerShell"} <= set(required)
    assert {"Azure", "Terraform"} <= set(nice)
    assert "VMware" in {e.quote for e in found.nice_to_have_skills}
    assert not set(required) & set(nice)
    # ordinary words and invented skills of issue 15 are not requirements
    assert not {"History", "Instructional Design", "Work Ethic", "Communication"} & set(
        required + nice
    )
    assert found.seniority is not None
    assert found.seniority.value == "senior"
    assert found.seniority.source == "title"
    assert found.min_years_experience is not None
    assert found.min_years_experience.value == "5"
    assert "5+ years of experience" in found.min_years_experience.text
    for evidence in [
        *found.required_skills,
        *found.nice_to_have_skills,
        found.seniority,
        found.min_years_experience,
    ]:
        _check_evidence(SYSADMIN, title, evidence)
    vmware = next(e for e in found.nice_to_have_skills if e.quote == "VMware")
    assert vmware.text == "VMware experience is a plus."


def test_a_heading_decides_nice_to_have_until_the_next_heading() -> None:
    text = (
        "Nice to have: Kubernetes, Redis\nRequirements: Python, PostgreSQL\n"
        "Systems Administrator - data center: Windows Server 2012, Citrix (NOT essential)."
    )
    found = infer_requirements("Backend Engineer", text)
    assert [e.value for e in found.required_skills][:2] == ["Python", "PostgreSQL"]
    nice = [e.value for e in found.nice_to_have_skills]
    assert {"Kubernetes", "Redis", "Citrix"} <= set(nice)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Backend Engineer",
            "We are looking for a senior backend engineer to run our APIs.",
            "senior",
        ),
        ("Data Analyst", "This is an entry-level position in our analytics team.", "entry"),
        ("Account Executive", "Sell our product to senior management.", None),
        ("Staff Accountant", "Report to the finance manager.", None),
        ("Lead Nurse", "", "lead"),
    ],
)
def test_seniority_from_the_title_or_a_sentence_naming_the_role(
    title: str, text: str, expected: str | None
) -> None:
    found = infer_requirements(title, text)
    assert (found.seniority.value if found.seniority else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least three years of experience with Java.", "3"),
        ("This can be someone with 0-5 years of experience.", "0"),
        ("10+ years of IT experience. 3+ years of AWS experience.", "10"),
        ("Founded over 75 years ago, we build meters.", None),
        ("We have been around for 20 years.", None),
        ("Kubernetes: 4 years of experience preferred.", None),
        ("Bachelor's degree and 5 yrs of exp. to analyze requirements.", "5"),
    ],
)
def test_minimum_years_come_from_an_experience_sentence(text: str, expected: str | None) -> None:
    found = infer_requirements("Engineer", text)
    got = found.min_years_experience
    assert (got.value if got else None) == expected


def test_sentences_split_bullets_and_glued_lines() -> None:
    text = "Build APIs. • Run Docker -Own the pipeline.Deploy to AWS\nShip it"
    parts = [text[s:e] for s, e in sentences(text)]
    assert parts == ["Build APIs.", "Run Docker", "Own the pipeline.", "Deploy to AWS", "Ship it"]


def test_a_place_and_a_mixed_case_acronym_are_not_skills() -> None:
    text = (
        "IMMEDIATE NEED for a Director of Information Security in Cypress, CA! "
        "Primary Location Lexington Ad Code DIG100. Experience with Cypress, Jest and Go."
    )
    found = infer_requirements("Director, Information Security", text)
    by_name = {e.value: e for e in found.required_skills}
    assert "Active Directory" not in by_name  # "Ad Code"
    # Cypress the tool, evidenced where it is one: not the city of the first sentence
    assert by_name["Cypress"].text == "Experience with Cypress, Jest and Go."


def test_a_nice_to_have_heading_ending_in_skills_is_not_a_requirements_heading() -> None:
    text = (
        "Must have skills: UNIX, Python. Nice to have skills: Knowledge of SQL and Windows "
        "is really nice to have."
    )
    found = infer_requirements("Data Security Administrator", text)
    assert {"SQL", "Windows"} <= {e.value for e in found.nice_to_have_skills}
    assert {"Unix", "Python"} <= {e.value for e in found.required_skills}


def test_the_employers_blurb_and_client_list_are_not_requirements() -> None:
    text = (
        "We currently work with our direct clients including VMware, Intuit and Cisco. "
        "You will build services in Java. How you\u2019ll grow At Acme, our professional "
        "development plan offers coaching and teacher training. "
        "Requirements: experience with Kafka."
    )
    found = infer_requirements("Java Developer", text)
    named = {e.value for e in found.required_skills + found.nice_to_have_skills}
    assert {"Java", "Apache Kafka"} <= named
    assert not {"Cisco", "Coaching", "Teacher Training"} & named


def test_an_abbreviated_seniority_does_not_end_a_sentence() -> None:
    text = "We are looking for a Sr. Developer for our payments team. Python required."
    found = infer_requirements("Developer", text)
    assert found.seniority is not None
    assert found.seniority.value == "senior"
    assert found.seniority.text == "We are looking for a Sr. Developer for our payments team."


def test_preferred_speaks_of_what_stands_near_it_in_a_run_on_sentence() -> None:
    text = (
        "Qualifications: Bachelors degree preferred 1+ year professional experience with "
        "scheduling and calendar management in a busy office of a large organization "
        "Excellent interpersonal skills and strong customer service"
    )
    found = infer_requirements("Human Resources Generalist", text)
    assert {"Interpersonal Skills", "Customer Service"} <= {e.value for e in found.required_skills}


def test_a_heading_glued_to_the_previous_word_still_opens_its_part() -> None:
    text = "Experience with file maintenance proceduresDesired Qualifications:Windows 7, Linux"
    found = infer_requirements("System Administrator", text)
    assert {"Windows", "Linux"} <= {e.value for e in found.nice_to_have_skills}
