"""The needs, organisations, powers and agreements of a case kept as JSON arrays in a graph
file (GraphML, GEXF).

Both readers go through :func:`parse_json_list`, so they refuse and warn alike: text that is
not JSON, JSON that is not a list, and JSON nested deeper than a .kvmap may are refused with an
error located at the array (``needs``, ``powers``, ...); list items that are not objects are
skipped with a warning each. Every object keeps its place in the array as its row, so a
problem with a later item names the row it has in the file, not in what was left.
"""

from __future__ import annotations

import json
from typing import Any

from exports.errors import ImportFileError, SheetProblem, problem
from models.fields import describe
from models.fileformat import LIMITS as KVMAP_LIMITS
from models.jsontext import NOT_VALID_JSON, json_reason

__all__ = ["NEEDS_DEPTH", "parse_json_list", "parse_needs"]

NEEDS_DEPTH = KVMAP_LIMITS["depth"]  # as deep as a .kvmap may nest


def parse_needs(
    text: str, source: str, *, sheet: str = "graph", column: str = "needs"
) -> tuple[list[tuple[int, dict[str, Any]]], list[SheetProblem]]:
    """The need objects in ``text`` with their rows, and a warning for every item skipped."""
    return parse_json_list(text, source, sheet=sheet, column=column)


def parse_json_list(
    text: str, source: str, *, sheet: str = "graph", column: str = "needs"
) -> tuple[list[tuple[int, dict[str, Any]]], list[SheetProblem]]:
    """The objects in the JSON array ``text`` (the array ``column`` of ``sheet``), each with its
    1-based place in the array, and a warning for every item that is not an object."""
    where: dict[str, Any] = {"sheet": sheet, "column": column}
    try:
        items = json.loads(text)
    except RecursionError:
        raise ImportFileError([problem("too_deep", **where, limit=NEEDS_DEPTH)], source) from None
    except ValueError as exc:  # said in words, the parser's text logged (rev-dutch21 D1)
        said = json_reason(exc) if isinstance(exc, json.JSONDecodeError) else None
        en, nl = (said["reason"], said["reason_nl"]) if said else NOT_VALID_JSON
        bad = problem("not_json", **where, reason=en, reason_nl=nl)
        raise ImportFileError([bad], source) from None
    if not isinstance(items, list):
        shown = "an object" if isinstance(items, dict) else describe(items)
        raise ImportFileError([problem("expected_list", **where, got=shown)], source)
    if _depth(items) > NEEDS_DEPTH:
        raise ImportFileError([problem("too_deep", **where, limit=NEEDS_DEPTH)], source)
    limit = KVMAP_LIMITS.get(column)
    if limit is not None and len(items) > limit:  # as many as a .kvmap may hold
        raise ImportFileError([problem("too_many", **where, count=len(items), limit=limit)], source)
    found: list[tuple[int, dict[str, Any]]] = []
    warnings: list[SheetProblem] = []
    key = "need_not_object" if column == "needs" else "item_not_object"
    for i, item in enumerate(items, start=1):
        if isinstance(item, dict):
            found.append((i, item))
        else:
            shown = "a list" if isinstance(item, list) else describe(item)
            warnings.append(problem(key, sheet=column, row=i, got=shown))
    return found, warnings


def _depth(value: object) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack and deepest <= NEEDS_DEPTH:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = list(item)
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((c, level + 1) for c in children if isinstance(c, (dict, list)))
    return deepest
