"""The route table: each ``/api/v1`` URL prefix is owned by one package, and
``docs/ROUTES.md`` is the current output of ``talentsonar routes --markdown``."""

from __future__ import annotations

import pkgutil
from pathlib import Path

import pytest
from fastapi import APIRouter, FastAPI
from typer.testing import CliRunner

import talentsonar
from talentsonar.app import create_app
from talentsonar.cli import app as cli
from talentsonar.jobs import match_endpoints
from talentsonar.route_table import (
    SEGMENT_OWNERS,
    RouteEntry,
    misplaced,
    owner_of,
    render_markdown,
    route_table,
    segment_of,
)
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parent.parent
ROUTES_MD = ROOT / "docs" / "ROUTES.md"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    return create_app(make_settings(tmp_path_factory.mktemp("routes")))


@pytest.fixture(scope="module")
def table(app: FastAPI) -> list[RouteEntry]:
    return route_table(app)


def test_docs_routes_md_is_current(table: list[RouteEntry]) -> None:
    expected = render_markdown(table)
    assert ROUTES_MD.read_text() == expected, (
        "docs/ROUTES.md is stale: run `talentsonar routes --markdown > docs/ROUTES.md`"
    )


def test_every_api_route_is_owned_by_the_package_its_first_segment_names(
    table: list[RouteEntry],
) -> None:
    api = [e for e in table if e.owner is not None]
    assert len(api) > 90
    assert [(e.method, e.path, e.package, e.owner) for e in misplaced(table)] == []


def test_a_handler_outside_the_owning_package_is_reported() -> None:
    """A jobs handler mounted under another package's prefix is misplaced."""
    router = APIRouter(prefix="/api/v1")
    router.add_api_route("/matching/{job_id}/fairness-report", match_endpoints.fairness_report)
    router.add_api_route("/jobs/{job_id}/fairness-report", match_endpoints.fairness_report)
    app = FastAPI()
    app.include_router(router)
    found = misplaced(route_table(app))
    assert [(e.path, e.package, e.owner) for e in found] == [
        ("/api/v1/matching/{job_id}/fairness-report", "jobs", "matching")
    ]


def test_the_segment_mapping_is_explicit_and_used(table: list[RouteEntry]) -> None:
    packages = {m.name for m in pkgutil.iter_modules(talentsonar.__path__) if m.ispkg}
    segments = {s for e in table if (s := segment_of(e.path)) is not None}
    for segment, package in SEGMENT_OWNERS.items():
        assert package in packages, segment
        assert segment != package, f"{segment}: the default needs no entry"
        assert segment in segments, f"{segment}: no route uses it"
    # Segments without an entry name their package.
    for segment in segments - set(SEGMENT_OWNERS):
        assert segment in packages, f"/api/v1/{segment}: map it in SEGMENT_OWNERS"
    assert owner_of("/api/v1/organization/members") == "orgs"
    assert owner_of("/api/v1/jobs/{job_id}/matches") == "jobs"
    assert owner_of("/health/live") is None


def test_operation_ids_are_those_of_the_openapi_document(
    app: FastAPI, table: list[RouteEntry]
) -> None:
    documented = {
        (method.upper(), path): operation["operationId"]
        for path, item in app.openapi()["paths"].items()
        for method, operation in item.items()
    }
    listed = {(e.method, e.path): e.operation_id for e in table if (e.method, e.path) in documented}
    assert listed == documented


def test_the_routes_command_prints_the_table() -> None:
    result = CliRunner().invoke(cli, ["routes"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["METHOD", "PATH", "PACKAGE", "OPERATION", "ID"]
    assert any(
        line.split()[:3] == ["GET", "/api/v1/jobs/{job_id}/matches", "jobs"] for line in lines
    )
    markdown = CliRunner().invoke(cli, ["routes", "--markdown"])
    assert markdown.exit_code == 0
    assert markdown.output.startswith("# Routes\n")
