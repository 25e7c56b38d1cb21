"""`# fmt: skip` only keeps word tables set out for reading (issue 15, item 8; rev-code17 F1).

The 500-line limit (tests/test_module_size.py) counts a module as it stands, and `ruff format
--check` keeps it as the formatter prints it. A `# fmt: skip` (or `# fmt: off`) would let code be
packed past the formatter, several arguments or conditions to a line, so that a module stays
under the limit without being split. The marker is therefore allowed only where it serves the
reader: on a module- or class-level assignment of a literal table -- constants (strings,
numbers), tuples, lists, sets and dicts of them, `frozenset(...)`/`tuple(...)` of such a table,
`|` of such a table with a name, or a record (a row) built by a named constructor from literals
and entries (`Text("…", "…")`, a column `_ref("source", "From", "Van", 10)`; not `f(a, b)` of
names alone). An entry may also name a constant (an enum member), unpack a named table
(`*RELATIONS`) or join pieces with `+` (a pattern with a named alternation in it). Everything
else -- call arguments, signatures, conditions, returns, statements in a function -- is printed
as the formatter prints it, so each module's line count is honest.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

import pytest

from tests.sources import ROOT, modules

_MARKER = re.compile(r"#\s*fmt:\s*(?:skip|off)\b")
_TABLE_CALLS = frozenset({"frozenset", "tuple", "set", "dict", "list"})


def _named(node: ast.expr) -> bool:
    """`NAME` or `Enum.MEMBER`: a constant referred to by its name."""
    if isinstance(node, ast.Attribute):
        return _named(node.value)
    return isinstance(node, ast.Name)


def _record(node: ast.expr) -> bool:
    """`Text("…", "…")`, `_ref("source", "From", "Van", 10)`: a record (or a row of a column
    table) built by a named constructor from table entries alone."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
        return False
    values = [*node.args, *(k.value for k in node.keywords)]
    literal = (ast.Constant, ast.Tuple, ast.List, ast.Set, ast.Dict)
    # f(a, b, c) of names alone is a call packed, not a record
    return any(isinstance(v, literal) for v in values) and all(map(_entry, values))


def _entry(node: ast.expr) -> bool:
    """What a table may hold: constants, named constants, named tables unpacked, records, tables."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return isinstance(node.operand, ast.Constant)
    if isinstance(node, ast.Starred):
        return _named(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # a pattern in pieces
        return _entry(node.left) and _entry(node.right)
    return _named(node) or _record(node) or _table(node)


def _table(node: ast.expr) -> bool:
    """A literal table: a constant, or a tuple/list/set/dict of entries, frozenset()/tuple() of
    such a table, or `|` of such a table with a name."""
    if isinstance(node, ast.Constant) or _record(node):
        return True
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return all(map(_entry, node.elts))
    if isinstance(node, ast.Dict):
        keys_ok = all(k is not None and _entry(k) for k in node.keys)
        return keys_ok and all(map(_entry, node.values))
    if isinstance(node, ast.Call):
        func = node.func
        return (
            isinstance(func, ast.Name)
            and func.id in _TABLE_CALLS
            and not node.keywords
            and all(map(_table, node.args))
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return all(isinstance(s, ast.Name) or _table(s) for s in (node.left, node.right))
    return False


def _marker_lines(source: str) -> list[int]:
    if not _MARKER.search(source):  # no marker anywhere, so none in a comment: not tokenized
        return []  # (48 of 1,200 modules have one; tokenizing them all was 2.6 s, issue 15)
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [t.start[0] for t in tokens if t.type == tokenize.COMMENT and _MARKER.search(t.string)]


def packed_lines(source: str) -> list[int]:
    """The lines of `source` whose formatter marker does not sit on a literal table's assignment."""
    lines = _marker_lines(source)
    if not lines:
        return []
    tree = ast.parse(source)
    statements = [n for n in ast.walk(tree) if isinstance(n, ast.stmt)]
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    outer = {id(s) for s in tree.body} | {id(s) for c in classes for s in c.body}
    packed = []
    for line in lines:
        around = [s for s in statements if s.lineno <= line <= (s.end_lineno or s.lineno)]
        # the innermost statement holding the marker: the one the formatter would skip
        held = min(around, key=lambda s: (s.end_lineno or s.lineno) - s.lineno, default=None)
        fair = (
            isinstance(held, ast.Assign | ast.AnnAssign)
            and id(held) in outer
            and held.end_lineno == line
            and held.value is not None
            and _table(held.value)
        )
        if not fair:
            packed.append(line)
    return packed


def test_fmt_skip_only_keeps_literal_tables() -> None:
    found = modules()
    assert len(found) > 300, "the scan found too few modules: it looks in the wrong place"
    packed = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in found
        for line in packed_lines(path.read_text(encoding="utf-8"))
    ]
    assert not packed, (
        "`# fmt: skip` outside a literal table (remove it, run `ruff format`, split a module "
        f"that then passes 500 lines by meaning): {packed}"
    )


FAIR = [
    'WORDS = frozenset({"de", "het", "een", "the", "a"})  # fmt: skip',
    'WORDS: tuple[str, ...] = ("a", "b",\n    "c", "d")  # fmt: skip',
    'ALL = BASE | {"x", "y"}  # fmt: skip',
    'MAP = {Kind.A: ("a", "een a"), Kind.B: ("b", "een b")}  # fmt: skip',
    "LEVELS = (-2, -1, 0, 1, 2)  # fmt: skip",
    'TITLES = ("mevrouw", "meneer", *RELATIONS)  # fmt: skip',
    'TEXTS = {"X": Text("an x", "een x"), "Y": Text("a y", "een y")}  # fmt: skip',
    'COLS = _cols([_ID, ("name", "Name", "Naam", 28),\n    _ref("a", "A", "B", 9)])  # fmt: skip',
    'PATTERNS = (r"(?:" + _PARTIES\n    + r")", r"b")  # fmt: skip',
    'class C:\n    WORDS = ("a", "b",\n             "c")  # fmt: skip',
]
PACKED = [
    "x = f(a, b,\n      c)  # fmt: skip",
    "def f(a, b,\n      c): pass  # fmt: skip",
    "def f(a,\n      b):  # fmt: skip\n    return a",
    "def f():\n    return g(a,\n             b)  # fmt: skip",
    'def f():\n    words = ("a", "b",\n             "c")  # fmt: skip',
    "if a and\\\n   b: pass  # fmt: skip",
    'x = [n for n in NAMES if n != "name"]  # fmt: skip',
    'x = "a" if b else (\n    "c")  # fmt: skip',
    'x = compile("|".join(WORDS))  # fmt: skip',
    "x = f(a, b.c(),\n      d)  # fmt: skip",
    "x = (n.deadline is not None,\n     1)  # fmt: skip",
    "f(a, b)  # fmt: off",
]


@pytest.mark.parametrize("source", FAIR)
def test_a_table_set_out_for_reading_may_keep_its_marker(source: str) -> None:
    assert packed_lines(source) == []


@pytest.mark.parametrize("source", PACKED)
def test_packed_code_is_named_by_its_line(source: str) -> None:
    assert packed_lines(source) == [len(source.split("  # fmt:")[0].splitlines())]
