"""ESCO / O*NET ids behind the taxonomy, and skills with the span that evidences them."""

from __future__ import annotations

from importlib import resources

import pytest

from talentsonar.cvs.parsing import parse_profile
from talentsonar.skills.evidence import skill_details
from talentsonar.skills.standards import parse_standards, standards, standards_of
from talentsonar.skills.taxonomy import get_taxonomy


def test_the_mapping_names_taxonomy_skills_and_carries_the_attribution() -> None:
    text = resources.files("talentsonar.skills").joinpath("data/standards.tsv").read_text()
    assert "European Union" in text
    assert "CC BY 4.0" in text
    assert "O*NET 29.2" in text
    taxonomy = get_taxonomy()
    assert len(standards()) >= 300
    for name, ids in standards().items():
        assert taxonomy.get(name) is not None, name
        assert ids.esco_uri is None or ids.esco_uri.startswith("http://data.europa.eu/esco/")
        assert ids.onet_code is None or (len(ids.onet_code) == 8 and ids.onet_code.isdigit())


def test_known_ids() -> None:
    python = standards_of("Python")
    assert python is not None
    assert python.esco_uri
    assert python.onet_code == "43232405"
    excel = standards_of("Microsoft Excel")
    assert excel is not None
    assert excel.esco_label == "use spreadsheets software"
    # an ESCO label adopted as an alias
    found = get_taxonomy().normalize("server-side JavaScript")
    assert found is not None
    assert found.name == "JavaScript"


def test_malformed_mapping_is_refused() -> None:
    with pytest.raises(ValueError, match="columns"):
        parse_standards("Python\thttp://x\n")


def test_every_parsed_skill_has_its_evidence_span_and_section() -> None:
    text = (
        "Jane Doe\nSUMMARY\nBackend engineer who builds survival models in R.\n"
        "SKILLS\nPython, Django, Go, PostgreSQL\n"
        "EXPERIENCE\nEngineer, Acme (2019 - 2022)\nDeployed services on Kubernetes.\n"
    )
    profile = parse_profile(text)
    by_name = {e.name: e for e in profile.skill_evidence}
    assert set(profile.skills) == set(by_name)
    for evidence in profile.skill_evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    assert by_name["Go"].section == "skills"
    assert by_name["Go"].support in {"section", "list"}
    assert by_name["Kubernetes"].section == "experience"
    assert by_name["R"].section == "summary"
    assert by_name["R"].support == "tool"


def test_skill_details_mark_implied_parents_and_keep_typed_skills() -> None:
    profile = parse_profile("SKILLS\nDjango, PostgreSQL\n")
    stored = [e.model_dump(by_alias=True) for e in profile.skill_evidence]
    details = skill_details([*profile.skills, "Underwater Basket Weaving"], stored)
    by_name = {d.name: d for d in details}
    assert by_name["Django"].evidence is not None
    assert not by_name["Django"].implied
    assert by_name["Python"].implied
    assert by_name["Python"].evidence is None
    assert "Django" in by_name["Python"].implied_by
    assert by_name["Python"].esco_uri is not None
    typed = by_name["Underwater Basket Weaving"]
    assert typed.evidence is None
    assert typed.esco_uri is None
    assert not typed.implied
    # evidenced skills come first, implied ones after
    implied_flags = [d.implied for d in details]
    assert implied_flags == sorted(implied_flags)


def test_a_posting_names_ordinary_word_skills_only_in_a_tool_phrase() -> None:
    from talentsonar.matching.profiles import inferred_job_skills

    found = inferred_job_skills("Build forecasts using Excel; you speak English fluently.")
    assert "Microsoft Excel" in found
    assert "English Language" in found
    assert inferred_job_skills("We excel at service, in english and in french.") == []
