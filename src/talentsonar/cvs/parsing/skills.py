"""Skills named in the CV, through the shipped taxonomy."""

from __future__ import annotations

from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.layout import Sections
from talentsonar.cvs.sections import Line
from talentsonar.skills.evidence import skill_evidence
from talentsonar.skills.taxonomy import Skill, Taxonomy


def _is_spoken_language(skill: Skill) -> bool:
    return skill.name == _SPOKEN or _SPOKEN in skill.parents


_SPOKEN = "Languages Spoken"


def find_skills(
    b: EvidenceBuilder, taxonomy: Taxonomy, sections: Sections, lines: list[Line]
) -> list[str]:
    """Canonical skills the CV defends, each with its evidence span and section
    (``talentsonar.skills.evidence``): the skills section first, then the rest. Spoken
    languages are left to ``languages`` (a "Languages: Java, J2EE" line still names skills)."""
    ranges = {
        name: [(line.start, line.end) for line in section_lines]
        for name, section_lines in [("header", sections.header), *sections.by_name.items()]
    }
    found = skill_evidence(
        b.text,
        sections=ranges,
        keep=lambda skill: not _is_spoken_language(skill),
        repeat_prose_phrases=True,
        taxonomy=taxonomy,
    )
    for item in found:
        b.add("skills", item.start, item.end)
    b.skill_evidence = found
    return [item.name for item in found]
