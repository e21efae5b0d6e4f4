"""Issue 15: the name and the phone come from the author's contact block (the top of the CV,
a contact section, page footers), never from a heading, a job title, digits, a supervisor
or a page number. CVs written here, in the layouts the public resumes showed."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from talentsonar.cvs.extract import extract_document
from talentsonar.cvs.parsing import parse_profile
from talentsonar.cvs.schemas import FLAG_NAME_NOT_FOUND, ParsedProfile


def two_page_pdf(page_one: list[str], page_two: list[str], footer: str) -> bytes:
    """Body lines on two pages; ``footer`` at the bottom of the second page (where a word
    processor repeats the author's name, contacts and the page number)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for lines in (page_one, page_two):
        canvas.setFont("Helvetica", 11)
        y = 800.0
        for line in lines:
            canvas.drawString(60, y, line)
            y -= 18
        if lines is page_two:
            canvas.setFont("Helvetica", 9)
            canvas.drawString(60, 40, footer)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_profile(page_one: list[str], page_two: list[str], footer: str) -> ParsedProfile:
    document = extract_document(two_page_pdf(page_one, page_two, footer), filename="cv.pdf")
    return parse_profile(document.text)


# An anonymised CV in the layout of the categorised PDFs: a job title where the name would
# be, then headings; no contact details anywhere.
ANONYMISED_TOPS = [
    "AIRCRAFT HYDRAULICS JOURNEYMAN\nCore Qualifications\nHydraulic systems, torque tools\n",
    "CONSULTANT\nCareer Focus\nTo obtain a position in SAP consulting.\n",
    "CORPORATE FACILITATOR\nSummary\nFacilitator of leadership programmes.\n",
    "Core Qualifications\nBudgeting, payroll, audits\n",
    "12045067\nSummary\nTen years of bookkeeping.\n",
]
ANONYMISED_BODY = (
    "Experience\nSenior Bookkeeper 01/2015 to Current\nCompany Name City , State\n"
    "Reconciled accounts.\nEducation\nBachelor of Science : Accounting 2010\n"
)


@pytest.mark.parametrize("top", ANONYMISED_TOPS)
def test_an_anonymised_cv_gets_no_name_and_says_so(top: str) -> None:
    profile = parse_profile(top + ANONYMISED_BODY)
    assert profile.name is None
    assert FLAG_NAME_NOT_FOUND in profile.flags
    assert "name" not in profile.evidence


def test_a_skill_or_a_heading_beside_contact_details_is_not_a_name() -> None:
    for top in ("Microsoft Excel", "Career Focus", "PERFORMANCE IMPROVEMENT"):
        profile = parse_profile(f"{top}\njane.example@example.org\n\n" + ANONYMISED_BODY)
        assert profile.name is None, top
    named = parse_profile("Jane Example\njane.example@example.org\n\n" + ANONYMISED_BODY)
    assert named.name == "Jane Example"
    assert named.flags == []


def test_the_name_comes_from_the_page_footer_when_the_top_has_none() -> None:
    profile = pdf_profile(
        [
            "FINANCE MANAGER",
            "Core Qualifications",
            "Budgeting, forecasting, audits",
            "Experience",
            "Finance Manager 01/2016 to Current",
            "Reconciled ledgers.",
        ],
        ["Education", "Bachelor of Science : Finance 2010"],
        footer="Gregoria Example, page 2",
    )
    assert profile.name == "Gregoria Example"
    assert FLAG_NAME_NOT_FOUND not in profile.flags


def test_a_name_broken_over_two_lines_before_the_page_number() -> None:
    text = (
        "PUBLIC RELATIONS MANAGER\nSummary\nPress relations.\nExperience\n"
        "Conducted public relation activities.\nMarianne L.\nExample Page 2 Managed the "
        "weekly newsletter.\nEducation\nB.A. : Communications 2001\n"
    )
    assert parse_profile(text).name == "Marianne L. Example"


def test_a_lower_case_name_on_the_first_line_of_a_contact_block() -> None:
    text = (
        "kimaya example\nPune, Maharashtra - Email me on Indeed: "
        "indeed.com/r/kimaya-example/1f2a3b4c5d6e7f80\n\nWORK EXPERIENCE\n\nTest Engineer\n"
    )
    assert parse_profile(text).name == "kimaya example"


def test_a_referee_next_to_the_first_e_mail_is_not_the_author() -> None:
    text = (
        "RESEARCH ASSISTANT\nSummary\nField research.\nProfessional References\n"
        "Avetis Example, CEO and President at Example Pharmacy: +1 818-988-1288, "
        "avo@example.com\n"
    )
    profile = parse_profile(text)
    assert profile.name is None
    assert profile.phone is None


def test_the_page_number_before_a_footer_phone_is_not_part_of_it() -> None:
    profile = pdf_profile(
        [
            "ACCOUNTANT",
            "Summary",
            "Underwriting and accounts.",
            "Experience",
            "Personal Auto Underwriter 01/2001 to 01/2004",
        ],
        ["Reviewed applications and driving records."],
        footer="Gail Example Page 2 864-472-7092",
    )
    assert profile.phone == "+1 864-472-7092"
    assert profile.evidence["phone"][0].text == "864-472-7092"


def test_a_publication_number_is_not_a_phone() -> None:
    text = (
        "Jane Example\njane.example@example.org\n\nPublications\n"
        "Method for sorting parcels, US Patent Application 20070178055, 2007\n"
    )
    assert parse_profile(text).phone is None


def test_the_supervisor_phone_is_not_the_candidate_phone() -> None:
    supervisor = (
        "Experience\nAviation Parts Salesman 05/2013 to 01/2014\n"
        "Supervisor: Ray Example (405) 409 1635 Okay to contact this Supervisor: Yes\n"
        "Parts sales and customer service.\n"
    )
    profile = parse_profile("Jane Example\njane.example@example.org\n\n" + supervisor)
    assert profile.phone is None  # the CV gives no number of its author
    in_footer = parse_profile(
        "Jane Example\njane.example@example.org\n\n"
        + supervisor
        + "Jane Example | (415) 555-0142 | Page 2\n"
    )
    assert in_footer.phone == "+1 415-555-0142"


def test_phones_are_validated_and_read_in_the_country_of_the_location() -> None:
    india = parse_profile("Priya Example\nPune, Maharashtra\npriya@example.com | 98450 12345\n")
    assert india.phone == "+91 98450 12345"
    us = parse_profile("Tom Example\nAustin, TX\ntom@example.com | (415) 555-0142\n")
    assert us.phone == "+1 415-555-0142"
    # without a location: a number with its country code is read as written
    written = parse_profile("Priya Example\npriya@example.com | +91-98450-12345\n")
    assert written.phone == "+91 98450 12345"
    # dates and years in the top are not numbers
    assert parse_profile("Tom Example\ntom@example.com\n2015 - 2019 560029\n").phone is None


def test_a_personal_details_section_gives_the_name_phone_and_country() -> None:
    text = (
        "CURRICULUM VITAE\nCareer Objective\nTo work in a challenging environment.\n"
        "Experience\nTest Engineer, Initech 2019 - 2021\n"
        "Personal Details\nName: Ravi Example\nMobile: 98450 12345\nAddress: Pune, Maharashtra\n"
    )
    profile = parse_profile(text)
    assert (profile.name, profile.phone, profile.location) == (
        "Ravi Example",
        "+91 98450 12345",
        "Pune, Maharashtra",
    )


def test_a_contact_person_inside_a_job_is_someone_else() -> None:
    text = (
        "AEROSPACE ENGINEER\nSummary\nTurboprop engines.\n"
        "Designed fuel controls for turboprop engines.\n"
        "Contact: Leonardo Example mobile: (+1 786 256 9004)\n"
        "Aerospace Engineer 01/2014 to 01/2015\n"
    )
    assert parse_profile(text).phone is None
    own = parse_profile("Jane Example\nContact: +1 415 555 0142\nSummary\nEngines.\n")
    assert own.phone == "+1 415-555-0142"
