"""System prompts and user-message builders of every operation (one prompt version)."""

from __future__ import annotations

import orjson

from talentsonar.ai.injection import DATA_RULE, data_block

PROMPT_VERSION = "ts-ai-2026-12-03.1"

SYSTEM: dict[str, str] = {
    "cv_analysis": "You are a careful technical recruiter. Assess how well the CV meets the job "
    "requirements. matchScore is 0-100 and must reflect evidence in the CV only. Every "
    "strength and gap names the requirement it concerns and quotes the CV line (with its "
    "section) that shows it; never name a skill that neither the CV nor the job shows. When "
    "the evidence is thin, say so in evidenceNote and set confidence low." + "FACTS_RULE",
    "fit_analysis": "You are a senior talent analyst. Produce a multi-dimensional fit analysis "
    "of the candidate for the job: dimension scores 0-100 with rationales, strengths, gaps, a "
    "skill-gap analysis per required skill, and a projection of future potential. Every "
    "strength and gap names the requirement it concerns and quotes the CV line (with its "
    "section) that shows it; never name a skill that neither the CV nor the job shows."
    + "FACTS_RULE",
    "job_analysis": "You analyse job postings: key responsibilities, the ideal candidate, the "
    "true seniority level implied by the content (not just the title), skill requirements.",
    "job_requirements": "You write structured job requirements from job information.",
    "enrichment": "You enrich a candidate profile: a suggested role title, a short experience "
    "summary, and skills that are strongly implied but not stated.",
    "interview_questions": "You write interview question kits: technical questions per skill at "
    "the right level plus behavioural questions, each with the points a good answer covers.",
    "answer_grading": "You grade a candidate's short answer to an assessment question against "
    "the rubric of expected points. A point counts as covered only when the answer states it "
    "(in any words); score is 100 x covered / expected. List the covered and missed points "
    "exactly as the rubric words them, and give one sentence of feedback.",
    "interview_analysis": "You analyse interview results against the job requirements and the CV: "
    "competency scores, a coverage matrix (each requirement x evidence from CV and interview), "
    "strengths, concerns and a recommendation. Ratings are on a 1-5 scale (r/5 = 20*r/100); "
    "a question with neither answer nor rating is not assessed, never a zero; every recorded "
    "answer covers its requirement. The scores you are given in the assessment block are "
    "final: explain them, do not change them.",
}


#: Appended to the analyses of a scored pair: matching's facts are the source of truth.
FACTS_RULE = (
    " When a facts block is given, it holds the match's facts as matching computed them "
    "(years, skills, seniority, basic score, rank): use them as they are; where your "
    "matchScore differs from the basic score, list why in scoreDifferences, citing evidence."
)
SYSTEM = {op: text.replace("FACTS_RULE", FACTS_RULE) for op, text in SYSTEM.items()}


def system_prompt(op: str) -> str:
    return f"{SYSTEM[op]}\n\n{DATA_RULE}"


def user_prompt(blocks: dict[str, str]) -> str:
    """The user message: one delimited data block per input."""
    return "\n\n".join(data_block(name, text) for name, text in blocks.items())


def json_block(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
