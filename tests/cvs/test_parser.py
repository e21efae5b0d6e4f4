"""The rule-based parser on synthetic CVs written for these tests (several layouts)."""

from __future__ import annotations

from datetime import date

from talentsonar.cvs.parsing import parse_profile
from talentsonar.cvs.schemas import ParsedProfile

TODAY = date(2026, 1, 1)

CLASSIC = """Maria Gonzalez
Senior Backend Engineer
Madrid, Spain | maria.gonzalez@example.com | +34 612 345 678
linkedin.com/in/maria-gonzalez-dev | github.com/mgonzalez | https://mariagonzalez.dev

SUMMARY
Backend engineer with nine years of experience building payment platforms in Python and Go.

WORK EXPERIENCE
Senior Backend Engineer at Finlytics Solutions
Jan 2019 \u2013 Present
• Designed event-driven services on Kubernetes and PostgreSQL.
• Led a team of four engineers.

Software Engineer - Acme Technologies Ltd
03/2015 - 12/2018
• Built REST APIs with Django.

EDUCATION
Master of Science in Computer Science
Universidad Politécnica de Madrid, 2014
Bachelor of Engineering in Informatics
University of Valencia, 2012

SKILLS
Python, Go, Django, k8s, Postgres, Docker, Terraform

CERTIFICATIONS
AWS Certified Solutions Architect \u2013 Associate
Certified Kubernetes Administrator (CKA)

LANGUAGES
Spanish (native), English (fluent), French (basic)
"""

NON_TECH = """CURRICULUM VITAE

Thomas O'Brien
Executive Chef
Email: tom.obrien@example.net   Phone: (415) 555-0142
San Francisco, CA

Professional Profile:
Chef with a passion for seasonal menus, HACCP food safety and kitchen management.

Employment History
2016 - 2021
Head Chef
The Harbour Hotel Group
- Menu planning, food cost control and staff training for a 120-cover restaurant.
2012 - 2016
Sous Chef, Bistro Lumiere Restaurant
- Ran the line on busy services; pastry and butchery.

Education & Training
Diploma in Culinary Arts - San Francisco Culinary Institute - 2011

Key Skills: menu planning, HACCP, food cost control, banquets, inventory management
Languages: English, Italian
"""


def _span_texts(profile: ParsedProfile, key: str) -> list[str]:
    return [span.text for span in profile.evidence[key]]


def _check_spans(profile: ParsedProfile, text: str) -> None:
    for spans in profile.evidence.values():
        for span in spans:
            assert text[span.start : span.end] == span.text


def test_classic_layout_every_field() -> None:
    profile = parse_profile(CLASSIC, today=TODAY)
    assert profile.name == "Maria Gonzalez"
    assert profile.email == "maria.gonzalez@example.com"
    assert profile.phone == "+34 612 34 56 78"  # international format
    assert _span_texts(profile, "phone") == ["+34 612 345 678"]
    assert profile.location == "Madrid, Spain"
    assert profile.links.linkedin == "linkedin.com/in/maria-gonzalez-dev"
    assert profile.links.github == "github.com/mgonzalez"
    assert profile.links.portfolio == "https://mariagonzalez.dev"
    assert profile.headline == "Senior Backend Engineer"
    assert profile.current_title == "Senior Backend Engineer"
    assert profile.current_company == "Finlytics Solutions"
    assert profile.summary is not None
    assert profile.summary.startswith("Backend engineer with nine")
    assert profile.skills[:7] == [
        "Python",
        "Go",
        "Django",
        "Kubernetes",
        "PostgreSQL",
        "Docker",
        "Terraform",
    ]
    first, second = profile.work_history
    assert (first.title, first.company, first.start, first.end, first.current) == (
        "Senior Backend Engineer",
        "Finlytics Solutions",
        "2019-01",
        None,
        True,
    )
    assert first.description is not None
    assert "Kubernetes" in first.description
    assert (second.title, second.company, second.start, second.end, second.current) == (
        "Software Engineer",
        "Acme Technologies Ltd",
        "2015-03",
        "2018-12",
        False,
    )
    assert [(e.degree, e.institution, e.year) for e in profile.education] == [
        ("Master of Science in Computer Science", "Universidad Politécnica de Madrid", 2014),
        ("Bachelor of Engineering in Informatics", "University of Valencia", 2012),
    ]
    assert profile.certifications == [
        "AWS Certified Solutions Architect \u2013 Associate",
        "Certified Kubernetes Administrator (CKA)",
    ]
    assert profile.languages == ["Spanish", "English", "French"]
    # months counted inclusively: Jan 2019 - Jan 2026 (85) + Mar 2015 - Dec 2018 (46) = 131
    assert profile.total_years_experience == 10.9


def test_classic_layout_evidence_points_at_the_source() -> None:
    profile = parse_profile(CLASSIC, today=TODAY)
    _check_spans(profile, CLASSIC)
    assert _span_texts(profile, "name") == ["Maria Gonzalez"]
    assert _span_texts(profile, "email") == ["maria.gonzalez@example.com"]
    assert _span_texts(profile, "workHistory.1.company") == ["Acme Technologies Ltd"]
    assert _span_texts(profile, "workHistory.0.dates") == ["Jan 2019 \u2013 Present"]
    assert _span_texts(profile, "education.0.institution") == ["Universidad Politécnica de Madrid"]
    assert _span_texts(profile, "education.1.year") == ["2012"]
    assert "k8s" in _span_texts(profile, "skills")
    assert "Postgres" in _span_texts(profile, "skills")
    assert CLASSIC[profile.evidence["summary"][0].start :].startswith("Backend engineer")


def test_hospitality_layout_dates_before_titles_and_inline_headings() -> None:
    profile = parse_profile(NON_TECH, today=TODAY)
    _check_spans(profile, NON_TECH)
    assert profile.name == "Thomas O'Brien"
    assert profile.headline == "Executive Chef"
    assert profile.current_title == "Executive Chef"
    assert profile.current_company is None  # the latest job ended in 2021
    assert profile.email == "tom.obrien@example.net"
    assert profile.phone == "+1 415-555-0142"
    assert profile.location == "San Francisco, CA"
    assert [(w.title, w.company, w.start, w.end) for w in profile.work_history] == [
        ("Head Chef", "The Harbour Hotel Group", "2016", "2021"),
        ("Sous Chef", "Bistro Lumiere Restaurant", "2012", "2016"),
    ]
    assert [(e.degree, e.institution, e.year) for e in profile.education] == [
        ("Diploma in Culinary Arts", "San Francisco Culinary Institute", 2011)
    ]
    for skill in [
        "Menu Planning",
        "Food Safety",
        "Food Cost Control",
        "Catering",
        "Inventory Management",
    ]:
        assert skill in profile.skills
    assert profile.languages == ["English", "Italian"]
    # bare years count from January: Jan 2012 \u2013 Jan 2021 merged, 109 months inclusive
    assert profile.total_years_experience == 9.1


def test_headline_with_employer_gives_the_current_role() -> None:
    text = "Priya Raman\nWorking as Escalation Engineer with Contoso Systems.\npriya@example.com\n"
    profile = parse_profile(text, today=TODAY)
    assert profile.current_title == "Escalation Engineer"
    assert profile.current_company == "Contoso Systems"
    assert _span_texts(profile, "currentTitle") == ["Escalation Engineer"]
    assert _span_texts(profile, "currentCompany") == ["Contoso Systems"]


def test_title_comma_employer_without_company_keyword() -> None:
    text = (
        "Amira Example\namira@example.com\n\nEXPERIENCE\n"
        "Senior Backend Engineer, Brightline Payments (2020 - Present)\n"
        "- Built payment APIs.\n"
        "Backend Engineer, Northwind Logistics (2016 - 2020)\n"
        "- Route planning services.\n"
    )
    profile = parse_profile(text, today=TODAY)
    assert [(w.title, w.company) for w in profile.work_history] == [
        ("Senior Backend Engineer", "Brightline Payments"),
        ("Backend Engineer", "Northwind Logistics"),
    ]
    assert profile.current_company == "Brightline Payments"
    assert _span_texts(profile, "workHistory.0.company") == ["Brightline Payments"]


def test_empty_and_contactless_text() -> None:
    empty = parse_profile("")
    assert empty.name is None
    assert empty.skills == []
    assert empty.work_history == []
    bare = parse_profile("Just some words without structure.")
    assert bare.email is None
    assert bare.phone is None
    assert bare.total_years_experience is None


def test_serialises_camel_case() -> None:
    data = parse_profile(CLASSIC, today=TODAY).model_dump()
    assert "workHistory" in data
    assert "totalYearsExperience" in data
    assert set(data["evidence"]["name"][0]) == {"start", "end", "text"}


def test_docx_and_pdf_end_to_end_hidden_keywords_never_become_skills() -> None:
    from docx.document import Document as DocxDocument
    from docx.shared import RGBColor
    from reportlab.lib.colors import white
    from reportlab.pdfgen.canvas import Canvas

    from talentsonar.cvs.extract import extract_document
    from tests.cvs.builders import make_docx, make_pdf

    lines = [
        "Ana Lima",
        "Registered Nurse",
        "ana.lima@example.com | +1 415 555 0199",
        "EXPERIENCE",
        "Staff Nurse - St. Mary Hospital",
        "2018 - Present",
        "SKILLS",
        "Patient care, IV therapy, EHR",
    ]

    def white_run(document: DocxDocument) -> None:
        run = document.add_paragraph().add_run("Kubernetes Terraform Rust")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def white_text(canvas: Canvas) -> None:
        canvas.setFillColor(white)
        canvas.drawString(60, 500, "Kubernetes Terraform Rust")

    for data in (make_docx(white_run, lines), make_pdf(lines, decorate=white_text)):
        document = extract_document(data)
        profile = parse_profile(document.text, today=TODAY)
        assert document.flags == ["hidden_text"]
        assert profile.name == "Ana Lima"
        assert profile.email == "ana.lima@example.com"
        assert [(w.title, w.company, w.current) for w in profile.work_history] == [
            ("Staff Nurse", "St. Mary Hospital", True)
        ]
        assert {"Patient Care", "Medication Administration", "Electronic Health Records"} <= set(
            profile.skills
        )
        assert not {"Kubernetes", "Terraform", "Rust"} & set(profile.skills)


# A job-board export (title line, "Employer -  City, State -" line, dates) with the noise such
# exports carry: questions, technology and places in the employer slot, form placeholders.
JOB_BOARD = """Jordan Example
jordan@example.com

WORK EXPERIENCE

Support Analyst

Company Name -

March 2020 to Present

Support Analyst
What do I do in my current job?
Triage tickets for the billing product.

Test Lead

Pune, Maharashtra -

May 2017 to February 2020

Test Management Tool

HP ALM -

2016 to 2017

Technologies Used ASP.NET, C#, SQL Server 2012
Responsibilities

Technical Lead at Initech Ltd.

Retail Banking Domain -

June 2013 to October 2015

Springfield
(Jun 2013 - Oct 2015)

Working in Globex as a Process Associate

Globex Services Pvt Ltd -

2011 to 2013

Job Profile in Umbrella Corp -

2009 to 2011
"""


def test_job_board_layout_rejects_questions_places_products_and_placeholders() -> None:
    profile = parse_profile(JOB_BOARD, today=TODAY)
    _check_spans(profile, JOB_BOARD)
    entries = [(w.title, w.company, w.start, w.end) for w in profile.work_history]
    assert entries == [
        ("Support Analyst", None, "2020-03", None),
        ("Test Lead", None, "2017-05", "2020-02"),
        (None, None, "2016", "2017"),
        ("Technical Lead", "Initech Ltd.", "2013-06", "2015-10"),
        ("Process Associate", "Globex Services Pvt Ltd", "2011", "2013"),
        (None, "Umbrella Corp", "2009", "2011"),
    ]
    assert profile.current_title == "Support Analyst"


def test_title_at_company_with_at_sign_and_as_phrasing() -> None:
    text = (
        "Sam Example\nsam@example.com\n\nEXPERIENCE\n"
        "Associate Consultant@Initech Labs, Springfield\n2019 - Present\n- Ran releases.\n"
        "Initech as Process Associate\n2016 - 2019\n- Payroll queries.\n"
    )
    profile = parse_profile(text, today=TODAY)
    assert [(w.title, w.company) for w in profile.work_history] == [
        ("Associate Consultant", "Initech Labs"),
        ("Process Associate", "Initech"),
    ]


def test_bracketed_aside_is_part_of_the_title_and_bracketed_legal_name_is_the_employer() -> None:
    text = (
        "Lee Example\nProgram Manager (Software Delivery) - Brightline\nlee@example.com\n\n"
        "EXPERIENCE\n"
        "Jun 2014 - Mar 2016 Test Engineer (Initech Ltd.) Project Domain: Banking\n"
        "- Wrote regression suites.\n"
    )
    profile = parse_profile(text, today=TODAY)
    assert (profile.current_title, profile.current_company) == (
        "Program Manager (Software Delivery)",
        "Brightline",
    )
    assert [(w.title, w.company) for w in profile.work_history] == [
        ("Test Engineer", "Initech Ltd.")
    ]


def test_sentences_and_wrapped_fragments_are_not_titles() -> None:
    text = (
        "Kim Example\nkim@example.com\n\nEXPERIENCE\n"
        "Searching for a better role\n\nGlobex Corp -\n\n2019 to Present\n\n"
        "Deployed chef for configuration management infrastructure\n\nInitech Ltd -\n\n"
        "2016 to 2019\n"
        "- Winner of the quarterly award for excellence in project\n"
        "delivery (2016 \u2013 2017).\n"
    )
    profile = parse_profile(text, today=TODAY)
    assert [(w.title, w.company) for w in profile.work_history[:2]] == [
        (None, "Globex Corp"),
        (None, "Initech Ltd"),
    ]
    assert all(w.title != "delivery" for w in profile.work_history)


def test_undated_entries_need_a_real_employer_line() -> None:
    text = (
        "Robin Example\nrobin@example.com\n\nWORK EXPERIENCE\n"
        "Operations Specialist\nGlobex\n\n"
        "Operations specialist\nWhat I Do at my current job?\nInvestigating reports daily.\n\n"
        "Web Developer\nTechnologies Used ASP.NET, C#, SQL Server 2012\n"
    )
    profile = parse_profile(text, today=TODAY)
    assert [(w.title, w.company) for w in profile.work_history] == [
        ("Operations Specialist", "Globex")
    ]


def test_title_and_company_candidates_noise_rules() -> None:
    from talentsonar.cvs.parsing.title_and_company import title_and_company
    from talentsonar.skills.taxonomy import get_taxonomy

    taxonomy = get_taxonomy()

    def pick(*lines: str) -> tuple[str | None, str | None]:
        candidates, offset = [], 0
        for line in lines:
            candidates.append((line, offset))
            offset += len(line) + 1
        title, company = title_and_company(candidates, taxonomy)
        return (title[0] if title else None, company[0] if company else None)

    # the value of a label printed on the line before is neither title nor employer
    assert pick(": SQL Developer, DataStage for DB2", "Initech Ltd -") == (None, "Initech Ltd")
    # a label line, even one that ends in a role-like word ("Server")
    assert pick("Technologies Used ASP.NET, SQL Server 2012", "Initech Ltd -") == (
        None,
        "Initech Ltd",
    )
    # a line naming only products is not an employer; a bare vendor name still is
    assert pick("Consultant", "Microsoft Office Suite -") == ("Consultant", None)
    assert pick("Consultant", "Initech -") == ("Consultant", "Initech")
    # "Soft Skills Trainer" is a title although it contains a heading word
    assert pick("Soft Skills Trainer", "Globex Academy -") == (
        "Soft Skills Trainer",
        "Globex Academy",
    )
    # lower-case employer typed by the candidate, with a lower-case city after it
    assert pick("Software Engineer", "initech -  springfield, Oregon -") == (
        "Software Engineer",
        "initech",
    )
    # "I" as a pronoun makes a sentence; "I Phone" does not
    assert pick("I want full time jobs", "Globex Corp -") == (None, "Globex Corp")
