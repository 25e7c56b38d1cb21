"""A finding code outside mapper/codes.py is written as a :class:`mapper.codes.Code` member
(rev-code18 N5, code19).

Tables of codes (``EVIDENCE_CODES``, the casebook's phrases, the legal points) and comparisons
with a finding's ``code`` once held string literals: a misspelt one would never match, and no
tool would say so. Written as ``Code.X``, a typo is a mypy error (and an AttributeError on
import). Here: no string literal in models/mapper/exports/ui equals a code (it must be the
member), and every code-shaped string in a table that holds a code, or compared with a
``.code``, is a code (so a typo written as a string is caught too).
"""

from __future__ import annotations

import ast
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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


def _docstrings(tree: ast.Module) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, kinds) and n.body and isinstance(n.body[0], ast.Expr)
    }


def _members(node: ast.AST) -> list[str]:
    """The ``Code.X`` members written in ``node``."""
    return [
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "Code"
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
        if _members(table) or any(w in _CODES for w in words):
            found += [f"{line}:{w}" for w in words if w not in _CODES]
    for line, other in _compared(tree):
        if isinstance(other, (ast.Constant, ast.Set, ast.Tuple, ast.List)):
            found += [f"{line}:{w}" for w in _strings(other) if w not in _CODES]
    return found


def as_strings(source: str) -> list[str]:
    """The codes of ``source`` written as a string literal rather than as a ``Code`` member
    (docstrings aside: doctests and prose may name a code)."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return [
        f"{n.lineno}:{n.value}"
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and n.value in _CODES and id(n) not in docs
    ]


def _sources() -> Iterator[tuple[str, str]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path != ROOT / "mapper" / "codes.py":
                yield str(path.relative_to(ROOT)), path.read_text("utf-8")


#: What a file's findings depend on besides its text: this module's checks, the codes and the
#: parser (Python's version)
_SALT = hashlib.sha256(
    "\x00".join([Path(__file__).read_text("utf-8"), *sorted(_CODES), sys.version]).encode()
).hexdigest()


def _per_file(
    config: pytest.Config, kind: str, check: Callable[[str], list[str]]
) -> Iterator[tuple[str, list[str]]]:
    """Each source file's name and what ``check`` finds in its text. A file whose text was
    checked before (the same text, checks, codes and Python) has its findings from pytest's
    cache: parsing every module of the four packages was most of this module's second and a
    half (session 23). Every file is still checked whenever it, or the check, changes."""
    cache = getattr(config, "cache", None)  # None: pytest runs without its cache plugin
    key = f"krachtenveld/code_literals/{kind}"
    stored = cache.get(key, {}) if cache is not None else {}
    known: dict[str, list[str]] = stored.get("files", {}) if stored.get("salt") == _SALT else {}
    now: dict[str, list[str]] = {}
    for name, text in _sources():
        digest = hashlib.sha256(text.encode()).hexdigest()
        found = known[digest] if digest in known else check(text)
        now[digest] = found
        yield name, found
    if cache is not None and now != known:
        cache.set(key, {"salt": _SALT, "files": now})


def _misspelt_in(text: str) -> list[str]:
    if "Code." not in text and ".code" not in text and not _QUOTED_CODE.search(text):
        return []  # no code written, nothing compared with one: not parsed
    return misspelt(text)


def test_no_code_is_written_as_a_string(pytestconfig: pytest.Config) -> None:
    wrong = {name: bad for name, bad in _per_file(pytestconfig, "as_strings", as_strings) if bad}
    assert wrong == {}


def test_every_code_written_as_a_string_is_a_code(pytestconfig: pytest.Config) -> None:
    wrong = {name: bad for name, bad in _per_file(pytestconfig, "misspelt", _misspelt_in) if bad}
    assert wrong == {}


def test_a_misspelt_code_is_found() -> None:
    """The guard itself: a typo in a comparison set, and one compared with ``.code``."""
    table = 'EVIDENCE = frozenset({"STRUCTURE_CUT_POINTS", "SPHERES_COMMUNITY_SPLIT"})\n'
    assert misspelt(table) == ["1:SPHERES_COMMUNITY_SPLIT"]
    compared = 'def f(x):\n    return x.code == "INTENT_NOT_STATD"\n'
    assert misspelt(compared) == ["2:INTENT_NOT_STATD"]
    assert misspelt('A = {"INTENT_NOT_STATED": 1, "QT_QPA_PLATFORM": 2}\n') == ["1:QT_QPA_PLATFORM"]
    assert misspelt('ENV = ("QT_QPA_PLATFORM", "KRACHTENVELD_LANG")\n') == []
    # a typo written as a string among members (the tables are written with members now)
    members = 'EVIDENCE = frozenset({Code.STRUCTURE_CUT_POINTS, "SPHERES_COMMUNITY_SPLIT"})\n'
    assert misspelt(members) == ["1:SPHERES_COMMUNITY_SPLIT"]


def test_a_code_written_as_a_string_is_found() -> None:
    """The guard itself: a code as a string literal is found, in a table, a comparison or an
    argument; in a docstring it is not (doctests name codes)."""
    source = (
        'def f(x):\n    """Say INTENT_NOT_STATED: ``"INTENT_NOT_STATED"``."""\n'
        '    return x.code in {"SIGNAL_UNHEARD"} or g("MANDATE_EXPIRED", Code.MANDATE_CYCLE)\n'
    )
    assert sorted(as_strings(source)) == ["3:MANDATE_EXPIRED", "3:SIGNAL_UNHEARD"]


def test_the_casebook_phrases_are_keyed_by_codes_of_the_table() -> None:
    """exports/casebook/phrases.py is looked up by string (it reads stored records, which may
    hold a code this version does not know), but each of its keys is a code of the table."""
    from exports.casebook import phrases

    assert set(phrases._CODES) <= _CODES
