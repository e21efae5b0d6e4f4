"""The ``talentsonar`` command line."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel

from talentsonar.core.config import Settings, get_settings

app = typer.Typer(help="Talent Sonar: AI recruiting backend.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="User administration.", no_args_is_help=True)
demo_app = typer.Typer(help="Demo data.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(demo_app, name="demo")
console = Console(stderr=True)


def _fail(message: str) -> typer.Exit:
    console.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code=1)


def _prepare(settings: Settings) -> tuple[str, bool]:
    from talentsonar.core.bootstrap import prepare_database
    from talentsonar.core.errors import TalentSonarError

    try:
        with console.status("Preparing the database…"):
            return prepare_database(settings)
    except TalentSonarError as exc:
        raise _fail(exc.message) from exc


async def _with_runtime(settings: Settings, url: str, fn):  # type: ignore[no-untyped-def]
    from talentsonar.core.runtime import Runtime
    from talentsonar.discovery import load_domains

    load_domains()  # every command reacts to the same events as the API (sign-up credits…)
    runtime = Runtime(settings, url)
    try:
        return await fn(runtime)
    finally:
        await runtime.close()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    no_worker: Annotated[
        bool, typer.Option("--no-worker", help="API only; run workers apart")
    ] = False,
    demo: Annotated[
        bool | None,
        typer.Option(help="Seed the demo login (default: on with the embedded database)"),
    ] = None,
) -> None:
    """Run the API (and an in-process worker unless --no-worker)."""
    import uvicorn

    from talentsonar.app import create_app
    from talentsonar.demo import seed_demo

    settings = get_settings()
    url, embedded = _prepare(settings)
    base = f"http://{host}:{port}"
    lines = [
        f"API        {base}/api/v1",
        f"Swagger UI {base}/docs",
        "Database   "
        + (f"embedded PostgreSQL in {settings.data_dir}" if embedded else "DATABASE_URL"),
        f"Worker     {'separate (talentsonar worker)' if no_worker else 'in process'}",
    ]
    if demo if demo is not None else embedded:
        login = asyncio.run(_with_runtime(settings, url, seed_demo))
        lines += [
            "",
            f"Demo login {login.email} / {login.password}",
            "           (Swagger UI: Authorize, username = email)",
        ]
        if any(login.seeded.values()):
            lines.append(f"Demo data  {_seeded(login.seeded)}")
    console.print(Panel("\n".join(lines), title="Talent Sonar is starting", expand=False))
    application = create_app(settings, database_url=url, run_worker=not no_worker)
    uvicorn.run(application, host=host, port=port, **server_options(settings))


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's options for ``serve``. Idle keep-alive connections stay open
    ``HTTP_KEEP_ALIVE_SECONDS`` (uvicorn's own default, 5 s, is shorter than clients keep
    theirs: a client sending a POST on a connection the server is closing gets a dropped
    connection, and clients retry only idempotent requests)."""
    return {
        "log_level": "warning",
        "access_log": False,
        "proxy_headers": True,
        "server_header": False,
        "timeout_keep_alive": settings.http_keep_alive_seconds,
        # asyncio's loop: the in-process worker's code sandbox starts bubblewrap with
        # subprocess options (user, group) that uvloop refuses.
        "loop": "asyncio",
    }


@app.command()
def worker(
    queue: Annotated[list[str] | None, typer.Option(help="Queues to serve (default: all)")] = None,
    selftest: Annotated[bool, typer.Option(help="Queue one self-test task first")] = False,
) -> None:
    """Run a background worker (any number, on any machine, against the same database)."""
    from talentsonar.worker import run_worker

    settings = get_settings()
    url, _ = _prepare(settings)

    async def main(runtime):  # type: ignore[no-untyped-def]
        if selftest:
            await _queue_selftest(runtime)
        await run_worker(runtime, queues=queue or None, maintain=True)

    asyncio.run(_with_runtime(settings, url, main))


def _seeded(seeded: dict[str, int]) -> str:
    parts = [f"{n} {domain}" for domain, n in seeded.items() if n]
    return ", ".join(parts) + " (CVs are parsed and scored by the worker)"


async def _queue_selftest(runtime) -> None:  # type: ignore[no-untyped-def]
    from talentsonar.core.queue import enqueue
    from talentsonar.demo import seed_demo
    from talentsonar.worker import load_task_modules

    load_task_modules()
    login = await seed_demo(runtime)
    async with runtime.db.session() as session:
        task = await enqueue(session, "system.selftest", org_id=login.org_id, args={"steps": 3})
    console.print(f"queued self-test task {task.id}")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply all migrations (starting the embedded database if DATABASE_URL is unset)."""
    from talentsonar.core.migrate import current

    url, embedded = _prepare(get_settings())
    console.print(
        f"[green]database at revision {current(url)}[/] "
        f"({'embedded' if embedded else 'DATABASE_URL'})"
    )


@users_app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Option(prompt=True)],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    full_name: Annotated[str, typer.Option()] = "Platform Admin",
) -> None:
    """Create a platform administrator (or promote an existing user)."""
    from talentsonar.auth.service import create_user_with_org, user_by_email
    from talentsonar.core.security import hash_password

    if len(password) < 8:
        raise _fail("the password needs at least 8 characters")
    settings = get_settings()
    url, _ = _prepare(settings)

    async def main(runtime):  # type: ignore[no-untyped-def]
        async with runtime.db.session() as session:
            user = await user_by_email(session, email)
            if user is None:
                await create_user_with_org(
                    session,
                    email=email,
                    full_name=full_name,
                    password=password,
                    is_platform_admin=True,
                    settings=settings,
                )
                return "created"
            user.is_platform_admin = True
            user.password_hash = hash_password(password, settings)
            return "promoted"

    outcome = asyncio.run(_with_runtime(settings, url, main))
    console.print(f"[green]platform admin {email} {outcome}[/]")


@demo_app.command("seed")
def demo_seed() -> None:
    """Create the demo organisation and login (idempotent) and print the login."""
    from talentsonar.demo import seed_demo

    settings = get_settings()
    url, _ = _prepare(settings)
    login = asyncio.run(_with_runtime(settings, url, seed_demo))
    console.print(
        Panel(
            f"Demo login: {login.email} / {login.password}\nOrganisation: {login.org_id}"
            + (f"\nDemo data: {_seeded(login.seeded)}" if any(login.seeded.values()) else ""),
            title="demo " + ("created" if login.created else "already there"),
            expand=False,
        )
    )


@app.command()
def routes(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Markdown, as in docs/ROUTES.md")
    ] = False,
) -> None:
    """Print the route table: method, path, owning package and operation id."""
    from talentsonar.app import create_app
    from talentsonar.route_table import render_markdown, render_text, route_table

    entries = route_table(create_app(get_settings()))
    typer.echo(render_markdown(entries) if markdown else render_text(entries), nl=False)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM (docker stop, systemd, kill) exits like Ctrl-C: through ``atexit``, so the
    embedded PostgreSQL is stopped. uvicorn re-raises the signal after its graceful
    shutdown, which lands here."""
    raise SystemExit(128 + signum)


def main() -> None:
    os.environ.setdefault("PYTHONWARNINGS", "ignore::UserWarning")
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)

from talentsonar.cli import imports as _imports  # noqa: E402,F401  (talentsonar import …)
