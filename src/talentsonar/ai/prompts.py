"""System prompts and user-message builders of every operation (one prompt version)."""

from __future__ import annotations

import orjson

from talentsonar.ai.injection import DATA_RULE, data_block

PROMPT_VERSION = "ts-ai-2026-11-25.1"

SYSTEM: dict[str, str] = {
    "cv_analysis": "You are a careful technical recruiter. Assess how well the CV meets the job "
    "requirements. matchScore is 0-100 and must reflect evidence in the CV only.",
    "fit_analysis": "You are a senior talent analyst. Produce a multi-dimensional fit analysis "
    "of the candidate for the job: dimension scores 0-100 with rationales, strengths, gaps, a "
    "skill-gap analysis per required skill, and a projection of future potential.",
    "job_analysis": "You analyse job postings: key responsibilities, the ideal candidate, the "
    "true seniority level implied by the content (not just the title), skill requirements.",
    "job_requirements": "You write structured job requirements from job information.",
    "enrichment": "You enrich a candidate profile: a suggested role title, a short experience "
    "summary, and skills that are strongly implied but not stated.",
    "interview_questions": "You write interview question kits: technical questions per skill at "
    "the right level plus behavioural questions, each with the points a good answer covers.",
    "interview_analysis": "You analyse interview results against the job requirements and the CV: "
    "competency scores, a coverage matrix (each requirement x evidence from CV and interview), "
    "strengths, concerns and a recommendation.",
}


def system_prompt(op: str) -> str:
    return f"{SYSTEM[op]}\n\n{DATA_RULE}"


def user_prompt(blocks: dict[str, str]) -> str:
    """The user message: one delimited data block per input."""
    return "\n\n".join(data_block(name, text) for name, text in blocks.items())


def json_block(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
