"""Regenerate everything generated from the API's schemas, into OUTPUT (default: this
repository): clients/openapi.json (the OpenAPI document), the Python client
(clients/python/generated, openapi-python-client), the TypeScript types
(clients/typescript/src/schema.d.ts, openapi-typescript from clients/typescript's locked
npm packages) and docs/schema.graphql (the GraphQL schema).

    scripts/generate_clients [OUTPUT]

tests/clients/test_clients.py runs it into a temporary folder and fails when the committed
copies differ.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_GENERATOR = "openapi-python-client==0.29.1"


def openapi_document() -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "src"))
    from talentsonar.app import create_app
    from talentsonar.core.config import Settings

    with tempfile.TemporaryDirectory() as data:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, TALENTSONAR_ENV="development", TALENTSONAR_DATA_DIR=data,
            jwt_secrets="gen:generate-clients-0123456789abcdef01",
            otel_exporter_otlp_endpoint=None)
        document: dict[str, object] = create_app(settings).openapi()
    return document


def uv() -> str:
    for candidate in (os.environ.get("UV"), shutil.which("uv"), str(ROOT / ".tools/bin/uv"),
                      "/work/main/.tools/bin/uv"):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("uv is needed to run openapi-python-client (scripts/_bootstrap.sh)")


def npm_packages() -> Path:
    """clients/typescript's node_modules, installed from its package-lock.json when
    missing or older than the lock (a cache between runs)."""
    here = ROOT / "clients" / "typescript"
    modules = here / "node_modules"
    stamp = modules / ".package-lock.json"
    lock = here / "package-lock.json"
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
                       cwd=here, check=True, stdout=subprocess.DEVNULL)
    return modules


def main() -> None:
    out = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT
    clients = out / "clients"
    clients.mkdir(parents=True, exist_ok=True)
    spec = clients / "openapi.json"
    spec.write_text(json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n")

    from talentsonar.graphql_api.schema import schema

    (out / "docs").mkdir(exist_ok=True)
    (out / "docs" / "schema.graphql").write_text(schema.as_str() + "\n")

    (clients / "python").mkdir(exist_ok=True)
    subprocess.run(
        [uv(), "tool", "run", "--python", "python3.11", "--from", PYTHON_GENERATOR,
         "openapi-python-client", "generate", "--path", str(spec),
         "--output-path", str(clients / "python" / "generated"), "--overwrite",
         "--config", str(ROOT / "clients" / "python-generator.yaml")],
        check=True, stdout=subprocess.DEVNULL, env={**os.environ, "UV_PYTHON_DOWNLOADS": "never"})

    modules = npm_packages()
    (clients / "typescript" / "src").mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(modules / ".bin" / "openapi-typescript"), str(spec),
         "--output", str(clients / "typescript" / "src" / "schema.d.ts")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
