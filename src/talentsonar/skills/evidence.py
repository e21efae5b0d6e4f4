"""Skills with the span that evidences each: what a CV or a posting defends.

``skill_evidence`` finds, for every skill a text defends, the one mention that shows it
best (a skills-section mention first, then the first mention elsewhere), with its offsets,
quoted text, the section it came from and what supports it (see
``talentsonar.skills.context``). ``skill_details`` turns stored skill names and that
evidence into the API's ``skillDetails``: each skill with its ESCO / O*NET ids, its
evidence, and the parents it implies marked ``implied`` (never shown as evidenced).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from talentsonar.skills.schemas import OnetRef, SkillDetail, SkillEvidence
from talentsonar.skills.standards import standards_of
from talentsonar.skills.taxonomy import Skill, Taxonomy, get_taxonomy

#: Sections whose text is a list of skills (mentions there are preferred as evidence).
SKILL_SECTIONS = ("skills",)


def skill_evidence(
    text: str,
    *,
    sections: Mapping[str, Sequence[tuple[int, int]]] | None = None,
    exclude: Sequence[tuple[int, int]] = (),
    keep: Callable[[Skill], bool] | None = None,
    ambiguous: bool = True,
    repeat_prose_phrases: bool = False,
    taxonomy: Taxonomy | None = None,
) -> list[SkillEvidence]:
    """One evidence span per skill ``text`` defends: skills-section mentions first (in
    order), then the rest in order of first mention. ``sections`` maps a section name to
    its character ranges; mentions inside ``exclude`` ranges, or of skills ``keep``
    refuses, are left out. With ``repeat_prose_phrases`` (a CV) a skill written once, in
    lower case, in running prose ("responsible for performance tuning of ...", "developing
    and documenting solutions") is a phrase of the prose, not evidence: it counts when the
    CV names it again, in a list, a skills section or a tool phrase."""
    taxonomy = taxonomy or get_taxonomy()
    sections = sections or {}
    skill_ranges = [r for name in SKILL_SECTIONS for r in sections.get(name, ())]
    section_of = sorted(
        (start, end, name) for name, ranges in sections.items() for start, end in ranges
    )
    found: dict[str, SkillEvidence] = {}
    mentions = taxonomy.extract(text, ambiguous=ambiguous, skill_sections=skill_ranges)
    in_skills = [m for m in mentions if _within(m.start, m.end, skill_ranges)]
    if repeat_prose_phrases:
        named = Counter(m.skill.name for m in mentions)
        mentions = [
            m
            for m in mentions
            if named[m.skill.name] > 1
            or m in in_skills
            or m.support != "name"
            or not m.surface.islower()
        ]
    for mention in [*in_skills, *(m for m in mentions if m not in in_skills)]:
        if mention.skill.name in found or _within(mention.start, mention.end, exclude):
            continue
        if keep is not None and not keep(mention.skill):
            continue
        section = next((n for s, e, n in section_of if s <= mention.start < e), None)
        found[mention.skill.name] = SkillEvidence(
            name=mention.skill.name,
            start=mention.start,
            end=mention.end,
            text=text[mention.start : mention.end],
            section=section,
            support=mention.support,
        )
    return list(found.values())


def _within(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def skill_details(
    names: Iterable[str],
    stored_evidence: Iterable[Mapping[str, Any]] = (),
    *,
    taxonomy: Taxonomy | None = None,
) -> list[SkillDetail]:
    """The API view of a skill list: each name with its standard ids and the evidence the
    parser stored for it (``None`` for a skill a person typed), then the parents they imply
    that are not listed, as ``implied`` with ``impliedBy``."""
    taxonomy = taxonomy or get_taxonomy()
    evidence: dict[str, SkillEvidence] = {}
    for raw in stored_evidence:
        try:
            item = SkillEvidence.model_validate(raw)
        except ValueError:
            continue
        evidence.setdefault(item.name, item)
    details: list[SkillDetail] = []
    listed: dict[str, None] = {}
    for name in names:
        skill = taxonomy.get(name) or taxonomy.normalize(name)
        canonical = skill.name if skill is not None else name
        if canonical in listed:
            continue
        listed[canonical] = None
        details.append(_detail(canonical, skill, evidence.get(canonical) or evidence.get(name)))
    implied_by: dict[str, list[str]] = {}
    for name in listed:
        for parent in sorted(taxonomy.implied(name)):
            if parent not in listed:
                implied_by.setdefault(parent, []).append(name)
    for parent, children in implied_by.items():
        detail = _detail(parent, taxonomy.get(parent), None)
        details.append(detail.model_copy(update={"implied": True, "implied_by": children}))
    return details


def _detail(name: str, skill: Skill | None, evidence: SkillEvidence | None) -> SkillDetail:
    ids = standards_of(name) if skill is not None else None
    return SkillDetail(
        name=name,
        category=skill.category if skill is not None else None,
        esco_uri=ids.esco_uri if ids is not None else None,
        esco_label=ids.esco_label if ids is not None else None,
        onet=OnetRef(commodity_code=ids.onet_code, commodity_title=ids.onet_title,
                     example=ids.onet_example)
        if ids is not None and ids.onet_code else None,
        evidence=evidence,
        implied=False,
    )


def candidate_skill_details(skills: Iterable[str], profile: Mapping[str, Any]) -> list[SkillDetail]:
    """``skill_details`` of a stored candidate: the evidence its parsed profile keeps
    (``skillEvidence``; for profiles parsed before it existed, the ``evidence.skills`` spans,
    without a section)."""
    stored = profile.get("skillEvidence")
    if not isinstance(stored, list):
        stored = _legacy_evidence(profile)
    return skill_details(skills, [e for e in stored if isinstance(e, Mapping)])


def _legacy_evidence(profile: Mapping[str, Any]) -> list[dict[str, Any]]:
    evidence = profile.get("evidence")
    spans = evidence.get("skills") if isinstance(evidence, Mapping) else None
    taxonomy = get_taxonomy()
    out: list[dict[str, Any]] = []
    for span in spans if isinstance(spans, list) else []:
        if not isinstance(span, Mapping) or not isinstance(span.get("text"), str):
            continue
        skill = taxonomy.normalize(span["text"])
        if skill is not None:
            out.append({**span, "name": skill.name, "section": None})
    return out
