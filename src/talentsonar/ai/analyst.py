# ruff: noqa: E501
"""The built-in analyst: deterministic, offline analysis from text, our question bank and
skill vocabulary. Pure functions, one per operation; the builtin provider calls them.

Trust rules: every strength and gap names the requirement it concerns and quotes the CV
line (with its section) that shows it, or says no line does (``talentsonar.ai.evidence``);
years, skills and seniority of a scored pair are matching's (``facts``), never re-read
from text; a score that differs from the basic score says why; thin evidence is said.
"""

from __future__ import annotations

from typing import Any

from talentsonar.ai import schemas as s

# The operations on a job posting live in ``postings`` and enrichment in ``enrichment``;
# re-exported with the others.
from talentsonar.ai.enrichment import enrichment as enrichment
from talentsonar.ai.evidence import CvFacts, Quote, cv_facts

# The interview operations live in ``interview_kit``; re-exported: the builtin provider and
# the interviews service call every operation of the analyst here.
from talentsonar.ai.interview_kit import interview_analysis as interview_analysis
from talentsonar.ai.interview_kit import interview_assessment as interview_assessment
from talentsonar.ai.interview_kit import interview_result as interview_result
from talentsonar.ai.interview_kit import question_kit as question_kit
from talentsonar.ai.knowledge import (
    SENIORITY_ORDER,
    implied_skills,
    seniority_from_text,
    title_similarity,
    words,
    years_of_experience,
)
from talentsonar.ai.postings import job_analysis as job_analysis
from talentsonar.ai.postings import job_requirements as job_requirements
from talentsonar.ai.texts import (
    THIN_CV_CHARS,
    THIN_SKILLS,
    cv_profile,
    first_line,
    split_requirements,
)
from talentsonar.ai.texts import cv_quote as cv_quote
from talentsonar.matching import gems
from talentsonar.matching.scoring.explain import match_verdict
from talentsonar.skills.taxonomy import get_taxonomy


def _recommendation(score: int) -> str:
    return (
        "strong_yes" if score >= 80 else "yes" if score >= 65 else "maybe" if score >= 45 else "no"
    )


def _verdict(score: float) -> str:
    return match_verdict(score)


def _seniority_fit(candidate: str, wanted: str) -> float:
    gap = abs(SENIORITY_ORDER.index(candidate) - SENIORITY_ORDER.index(wanted))
    return max(0.0, 1.0 - 0.35 * gap)


def _experience_fit(years: float | None, wanted: float | None) -> float:
    if wanted is None or wanted <= 0:
        return 1.0 if years is not None else 0.7
    if years is None:
        return 0.5
    return min(1.0, years / wanted)


def _adjacent(skill: str, have: set[str]) -> str | None:
    """A skill the candidate has that makes ``skill`` quick to learn: one of its parents
    (Kubernetes -> Containers), or a sibling under the same parent (Cryptography and
    Endpoint Security, both Cybersecurity); never a mere neighbour in a broad category."""
    taxonomy = get_taxonomy()
    known = taxonomy.get(skill)
    if known is None:
        return None
    parents = set(known.parents)
    for parent in known.parents:
        if parent in have and parent not in _BROAD_PARENTS:
            return parent
    for other in sorted(have):
        entry = taxonomy.get(other)
        if (
            entry is not None
            and other != skill
            and parents & set(entry.parents) - _BROAD_PARENTS
            and taxonomy.category(other) not in _BROAD_CATEGORIES
        ):
            return other
    return None


#: Categories too broad for one skill in them to make another quick to learn.
_BROAD_CATEGORIES = frozenset(
    {"Soft Skills", "Business & Management", "Other Professional Skills", "other"}
)
#: Parents too broad to make their children related ("Programming" relates every language).
_BROAD_PARENTS = frozenset({"Programming", "Software Development", "Management", "Communication"})


def _evidence(facts: CvFacts, required: list[str], preferred: list[str]) -> list[s.EvidenceItem]:
    """One strength or gap per requirement, each quoting the CV (or saying nothing does)."""
    have = set(facts.skills) | set(facts.implied)
    items: list[s.EvidenceItem] = []
    for skill, importance in [(k, "required") for k in required] + [
        (k, "preferred") for k in preferred if k not in required
    ]:
        quote = facts.quote(skill)
        if quote is not None:
            note = "named in the CV" if quote.skill == skill else f"implied by {quote.skill}"
            items.append(
                s.EvidenceItem(
                    requirement=skill,
                    importance=importance,
                    kind="strength",
                    quote=quote.text,
                    section=quote.section_label if quote.section else None,
                    note=note,
                )
            )
            continue
        adjacent = _adjacent(skill, have)
        near: Quote | None = facts.quote(adjacent) if adjacent else None
        items.append(
            s.EvidenceItem(
                requirement=skill,
                importance=importance,
                kind="gap",
                quote=near.text if near is not None else None,
                section=near.section_label if near is not None and near.section else None,
                note=f"no line of the CV names {skill}"
                + (f"; closest evidence: {_related(adjacent, near)}" if near is not None else ""),
            )
        )
    return items


def _related(adjacent: str | None, near: Quote) -> str:
    """The related skill a gap's closest evidence shows ("Docker (Containers)")."""
    return near.skill if adjacent in (None, near.skill) else f"{near.skill} ({adjacent})"


def _strength_text(item: s.EvidenceItem) -> str:
    where = f" ({item.section} section)" if item.section else ""
    how = "" if item.note == "named in the CV" else f", {item.note}"
    return f'{item.requirement} ({item.importance}{how}): "{item.quote}"{where}'


def _gap_text(item: s.EvidenceItem) -> str:
    text = f"{item.requirement} ({item.importance}): no line of the CV names it"
    if item.quote:
        where = f" ({item.section} section)" if item.section else ""
        text += f'; closest evidence: "{item.quote}"{where}'
    return text


def _thin(
    facts: CvFacts, items: list[s.EvidenceItem], requirements: int, inferred: bool = False
) -> str | None:
    """Why the evidence is thin, or ``None``."""
    reasons: list[str] = []
    if inferred:
        reasons.append(
            "the job's skills were read from its description, not listed by the recruiter"
        )
    if facts.length < THIN_CV_CHARS:
        reasons.append(f"the CV text is short ({facts.length} characters)")
    if len(facts.skills) < THIN_SKILLS:
        reasons.append(f"the CV names only {len(facts.skills)} skill(s) we recognise")
    if requirements == 0:
        reasons.append("the job lists no skills to check")
    if not reasons:
        return None
    return (
        "Thin evidence: "
        + "; ".join(reasons)
        + ". Treat the score as provisional and verify in interview."
    )


def _confidence(note: str | None, items: list[s.EvidenceItem]) -> str:
    if note is not None:
        return "low"
    quoted = sum(1 for i in items if i.kind == "strength")
    return "high" if quoted >= 3 else "medium"


# --- the deeper analysis of a scored pair ----------------------------------------------
def deeper_score(facts: dict[str, Any], cv: str) -> tuple[float, list[str]]:
    """The deeper analysis of a scored pair: the basic score, adjusted only where the CV's
    own lines say something the basic score did not see, each adjustment with its reason.

    - a required skill the basic score counted from the profile's skill list, but that no
      line of the CV evidences, loses half its credit;
    - a missing required skill with related, quoted experience gains a third of its credit.
    """
    basic = float(facts.get("matchScore") or 0.0)
    required = list(facts.get("requiredSkills") or [])
    weights = facts.get("weights") or {}
    per_skill = (
        100.0 * float(weights.get("required_skills") or 0.0) / len(required) if required else 0.0
    )
    cv_side = cv_facts(cv)
    have = set(cv_side.skills) | set(cv_side.implied) | set(facts.get("candidateSkills") or [])
    delta = 0.0
    reasons: list[str] = []
    if cv_side.length >= THIN_CV_CHARS:
        for skill in facts.get("matchedSkills") or []:
            if cv_side.quote(skill) is None:
                change = -0.5 * per_skill
                delta += change
                reasons.append(
                    f"{skill}: counted by the basic score from the profile's skill list, but no "
                    f"line of the CV evidences it ({change:+.1f})"
                )
    for skill in facts.get("missingSkills") or []:
        adjacent = _adjacent(skill, have)
        quote = cv_side.quote(adjacent) if adjacent else None
        if quote is not None:
            change = per_skill / 3
            delta += change
            reasons.append(
                f"{skill}: not in the CV, but related experience with {_related(adjacent, quote)}: "
                f"{quote.cite()} ({change:+.1f})"
            )
    return round(max(0.0, min(100.0, basic + delta)), 2), reasons


def _level(name: str | None) -> str:
    """A pair-facts seniority name on the analyst's scale."""
    if name in SENIORITY_ORDER:
        return str(name)
    return {"Intern": "Junior", "Principal": "Lead"}.get(name or "", "Mid")


def _numbers_from_facts(facts: dict[str, Any], cv: str) -> dict[str, Any]:
    """The analysis numbers of a scored pair: matching's facts, the CV's quotes."""
    required = list(facts.get("requiredSkills") or [])
    preferred = [k for k in facts.get("niceToHaveSkills") or [] if k not in required]
    features = facts.get("features") or {}
    applicable = facts.get("applicable") or {}
    cv_side = cv_facts(cv)
    matched = [*facts.get("matchedSkills", []), *facts.get("impliedSkills", [])]
    skills = sorted(set(facts.get("candidateSkills") or []) | set(cv_side.skills))
    deeper, reasons = deeper_score(facts, cv)
    return {
        "cv": cv_side,
        "skills": skills,
        "implied": implied_skills(skills),
        "years": facts.get("candidateYears"),
        "seniority": _level(facts.get("candidateSeniority")),
        "titles": list(facts.get("candidateTitles") or []),
        "required": required,
        "preferred": preferred,
        "matched": matched,
        "missing_required": list(facts.get("missingSkills") or []),
        "missing_preferred": [
            k for k in preferred if k not in set(skills) | set(implied_skills(skills))
        ],
        "req_cov": float(features.get("required_skills", 0.0)),
        "pref_cov": float(features.get("nice_skills", 0.0)),
        "wanted_years": facts.get("jobMinYears"),
        "wanted_level": _level(facts.get("jobSeniority")),
        "exp_fit": float(features.get("experience", 0.0))
        if applicable.get("experience")
        else _experience_fit(facts.get("candidateYears"), None),
        "sen_fit": float(features.get("seniority", 0.0)) if applicable.get("seniority") else 0.5,
        "title_fit": float(features.get("title", 0.0)),
        "title_applicable": bool(applicable.get("title")),
        "job_title": str(facts.get("jobTitle") or ""),
        "basic": float(facts.get("matchScore") or 0.0),
        "score": round(deeper),
        "reasons": reasons,
        "top_ranked": bool(facts.get("topRanked")),
    }


def _numbers_from_text(
    cv: str, requirements: str, stored: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The analysis numbers of a CV and a requirements text (no scored pair)."""
    profile = cv_profile(cv, stored)
    required, preferred = split_requirements(requirements)
    have = set(profile["skills"]) | set(profile["implied"])
    matched = [k for k in required + preferred if k in have]
    missing_required = [k for k in required if k not in have]
    missing_preferred = [k for k in preferred if k not in have]
    req_cov = (len(required) - len(missing_required)) / len(required) if required else 0.5
    pref_cov = (len(preferred) - len(missing_preferred)) / len(preferred) if preferred else req_cov
    wanted_years = years_of_experience(requirements)
    job_title = first_line(requirements)
    wanted_level = seniority_from_text(job_title, wanted_years)
    exp_fit = _experience_fit(profile["years"], wanted_years)
    sen_fit = _seniority_fit(profile["seniority"], wanted_level)
    titles = profile["titles"] or [first_line(cv)]
    title_fit = max((title_similarity(job_title, t) for t in titles), default=0.0)
    score = round(
        100
        * (
            0.5 * req_cov
            + 0.15 * pref_cov
            + 0.15 * exp_fit
            + 0.12 * sen_fit
            + 0.08 * min(1.0, title_fit * 2)
        )
    )
    return {
        "cv": profile["facts"],
        "skills": profile["skills"],
        "implied": profile["implied"],
        "years": profile["years"],
        "seniority": profile["seniority"],
        "titles": titles,
        "required": required,
        "preferred": preferred,
        "matched": matched,
        "missing_required": missing_required,
        "missing_preferred": missing_preferred,
        "req_cov": req_cov,
        "pref_cov": pref_cov,
        "wanted_years": wanted_years,
        "wanted_level": wanted_level,
        "exp_fit": exp_fit,
        "sen_fit": sen_fit,
        "title_fit": min(1.0, title_fit * 2),
        "title_applicable": bool(job_title),
        "job_title": job_title,
        "basic": None,
        "score": max(0, min(100, score)),
        "reasons": [],
        "top_ranked": False,
    }


def _numbers(
    cv: str,
    requirements: str,
    facts: dict[str, Any] | None,
    stored: dict[str, Any] | None = None,
) -> dict[str, Any]:
    n = _numbers_from_facts(facts, cv) if facts else _numbers_from_text(cv, requirements, stored)
    n["evidence"] = _evidence(n["cv"], n["required"], n["preferred"])
    n["note"] = _thin(
        n["cv"],
        n["evidence"],
        len(n["required"]) + len(n["preferred"]),
        inferred=bool(facts and facts.get("skillsInferred")),
    )
    return n


def _years_text(years: float | None) -> str:
    return f"{years:g} years" if years is not None else "unknown years"


def _difference(n: dict[str, Any]) -> list[str]:
    if n["basic"] is None:
        return []
    if not n["reasons"]:
        return [
            f"Agrees with the basic score ({n['basic']:.1f}): the CV's lines confirm what it counted."
        ]
    return [f"Basic score {n['basic']:.1f}, deeper analysis {n['score']}:", *n["reasons"]]


def cv_analysis(
    cv: str,
    requirements: str,
    facts: dict[str, Any] | None = None,
    stored: dict[str, Any] | None = None,
) -> s.CvAnalysis:
    n = _numbers(cv, requirements, facts, stored)
    strengths = [_strength_text(i) for i in n["evidence"] if i.kind == "strength"]
    gaps = [_gap_text(i) for i in n["evidence"] if i.kind == "gap"]
    covered = sum(1 for i in n["evidence"] if i.kind == "strength" and i.importance == "required")
    summary = (
        f"{covered} of {len(n['required'])} required skills evidenced by a line of the CV; "
        f"{n['seniority'].lower()} profile ({_years_text(n['years'])}) against a "
        f"{n['wanted_level'].lower()} role."
    )
    if n["note"]:
        summary += " " + n["note"]
    return s.CvAnalysis(
        match_score=n["score"],
        summary=summary,
        matched_skills=n["matched"],
        missing_skills=n["missing_required"] + n["missing_preferred"],
        strengths=strengths,
        gaps=gaps,
        years_of_experience=n["years"],
        seniority=n["seniority"],
        recommendation=_recommendation(n["score"]),
        evidence=n["evidence"],
        confidence=_confidence(n["note"], n["evidence"]),
        evidence_note=n["note"],
        basic_score=n["basic"],
        score_differences=_difference(n),
    )


def _role_alignment(n: dict[str, Any]) -> s.DimensionScore:
    titles = [t for t in n["titles"] if t][:3]
    job_title = n["job_title"] or "the job"
    if not n["title_applicable"] or not titles:
        return s.DimensionScore(
            score=50,
            rationale="No past title to compare with the job title; neither counted for nor against.",
        )
    score = round(100 * n["title_fit"])
    shared = sorted(words(job_title) & set().union(*(words(t) for t in titles)))
    shown = ", ".join(f"'{t}'" for t in titles)
    if score >= 60:
        tone = "close to"
    elif score >= 30:
        tone = "partly like"
    else:
        tone = "unlike"
    rationale = f"The candidate's titles ({shown}) are {tone} '{job_title}'"
    rationale += f" (shared words: {', '.join(shared)})." if shared else " (no shared title words)."
    return s.DimensionScore(score=max(0, min(100, score)), rationale=rationale)


def fit_analysis(cv: str, job: str, facts: dict[str, Any] | None = None) -> s.FitAnalysis:
    n = _numbers(cv, job, facts)
    have = set(n["skills"]) | set(n["implied"])
    gaps_rows: list[s.SkillGap] = []
    learnable = 0
    for item in n["evidence"]:
        evidenced = item.kind == "strength"
        adjacent = None if evidenced else _adjacent(item.requirement, have)
        near = n["cv"].quote(adjacent) if adjacent else None
        if near is not None:
            adjacent = _related(adjacent, near)
        learnable += adjacent is not None
        gaps_rows.append(
            s.SkillGap(
                skill=item.requirement,
                importance=item.importance,
                evidenced=evidenced,
                gap="none"
                if evidenced
                else (
                    "small: related experience with " + adjacent if adjacent else "not evidenced"
                ),
                recommendation="verify depth in interview"
                if evidenced
                else (
                    f"short ramp-up from {adjacent}"
                    if adjacent
                    else f"probe or train {item.requirement}"
                ),
            )
        )
    missing = [i for i in n["evidence"] if i.kind == "gap"]
    breadth = min(1.0, len(n["skills"]) / 12)
    potential = round(
        100
        * (
            0.4 * breadth
            + 0.3 * (learnable / len(missing) if missing else 1.0)
            + 0.3 * n["exp_fit"]
        )
    )
    matched_required = [
        i.requirement for i in n["evidence"] if i.kind == "strength" and i.importance == "required"
    ]
    wanted = f"{n['wanted_years']:g}+ wanted" if n["wanted_years"] else "no minimum stated"
    dims = s.MultiDimensionalAnalysis(
        technical_skills=s.DimensionScore(
            score=round(100 * (0.75 * n["req_cov"] + 0.25 * n["pref_cov"])),
            rationale=f"{len(matched_required)} of {len(n['required'])} required skills evidenced"
            + (f" ({', '.join(matched_required[:6])})" if matched_required else ""),
        ),
        experience=s.DimensionScore(
            score=round(100 * n["exp_fit"]),
            rationale=f"{_years_text(n['years'])} of experience ({wanted})",
        ),
        seniority_fit=s.DimensionScore(
            score=round(100 * n["sen_fit"]),
            rationale=f"{n['seniority']} candidate for a {n['wanted_level']} role",
        ),
        role_alignment=_role_alignment(n),
        growth_potential=s.DimensionScore(
            score=potential,
            rationale=f"{len(n['skills'])} skills; {learnable} of {len(missing)} gaps adjacent to existing skills",
        ),
    )
    basic = n["basic"]
    hidden_gem = basic is not None and gems.is_hidden_gem(
        basic, float(n["score"]), top_ranked=n["top_ranked"]
    )
    rationale = f"{_verdict(n['score'])} ({n['score']}/100)"
    if basic is not None:
        rationale += f"; basic score {basic:.1f}"
    rationale += f" - evidences {', '.join(matched_required[:4]) or 'none of the required skills'}"
    if n["missing_required"]:
        rationale += f"; missing {', '.join(n['missing_required'][:4])}"
    if hidden_gem:
        rationale += (
            "; hidden gem: the deeper analysis rates the candidate well above the basic score"
        )
    order = list(SENIORITY_ORDER)
    nxt = order[min(len(order) - 1, order.index(n["seniority"]) + 1)]
    return s.FitAnalysis(
        multi_dimensional_analysis=dims,
        strengths=[_strength_text(i) for i in n["evidence"] if i.kind == "strength"],
        gaps=[
            _gap_text(i) for i in n["evidence"] if i.kind == "gap" and i.importance == "required"
        ],
        skill_gap_analysis=gaps_rows,
        future_potential_projection=s.FuturePotential(
            score=potential,
            trajectory=f"{n['seniority']} -> {nxt}",
            timeframe="12-24 months",
            rationale="based on skill breadth, gaps adjacent to known skills and experience",
        ),
        match_score=n["score"],
        match_rationale=rationale,
        is_hidden_gem=hidden_gem,
        basic_score=basic,
        score_differences=_difference(n),
        years_of_experience=n["years"],
        seniority=n["seniority"],
        evidence=n["evidence"],
        confidence=_confidence(n["note"], n["evidence"]),
        evidence_note=n["note"],
    )
