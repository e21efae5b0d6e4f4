"""Issue 15: the headline is a title-like line under the name, or none; never a piece of a
sentence, a heading, a contact line or a list of technology."""

from __future__ import annotations

import pytest

from talentsonar.cvs.parsing import parse_profile

TOP = (
    "Jane Example\n{line}\njane.example@example.org\n\n"
    "EXPERIENCE\nData Engineer, Initech 2019 - 2021\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "goals. Seeking arole ofincreased responsibility and authority.",
        "Background in biological control using members from the Coleopteran family of",
        "Decisive, Data driven and results-oriented professional offering",
        "Looking for strategic opportunities in the field of marketing",
        "Willing to relocate",
        "Excel, Word, Access, and PowerPoint",
        "Kubernetes, Terraform, AWS",
        "ProfessionalSummary",
        "Career Focus",
        "Hyderabad, Telangana - Email me on Indeed: indeed.com/r/Jane-",
        "c9ba7bc582b14a7b",
        "( 2 year Experience)",
        "Bangalore",
    ],
)
def test_a_headline_is_never_a_fragment_of_a_sentence(line: str) -> None:
    profile = parse_profile(TOP.format(line=line))
    assert profile.headline is None
    assert "headline" not in profile.evidence


def test_the_first_line_of_a_wrapped_sentence_is_not_a_headline() -> None:
    text = "Jane Example\nResults-Oriented\nprofessional with ten years in retail.\n"
    assert parse_profile(text).headline is None


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Senior Backend Engineer", "Senior Backend Engineer"),
        ("INFORMATION TECHNOLOGY MANAGER", "INFORMATION TECHNOLOGY MANAGER"),
        ("Functional Consultant / WM Lead - SAP EWM", "Functional Consultant / WM Lead - SAP EWM"),
        ("Sr. Systems Engineer at Infosys Limited", "Sr. Systems Engineer at Infosys Limited"),
        ("java developer", "java developer"),
        ("Working as Escalation Engineer with Contoso.", "Escalation Engineer with Contoso"),
    ],
)
def test_a_title_like_line_is_the_headline(line: str, headline: str) -> None:
    profile = parse_profile(TOP.format(line=line))
    assert profile.headline == headline
    [span] = profile.evidence["headline"]
    assert span.text == headline
