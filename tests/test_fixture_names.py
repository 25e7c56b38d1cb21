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
from collections.abc import Iterator
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


def _meaning(node: ast.FunctionDef) -> str:
    """The fixture's body (its docstring aside) and its decorators' arguments: ``autouse``,
    ``scope`` and ``params`` are part of what the name means (rev-code18 N3)."""
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    decorators = [ast.dump(d) for d in node.decorator_list if _is_fixture(d)]
    return "\n".join([*decorators, ast.dump(ast.Module(body=body, type_ignores=[]))])


def _fixtures(tree: ast.Module) -> Iterator[ast.FunctionDef]:
    """The fixtures defined at module level and in test classes."""
    for node in tree.body:
        inner = node.body if isinstance(node, ast.ClassDef) else [node]
        for item in inner:
            if isinstance(item, ast.FunctionDef) and any(map(_is_fixture, item.decorator_list)):
                yield item


def _meanings(sources: dict[str, str]) -> dict[str, list[list[str]]]:
    """Each fixture name defined with more than one meaning -> where each meaning is."""
    meanings: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for where, text in sources.items():
        for node in _fixtures(ast.parse(text)):
            place = f"{where}:{node.lineno}"
            meanings[_fixture_name(node)].setdefault(_meaning(node), []).append(place)
    return {name: sorted(kinds.values()) for name, kinds in meanings.items() if len(kinds) > 1}


def test_each_fixture_name_has_one_body() -> None:
    sources = {
        str(path.relative_to(TESTS)): path.read_text("utf-8")
        for path in sorted(TESTS.rglob("*.py"))
    }
    assert _meanings(sources) == {}


_ON_REQUEST = """
import pytest
@pytest.fixture
def blind(monkeypatch):
    monkeypatch.setattr("x.y", None)
"""


def test_autouse_scope_and_a_class_are_seen() -> None:
    """Fails on the guard before: it compared bodies only, at module level, so a fixture that
    runs for every test and one that runs on request looked like one meaning."""
    everywhere = _ON_REQUEST.replace("@pytest.fixture", "@pytest.fixture(autouse=True)")
    wider = _ON_REQUEST.replace("@pytest.fixture", '@pytest.fixture(scope="module")')
    in_class = "import pytest\nclass TestX:\n" + "\n".join(
        "    " + line for line in everywhere.splitlines()
    )
    assert _meanings({"a.py": _ON_REQUEST, "b.py": _ON_REQUEST}) == {}
    assert _meanings({"a.py": _ON_REQUEST, "b.py": everywhere}) == {
        "blind": [["a.py:4"], ["b.py:4"]]
    }
    assert list(_meanings({"a.py": _ON_REQUEST, "b.py": wider})) == ["blind"]
    assert _meanings({"a.py": _ON_REQUEST, "c.py": in_class}) == {"blind": [["a.py:4"], ["c.py:6"]]}
