"""Find each domain's pieces by convention, so adding a domain touches no shared file.

A domain package ``talentsonar/<domain>/`` may have ``endpoints.py`` (with ``router``),
``tasks.py`` (registering background tasks) and ``demo.py`` (with ``seed``); every
module of ``talentsonar/models/`` is a table.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import talentsonar

#: Packages that are not domains.
NOT_DOMAINS = frozenset({"core", "models", "cli", "migrations", "health"})


def domain_names() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.iter_modules(talentsonar.__path__)
        if m.ispkg and m.name not in NOT_DOMAINS
    )


def domain_modules(leaf: str) -> Iterator[ModuleType]:
    """``talentsonar.<domain>.<leaf>`` for every domain that has one, in name order."""
    for name in domain_names():
        module_name = f"talentsonar.{name}.{leaf}"
        try:
            spec = importlib.util.find_spec(module_name)
        except ModuleNotFoundError:
            continue
        if spec is not None:
            yield importlib.import_module(module_name)


#: Modules that register tasks (imported for that side effect) and that hold event handlers
#: (``@handles``; each runtime's event bus collects them, see ``core.events``).
SIDE_EFFECT_MODULES = ("tasks", "events", "subscribers")


def load_domains() -> None:
    """Import what registers tasks and holds event handlers, in every domain, so that every
    process (API or worker) runs the same tasks and reacts to the same events."""
    for leaf in SIDE_EFFECT_MODULES:
        list(domain_modules(leaf))


def import_models() -> None:
    """Import every table (importing the package imports each of its modules)."""
    importlib.import_module("talentsonar.models")
