"""Rule-based CV parser: text in, ParsedProfile out, every value with its source span.

Offline and fast (a few ms per CV): sections from headings, contacts from patterns, work
history anchored on date ranges, education on degree/institution words, skills through the
shipped taxonomy. General heuristics only; an LLM may refine the result elsewhere.
"""

from __future__ import annotations

from datetime import date

from talentsonar.cvs.dates import find_date_ranges, merged_years
from talentsonar.cvs.parsing.contact_block import contact_block
from talentsonar.cvs.parsing.contacts import find_links, find_location, find_phone, first_email
from talentsonar.cvs.parsing.education import find_education
from talentsonar.cvs.parsing.evidence import EvidenceBuilder
from talentsonar.cvs.parsing.headline import current_role, find_headline
from talentsonar.cvs.parsing.layout import split_sections, within
from talentsonar.cvs.parsing.names import find_name
from talentsonar.cvs.parsing.regions import region_of
from talentsonar.cvs.parsing.sections_text import find_languages, find_summary, section_items
from talentsonar.cvs.parsing.skills import find_skills
from talentsonar.cvs.parsing.work_history import find_work_history
from talentsonar.cvs.schemas import FLAG_NAME_NOT_FOUND, ParsedProfile
from talentsonar.cvs.sections import split_lines
from talentsonar.skills.taxonomy import Taxonomy, get_taxonomy


def parse_profile(
    text: str, *, taxonomy: Taxonomy | None = None, today: date | None = None
) -> ParsedProfile:
    """Structured profile of a CV's visible text (as returned by ``extract_document``)."""
    taxonomy = taxonomy or get_taxonomy()
    today = today or date.today()
    builder = EvidenceBuilder(text)
    lines = split_lines(text)
    sections = split_sections(lines)
    profile = ParsedProfile()
    profile.email = first_email(builder)
    profile.links = find_links(builder)
    profile.location = find_location(builder, sections.header or lines[:10]) or find_location(
        builder, sections.contact
    )
    region = region_of(profile.location)
    block = contact_block(builder, lines, sections, region)
    profile.name = find_name(builder, block, taxonomy)
    profile.phone = find_phone(builder, block, lines, region, profile.name)
    if profile.name is None:
        profile.flags.append(FLAG_NAME_NOT_FOUND)
    profile.headline = find_headline(builder, sections.header, lines, profile.name, taxonomy)
    profile.summary = find_summary(builder, sections.by_name.get("summary", []))
    profile.skills = find_skills(builder, taxonomy, sections, lines)
    profile.skill_evidence = builder.skill_evidence
    profile.work_history = find_work_history(
        builder, sections.by_name.get("experience", []), taxonomy
    )
    profile.education = find_education(builder, sections.by_name.get("education", []))
    profile.certifications = section_items(
        builder, "certifications", sections.by_name.get("certifications", [])
    )
    profile.languages = find_languages(builder, sections.by_name.get("languages", []))
    ranges = [
        r
        for r in find_date_ranges(text)
        if any(within(r.span_start, line) for line in sections.by_name.get("experience", []))
    ]
    profile.total_years_experience = merged_years(ranges, today) if ranges else None
    profile.current_title, profile.current_company = current_role(builder, profile, taxonomy)
    profile.evidence = builder.evidence
    return profile
