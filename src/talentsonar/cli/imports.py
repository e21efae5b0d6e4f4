"""``talentsonar import cvs DIR`` and ``talentsonar import localstorage BACKUP.json``."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from talentsonar.cli import _fail, _prepare, _with_runtime, app, console
from talentsonar.core.config import get_settings

import_app = typer.Typer(help="Bulk imports.", no_args_is_help=True)
app.add_typer(import_app, name="import")


async def resolve_org(runtime: Any, org: str | None) -> uuid.UUID:
    """``--org`` (id or slug), else the only organisation there is."""
    from talentsonar.orgs.service import all_organizations

    async with runtime.db.session(read_only=True) as session:
        rows = await all_organizations(session)
    if org:
        for row in rows:
            if str(row.id) == org or row.slug == org:
                return row.id
        raise _fail(f"no organisation {org!r}")
    if len(rows) != 1:
        names = ", ".join(f"{r.slug} ({r.id})" for r in rows) or "none"
        raise _fail(f"choose an organisation with --org; there are: {names}")
    return rows[0].id


@import_app.command("cvs")
def import_cvs_command(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False, readable=True)],
    job: Annotated[str | None, typer.Option("--job", help="Job the CVs were sent for")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Organisation id or slug")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=16)] = 2,
) -> None:
    """Ingest every PDF/DOCX/TXT under DIRECTORY (resumable: files already in are skipped)."""
    from talentsonar.candidates.bulk import cv_files, import_cvs
    from talentsonar.jobs.service import find_job

    settings = get_settings()
    url, _ = _prepare(settings)
    paths = cv_files(directory)
    if not paths:
        raise _fail(f"no .pdf, .docx or .txt files under {directory}")

    async def main(runtime: Any) -> Any:
        from talentsonar.worker import load_task_modules

        load_task_modules()
        org_id = await resolve_org(runtime, org)
        job_id = None
        if job:
            try:
                job_id = uuid.UUID(job)
            except ValueError as exc:
                raise _fail(f"--job must be a job id, not {job!r}") from exc
            async with runtime.db.session(read_only=True) as session:
                if await find_job(session, org_id, job_id) is None:
                    raise _fail(f"no job {job} in this organisation")
        with Progress(TextColumn("[bold]Importing CVs"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[last]}"), TimeRemainingColumn(),
                      console=console) as progress:
            bar = progress.add_task("cvs", total=len(paths), last="")

            def done(path: Path, outcome: str) -> None:
                progress.update(bar, advance=1, last=f"{outcome}: {path.name}"[:50])

            return await import_cvs(runtime, org_id, paths, job_id=job_id,
                                    concurrency=concurrency, on_done=done)

    report = asyncio.run(_with_runtime(settings, url, main))
    console.print(f"[green]{report.imported} new[/], {report.updated} updated (duplicates), "
                  f"{report.skipped} already imported, [red]{len(report.failures)} failed[/]")
    if report.failures:
        table = Table(title="Failures")
        for column in ("File", "Code", "Reason"):
            table.add_column(column)
        for path, code, message in report.failures:
            table.add_row(str(Path(path).relative_to(directory)), code, message)
        console.print(table)
        raise typer.Exit(code=2)


@import_app.command("localstorage")
def import_localstorage_command(
    backup: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    org: Annotated[str | None, typer.Option("--org", help="Organisation id or slug")] = None,
) -> None:
    """Migrate a localStorage backup of the original front end (idempotent)."""
    from talentsonar.candidates.legacy_import import import_backup
    from talentsonar.embeddings import get_embedder

    try:
        data = orjson.loads(backup.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise _fail(f"{backup} is not valid JSON: {exc}") from exc
    settings = get_settings()
    url, _ = _prepare(settings)

    async def main(runtime: Any) -> Any:
        from talentsonar.worker import load_task_modules

        load_task_modules()
        org_id = await resolve_org(runtime, org)
        async with runtime.db.session() as session:
            return await import_backup(session, org_id, get_embedder(runtime), data)

    report = asyncio.run(_with_runtime(settings, url, main))
    table = Table(title="localStorage import")
    for column in ("", "imported", "already there"):
        table.add_column(column)
    table.add_row("jobs", str(report.imported["jobs"]), str(report.skipped["jobs"]))
    table.add_row("candidates", str(report.imported["candidates"]),
                  str(report.skipped["candidates"]))
    table.add_row("match scores", str(report.imported["matchScores"]), "-")
    console.print(table)
    if report.rejected:
        rejected = Table(title="Rejected")
        for column in ("Kind", "Id", "Reason"):
            rejected.add_column(column)
        for kind, legacy_id, reason in report.rejected:
            rejected.add_row(kind, legacy_id, reason)
        console.print(rejected)
