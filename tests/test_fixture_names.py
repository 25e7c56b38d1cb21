"""One fixture name, one meaning (rev-code17 F6).

Test modules overrode conftest fixtures with other bodies (``docks_window``, ``case``) and
modules defined fixtures of one name that built different things (``generated`` a window
here and an analysis there, ``run`` four different casebook runs): a reader who knows one
takes the other for it. Each name is now defined with one body (docstrings aside); a fixture
that builds something else has a name of its own.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "fixture"


def _fixture_name(node: ast.FunctionDef) -> str:
    for decorator in node.decorator_list:
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
    return node.name


def _body(node: ast.FunctionDef) -> str:
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    return ast.dump(ast.Module(body=body, type_ignores=[]))


def test_each_fixture_name_has_one_body() -> None:
    bodies: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and any(map(_is_fixture, node.decorator_list)):
                where = f"{path.relative_to(TESTS)}:{node.lineno}"
                bodies[_fixture_name(node)].setdefault(_body(node), []).append(where)
    twice = {name: sorted(kinds.values()) for name, kinds in bodies.items() if len(kinds) > 1}
    assert twice == {}
