"""A finding code written as a string outside mapper/codes.py is a code of the table
(rev-code18 N5).

Tables of codes (``EVIDENCE_CODES = frozenset({...})``, ``_CODES: dict[str, Text]`` in
exports/casebook/phrases.py, which reads stored records and so stays keyed by string) and
comparisons with a finding's ``code`` are written with string literals in many places. A
misspelt one would never match, and no tool would say so: here every code-shaped string in a
table that holds a code, and every string compared with a ``.code``, must be a
:class:`mapper.codes.Code`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from mapper.codes import Code

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("models", "mapper", "exports", "ui")
_SHAPE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_CODES = frozenset(Code)
_QUOTED_CODE = re.compile("[\"'](?:" + "|".join(sorted(_CODES, key=len, reverse=True)) + ")[\"']")


def _strings(node: ast.AST) -> list[str]:
    return [
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and _SHAPE.fullmatch(n.value)
    ]


def _tables(tree: ast.Module) -> Iterator[tuple[int, ast.expr]]:
    """Module- and class-level assignments of a literal table."""
    bodies = [tree.body, *(n.body for n in tree.body if isinstance(n, ast.ClassDef))]
    for body in bodies:
        for node in body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                yield node.lineno, node.value


def _compared(tree: ast.Module) -> Iterator[tuple[int, ast.expr]]:
    """What ``x.code == ...``, ``x.code in ...`` (or the other way round) is compared with."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        if any(isinstance(s, ast.Attribute) and s.attr == "code" for s in sides):
            for side in sides:
                if not (isinstance(side, ast.Attribute) and side.attr == "code"):
                    yield node.lineno, side


def misspelt(source: str) -> list[str]:
    """The code-shaped strings of ``source`` that are not codes, where they stand beside one
    (in a table that holds a code) or are compared with a finding's code."""
    tree = ast.parse(source)
    found: list[str] = []
    for line, table in _tables(tree):
        words = _strings(table)
        if any(w in _CODES for w in words):
            found += [f"{line}:{w}" for w in words if w not in _CODES]
    for line, other in _compared(tree):
        if isinstance(other, (ast.Constant, ast.Set, ast.Tuple, ast.List)):
            found += [f"{line}:{w}" for w in _strings(other) if w not in _CODES]
    return found


def test_every_code_written_as_a_string_is_a_code() -> None:
    wrong: dict[str, list[str]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == ROOT / "mapper" / "codes.py":
                continue
            text = path.read_text("utf-8")
            if not _QUOTED_CODE.search(text) and ".code" not in text:
                continue  # no code written as a string, nothing compared with one: not parsed
            if bad := misspelt(text):
                wrong[str(path.relative_to(ROOT))] = bad
    assert wrong == {}


def test_a_misspelt_code_is_found() -> None:
    """The guard itself: a typo in a comparison set, and one compared with ``.code``."""
    table = 'EVIDENCE = frozenset({"STRUCTURE_CUT_POINTS", "SPHERES_COMMUNITY_SPLIT"})\n'
    assert misspelt(table) == ["1:SPHERES_COMMUNITY_SPLIT"]
    compared = 'def f(x):\n    return x.code == "INTENT_NOT_STATD"\n'
    assert misspelt(compared) == ["2:INTENT_NOT_STATD"]
    assert misspelt('A = {"INTENT_NOT_STATED": 1, "QT_QPA_PLATFORM": 2}\n') == ["1:QT_QPA_PLATFORM"]
    assert misspelt('ENV = ("QT_QPA_PLATFORM", "KRACHTENVELD_LANG")\n') == []


def test_the_casebook_phrases_are_keyed_by_codes_of_the_table() -> None:
    """exports/casebook/phrases.py stays keyed by string (it reads stored records, which may
    hold a code this version does not know), but each of its keys is a code of the table."""
    from exports.casebook import phrases

    assert set(phrases._CODES) <= _CODES
