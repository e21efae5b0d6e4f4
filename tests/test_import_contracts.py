"""The import-linter contracts in pyproject.toml hold, and each fails for code that breaks it:

- public framework APIs only: names every private module of FastAPI, Starlette, Pydantic
  and SQLAlchemy;
- a package's repository and endpoints are its own (tests/import_boundaries.py);
- no cycles between top-level packages (imports inside functions count too)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
FRAMEWORKS = ("fastapi", "starlette", "pydantic", "sqlalchemy")


def _contract(name: str = "Public framework APIs only") -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    [contract] = [c for c in config["contracts"] if c["name"] == name]
    return dict(contract)


def _run(*args: str, cwd: Path, pythonpath: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_no_module_imports_a_private_framework_module() -> None:
    result = _run(cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Public framework APIs only KEPT" in result.stdout
    assert "A package's repository and endpoints are its own KEPT" in result.stdout
    assert "No cycles between top-level packages KEPT" in result.stdout


def test_the_contract_names_every_private_module_of_the_frameworks() -> None:
    """A framework upgrade that adds a private module fails here until it is listed."""
    forbidden = set(_contract()["forbidden_modules"])  # type: ignore[call-overload]
    missing = []
    for top in FRAMEWORKS:
        package = importlib.import_module(top)
        for info in pkgutil.walk_packages(package.__path__, f"{top}.", onerror=lambda _: None):
            parts = info.name.split(".")
            private = [
                i
                for i, part in enumerate(parts)
                if part.startswith("_") and not part.startswith("__")
            ]
            if private:
                ancestors = {".".join(parts[: i + 1]) for i in range(len(parts))}
                if not ancestors & forbidden:
                    missing.append(info.name)
    assert not missing
    assert "fastapi.dependencies" in forbidden


def test_the_contract_catches_a_private_import(tmp_path: Path) -> None:
    package = tmp_path / "offender"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "depsolver.py").write_text("from fastapi._compat import lenient_issubclass\n")
    contract = _contract()
    forbidden = ", ".join(f'"{m}"' for m in contract["forbidden_modules"])  # type: ignore[attr-defined]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.importlinter]\nroot_packages = ["offender", "fastapi", "starlette", "pydantic",'
        ' "sqlalchemy"]\n\n[[tool.importlinter.contracts]]\nname = "Public framework APIs only"'
        f'\ntype = "forbidden"\nsource_modules = ["offender"]\nforbidden_modules = [{forbidden}]'
        "\nallow_indirect_imports = true\n"
    )
    result = _run(cwd=tmp_path, pythonpath=str(tmp_path))
    assert result.returncode != 0
    assert "offender.depsolver -> fastapi._compat" in result.stdout


def _package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


BOUNDARY_CONFIG = """[tool.importlinter]
root_packages = ["offender"]
contract_types = ["private_modules: tests.import_boundaries.PrivateModulesContract"]

[[tool.importlinter.contracts]]
name = "boundaries"
type = "private_modules"
container = "offender"
private_modules = ["repository", "endpoints"]
shared_packages = ["core"]

[[tool.importlinter.contracts]]
name = "acyclic"
type = "acyclic_siblings"
ancestors = ["offender"]
depth = 0
"""


def test_the_boundary_contract_catches_another_packages_repository_or_endpoints(
    tmp_path: Path,
) -> None:
    _package(
        tmp_path,
        {
            "pyproject.toml": BOUNDARY_CONFIG,
            "offender/__init__.py": "",
            "offender/core/__init__.py": "",
            "offender/core/repository.py": "",
            "offender/jobs/__init__.py": "",
            "offender/jobs/repository.py": "import offender.core.repository\n",
            "offender/jobs/match_endpoints.py": "",
            "offender/jobs/service.py": "from offender.jobs import repository\n",
            "offender/matching/__init__.py": "",
            "offender/matching/service.py": (
                "from offender.jobs import service\n"
                "def f():\n    from offender.jobs import repository\n"
            ),
            "offender/matching/endpoints.py": "import offender.jobs.match_endpoints\n",
        },
    )
    result = _run(cwd=tmp_path, pythonpath=f"{tmp_path}:{ROOT}")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "boundaries BROKEN" in result.stdout
    broken = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    assert broken == [
        "- offender.matching.endpoints -> offender.jobs.match_endpoints (l.1)",
        "- offender.matching.service -> offender.jobs.repository (l.3)",
    ], result.stdout


def test_the_cycle_contract_catches_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    _package(
        tmp_path,
        {
            "pyproject.toml": BOUNDARY_CONFIG,
            "offender/__init__.py": "",
            "offender/jobs/__init__.py": "",
            "offender/jobs/service.py": "import offender.matching.service\n",
            "offender/matching/__init__.py": "",
            "offender/matching/service.py": "def f():\n    import offender.jobs.service\n",
        },
    )
    result = _run(cwd=tmp_path, pythonpath=f"{tmp_path}:{ROOT}")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "boundaries KEPT" in result.stdout
    assert "acyclic BROKEN" in result.stdout
