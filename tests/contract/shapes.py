"""The seeds' example responses (``tests/contract/seeds/<seed>/<name>.json``, written from
the seed text) and the check that an answer has every field an example shows, with the
example's JSON type."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).with_name("seeds")
#: Items of an answer's list checked against the example's first item.
ITEMS_CHECKED = 10


@cache
def seed_endpoints() -> dict[str, dict[str, Any]]:
    """Every documented endpoint of seeds 000, 001 and 004, by ``<seed>/<name>``."""
    return {
        f"{path.parent.name}/{path.stem}": json.loads(path.read_text())
        for path in sorted(SEEDS.glob("*/*.json"))
    }


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape_errors(
    example: Any, answer: Any, path: str = "", free_form: frozenset[str] = frozenset()
) -> list[str]:
    """What ``answer`` lacks of ``example``: a missing field, a different JSON type, or an
    empty array where the example shows items (nothing could be checked). ``null`` in an
    example says only that the field is there; paths in ``free_form`` (client-supplied
    objects, e.g. ``data.companyContext``) need only be objects."""
    where = path or "the answer"
    if example is None:
        return []
    want, got = _kind(example), _kind(answer)
    if want != got:
        return [f"{where}: {want} expected, got {got} ({answer!r:.80})"]
    if path in free_form:
        return []
    if isinstance(example, dict):
        errors = []
        for key, value in example.items():
            child = f"{path}.{key}" if path else key
            if key not in answer:
                errors.append(f"{child}: missing")
            else:
                errors.extend(shape_errors(value, answer[key], child, free_form))
        return errors
    if isinstance(example, list) and example:
        if not answer:
            return [f"{where}: the example shows items, the answer has none to check"]
        errors = []
        for index, item in enumerate(answer[:ITEMS_CHECKED]):
            errors.extend(shape_errors(example[0], item, f"{path}[{index}]", free_form))
        return errors
    return []


def conformance_errors(key: str, status: int, body: Any) -> list[str]:
    """Why an answer does not conform to seed endpoint ``key`` (empty when it does)."""
    spec = seed_endpoints()[key]
    if not 200 <= status < 300:
        return [f"HTTP {status}: {str(body)[:300]}"]
    if spec["example"] is None:
        # Seed 000 names the function but shows no answer: our envelope, successfully.
        if not isinstance(body, dict) or not ({"data", "message", "outcome"} & body.keys()):
            return [f"not an envelope: {str(body)[:200]}"]
        return []
    errors = shape_errors(spec["example"], body, free_form=frozenset(spec.get("freeForm", [])))
    pattern = spec.get("messagePattern")
    if pattern and not re.search(pattern, str(body.get("message", ""))):
        errors.append(f"message {body.get('message')!r} does not say /{pattern}/")
    return errors
