"""Typed clients: the committed clients are what `scripts/generate_clients` makes from the
code today; the OpenAPI document names operations stably and shows an example of every
request body; the example script runs the core loop against a server."""

from __future__ import annotations

import filecmp
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from talentsonar.core.config import Settings
from tests.conftest import APPS

ROOT = Path(__file__).resolve().parents[2]


def _files(base: Path) -> dict[str, Path]:
    return {str(p.relative_to(base)): p for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_committed_clients_are_regenerated_copies(tmp_path: Path) -> None:
    """Fails when an endpoint, a schema or a GraphQL type changed without
    `scripts/generate_clients` being run."""
    subprocess.run([str(ROOT / "scripts" / "generate_clients"), str(tmp_path)], check=True,
                   cwd=ROOT, capture_output=True)
    pairs = [("clients/openapi.json",) * 2, ("docs/schema.graphql",) * 2,
             ("clients/typescript/src/schema.d.ts",) * 2]
    stale = [a for a, b in pairs if (tmp_path / a).read_text() != (ROOT / b).read_text()]
    made = _files(tmp_path / "clients/python/generated")
    committed = _files(ROOT / "clients/python/generated")
    assert made.keys() == committed.keys(), "run scripts/generate_clients"
    stale += [name for name in made if not filecmp.cmp(made[name], committed[name],
                                                         shallow=False)]
    assert not stale, f"out of date (run scripts/generate_clients): {stale}"


def test_operation_ids_are_endpoint_names_and_bodies_have_examples(settings: Settings) -> None:
    document = APPS.openapi(settings)
    components = document["components"]["schemas"]
    ids = [(op["operationId"], path) for path, item in document["paths"].items()
           for op in item.values()]
    assert len({i for i, _ in ids}) == len(ids), "two endpoints share a function name"
    assert ("create_job", "/api/v1/jobs") in ids
    assert ("list_candidates", "/api/v1/candidates") in ids

    def has_example(schema: dict[str, Any]) -> bool:
        if "examples" in schema or "example" in schema:
            return True
        refs = [schema.get("$ref"), *(s.get("$ref") for s in schema.get("anyOf", []))]
        return any(r and has_example(components[r.rsplit("/", 1)[1]]) for r in refs)

    missing = [
        (method, path, media_type)
        for path, item in document["paths"].items()
        for method, op in item.items()
        for media_type, media in op.get("requestBody", {}).get("content", {}).items()
        if not ("example" in media or "examples" in media
                or has_example(media.get("schema", {})))
    ]
    assert not missing, f"request bodies without an example: {missing}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_python_example_runs_the_core_loop_against_a_server(
    tmp_path: Path, database_url: str
) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OTEL_", "REDIS_URL", "DATABASE_READ_URL"))}
    env.update({
        "DATABASE_URL": database_url, "TALENTSONAR_ENV": "test",
        "TALENTSONAR_DATA_DIR": str(tmp_path / "data"),
        "JWT_SECRETS": "k1:client-example-secret-0123456789abcdef",
        "RATE_LIMIT_ENABLED": "false", "LOG_LEVEL": "WARNING",
        "PASSWORD_HASH_TIME_COST": "1", "PASSWORD_HASH_MEMORY_KIB": "64",
    })
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "talentsonar"), "serve", "--port", str(port),
         "--no-demo"], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read().decode()[-2000:] \
                if server.stderr else "server exited"
            try:
                if httpx.get(f"{base}/health/live", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        run = subprocess.run(
            [sys.executable, str(ROOT / "clients/python/examples/core_loop.py"),
             "--base-url", base], capture_output=True, text=True, timeout=180)
        assert run.returncode == 0, run.stderr[-3000:]
        out = json.loads(run.stdout)
        assert out["job"] == "Senior Python Developer"
        assert out["candidate"] == "Grace Example"
        assert out["matchScore"] > 0
        assert "required_skills" in out["breakdown"]
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
