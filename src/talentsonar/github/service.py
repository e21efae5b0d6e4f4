"""GitHub evidence: start an analysis of a candidate's public repositories (the user is
checked at once, so an unknown one is a 404), and run it in the background, recording
each skill found with ``skills.profiles.record_evidence(source="github")``."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

import httpx
import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.core.http import CircuitOpen
from talentsonar.core.queue import Priority, TaskContext, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.github.analysis import (
    MANIFESTS,
    Repository,
    analyse,
    manifest_dependencies,
    parse_time,
)
from talentsonar.github.client import (
    USERNAME,
    GitHubClient,
    GitHubError,
    GitHubNotFound,
    GitHubRateLimited,
)
from talentsonar.github.repository import GitHubCandidateRepository
from talentsonar.github.schemas import GitHubAnalysisAccepted
from talentsonar.skills.profiles import record_evidence
from talentsonar.skills.taxonomy import get_taxonomy

log = structlog.get_logger(__name__)

TASK = "github.analyze_candidate"
#: the user check runs inside the request: a slow GitHub defers it to the task instead
USER_CHECK_TIMEOUT = 5.0
#: GitHub paths that are not users ("github.com/orgs/…", "github.com/features")
_NOT_USERS = frozenset(
    {"orgs", "features", "about", "topics", "collections", "sponsors", "settings", "marketplace"}
)


def username_from_link(link: str | None) -> str | None:
    """``jdoe`` from ``https://github.com/jdoe``, ``github.com/jdoe/repo`` or ``@jdoe``."""
    if not link:
        return None
    text = link.strip()
    if text.startswith("@"):
        text = text[1:]
    elif "github.com" in text.lower():
        if "://" not in text:
            text = "https://" + text
        parts = [p for p in urlparse(text).path.split("/") if p]
        text = parts[0] if parts else ""
    if text.lower() in _NOT_USERS or not USERNAME.match(text):
        return None
    return text


async def start_analysis(
    session: AsyncSession,
    runtime: Runtime,
    *,
    org_id: uuid.UUID,
    user_id: uuid.UUID | None,
    candidate_id: uuid.UUID,
    username: str | None,
) -> GitHubAnalysisAccepted:
    """Queue the analysis (202). The candidate must be the organisation's (404); the
    username is the one given or the CV's GitHub link (422 when neither is there) and
    must exist on GitHub (404); when GitHub is rate limited or down, the task checks later."""
    exists, link = await GitHubCandidateRepository(session, org_id).github_link(candidate_id)
    if not exists:
        raise NotFound("Candidate")
    if username is not None:
        name = username.strip().removeprefix("@")
        if not USERNAME.match(name):
            raise UnprocessableEntity(
                "That is not a GitHub username (letters, digits and single hyphens, "
                "at most 39 characters)",
                code="invalid_github_username",
            )
    else:
        found = username_from_link(link)
        if found is None:
            raise UnprocessableEntity(
                "The candidate's CV has no GitHub link: give a username",
                code="github_username_required",
            )
        name = found
    try:
        user = await GitHubClient(runtime, timeout=USER_CHECK_TIMEOUT, retries=0).user(name)
        name = str(user.get("login") or name)
    except GitHubNotFound as exc:
        raise NotFound(f"GitHub user {name!r}", code="github_user_not_found") from exc
    except (GitHubRateLimited, GitHubError, httpx.HTTPError, CircuitOpen) as exc:
        log.info("github.user_check_deferred", username=name, reason=str(exc))
    row = await enqueue(
        session,
        TASK,
        org_id=org_id,
        args={"candidate_id": str(candidate_id), "username": name},
        priority=Priority.normal,
        created_by_id=user_id,
        subject=("candidate", candidate_id),
    )
    return GitHubAnalysisAccepted(
        task_id=row.id,
        candidate_id=candidate_id,
        username=name,
        status_url=f"/api/v1/tasks/{row.id}",
    )


async def analyze(ctx: TaskContext, candidate_id: uuid.UUID, username: str) -> dict[str, Any]:
    """The background task: read the repositories, derive skills, record them. A rate
    limit raises :class:`GitHubRateLimited` (the queue runs the task again after the
    reset; what was read is in the ETag cache, and a 304 is free)."""
    runtime = ctx.runtime
    client = GitHubClient(runtime)
    try:
        await client.user(username)
    except GitHubNotFound:
        return {"username": username, "found": False, "repositories": 0, "skills": []}
    listed = await client.repositories(username, runtime.settings.github_max_repos)
    own = [r for r in listed if not r.get("fork") and isinstance(r.get("full_name"), str)]
    await ctx.progress(total=len(own), completed=0)
    repositories = []
    for done, repo in enumerate(own, start=1):
        repositories.append(await _read_repository(client, repo))
        await ctx.progress(completed=done)
    findings = analyse(username, repositories, get_taxonomy(), datetime.now(UTC))
    async with ctx.session() as session:
        try:
            for finding in findings:
                await record_evidence(
                    session,
                    org_id=ctx.org_id,
                    candidate_id=candidate_id,
                    skill=finding.skill,
                    source="github",
                    proficiency=finding.proficiency,
                    confidence=finding.confidence,
                    evidence=finding.evidence,
                )
        except NotFound:
            await session.rollback()
            return {"username": username, "found": True, "candidateGone": True, "skills": []}
    return {
        "username": username,
        "found": True,
        "repositories": len(repositories),
        "requests": client.requests,
        "skills": [
            {"skill": f.skill, "proficiency": f.proficiency, "confidence": f.confidence}
            for f in findings
        ],
    }


async def _read_repository(client: GitHubClient, repo: dict[str, Any]) -> Repository:
    full_name = str(repo["full_name"])
    empty = repo.get("size") == 0
    languages = {} if empty else await client.languages(full_name)
    files = set() if empty else set(await client.root_files(full_name))
    dependencies: list[str] = []
    for manifest in MANIFESTS:
        if manifest in files:
            text = await client.file_text(full_name, manifest)
            dependencies += manifest_dependencies(manifest, text)
    return Repository(
        name=full_name,
        url=str(repo.get("html_url") or ""),
        pushed_at=parse_time(repo.get("pushed_at")),
        languages=languages,
        dependencies=tuple(dict.fromkeys(dependencies)),
    )
