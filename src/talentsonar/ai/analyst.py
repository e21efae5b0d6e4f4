# ruff: noqa: E501
"""The built-in analyst: deterministic, offline analysis from text, our question bank and
skill vocabulary. Pure functions, one per operation; the builtin provider calls them."""

from __future__ import annotations

import re
from statistics import mean
from typing import Any

from talentsonar.ai import schemas as s
from talentsonar.ai.knowledge import (
    FULL_STACK,
    LEVELS,
    SENIORITY_ORDER,
    bank_level,
    extract_skills,
    implied_skills,
    knowledge,
    normalize_skill,
    point_coverage,
    seniority_from_text,
    skill_category,
    title_similarity,
    years_of_experience,
)
from talentsonar.skills.taxonomy import get_taxonomy

_PREFERRED = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|bonus|a plus|desirable|ideally)\b", re.I
)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*(.+)$", re.M)
_SEGMENT = re.compile(r"\n|(?<=[.;])\s+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def split_requirements(text: str) -> tuple[list[str], list[str]]:
    """(required, preferred) skills: lines mentioning "preferred / nice to have" are preferred."""
    required: list[str] = []
    preferred: list[str] = []
    in_preferred_section = False
    for line in _SEGMENT.split(text):
        if _PREFERRED.search(line):
            in_preferred_section = line.strip().endswith(":") or in_preferred_section
            target = preferred
        elif line.strip().endswith(":"):
            in_preferred_section = False
            target = required
        else:
            target = preferred if in_preferred_section else required
        for skill in extract_skills(line):
            if skill not in required and skill not in preferred:
                target.append(skill)
    return required, preferred


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def evidence_sentence(text: str, skill: str) -> str | None:
    """The first sentence of ``text`` that names ``skill`` or a skill implying it."""
    for sentence in _SENTENCE.findall(text):
        found = extract_skills(sentence)
        if skill in found or skill in implied_skills(found):
            return str(sentence).strip()[:240]
    return None


def _seniority_fit(candidate: str, wanted: str) -> float:
    gap = abs(SENIORITY_ORDER.index(candidate) - SENIORITY_ORDER.index(wanted))
    return max(0.0, 1.0 - 0.35 * gap)


def _experience_fit(years: float | None, wanted: float | None) -> float:
    if wanted is None or wanted <= 0:
        return 1.0 if years is not None else 0.7
    if years is None:
        return 0.5
    return min(1.0, years / wanted)


def _recommendation(score: int) -> str:
    return (
        "strong_yes" if score >= 80 else "yes" if score >= 65 else "maybe" if score >= 45 else "no"
    )


def _profile(cv: str) -> dict[str, Any]:
    stated = extract_skills(cv)
    years = years_of_experience(cv)
    return {
        "skills": stated,
        "implied": implied_skills(stated),
        "years": years,
        "seniority": seniority_from_text(_first_line(cv) + " " + cv[:400], years),
    }


def _fit_numbers(cv: str, requirements: str) -> dict[str, Any]:
    profile = _profile(cv)
    required, preferred = split_requirements(requirements)
    have = set(profile["skills"]) | set(profile["implied"])
    matched = [k for k in required + preferred if k in have]
    missing_required = [k for k in required if k not in have]
    missing_preferred = [k for k in preferred if k not in have]
    req_cov = (len(required) - len(missing_required)) / len(required) if required else 0.5
    pref_cov = (len(preferred) - len(missing_preferred)) / len(preferred) if preferred else req_cov
    wanted_years = years_of_experience(requirements)
    wanted_level = seniority_from_text(_first_line(requirements), wanted_years)
    exp_fit = _experience_fit(profile["years"], wanted_years)
    sen_fit = _seniority_fit(profile["seniority"], wanted_level)
    title_fit = title_similarity(_first_line(requirements), _first_line(cv) + " " + cv[:300])
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
        **profile,
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
        "title_fit": title_fit,
        "score": max(0, min(100, score)),
    }


def cv_analysis(cv: str, requirements: str) -> s.CvAnalysis:
    n = _fit_numbers(cv, requirements)
    strengths = [f"Evidence of {k}" for k in n["matched"][:6]]
    if n["years"] is not None and n["wanted_years"] and n["years"] >= n["wanted_years"]:
        strengths.append(f"{n['years']:g} years of experience (≥ {n['wanted_years']:g} wanted)")
    gaps = [f"No evidence of {k} (required)" for k in n["missing_required"]]
    gaps += [f"No evidence of {k} (preferred)" for k in n["missing_preferred"][:4]]
    if n["years"] is not None and n["wanted_years"] and n["years"] < n["wanted_years"]:
        gaps.append(f"{n['years']:g} years of experience, {n['wanted_years']:g} wanted")
    summary = (
        f"Covers {len(n['required']) - len(n['missing_required'])} of {len(n['required'])} required "
        f"skills; {n['seniority'].lower()} profile against a {n['wanted_level'].lower()} role."
    )
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
    )


def _adjacent(skill: str, have: set[str]) -> str | None:
    """A skill the candidate has that makes ``skill`` quick to learn."""
    bank = knowledge().skills
    entry = bank.get(skill)
    if entry is None:
        return None
    for parent in entry.implies:
        if parent in have:
            return parent
    for other in have:
        other_entry = bank.get(other)
        if other_entry and other_entry.category == entry.category:
            return other
    return None


def fit_analysis(cv: str, job: str) -> s.FitAnalysis:
    n = _fit_numbers(cv, job)
    have = set(n["skills"]) | set(n["implied"])
    gaps_rows: list[s.SkillGap] = []
    learnable = 0
    for skill, importance in [(k, "required") for k in n["required"]] + [
        (k, "preferred") for k in n["preferred"]
    ]:
        evidenced = skill in have
        adjacent = None if evidenced else _adjacent(skill, have)
        learnable += adjacent is not None
        gaps_rows.append(
            s.SkillGap(
                skill=skill,
                importance=importance,
                evidenced=evidenced,
                gap="none"
                if evidenced
                else (
                    "small: related experience with " + adjacent if adjacent else "not evidenced"
                ),
                recommendation="verify depth in interview"
                if evidenced
                else (f"short ramp-up from {adjacent}" if adjacent else f"probe or train {skill}"),
            )
        )
    missing = n["missing_required"] + n["missing_preferred"]
    breadth = min(1.0, len(n["skills"]) / 12)
    potential = round(
        100
        * (
            0.4 * breadth
            + 0.3 * (learnable / len(missing) if missing else 1.0)
            + 0.3 * n["exp_fit"]
        )
    )
    dims = s.MultiDimensionalAnalysis(
        technical_skills=s.DimensionScore(
            score=round(100 * (0.75 * n["req_cov"] + 0.25 * n["pref_cov"])),
            rationale=f"Matched {', '.join(n['matched'][:6]) or 'none of the listed skills'}",
        ),
        experience=s.DimensionScore(
            score=round(100 * n["exp_fit"]),
            rationale=f"{n['years'] if n['years'] is not None else 'unknown'} years vs {n['wanted_years'] or 'unspecified'} wanted",
        ),
        seniority_fit=s.DimensionScore(
            score=round(100 * n["sen_fit"]),
            rationale=f"{n['seniority']} candidate for a {n['wanted_level']} role",
        ),
        role_alignment=s.DimensionScore(
            score=round(100 * min(1.0, n["title_fit"] * 2)), rationale="title and focus similarity"
        ),
        growth_potential=s.DimensionScore(
            score=potential,
            rationale=f"{len(n['skills'])} skills; {learnable} of {len(missing)} gaps adjacent to existing skills",
        ),
    )
    strengths = [f"Proven {k}" for k in n["matched"][:5]]
    if n["exp_fit"] >= 1 and n["years"]:
        strengths.append(f"{n['years']:g} years of relevant experience")
    gaps = [f"{k} not evidenced" for k in n["missing_required"]]
    hidden_gem = n["score"] < 60 and potential >= 70
    rationale = (
        f"{'Strong' if n['score'] >= 75 else 'Good' if n['score'] >= 60 else 'Partial' if n['score'] >= 40 else 'Weak'} match"
        f" - has {', '.join(n['matched'][:4]) or 'few of the listed skills'}"
        + (f"; missing {', '.join(n['missing_required'][:4])}" if n["missing_required"] else "")
    )
    return s.FitAnalysis(
        multi_dimensional_analysis=dims,
        strengths=strengths,
        gaps=gaps,
        skill_gap_analysis=gaps_rows,
        future_potential_projection=s.FuturePotential(
            score=potential,
            trajectory=f"{n['seniority']} -> {SENIORITY_ORDER[min(len(SENIORITY_ORDER) - 1, SENIORITY_ORDER.index(n['seniority']) + 1)]}",
            timeframe="12-24 months",
            rationale="based on skill breadth, gaps adjacent to known skills and experience",
        ),
        match_score=n["score"],
        match_rationale=rationale,
        is_hidden_gem=hidden_gem,
    )


def _responsibilities(text: str) -> list[str]:
    bullets = [b.strip() for b in _BULLET.findall(text) if len(b.split()) >= 3]
    if bullets:
        return bullets[:8]
    verbs = (
        "build",
        "design",
        "develop",
        "lead",
        "manage",
        "own",
        "maintain",
        "work",
        "deliver",
        "support",
        "create",
    )
    found = [x.strip() for x in _SENTENCE.findall(text) if any(v in x.lower() for v in verbs)]
    return found[:6]


def job_analysis(job: str) -> s.JobAnalysis:
    required, preferred = split_requirements(job)
    years = years_of_experience(job)
    level = seniority_from_text(_first_line(job), years)
    if years is not None and SENIORITY_ORDER.index(level) < SENIORITY_ORDER.index(
        seniority_from_text("", years)
    ):
        level = seniority_from_text("", years)  # content says more senior than the title
    reqs = [
        s.SkillRequirement(skill=k, importance="required", category=skill_category(k))
        for k in required
    ]
    reqs += [
        s.SkillRequirement(skill=k, importance="preferred", category=skill_category(k))
        for k in preferred
    ]
    profile = (
        f"A {level.lower()} professional"
        + (f" with {years:g}+ years of experience" if years else "")
        + (f", strong in {', '.join(required[:5])}" if required else "")
        + (f"; {', '.join(preferred[:3])} a plus" if preferred else "")
        + "."
    )
    return s.JobAnalysis(
        key_responsibilities=_responsibilities(job)
        or [f"Deliver work using {', '.join(required[:3]) or 'the listed skills'}"],
        ideal_candidate_profile=profile,
        true_seniority_level=level,
        skill_requirements=reqs,
    )


_DEFAULT_YEARS = {"Junior": 0, "Mid": 2, "Senior": 5, "Lead": 8, "Executive": 10}


def job_requirements(info: dict[str, Any]) -> s.JobRequirements:
    title = str(info.get("title", ""))
    description = str(info.get("description", ""))
    given = [normalize_skill(x) for x in info.get("skills", []) if str(x).strip()]
    required, preferred = split_requirements(description)
    required = list(dict.fromkeys(given + required))
    preferred = [
        k for k in dict.fromkeys(preferred + implied_skills(required)) if k not in required
    ]
    years = years_of_experience(description)
    level = str(info.get("seniority") or seniority_from_text(title, years))
    if level not in _DEFAULT_YEARS:
        level = seniority_from_text(level, years)
    min_years = int(years) if years is not None else _DEFAULT_YEARS[level]
    responsibilities = _responsibilities(description) or [
        f"Design, build and maintain work using {', '.join(required[:3])}"
        if required
        else f"Deliver the core work of a {title}",
        "Collaborate with the team on planning, reviews and delivery",
    ]
    return s.JobRequirements(
        title=title,
        seniority=level,
        min_years_experience=min(50, min_years),
        required_skills=required,
        preferred_skills=preferred[:8],
        responsibilities=responsibilities,
        summary=(title if level.lower() in title.lower() else f"{level} {title}")
        + f" with {min_years}+ years"
        + (f" in {', '.join(required[:4])}" if required else ""),
    )


#: The role a profile suggests by the taxonomy category most of its skills fall in.
_ROLE_BY_CATEGORY = {
    "Web Development": "Web Developer",
    "Mobile Development": "Mobile Developer",
    "Cloud & DevOps": "DevOps Engineer",
    "Data Science & AI": "Data Scientist",
    "Data & Databases": "Data Engineer",
    "Business & Management": "Project Manager",
    "Security": "Security Engineer",
    "Programming Languages": "Software Engineer",
    "Software Engineering & Testing": "Software Engineer",
    "Operating Systems & IT Infrastructure": "System Administrator",
    "Accounting": "Accountant",
    "Finance & Banking": "Finance Professional",
    "Sales": "Sales Professional",
    "Digital Media & Marketing": "Marketing Professional",
    "Design & Creative": "Designer",
    "Human Resources": "HR Professional",
}


def enrichment(cv: str) -> s.Enrichment:
    p = _profile(cv)
    counts: dict[str, int] = {}
    for skill in p["skills"]:
        cat = skill_category(skill)
        counts[cat] = counts.get(cat, 0) + 1
    taxonomy = get_taxonomy()
    sides = set(p["skills"]).union(*(taxonomy.implied(k) for k in p["skills"]))
    if FULL_STACK in sides or {"Frontend Development", "Backend Development"} <= sides:
        role = "Full-Stack Developer"
    elif counts:
        top = max(
            (c for c in counts if c in _ROLE_BY_CATEGORY), key=counts.__getitem__, default=None
        )
        role = _ROLE_BY_CATEGORY.get(top or "", "Professional")
    else:
        role = "Professional"
    if p["seniority"] in ("Senior", "Lead") and not role.startswith("Business"):
        role = f"{'Senior' if p['seniority'] == 'Senior' else 'Lead'} {role}"
    years = f"about {p['years']:g} years of experience" if p["years"] else "experience"
    summary = (
        f"{p['seniority']}-level profile with {years}"
        + (f" across {', '.join(p['skills'][:6])}" if p["skills"] else "")
        + "."
    )
    return s.Enrichment(
        suggested_role_title=role, experience_summary=summary, inferred_skills=p["implied"]
    )


def question_kit(
    title: str, skills: list[str], count: int, level: str | None = None
) -> s.QuestionKit:
    level_name = level if level in LEVELS else bank_level(seniority_from_text(title, None))
    bank = knowledge()
    wanted = list(dict.fromkeys(normalize_skill(k) for k in skills if k.strip())) or extract_skills(
        title
    )
    questions: list[s.InterviewQuestion] = []
    for skill in wanted:
        entry = bank.skills.get(skill)
        if entry is not None:
            q = entry.questions[level_name]
            questions.append(
                s.InterviewQuestion(
                    question=q.question,
                    skill=skill,
                    level=level_name,
                    kind="technical",
                    expected_points=list(q.points),
                )
            )
        else:
            questions.append(
                s.InterviewQuestion(
                    question=f"Walk us through a recent piece of work where you used {skill}. What was hard, and what would you do differently?",
                    skill=skill,
                    level=level_name,
                    kind="technical",
                    expected_points=["context", "own contribution", "trade-offs", "result"],
                )
            )
    # Deeper questions for the same skills when more are asked for, then behavioural ones.
    for other_level in (lv for lv in LEVELS if lv != level_name):
        for skill in wanted:
            if len(questions) >= count:
                break
            entry = bank.skills.get(skill)
            if entry is not None and len(questions) < max(count - 2, len(wanted)):
                q = entry.questions[other_level]
                questions.append(
                    s.InterviewQuestion(
                        question=q.question,
                        skill=skill,
                        level=other_level,
                        kind="technical",
                        expected_points=list(q.points),
                    )
                )
    for b in bank.behavioural:
        if len(questions) >= count:
            break
        questions.append(
            s.InterviewQuestion(
                question=b.question,
                skill=b.skill,
                level="any",
                kind="behavioural",
                expected_points=list(b.points),
            )
        )
    return s.QuestionKit(questions=questions[:count])


def score_answer(
    answer: str, expected_points: list[str], rating: float | None = None
) -> tuple[int, list[str], list[str]]:
    """0..100 for one answer: share of expected points covered, blended with a 1-5 rating."""
    covered, missed = point_coverage(answer, expected_points)
    coverage = (
        100 * len(covered) / len(expected_points)
        if expected_points
        else (60 if answer.strip() else 0)
    )
    if rating is not None:
        coverage = 0.5 * coverage + 0.5 * (max(1.0, min(5.0, rating)) * 20)
    return round(coverage), covered, missed


def interview_analysis(
    requirements: str, cv: str, interview: dict[str, Any]
) -> s.InterviewAnalysis:
    answers: list[dict[str, Any]] = list(interview.get("answers", []))
    ratings: dict[str, float] = {
        str(k): float(v) for k, v in (interview.get("ratings") or {}).items()
    }
    per_competency: dict[str, list[int]] = {}
    notes: dict[str, str] = {}
    for item in answers:
        text = str(item.get("answer", ""))
        skill = normalize_skill(str(item.get("skill") or item.get("competency") or "General"))
        score, covered, _ = score_answer(
            text, [str(p) for p in item.get("expectedPoints", [])], item.get("rating")
        )
        per_competency.setdefault(skill, []).append(score)
        if covered and skill not in notes:
            notes[skill] = f"covered {', '.join(covered[:4])}"
    for competency, rating in ratings.items():
        per_competency.setdefault(normalize_skill(competency), []).append(
            round(max(1.0, min(5.0, rating)) * 20)
        )
    competency_scores = [
        s.CompetencyScore(
            competency=c, score=round(mean(v)), evidence=notes.get(c, f"{len(v)} signal(s)")
        )
        for c, v in per_competency.items()
    ]
    required, preferred = split_requirements(requirements)
    interview_text = "\n".join(str(a.get("answer", "")) for a in answers)
    matrix: list[s.CoverageRow] = []
    for req in required + preferred:
        cv_ev = evidence_sentence(cv, req)
        scores = per_competency.get(req)
        iv_ev = evidence_sentence(interview_text, req)
        if scores and mean(scores) >= 50:
            iv_ev = iv_ev or notes.get(req) or f"answered at {round(mean(scores))}/100"
        elif scores:
            iv_ev = None
        covered_by = (
            "both" if cv_ev and iv_ev else "cv" if cv_ev else "interview" if iv_ev else "none"
        )
        matrix.append(
            s.CoverageRow(
                requirement=req, cv_evidence=cv_ev, interview_evidence=iv_ev, covered_by=covered_by
            )
        )
    overall = round(mean(c.score for c in competency_scores)) if competency_scores else 0
    uncovered = [r.requirement for r in matrix if r.covered_by == "none"]
    if uncovered:
        overall = max(0, overall - 5 * len(uncovered))
    rec = (
        "strong_hire"
        if overall >= 80
        else "hire"
        if overall >= 65
        else "lean_no"
        if overall >= 45
        else "no_hire"
    )
    return s.InterviewAnalysis(
        overall_score=overall,
        recommendation=rec,
        competency_scores=competency_scores,
        coverage_matrix=matrix,
        strengths=[
            f"{c.competency}: {c.score}/100"
            for c in sorted(competency_scores, key=lambda c: -c.score)[:3]
            if c.score >= 60
        ],
        concerns=[f"{c.competency}: {c.score}/100" for c in competency_scores if c.score < 50]
        + [f"{r} not evidenced in CV or interview" for r in uncovered],
    )
