"""The rule-based parser on synthetic CVs written for these tests (several layouts)."""

from __future__ import annotations

from datetime import date

from talentsonar.cvs.parser import parse_profile
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
    assert profile.phone == "+34 612 345 678"
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
    assert profile.phone == "(415) 555-0142"
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
