"""Bulk actions on applications: move or reject many (all or nothing), and e-mail their
candidates from a template with merge fields (rendered in Jinja2's sandbox)."""

from __future__ import annotations

import uuid
from typing import Any

from jinja2 import StrictUndefined, TemplateError, UndefinedError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor, record
from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.models.pipeline_stage import StageKind
from talentsonar.notifications import service as notifications
from talentsonar.orgs import service as orgs
from talentsonar.pipeline import schemas, service
from talentsonar.pipeline.repository import ApplicationRepository, Recipient

#: The merge fields a template may use (documented in docs/PIPELINE.md).
MERGE_FIELDS = {
    "candidate": ("first_name", "last_name", "name", "email"),
    "job": ("title", "department", "location"),
    "stage": ("name",),
    "organization": ("name",),
}


def _unique(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    return list(dict.fromkeys(ids))


async def _locked(session: AsyncSession, org_id: uuid.UUID, ids: list[uuid.UUID]) -> list[Any]:
    """The applications ``ids`` locked, in the order given; 404 naming every id that is
    not one of the organisation's live applications (nothing is changed)."""
    found = {a.id: a for a in await ApplicationRepository(session, org_id).locked(ids)}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise NotFound(
            f"{len(missing)} of the {len(ids)} applications",
            details=[{"applicationId": i, "error": "not found"} for i in missing],
        )
    return [found[i] for i in ids]


async def _move_all(
    session: AsyncSession,
    org_id: uuid.UUID,
    ids: list[uuid.UUID],
    stage_id: uuid.UUID,
    reason_id: uuid.UUID | None,
    comment: str | None,
    actor: Actor,
) -> schemas.BulkResult:
    applications = await _locked(session, org_id, _unique(ids))
    stages = await service.stage_map(session, org_id)
    target = service.known_stage(stages, stage_id)
    reason = await service.reason_for(session, org_id, target, reason_id)
    items = []
    for application in applications:
        moved = await service.move_one(
            session, org_id, application, stages, target, reason, comment, actor
        )
        items.append(
            schemas.BulkItem(
                application_id=application.id, status="moved" if moved else "unchanged"
            )
        )
    return schemas.BulkResult(items=items, moved=sum(i.status == "moved" for i in items))


async def move_many(
    session: AsyncSession, org_id: uuid.UUID, body: schemas.BulkMove, actor: Actor
) -> schemas.BulkResult:
    """Move every application or none: the stage, the reason and every id are checked
    before anything changes."""
    return await _move_all(
        session,
        org_id,
        body.application_ids,
        body.stage_id,
        body.rejection_reason_id,
        body.reason,
        actor,
    )


async def reject_many(
    session: AsyncSession, org_id: uuid.UUID, body: schemas.BulkReject, actor: Actor
) -> schemas.BulkResult:
    stage_id = body.stage_id
    if stage_id is None:
        stages = await service.stage_map(session, org_id)
        stage_id = next(s.id for s in stages.values() if s.kind == StageKind.rejected.value)
    return await _move_all(
        session,
        org_id,
        body.application_ids,
        stage_id,
        body.rejection_reason_id,
        body.reason,
        actor,
    )


# --- e-mail -----------------------------------------------------------------------------


def _environment() -> SandboxedEnvironment:
    # Plain-text e-mail: nothing to escape; None renders as nothing.
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        finalize=lambda value: "" if value is None else value,
    )


def _known_fields() -> str:
    return ", ".join(f"{{{{ {k}.{f} }}}}" for k, fs in MERGE_FIELDS.items() for f in fs)


#: What a template may contain: text, merge fields, conditions, a few string filters.
#: No calls, loops, arithmetic or assignments, so rendering stays as cheap as the text.
ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Name,
    nodes.Getattr,
    nodes.Const,
    nodes.If,
    nodes.CondExpr,
    nodes.Compare,
    nodes.Operand,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Concat,
    nodes.Filter,
    nodes.Test,
)
ALLOWED_FILTERS = frozenset({"upper", "lower", "title", "capitalize", "trim", "default", "d"})
ALLOWED_TESTS = frozenset({"defined", "undefined", "none", "string"})


def _unknown_fields(tree: nodes.Template) -> list[str]:
    """The merge fields a template names that do not exist (``candidate.nickname``,
    ``salary``), found before anything is rendered."""
    unknown = sorted(meta.find_undeclared_variables(tree) - MERGE_FIELDS.keys())
    for node in tree.find_all(nodes.Getattr):
        if (
            isinstance(node.node, nodes.Name)
            and node.node.name in MERGE_FIELDS
            and node.attr not in MERGE_FIELDS[node.node.name]
        ):
            unknown.append(f"{node.node.name}.{node.attr}")
    return list(dict.fromkeys(unknown))


def _disallowed(tree: nodes.Template) -> list[str]:
    """What the template uses beyond merge fields, ``if``, ``~`` and the allowed filters."""
    found = []
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, ALLOWED_NODES):
            found.append(type(node).__name__.lower())
        elif isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            found.append(f"filter {node.name}")
        elif isinstance(node, nodes.Test) and node.name not in ALLOWED_TESTS:
            found.append(f"test {node.name}")
    return list(dict.fromkeys(found))


def _compile(env: SandboxedEnvironment, field: str, source: str) -> Any:
    try:
        return _checked(env, field, source)
    except RecursionError as exc:  # thousands of nested brackets
        raise UnprocessableEntity(
            f"The {field} template is nested too deeply", details=[{"field": field}]
        ) from exc


def _checked(env: SandboxedEnvironment, field: str, source: str) -> Any:
    try:
        tree = env.parse(source)
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        raise UnprocessableEntity(
            f"The {field} template is not valid: {exc.message or exc}",
            details=[{"field": field, "line": line}],
        ) from exc
    disallowed = _disallowed(tree)
    if disallowed:
        raise UnprocessableEntity(
            f"The {field} template may use merge fields, if/else, ~ and the filters "
            f"{', '.join(sorted(ALLOWED_FILTERS))}; not: {', '.join(disallowed)}",
            details=[{"field": field, "disallowed": disallowed}],
        )
    unknown = _unknown_fields(tree)
    if unknown:
        raise UnprocessableEntity(
            f"Unknown merge field(s) in the {field}: {', '.join(unknown)}. Known fields: "
            + _known_fields(),
            details=[{"field": field, "unknown": unknown}],
        )
    return env.from_string(tree)


def merge_context(recipient: Recipient, stage_name: str, organization: str) -> dict[str, Any]:
    first, _, last = recipient.candidate_name.strip().partition(" ")
    return {
        "candidate": {
            "first_name": first,
            "last_name": last.strip(),
            "name": recipient.candidate_name,
            "email": recipient.candidate_email,
        },
        "job": {
            "title": recipient.job_title,
            "department": recipient.job_department,
            "location": recipient.job_location,
        },
        "stage": {"name": stage_name},
        "organization": {"name": organization},
    }


def render(template: Any, field: str, context: dict[str, Any]) -> str:
    try:
        return str(template.render(context))
    except UndefinedError as exc:
        raise UnprocessableEntity(
            f"Unknown merge field in the {field}: {exc.message}. Known fields: " + _known_fields(),
            details=[{"field": field}],
        ) from exc
    except TemplateError as exc:  # a sandbox refusal, a filter's error
        raise UnprocessableEntity(
            f"The {field} template cannot be rendered: {exc}", details=[{"field": field}]
        ) from exc


async def email_many(
    session: AsyncSession, org_id: uuid.UUID, body: schemas.BulkEmail, actor: Actor
) -> schemas.BulkResult:
    """Render the template for every application first (any error: 422, nothing
    queued), then queue one e-mail per candidate with an address (others ``skipped``)."""
    env = _environment()
    subject = _compile(env, "subject", body.subject)
    text = _compile(env, "body", body.body)
    ids = _unique(body.application_ids)
    recipients = await ApplicationRepository(session, org_id).recipients(ids)
    missing = [str(i) for i in ids if i not in recipients]
    if missing:
        raise NotFound(
            f"{len(missing)} of the {len(ids)} applications",
            details=[{"applicationId": i, "error": "not found"} for i in missing],
        )
    stages = await service.stage_map(session, org_id)
    organization = (await orgs.get_organization(session, org_id)).name
    rendered = []
    for app_id in ids:
        recipient = recipients[app_id]
        stage = stages.get(recipient.stage_id)
        context = merge_context(recipient, stage.name if stage else "", organization)
        rendered.append(
            (recipient, render(subject, "subject", context), render(text, "body", context))
        )
    items = []
    for recipient, subject_text, body_text in rendered:
        if not recipient.candidate_email:
            items.append(
                schemas.BulkItem(
                    application_id=recipient.application_id,
                    status="skipped",
                    detail="The candidate has no e-mail address",
                )
            )
            continue
        await notifications.queue_email(
            session,
            org_id,
            recipient.candidate_email,
            subject_text,
            body_text,
            subject_type="application",
            subject_id=recipient.application_id,
            candidate_id=recipient.candidate_id,
            created_by_id=actor.user_id,
        )
        items.append(schemas.BulkItem(application_id=recipient.application_id, status="queued"))
    queued = sum(i.status == "queued" for i in items)
    await record(
        session,
        actor,
        "application.emailed",
        org_id=org_id,
        target_type="application",
        after={"queued": queued, "subject": body.subject, "applicationIds": [str(i) for i in ids]},
    )
    return schemas.BulkResult(items=items, queued=queued)
