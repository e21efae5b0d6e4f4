"""Issue 15, "invented skills": every pattern the issue reports, in text written for these
tests, through the same calls the product makes (the CV parser, a job's inferred skills,
the analyst's skill extraction). A skill only counts when the text defends it."""

from __future__ import annotations

import pytest

from talentsonar.ai.knowledge import extract_skills
from talentsonar.cvs.parsing import parse_profile
from talentsonar.matching.profiles import inferred_job_skills
from talentsonar.skills.taxonomy import Taxonomy, get_taxonomy


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return get_taxonomy()


def _cv_skills(text: str) -> set[str]:
    return set(parse_profile(text).skills)


def test_no_r_from_a_profile_link_or_an_initial() -> None:
    text = (
        "Jane Doe\nData Analyst - Pune, Maharashtra - Email me on Indeed: "
        "indeed.com/r/Jane-Doe/4f2a9c1be07d\n\nPUBLICATIONS\n"
        "Doe, J., A. Fulcher, R. Geneve. 2014. Micro-irrigation of container crops.\n"
        "EXPERIENCE\nData Analyst, Acme Analytics (2016 - 2020)\n"
        "Built dashboards in Tableau and wrote SQL reports.\n"
    )
    assert "R" not in _cv_skills(text)


def test_r_in_a_skills_list_or_a_tool_context_still_counts(taxonomy: Taxonomy) -> None:
    assert "R" in _cv_skills("Jane Doe\nSKILLS\nPython, R, SQL, Tableau\n")
    assert "R" in {s.name for s in taxonomy.skills_in("Built survival models in R and Stata.")}


def test_sla_is_not_average_handle_time() -> None:
    text = (
        "EXPERIENCE\nIT Support Engineer, Northwind (2018 - 2021)\n"
        "Resolved P1 incidents within the SLA and kept service levels for 40 sites.\n"
    )
    assert "Average Handle Time" not in _cv_skills(text)
    assert "Average Handle Time" not in extract_skills(text)


def test_the_word_can_is_not_can_bus() -> None:
    text = (
        "SUMMARY\nI CAN DEVELOP WEBSITES BASED ON HTML AND CSS and can adapt to new teams.\n"
        "EXPERIENCE\nWeb Developer, Contoso (2019 - 2022)\n"
    )
    found = _cv_skills(text)
    assert "CAN Bus" not in found
    assert "Embedded Systems" not in found
    assert "CAN Bus" not in inferred_job_skills("You can work remotely. We can sponsor visas.")


def test_can_bus_with_its_own_words_still_counts(taxonomy: Taxonomy) -> None:
    found = {s.name for s in taxonomy.skills_in("Diagnosed ECU faults on the CAN bus.")}
    assert "CAN Bus" in found


def test_an_employer_named_jewelry_is_not_jewelry_design() -> None:
    text = (
        "EXPERIENCE\nSales Associate\nKay Jewelry Stores - Columbus, OH\n2015 - 2018\n"
        "Checked in fine jewelry inventory and served customers at the counter.\n"
    )
    assert "Jewelry Design" not in _cv_skills(text)


def test_comma_ca_in_an_address_is_not_chartered_accountant() -> None:
    text = (
        "EXPERIENCE\nIntegration Developer\nCisco Systems - San Jose, CA - April 2017 to Present\n"
        "Linux Cloud DevOps Engineer, Workday Inc  Pleasanton CA October 2018 to May 2020\n"
    )
    assert "Chartered Accountant" not in _cv_skills(text)


def test_a_social_worker_is_not_a_geotechnical_engineer() -> None:
    text = (
        "Social Worker\nEDUCATION AND TRAINING\nFoundations of Motivational Interviewing, 2016\n"
        "EXPERIENCE\nCase Manager, County Family Services (2016 - 2020)\n"
        "Managed and reviewed the State and Foundations grants' monthly expenditures.\n"
    )
    assert "Geotechnical Engineering" not in _cv_skills(text)


def test_an_accountants_skill_list_has_no_express_js_or_scheme() -> None:
    text = (
        "Staff Accountant\nSKILLS\nAccounts payable, payroll, Peachtree, processes, coding, "
        "purchasing, Express, QuickBooks, reconciling, research, sales, scheme, writing\n"
    )
    found = _cv_skills(text)
    assert "Express.js" not in found
    assert "Scheme" not in found


def test_a_windows_sysadmin_posting_has_no_history_design_or_ethic() -> None:
    posting = (
        "Windows System Administrator. We need a dedicated, reliable and self-motivated "
        "administrator who is an articulate communicator. You will patch Windows Server 2016, "
        "manage Active Directory and Group Policy, and keep the history of every change in "
        "the ticketing system."
    )
    found = set(inferred_job_skills(posting)) | set(extract_skills(posting))
    assert not {"History", "Instructional Design", "Work Ethic"} & found
    assert "Windows Server" in found


def test_taxonomy_alias_errors_of_the_issue(taxonomy: Taxonomy) -> None:
    def named(text: str) -> set[str]:
        return {s.name for s in taxonomy.skills_in(text)}

    assert "Cabin Crew" not in named("Worked as Information Steward for the data office.")
    assert "Graphic Design" not in named("Configured graphics drivers on 300 laptops.")
    assert "Military Aviation" not in named("Served in the Air Force as a logistics clerk.")
    assert "Express.js" not in named("Connected Azure VNets with Express Route.")
    assert "Cabin Crew" in named("Flight attendant for eight years.")


def test_a_degree_subject_or_an_institution_name_is_not_a_skill() -> None:
    text = (
        "EDUCATION\nBachelors degree in Mechanical Engineering, Pune University\n"
        "Masters in Biotechnology, Khalsa College\n"
        "Board of Secondary Education, 2012\n"
        "EXPERIENCE\nSoftware Test Engineer, Wipro (2019 - 2022)\n"
        "Wrote Selenium tests in Java.\n"
    )
    found = _cv_skills(text)
    assert {"Mechanical Engineering", "Biotechnology", "Secondary Education"}.isdisjoint(found)
    assert {"Selenium", "Java"} <= found
    assert "Mechanical Engineering" in _cv_skills("SKILLS\nMechanical Engineering, AutoCAD\n")


def test_a_lower_case_phrase_of_the_prose_named_once_is_not_evidence() -> None:
    prose = (
        "EXPERIENCE\nSQL DBA, Northwind (2018 - 2021)\n"
        "Responsible for code reviews and performance tuning of all stored procedures.\n"
    )
    assert "Database Tuning" not in _cv_skills(prose)
    again = prose + "Led performance tuning of the billing database.\n"
    assert "Database Tuning" in _cv_skills(again)
    written_as_a_name = prose.replace("performance tuning", "Performance Tuning")
    assert "Database Tuning" in _cv_skills(written_as_a_name)
