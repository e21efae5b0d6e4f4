"""Limits checked on the parsed document before anything runs: size (tokens), selection
depth, estimated cost, and introspection where it is off. Each refusal names its limit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)

from talentsonar.graphql_api.relay import DEFAULT_FIRST

#: How many nodes a list field without ``first`` gives at most (for the cost estimate).
LIST_FIELDS: Mapping[str, int] = {
    "candidates": DEFAULT_FIRST,
    "jobs": DEFAULT_FIRST,
    "interviews": DEFAULT_FIRST,
    "tasks": DEFAULT_FIRST,
    "searchCandidates": DEFAULT_FIRST,
    "topMatches": 5,
    "applications": DEFAULT_FIRST,
    "assessments": DEFAULT_FIRST,
    "skills": DEFAULT_FIRST,
}
INTROSPECTION_FIELDS = frozenset({"__schema", "__type"})


@dataclass(frozen=True, slots=True)
class QueryRefused(Exception):
    """A document refused before it runs (answered as a GraphQL error, code ``code``)."""

    code: str
    message: str
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    max_depth: int
    max_cost: int
    introspection: bool


class _Walker:
    def __init__(
        self, document: DocumentNode, variables: Mapping[str, Any], limits: Limits
    ) -> None:
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.variables = variables
        self.limits = limits

    def _first(self, field: FieldNode) -> int:
        for argument in field.arguments or ():
            if argument.name.value != "first":
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return max(0, int(value.value))
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                if isinstance(given, int) and not isinstance(given, bool):
                    return max(0, given)
        return LIST_FIELDS.get(field.name.value, 1)

    def cost(
        self, selections: SelectionSetNode | None, depth: int, seen: frozenset[str] = frozenset()
    ) -> int:
        """The estimated objects read under ``selections`` (each field 1, times the list
        sizes above it); refuses past the depth limit as it goes."""
        if selections is None:
            return 0
        total = 0
        for node in selections.selections:
            if isinstance(node, FieldNode):
                name = node.name.value
                if name in INTROSPECTION_FIELDS and not self.limits.introspection:
                    raise QueryRefused(
                        "introspection_disabled", "Introspection is turned off on this server"
                    )
                if node.selection_set is not None and depth + 1 > self.limits.max_depth:
                    raise QueryRefused(
                        "query_too_deep",
                        f"The query is nested deeper than the depth limit "
                        f"({self.limits.max_depth})",
                        self.limits.max_depth,
                    )
                total += 1 + self._first(node) * self.cost(node.selection_set, depth + 1, seen)
            elif isinstance(node, InlineFragmentNode):
                total += self.cost(node.selection_set, depth, seen)
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue  # validation reports it
                total += self.cost(fragment.selection_set, depth, seen | {name})
            if total > self.limits.max_cost:
                raise QueryRefused(
                    "query_too_costly",
                    f"The query would read more than the cost limit ({self.limits.max_cost}) "
                    "allows: ask for fewer objects (smaller `first`, fewer nested lists)",
                    self.limits.max_cost,
                )
        return total


def check(document: DocumentNode, variables: Mapping[str, Any], limits: Limits) -> int:
    """The document's estimated cost; :class:`QueryRefused` past a limit."""
    walker = _Walker(document, variables, limits)
    most = 0
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            most = max(most, walker.cost(definition.selection_set, 0))
    return most
