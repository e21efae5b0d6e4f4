"""Skills named in the CV, through the shipped taxonomy."""

from __future__ import annotations

from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.layout import Sections, within
from talentsonar.cvs.sections import Line
from talentsonar.skills.taxonomy import Skill, Taxonomy


def _is_spoken_language(skill: Skill) -> bool:
    return skill.name == _SPOKEN or _SPOKEN in skill.parents


_SPOKEN = "Languages Spoken"


def find_skills(
    b: EvidenceBuilder, taxonomy: Taxonomy, sections: Sections, lines: list[Line]
) -> list[str]:
    """Canonical skills: everything in the skills section, unambiguous mentions elsewhere.
    Spoken languages are left to ``languages``."""
    found: dict[str, None] = {}
    skill_lines = sections.by_name.get("skills", [])
    for line in skill_lines:
        for mention in taxonomy.extract(line.text):
            if _is_spoken_language(mention.skill):
                continue
            found.setdefault(mention.skill.name)
            b.add("skills", line.start + mention.start, line.start + mention.end)
    # Non-ambiguous mentions anywhere else (experience, projects, summary).
    language_lines = sections.by_name.get("languages", [])
    for mention in taxonomy.extract(b.text):
        if _is_spoken_language(mention.skill) or any(
            within(mention.start, line) for line in language_lines
        ):
            continue
        if mention.skill.name not in found:
            found.setdefault(mention.skill.name)
            b.add("skills", mention.start, mention.end)
    return list(found)
