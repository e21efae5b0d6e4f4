"""The AI operations. Each one: sanitise inputs (injection defence), redact personal data
when an external provider will see them (blind screening), look up the cache by a hash of
the exact prompt, compute through the gateway (provider → retries/breaker → builtin
fallback) on a miss, restore personal data, and account usage per organisation."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import structlog
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai import schemas as s
from talentsonar.ai.gateway import gateway
from talentsonar.ai.injection import neutralise
from talentsonar.ai.prompts import PROMPT_VERSION, json_block, system_prompt, user_prompt
from talentsonar.ai.redaction import Redaction, redact
from talentsonar.ai.repository import (
    AiCandidateRepository,
    AiJobRepository,
    AiTaskRepository,
    AiUsageRepository,
)
from talentsonar.auth.principal import Principal
from talentsonar.core.audit import SYSTEM, Actor
from talentsonar.core.cache import content_key
from talentsonar.core.errors import NotFound
from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.credits import service as credits
from talentsonar.credits.service import Reservation
from talentsonar.matching.service import record_ai_analysis, top_matches
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.task import TaskStatus
from talentsonar.orgs.service import organization_settings

log = structlog.get_logger(__name__)

HOUR = 3600.0
TTL: dict[str, float] = {
    "cv_analysis": 1 * HOUR,
    "fit_analysis": 1 * HOUR,
    "job_analysis": 4 * HOUR,
    "job_requirements": 4 * HOUR,
    "enrichment": 1 * HOUR,
    "interview_questions": 2 * HOUR,
    "interview_analysis": 0.5 * HOUR,
    "answer_grading": 1 * HOUR,
}
SCHEMAS: dict[str, type[BaseModel]] = {
    "cv_analysis": s.CvAnalysis,
    "fit_analysis": s.FitAnalysis,
    "job_analysis": s.JobAnalysis,
    "job_requirements": s.GeneratedJobRequirements,
    "enrichment": s.Enrichment,
    "interview_questions": s.QuestionKit,
    "interview_analysis": s.InterviewAnalysis,
    "answer_grading": s.AnswerGrade,
}
#: Blocks that may hold personal data (redacted before an external provider sees them).
PERSONAL_BLOCKS = frozenset({"cv", "interview"})
#: The task analysing a job's top candidates (registered in ``ai.tasks``).
ANALYZE_TOP = "ai.analyze_top"


@dataclass(frozen=True, slots=True)
class AiContext:
    runtime: Runtime
    session: AsyncSession
    org_id: uuid.UUID
    #: Who pays in credits. ``None`` for work already paid for (a batch reserves its
    #: credits up front) or initiated by the system (cache warming).
    payer: Actor | None = None


def caller_context(runtime: Runtime, session: AsyncSession, principal: Principal) -> AiContext:
    """The caller's organisation pays for what it asks (in credits)."""
    return AiContext(runtime, session, principal.org_id, payer=Actor.of(principal))


async def _reserve_credits(ctx: AiContext, op: str) -> Reservation | None:
    """Hold the operation's price before any provider is called (402 if the balance is
    short); :func:`_settle_credits` keeps the full price for a computed answer and only
    the cached price for a cache hit."""
    if ctx.payer is None:
        return None
    price = credits.price_of(op, settings=ctx.runtime.settings)
    if price <= 0:
        return None
    return await credits.reserve(
        ctx.session,
        ctx.org_id,
        price,
        idempotency_key=f"ai:{op}:{uuid.uuid4().hex}",
        actor=ctx.payer,
        reason=f"AI {op}",
        settings=ctx.runtime.settings,
    )


async def _settle_credits(
    ctx: AiContext, op: str, reservation: Reservation | None, *, cached: bool
) -> None:
    if reservation is not None:
        used = credits.price_of(op, cached=cached, settings=ctx.runtime.settings)
        await credits.settle(ctx.session, reservation, min(used, reservation.amount))


def _sanitise(value: Any, flags: list[str]) -> Any:
    if isinstance(value, str):
        cleaned = neutralise(value)
        flags.extend(f for f in cleaned.flags if f not in flags)
        return cleaned.text
    if isinstance(value, list):
        return [_sanitise(v, flags) for v in value]
    if isinstance(value, dict):
        return {k: _sanitise(v, flags) for k, v in value.items()}
    return value


def _redact(value: Any, redaction: Redaction, names: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact(value, names=names, into=redaction).text
    if isinstance(value, list):
        return [_redact(v, redaction, names) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, redaction, names) for k, v in value.items()}
    return value


ORG_SETTINGS_TTL = 30.0


async def blind_screening_enabled(ctx: AiContext) -> bool:
    """The organisation's ``blindScreening`` switch (default on), cached briefly: it is read
    on every AI request. Whoever changes organisation settings invalidates tag ``org:<id>``."""

    async def load() -> dict[str, Any]:
        return await organization_settings(ctx.session, ctx.org_id)

    settings, _ = await ctx.runtime.cache.get_or_compute(
        "org_settings", str(ctx.org_id), load, ttl=ORG_SETTINGS_TTL, tags=(f"org:{ctx.org_id}",)
    )
    return bool(settings.get("blindScreening", True))


def cost_usd(ctx: AiContext, provider: str, prompt_tokens: int, completion_tokens: int) -> float:
    if provider == "builtin":
        return 0.0
    settings = ctx.runtime.settings
    return round(
        prompt_tokens / 1000 * settings.ai_cost_prompt_per_1k
        + completion_tokens / 1000 * settings.ai_cost_completion_per_1k,
        6,
    )


async def run_operation(
    ctx: AiContext,
    op: str,
    blocks: dict[str, Any],
    *,
    tags: tuple[str, ...] = (),
    names: tuple[str, ...] = (),
    cache_parts: tuple[Any, ...] = (),
    finalize: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An :class:`~talentsonar.ai.schemas.AiAnswer`-shaped dict (camelCase).

    ``finalize`` puts the facts back into any provider's result (camelCase dict): numbers
    computed deterministically from the inputs (a pair's basic score and hidden-gem status,
    an interview's scores) are ours, whoever wrote the narrative.

    The cache key hashes the raw inputs (plus provider, model, prompt version and the
    blind-screening switch), so a hit costs one lookup: no sanitising, redaction or
    prompt building. The cached answer is the final one (personal data restored): the
    cache is our own infrastructure; blind screening is about what leaves it.
    """
    gw = gateway(ctx.runtime)
    provider = gw.provider()
    blind = provider.external and await blind_screening_enabled(ctx)
    key = content_key(
        op,
        PROMPT_VERSION,
        provider.name,
        provider.model_for(op),
        blind,
        blocks,
        names,
        *cache_parts,
    )

    async def compute() -> dict[str, Any]:
        flags: list[str] = []
        clean = {name: _sanitise(value, flags) for name, value in blocks.items()}
        redaction: Redaction | None = None
        if blind:
            redaction = Redaction("", {})
            clean = {
                name: _redact(value, redaction, names) if name in PERSONAL_BLOCKS else value
                for name, value in clean.items()
            }
        user = user_prompt(
            {n: v if isinstance(v, str) else json_block(v) for n, v in clean.items()}
        )
        generated = await gw.generate(op, system_prompt(op), user, SCHEMAS[op])
        result = generated.result.model_dump(mode="json", by_alias=True)
        if redaction is not None:
            result = redaction.restore(result)
        if finalize is not None:
            result = finalize(result)
        return {
            "result": result,
            "provider": generated.provider,
            "model": generated.model,
            "fallback": generated.fallback,
            "fallbackReason": generated.fallback_reason,
            "injectionFlags": flags,
            "redacted": redaction is not None,
            "usage": {
                "prompt": generated.usage.prompt_tokens,
                "completion": generated.usage.completion_tokens,
            },
        }

    reservation = await _reserve_credits(ctx, op)
    value, cached = await ctx.runtime.cache.get_or_compute(op, key, compute, ttl=TTL[op], tags=tags)
    await _settle_credits(ctx, op, reservation, cached=cached)
    if value["fallback"] and not cached:
        # A fallback answer is not the configured provider's: do not keep it for an hour.
        await ctx.runtime.cache.delete(op, key)
    usage = value.get("usage") or {}
    prompt_tokens = 0 if cached else int(usage.get("prompt", 0))
    completion_tokens = 0 if cached else int(usage.get("completion", 0))
    await AiUsageRepository(ctx.session, ctx.org_id).record(
        operation=op,
        provider=value["provider"],
        model=value["model"],
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cost_usd=cost_usd(ctx, value["provider"], prompt_tokens, completion_tokens),
        cached=cached,
        fallback=bool(value["fallback"]),
    )
    return {
        "provider": value["provider"],
        "model": value["model"],
        "cached": cached,
        "promptVersion": PROMPT_VERSION,
        "fallback": value["fallback"],
        "fallbackReason": value["fallbackReason"],
        "injectionFlags": value["injectionFlags"],
        "redacted": value["redacted"],
        "result": value["result"],
    }


#: Seconds one fit analysis takes, (fast, slow): the builtin analyst, a hosted model
#: (seed 001: "30-50 seconds" for 10 candidates).
ANALYSIS_SECONDS = {False: (0.2, 1.0), True: (3.0, 5.0)}


def estimated_completion_time(runtime: Runtime, count: int) -> str:
    """Seed 001's ``estimatedCompletionTime`` of a batch of ``count`` fit analyses run one
    after another by the configured provider, in words ("30-50 seconds", "2-4 minutes")."""
    fast, slow = ANALYSIS_SECONDS[gateway(runtime).provider().external]
    low, high = max(1, math.floor(fast * count)), max(1, math.ceil(slow * count))
    if high >= 180:
        return f"{max(1, low // 60)}-{math.ceil(high / 60)} minutes"
    return f"{low}-{high} seconds"


# --- texts of stored things -------------------------------------------------
def job_text(job: Job) -> str:
    lines = [job.title]
    if job.seniority:
        lines.append(f"Seniority: {job.seniority}")
    if job.min_years_experience:
        lines.append(f"Experience: {job.min_years_experience:g}+ years")
    if job.required_skills:
        lines.append("Required skills: " + ", ".join(job.required_skills))
    if job.nice_to_have_skills:
        lines.append("Nice to have: " + ", ".join(job.nice_to_have_skills))
    if job.description:
        lines.append(job.description)
    return "\n".join(lines)


def candidate_profile_text(candidate: Candidate) -> str:
    lines = [candidate.headline or ""]
    if candidate.total_years_experience:
        lines.append(f"{candidate.total_years_experience:g} years of experience")
    if candidate.skills:
        lines.append("Skills: " + ", ".join(candidate.skills))
    if candidate.summary:
        lines.append(candidate.summary)
    return "\n".join(x for x in lines if x)


async def load_job(ctx: AiContext, job_id: uuid.UUID) -> Job:
    return await AiJobRepository(ctx.session, ctx.org_id).get_or_404(job_id)


async def load_candidate(ctx: AiContext, candidate_id: uuid.UUID) -> tuple[Candidate, str]:
    """The candidate and their CV text (the current CV, else the parsed profile)."""
    repo = AiCandidateRepository(ctx.session, ctx.org_id)
    candidate = await repo.get_or_404(candidate_id)
    text = await repo.current_cv_text(candidate_id)
    if not text or not text.strip():
        text = candidate_profile_text(candidate)
    return candidate, text


def stored_profile(candidate: Candidate) -> dict[str, Any]:
    """What the candidate's page shows (years, current title): the analyses agree with it."""
    profile = candidate.profile or {}
    title = profile.get("currentTitle") or profile.get("current_title") or candidate.headline
    return {
        "years": candidate.total_years_experience,
        "title": title if isinstance(title, str) and title.strip() else None,
    }


def _names(candidate: Candidate | None) -> tuple[str, ...]:
    return (candidate.name,) if candidate is not None and candidate.name else ()


# --- the facts of a scored pair -------------------------------------------------------
async def match_facts(
    ctx: AiContext,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    job: Job | None = None,
    candidate: Candidate | None = None,
) -> dict[str, Any] | None:
    """Matching's facts of the pair (years, skills, seniority, score, rank), or ``None``
    when the pair is not scored: the analysis starts from them instead of re-reading text."""
    from talentsonar.matching.pair_facts import pair_facts

    found = await pair_facts(
        ctx.session, ctx.org_id, job_id, candidate_id, job=job, candidate=candidate
    )
    return found.as_dict() if found is not None else None


def agree_with_facts(result: dict[str, Any], facts: dict[str, Any] | None) -> dict[str, Any]:
    """A fit or CV analysis of a scored pair, made consistent with matching's facts: the
    candidate's years and the basic score are matching's; hidden-gem status follows the one
    definition (``talentsonar.matching.gems``); a score that differs from the basic score
    without a reason gets the provider's rationale as its reason."""
    from talentsonar.matching import gems

    if facts is None:
        if "isHiddenGem" in result:
            result["isHiddenGem"] = False  # no basic score to be hidden behind
        return result
    basic = float(facts.get("matchScore") or 0.0)
    result["basicScore"] = basic
    if facts.get("candidateYears") is not None:
        result["yearsOfExperience"] = facts["candidateYears"]
    deeper = float(result.get("matchScore") or 0.0)
    if "isHiddenGem" in result or "matchRationale" in result:
        result["isHiddenGem"] = gems.is_hidden_gem(
            basic, deeper, top_ranked=bool(facts.get("topRanked"))
        )
    if abs(deeper - basic) >= 1 and not result.get("scoreDifferences"):
        why = result.get("matchRationale") or result.get("summary") or "no reason given"
        result["scoreDifferences"] = [f"Basic score {basic:.1f}, this analysis {deeper:g}: {why}"]
    return result


# --- operations ---------------------------------------------------------------
async def cv_analysis(
    ctx: AiContext,
    *,
    cv_text: str | None,
    candidate_id: uuid.UUID | None,
    job_requirements: str | None,
    job_id: uuid.UUID | None,
) -> dict[str, Any]:
    tags: list[str] = []
    candidate: Candidate | None = None
    stored_cv = stored_job = False
    if candidate_id is not None and not (cv_text and cv_text.strip()):
        candidate, cv_text = await load_candidate(ctx, candidate_id)
        tags.append(f"candidate:{candidate_id}")
        stored_cv = True
    if job_id is not None and not (job_requirements and job_requirements.strip()):
        job_requirements = job_text(await load_job(ctx, job_id))
        tags.append(f"job:{job_id}")
        stored_job = True
    blocks: dict[str, Any] = {"cv": cv_text or "", "requirements": job_requirements or ""}
    if candidate is not None:
        blocks["profile"] = stored_profile(candidate)
    facts = None
    if stored_cv and stored_job and job_id is not None and candidate_id is not None:
        # A stored pair: the same facts as its fit analysis, so the two agree.
        facts = await match_facts(ctx, job_id, candidate_id, candidate=candidate)
        if facts is not None:
            blocks["facts"] = facts
    return await run_operation(
        ctx,
        "cv_analysis",
        blocks,
        tags=tuple(tags),
        names=_names(candidate),
        finalize=(lambda result: agree_with_facts(result, facts)) if facts is not None else None,
    )


async def fit_analysis(
    ctx: AiContext, job_id: uuid.UUID, candidate_id: uuid.UUID, *, store: bool = True
) -> dict[str, Any]:
    """The 001 fit analysis of a pair, stored on its match as ``ai_enhanced``."""
    job = await load_job(ctx, job_id)
    candidate, cv = await load_candidate(ctx, candidate_id)
    facts = await match_facts(ctx, job_id, candidate_id, job=job, candidate=candidate)
    blocks: dict[str, Any] = {"cv": cv, "job": job_text(job)}
    if facts is not None:
        blocks["facts"] = facts
    answer = await run_operation(
        ctx,
        "fit_analysis",
        blocks,
        tags=(f"job:{job_id}", f"candidate:{candidate_id}"),
        names=_names(candidate),
        finalize=lambda result: agree_with_facts(result, facts),
    )
    answer["stored"] = False
    if store:
        provenance = {
            k: answer[k] for k in ("provider", "model", "promptVersion", "fallback", "cached")
        }
        try:
            answer["basicScore"] = await record_ai_analysis(
                ctx.session, ctx.org_id, job_id, candidate_id, answer["result"], provenance
            )
            answer["stored"] = True
        except NotFound:
            log.info(
                "ai.fit_analysis_unscored_pair", job_id=str(job_id), candidate_id=str(candidate_id)
            )
    return answer


async def job_analysis(ctx: AiContext, job_id: uuid.UUID) -> dict[str, Any]:
    job = await load_job(ctx, job_id)
    return await run_operation(ctx, "job_analysis", {"job": job_text(job)}, tags=(f"job:{job_id}",))


async def job_requirements(
    ctx: AiContext, info: dict[str, Any], *, tags: tuple[str, ...] = ()
) -> dict[str, Any]:
    return await run_operation(ctx, "job_requirements", {"job_info": info}, tags=tags)


def job_info(job: Job) -> dict[str, Any]:
    return {
        "title": job.title,
        "description": job.description or "",
        "department": job.department,
        "seniority": job.seniority,
        "skills": list(job.required_skills or []),
    }


async def enrichment(ctx: AiContext, candidate_id: uuid.UUID) -> dict[str, Any]:
    candidate, cv = await load_candidate(ctx, candidate_id)
    return await run_operation(
        ctx,
        "enrichment",
        {"cv": cv, "profile": stored_profile(candidate)},
        tags=(f"candidate:{candidate_id}",),
        names=_names(candidate),
    )


async def question_kit(
    ctx: AiContext,
    *,
    title: str,
    skills: list[str],
    count: int,
    level: str | None = None,
    tags: tuple[str, ...] = (),
) -> dict[str, Any]:
    request = {
        "title": title,
        "skills": sorted(set(skills), key=skills.index),
        "count": count,
        "level": level,
    }
    return await run_operation(ctx, "interview_questions", {"kit_request": request}, tags=tags)


DEFAULT_KIT_SIZE = 8


def reservation_args(reservation: Reservation | None) -> dict[str, Any] | None:
    """A credit reservation as JSON task arguments (ids only)."""
    if reservation is None:
        return None
    return {
        "amount": reservation.amount,
        "key": reservation.idempotency_key,
        "entryId": str(reservation.entry_id),
        "related": list(reservation.related) if reservation.related else None,
    }


async def queue_top_analysis(
    ctx: AiContext,
    job_id: uuid.UUID,
    *,
    limit: int,
    min_score: float,
    created_by_id: uuid.UUID | None,
) -> tuple[uuid.UUID, int]:
    """Queue AI fit analysis of the job's top ``limit`` candidates scoring at least
    ``min_score``: the task's id and how many candidates it analyses."""
    session = ctx.session
    runtime = ctx.runtime
    await load_job(ctx, job_id)
    rows = await top_matches(session, ctx.org_id, job_id, limit=limit, min_score=min_score)
    # The batch reserves its credits up front; the task releases what it did not use.
    reservation = None
    price = credits.price_of("fit_analysis", settings=runtime.settings) * len(rows)
    if price > 0:
        reservation = await credits.reserve(
            session, ctx.org_id, price, idempotency_key=f"analyze-top:{uuid.uuid4().hex}",
            actor=ctx.payer or SYSTEM, reason=f"AI analysis of the top {len(rows)}",
            related=("job", str(job_id)), settings=runtime.settings,
        )
    row = await enqueue(
        session,
        ANALYZE_TOP,
        org_id=ctx.org_id,
        args={
            "job_id": str(job_id),
            "candidate_ids": [str(r.candidate_id) for r in rows],
            "reservation": reservation_args(reservation),
        },
        priority=Priority.high,
        created_by_id=created_by_id,
        subject=("job", job_id),
        total=len(rows),
    )
    return row.id, len(rows)


async def analysis_status(ctx: AiContext, job_id: uuid.UUID) -> s.AnalysisStatus:
    """Progress of the latest top-N analysis of the job."""
    await load_job(ctx, job_id)
    task = await AiTaskRepository(ctx.session, ctx.org_id).latest_for_subject(ANALYZE_TOP, job_id)
    if task is None:
        return s.AnalysisStatus(in_progress=False, total=0, completed=0, failed=0, progress=0)
    done = task.completed + task.failed
    finished = task.status in (TaskStatus.succeeded, TaskStatus.failed, TaskStatus.cancelled)
    progress = 100 if finished or task.total == 0 else round(100 * done / task.total)
    return s.AnalysisStatus(
        in_progress=not finished,
        total=task.total,
        completed=task.completed,
        failed=task.failed,
        progress=progress,
        task_id=task.id,
        status=task.status.value,
    )
