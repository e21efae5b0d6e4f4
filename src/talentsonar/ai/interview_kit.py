# ruff: noqa: E501
"""Interview kits and interview analysis of the built-in analyst: questions aimed at what
the CV does not show, and the assessment of recorded answers
(``talentsonar.ai.interview_scoring``)."""

from __future__ import annotations

import re
from typing import Any

from talentsonar.ai import interview_scoring as scoring
from talentsonar.ai import schemas as s
from talentsonar.ai.knowledge import (
    LEVELS,
    BankQuestion,
    bank_level,
    extract_skills,
    knowledge,
    normalize_skill,
    point_coverage,
    seniority_from_text,
)
from talentsonar.ai.texts import cv_quote, split_requirements
from talentsonar.skills.taxonomy import get_taxonomy

_PREFERRED = re.compile(
    r"\b(?:preferred|nice to have|nice-to-have|bonus|a plus|desirable|ideally)\b", re.I
)
_SEGMENT = re.compile(r"\n|(?<=[.;])\s+")


def _names_only(question: BankQuestion, allowed: set[str]) -> bool:
    """Whether a bank question (text and expected points) names no skill outside ``allowed``."""
    taxonomy = get_taxonomy()
    texts = [question.question, *question.points]
    return all(k.name in allowed for text in texts for k in taxonomy.skills_in(text))


def _generic_question(skill: str, level: str) -> s.InterviewQuestion:
    return s.InterviewQuestion(
        question=f"Walk us through a recent piece of work where you used {skill}. What was hard, and what would you do differently?",
        skill=skill,
        level=level,
        kind="technical",
        expected_points=["context", "own contribution", "trade-offs", "result"],
    )


def question_kit(
    title: str, skills: list[str], count: int, level: str | None = None
) -> s.QuestionKit:
    """Technical questions per skill at the level, then deeper ones, then behavioural ones.

    A kit never names a skill that its title and skills (and what they imply) do not: a
    bank question naming another skill gives way to the same skill's question at another
    level, or to a question about the skill's use in recent work."""
    level_name = level if level in LEVELS else bank_level(seniority_from_text(title, None))
    bank = knowledge()
    wanted = list(dict.fromkeys(normalize_skill(k) for k in skills if k.strip())) or extract_skills(
        title
    )
    allowed = set(wanted) | set(extract_skills(title))
    allowed |= {p for k in list(allowed) for p in get_taxonomy().implied(k)}
    questions: list[s.InterviewQuestion] = []
    used: set[tuple[str, str]] = set()

    def bank_question(skill: str, lv: str) -> s.InterviewQuestion | None:
        entry = bank.skills.get(skill)
        if entry is None or (skill, lv) in used or not _names_only(entry.questions[lv], allowed):
            return None
        used.add((skill, lv))
        q = entry.questions[lv]
        return s.InterviewQuestion(
            question=q.question,
            skill=skill,
            level=lv,
            kind="technical",
            expected_points=list(q.points),
        )

    for skill in wanted:
        found = bank_question(skill, level_name) or next(
            (q for lv in LEVELS if (q := bank_question(skill, lv)) is not None), None
        )
        questions.append(found or _generic_question(skill, level_name))
    # Deeper questions for the same skills when more are asked for, then behavioural ones.
    for other_level in (lv for lv in LEVELS if lv != level_name):
        for skill in wanted:
            if len(questions) >= count:
                break
            if len(questions) < max(count - 2, len(wanted)):
                q = bank_question(skill, other_level)
                if q is not None:
                    questions.append(q)
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


def interview_assessment(
    requirements: str, cv: str, interview: dict[str, Any]
) -> scoring.Assessment:
    """The deterministic assessment of recorded interview results (every provider's facts).
    ``interview["requirements"]`` (canonical names) wins over skills read from the text."""
    listed = interview.get("requirements")
    if isinstance(listed, list) and listed:
        reqs = [normalize_skill(str(r)) for r in listed if str(r).strip()]
    else:
        required, preferred = split_requirements(requirements)
        reqs = required + preferred
    ratings = {str(k): float(v) for k, v in (interview.get("ratings") or {}).items()}
    return scoring.assess(
        list(interview.get("answers") or []),
        ratings,
        reqs,
        normalize=normalize_skill,
        point_coverage=lambda text, points: point_coverage(text, points),
        cv_evidence=lambda req: cv_quote(cv, req),
        answer_mentions=lambda text: set(extract_skills(text)),
    )


def interview_analysis(
    requirements: str, cv: str, interview: dict[str, Any]
) -> s.InterviewAnalysis:
    assessment = interview_assessment(requirements, cv, interview)
    return interview_result(assessment)


def interview_result(assessment: scoring.Assessment) -> s.InterviewAnalysis:
    return s.InterviewAnalysis(
        overall_score=assessment.overall,
        recommendation=assessment.recommendation,
        competency_scores=[
            s.CompetencyScore(competency=c.name, score=c.score, evidence=c.evidence)
            for c in assessment.competencies
        ],
        coverage_matrix=[
            s.CoverageRow(
                requirement=r.requirement,
                cv_evidence=r.cv_evidence,
                interview_evidence=r.interview_evidence,
                covered_by=r.covered_by,
            )
            for r in assessment.coverage
        ],
        strengths=assessment.strengths(),
        concerns=assessment.concerns(),
        not_assessed=list(assessment.not_assessed),
    )
