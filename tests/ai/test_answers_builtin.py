"""Built-in answers a recruiter would trust (issue 15): quoted strengths and gaps, no
templates, ranked duties, a role alignment that agrees with its rationale, enrichment
consistent with the profile, thin evidence said out loud."""

from __future__ import annotations

from talentsonar.ai import analyst

CV = """Morgan Example
Senior Data Engineer
Summary
Data engineer who builds reliable pipelines.
Skills
Python, SQL, Apache Spark, Airflow
Experience
2016 - present: Data Engineer at Contoso. Built Apache Spark pipelines in Python and
scheduled them with Airflow; modelled the warehouse in SQL.
2012 - 2016: Analyst at Fabrikam. Reporting in SQL for the finance team; automated the
monthly close reports and cut their run time from two days to two hours.
Education
BSc Computer Science, 2012
"""

JOB = """Senior Data Engineer
Required: Python, SQL, Apache Spark, Kafka
Nice to have: Airflow
"""

POSTING = (
    "Data Platform Engineer\n"
    "Our client, a leading bank, is seeking a Data Platform Engineer to join the team. "
    "KEY RESPONSIBILITIES - Design and build streaming pipelines with Kafka • Maintain the "
    "data warehouse and its SQL models • Mentor two junior engineers • Bachelor's degree in "
    "Computer Science required • 5+ years of experience with Python. We offer great benefits "
    "and a friendly office."
)


def test_every_strength_quotes_the_cv_with_its_section_and_names_its_requirement() -> None:
    result = analyst.cv_analysis(CV, JOB)
    flat = " ".join(CV.split())
    strengths = [i for i in result.evidence if i.kind == "strength"]
    assert {"Python", "SQL", "Apache Spark", "Apache Airflow"} <= {i.requirement for i in strengths}
    for item in strengths:
        assert item.quote is not None
        assert item.quote in flat
        assert item.section is not None
    by_skill = {i.requirement: i for i in strengths}
    # a line of work is quoted before the skills list
    assert by_skill["Python"].section == "Experience"
    assert by_skill["Apache Spark"].section == "Experience"
    for line in result.strengths:
        assert not line.startswith(("Evidence of", "Proven"))
        assert " section)" in line
    gaps = [i for i in result.evidence if i.kind == "gap"]
    assert [i.requirement for i in gaps] == ["Apache Kafka"]
    assert result.gaps[0].startswith("Apache Kafka (required): no line of the CV names it")
    assert result.confidence == "high"
    assert result.evidence_note is None


def test_thin_evidence_is_said() -> None:
    result = analyst.cv_analysis("Alex\nPython.", JOB)
    assert result.confidence == "low"
    assert result.evidence_note is not None
    assert "Thin evidence" in result.evidence_note
    assert "Thin evidence" in result.summary


def test_key_responsibilities_are_extracted_and_ranked() -> None:
    duties = analyst.job_analysis(POSTING).key_responsibilities
    assert set(duties[:3]) == {
        "Design and build streaming pipelines with Kafka",
        "Maintain the data warehouse and its SQL models",
        "Mentor two junior engineers",
    }
    text = " ".join(duties)
    for not_a_duty in ("seeking", "degree", "years of experience", "benefits"):
        assert not_a_duty not in text


def test_a_posting_without_duties_says_so() -> None:
    result = analyst.job_analysis("Analyst\nWe are a great company with great benefits.")
    assert result.key_responsibilities == []
    assert "no duties" in result.ideal_candidate_profile


def test_role_alignment_agrees_with_its_rationale() -> None:
    close = analyst.fit_analysis(CV, JOB).multi_dimensional_analysis.role_alignment
    assert close.score >= 60
    assert "close to 'Senior Data Engineer'" in close.rationale
    far = analyst.fit_analysis(CV, "Head Chef\nRequired: Python").multi_dimensional_analysis
    assert far.role_alignment.score < 30
    assert "unlike 'Head Chef'" in far.role_alignment.rationale


def test_enrichment_is_consistent_with_the_profile() -> None:
    it_manager = """INFORMATION TECHNOLOGY MANAGER
Summary
IT manager for a 300-person company.
Skills
Active Directory, Windows Server, VMware, Network Administration, ITIL
Experience
2010 - present: IT Manager at Northwind. Ran Active Directory and Windows Server, VMware
clusters and the network; introduced ITIL processes.
"""
    result = analyst.enrichment(it_manager)
    assert result.suggested_role_title == "Information Technology Manager"
    from talentsonar.skills.taxonomy import get_taxonomy

    taxonomy = get_taxonomy()
    own = {taxonomy.category(k) for k in analyst.cv_facts(it_manager).skills}
    assert all(taxonomy.category(k) in own for k in result.inferred_skills)
    assert "Food and Beverage" not in result.inferred_skills


def test_a_heading_run_into_a_line_holds_for_that_line_only() -> None:
    """"Nice to have: GraphQL" does not make the duty bullets below it requirements, and
    "Node.js" is not cut at its dot."""
    job = (
        "Senior Full-Stack Engineer\nRequired skills: React, Node.js\nNice to have: GraphQL\n"
        "- Design APIs in Node.js\n- Build React screens with TypeScript\n"
    )
    duties = analyst.job_analysis(job).key_responsibilities
    assert set(duties) == {"Design APIs in Node.js", "Build React screens with TypeScript"}
