"""An import-linter contract type: a domain's data access and HTTP layer are its own.

Under ``container`` (``talentsonar``), each top-level package's private modules (its
``repository`` and ``endpoints``, with their submodules and any ``<x>_endpoints`` module)
are imported only from inside that package, except those of ``shared_packages`` (``core``).
Another domain asks through the ``service``.
Registered in pyproject's ``[tool.importlinter] contract_types``; ``lint-imports`` runs from
the repository root, where ``tests`` is importable.
"""

from __future__ import annotations

from typing import Any, cast

import grimp
from importlinter import Contract, ContractCheck, fields, output
from importlinter.application import contract_utils
from importlinter.application.contract_utils import AlertLevel


def _package(module: str, container: str) -> str | None:
    """``jobs`` for ``talentsonar.jobs.service`` (``None`` outside the container)."""
    prefix = container + "."
    if not module.startswith(prefix):
        return None
    return module[len(prefix) :].split(".", 1)[0]


def _is_private(module: str, container: str, private: frozenset[str]) -> bool:
    parts = module[len(container) + 1 :].split(".")
    if len(parts) < 2:
        return False
    leaf = parts[1]
    return leaf in private or any(leaf.endswith("_" + name) for name in private)


class PrivateModulesContract(Contract):
    type_name = "private_modules"

    container = fields.StringField()
    private_modules = fields.ListField(subfield=fields.StringField())
    #: Packages that are not domains: anyone may import any of their modules
    #: (``core.repository`` is the base every repository builds on).
    shared_packages = fields.ListField(subfield=fields.StringField(), required=False)
    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=self.ignore_imports,  # type: ignore[arg-type]
            unmatched_alerting=AlertLevel.ERROR,
        )
        # The fields hold the parsed option values once the contract is built.
        container = cast(str, self.container)
        private = frozenset(cast(list[str], self.private_modules))
        shared = frozenset(cast(list[str], self.shared_packages or []))
        illegal: list[dict[str, Any]] = []
        for importer in sorted(graph.modules):
            source = _package(importer, container)
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                target = _package(imported, container)
                if target is None or target == source or target in shared:
                    continue
                if _is_private(imported, container, private):
                    lines = [
                        d["line_number"]
                        for d in graph.get_import_details(importer=importer, imported=imported)
                    ]
                    illegal.append({"importer": importer, "imported": imported, "lines": lines})
        return ContractCheck(
            kept=not illegal,
            metadata={"illegal": illegal},
            warnings=list(removal.warnings),
            ignored_import_count=removal.ignored_import_count,
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        output.print_error(
            "Another package's repository or endpoints imported (ask its service instead):",
            bold=False,
        )
        output.new_line()
        for item in check.metadata["illegal"]:
            lines = ", ".join(map(str, item["lines"]))
            output.print_error(f"- {item['importer']} -> {item['imported']} (l.{lines})")
        output.new_line()
